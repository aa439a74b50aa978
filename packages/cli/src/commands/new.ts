import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { commitFiles } from '@unyo/history';
import type { Settings } from '@unyo/read';
import type { Workspace } from '@unyo/workspace';
import { draftShift } from '@unyo/shift';
import { QUESTIONS, incompleteFields, nextRecordId, recordPath, scaffoldRecord } from '@unyo/scaffold';
import { IsoDateSchema, IsoDateTimeSchema, STORED_RECORD_KINDS, formatJst, type StoredRecordKind } from '@unyo/schema';
import { parseOptions } from '../args.ts';
import { EXIT, UsageError, type Io } from '../io.ts';
import { draftDailyCheckFromExports } from './daily-check.ts';
import { resolvePerson } from '../person.ts';
import { askQuestion, withChoices } from '../prompts.ts';
import { writeNewFile } from '../output.ts';
import { openRepo } from '../root.ts';

const ANSWER_KEYS = [...new Set(Object.values(QUESTIONS).flatMap((qs) => qs.map(([key]) => key)))];

export const NEW_HELP = `unyo new <種類> — 次の記録を作成します（既存のファイルは上書きしません）
  種類: ${STORED_RECORD_KINDS.join('、')}
  --by <担当者id>   記録者（既定: git config の user.name / user.email から settings/people.yaml を引く）
  --at <日時>       日時（既定: 現在、日本時間）
  --date <日付>     日次点検表の点検日（既定: --at の日付）
  --month <年月>    シフト表の対象月（例: 2026-12）。unyo shift の案を記録として書き出します
  --from <file>     日次点検表: 監視・バックアップの書き出し（CSV device,metric,value,at、または
                    Zabbix API history.get / item.get の JSON）から値を取込みます（複数指定可）
  --temperature <℃> --humidity <%>
                    日次点検表: サーバ室の温度・湿度（端末では質問します）
  --yes             日次点検表: 確認せずに記録（端末はすべて起動、パターンファイルは最新とします）
  --submitted-at <日時>
                    報告書: 図書館へ提出した日時（既定: --at。例: 2026-11-16T10:00+09:00）
  --subject <id>    報告書: 対象の記録（障害報告書は INC-2026-0105）。--period の代わりに指定します
  --file <path>     報告書: 提出したファイル（リポジトリのルートからの相対パス）。SHA-256 を計算して記入します
  --commit          作成したファイルだけを標準のメッセージでコミットします（空欄が残るときはしません）
  ${ANSWER_KEYS.map((k) => `--${k}`).join(' ')}
                    各項目の値（端末では未指定の項目を質問します）
  --dry-run         書き込まずに内容を表示
  --root <dir>      リポジトリのルート
Scaffolds the next record (next id, now in JST, the person) and never overwrites a file.`;

const isKind = (k: string | undefined): k is StoredRecordKind => k !== undefined && (STORED_RECORD_KINDS as string[]).includes(k);

export async function runNew(args: string[], io: Io): Promise<number> {
  const parsed = parseOptions(
    args,
    {
        by: { type: 'string' },
        at: { type: 'string' },
        date: { type: 'string' },
        month: { type: 'string' },
        from: { type: 'string', multiple: true },
        temperature: { type: 'string' },
        humidity: { type: 'string' },
        'submitted-at': { type: 'string' },
        subject: { type: 'string' },
        file: { type: 'string' },
        yes: { type: 'boolean' },
        commit: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        root: { type: 'string' },
        ...Object.fromEntries(ANSWER_KEYS.map((k) => [k, { type: 'string' as const }])),
      },
    'new',
    true,
  );
  const { values, positionals } = parsed;
  const kind = positionals[0];
  if (!isKind(kind)) throw new UsageError(`記録の種類を指定してください: ${STORED_RECORD_KINDS.join('、')}（例: unyo new incident）`);
  const opt = (k: string) => (values as Record<string, string | boolean | undefined>)[k] as string | undefined;
  if (opt('at') !== undefined && !IsoDateTimeSchema.safeParse(opt('at')).success) throw new UsageError(`--at ${opt('at')} は使えません。2026-11-27T09:30+09:00 の形で指定してください。`);
  if (opt('date') !== undefined && !IsoDateSchema.safeParse(opt('date')).success) throw new UsageError(`--date ${opt('date')} は使えません。2026-11-27 の形で指定してください。`);

  const ws = await openRepo(io.cwd, opt('root'));
  const root = ws.root;
  const { settings } = await ws.settings();
  const by = await resolvePerson(root, opt('by'), settings.people, io);
  const at = opt('at') ?? formatJst((io.now ?? Date.now)());
  const date = opt('date') ?? at.slice(0, 10);
  const records = await ws.records();
  const ids = [...records.records.map((r) => r.record.id), ...records.files.map((f) => path.basename(f).replace(/\.ya?ml$/, ''))];
  const month = opt('month');
  if (kind === 'shift' && (month === undefined || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month))) {
    throw new UsageError('シフト表は対象月を --month 2026-12 の形で指定してください。');
  }
  const id = nextRecordId(kind, kind === 'shift' ? `${month}-01` : date, ids);
  const assignments = kind === 'shift' ? await draftAssignments(ws, month ?? '', settings) : undefined;
  const answers: Record<string, string | undefined> = { ...Object.fromEntries(ANSWER_KEYS.map((k) => [k, opt(k)])), month };
  // A report's record (--subject INC-2026-0105) answers the same question as its period.
  if (kind === 'report' && opt('subject') !== undefined) answers['period'] ??= opt('subject');
  for (const [key, text] of QUESTIONS[kind]) {
    const question = withChoices(kind, key, text, settings);
    const given = answers[key];
    if (given !== undefined && question.accept) {
      const result = question.accept(given);
      if ('error' in result) throw new UsageError(`--${key}: ${result.error}`);
      answers[key] = result.value || undefined;
    } else if (given === undefined) {
      answers[key] = (await askQuestion(io, question)) || undefined;
    }
  }
  if (kind === 'report') Object.assign(answers, await reportAnswers(root, kind, opt('submitted-at'), opt('file'), settings));
  else if (opt('submitted-at') !== undefined || opt('file') !== undefined || opt('subject') !== undefined) throw new UsageError('--submitted-at、--subject、--file は報告書（unyo new report）で使います。');
  const recordAt = kind === 'daily-check' && opt('at') === undefined && opt('date') !== undefined ? `${date}T${at.slice(11)}` : at;
  const from = values.from ?? [];
  if (from.length > 0 && kind !== 'daily-check') throw new UsageError('--from は日次点検表（unyo new daily-check）で使います。');
  const file = recordPath(kind, recordAt, id);
  if (ids.includes(id) && kind === 'daily-check') throw new UsageError(`${file} は既にあります。上書きはしません。訂正は corrections に追記してください。`);
  const drafted =
    from.length > 0
      ? await draftDailyCheckFromExports({ io, id, date, at: recordAt, settings, records, flags: { from, temperature: opt('temperature'), humidity: opt('humidity'), yes: values.yes === true } })
      : undefined;
  if (drafted?.declined) {
    io.stdout('記録しませんでした。ファイルは作成していません。\n');
    return EXIT.ok;
  }
  const text = scaffoldRecord({ kind, id, at: recordAt, date, by, answers, settings, ...(assignments ? { assignments } : {}), ...(drafted ? { dailyCheck: drafted.sections } : {}) });
  if (values['dry-run']) {
    io.stdout(`# ${file}\n${text}`);
    return EXIT.ok;
  }
  // The temporary file sits at the repo's root, not in records/: a killed write leaves nothing in the evidence tree.
  await writeNewFile(path.join(root, file), text, file, { tempDir: root });
  const open = drafted ? drafted.open : incompleteFields(kind, text).map((f) => `${f}`);
  if (open.length === 0) io.stdout(`記録しました: ${file}\n`);
  else io.stdout(`作成しました: ${file}\nまだ空欄・未説明の項目があります。記入してから npx unyo check で確認してください:\n${open.map((o) => `  - ${o}`).join('\n')}\n`);
  if (values.commit) {
    if (open.length > 0) {
      io.stderr('空欄が残っているのでコミットしませんでした。記入してから git commit してください。\n');
      return EXIT.problems;
    }
    const message = `${kind}: ${id}${drafted ? ` (from ${drafted.sections.sources.map((s) => s.file).join(', ')})` : ''}\n\nCreated by unyo new ${kind}.`;
    try {
      const commit = await commitFiles(root, [file], message);
      io.stdout(`コミットしました: ${commit} ${kind}: ${id}\n`);
    } catch (error) {
      io.stderr(`コミットできませんでした（ファイルは作成済みです）: ${error instanceof Error ? error.message.trim().split('\n')[0] : String(error)}\n`);
      return EXIT.problems;
    }
  }
  return EXIT.ok;
}

/** A report's submission time, and the delivered file with the SHA-256 of its bytes as they are now. */
async function reportAnswers(root: string, kind: StoredRecordKind, submittedAt: string | undefined, file: string | undefined, settings: Settings) {
  const out: Record<string, string> = {};
  if (submittedAt !== undefined) {
    const result = withChoices(kind, 'submitted-at', '提出日時', settings).accept?.(submittedAt);
    if (result && 'error' in result) throw new UsageError(`--submitted-at: ${result.error}`);
    out['submitted-at'] = result?.value ?? submittedAt;
  }
  if (file !== undefined) {
    const relative = path.relative(root, path.resolve(root, file)).split(path.sep).join('/');
    if (relative.startsWith('..') || path.isAbsolute(relative)) throw new UsageError(`--file ${file} はリポジトリの外です。リポジトリのルートからの相対パスで指定してください。`);
    let bytes: Buffer;
    try {
      bytes = await readFile(path.join(root, relative));
    } catch {
      throw new UsageError(`--file ${file} を読めません。提出したファイルのパスを確かめてください。`);
    }
    out['file'] = relative;
    out['sha256'] = createHash('sha256').update(bytes).digest('hex');
  }
  return out;
}

/** The drafted shift assignments of a month, from settings/roster.yaml and the calendar. */
async function draftAssignments(ws: Workspace, month: string, settings: Settings) {
  const [{ value: calendar }, roster, runbooks] = await Promise.all([ws.calendar(), ws.roster(), ws.runbooks()]);
  if (!calendar || !roster.value) throw new UsageError('settings/calendar.yaml と settings/roster.yaml が必要です。npx unyo check で確認してください。');
  return draftShift({ month, calendar, sites: settings.sites, people: settings.people, roster: roster.value, items: runbooks.runbooks.map((r) => r.item) }).assignments;
}
