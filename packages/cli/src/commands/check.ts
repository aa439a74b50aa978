import { stat } from 'node:fs/promises';
import path from 'node:path';
import { SLA_FILE, checkAppendOnly, checkRecords, checkRunbooks } from '@unyo/check';
import { UnknownBaseError, recordChanges } from '@unyo/history';
import { createProblem, formatProblemsGithub, formatProblemsText, sortProblems, type Problem } from '@unyo/problems';
import { readCalendar, readRecords, readRunbooks, readSettings, readYamlFile, slaVersionOn } from '@unyo/read';
import { DELIVERABLES_FILE, DeliverablesSchema, IsoDateTimeSchema, RosterSchema, SlaSchema, formatJst, instant } from '@unyo/schema';
import { parseOptions } from '../args.ts';
import { EXIT, UsageError, type Io } from '../io.ts';
import { findRoot } from '../root.ts';

export const CHECK_HELP = `unyo check — runbook と記録（records/）・設定（settings/）を検証し、すべての問題を報告します
  --base <ref>      Git の比較元（例: origin/main）。記録の削除、クローズ済み記録の変更、
                    時系列の書き換え、id の再利用を報告します（追記のみの原則）
  --now <日時>      この日時より後の記録を「未来」とします（既定: 現在時刻）
  --json            結果を JSON で出力（CI・他のツール向け）
  --format <形式>   text（既定）、json、github（GitHub Actions の注釈）
  --root <dir>      リポジトリのルート（既定: 上位の runbooks/ を探す）
終了コード: 0 問題なし、1 問題あり、2 使い方の誤り・内部エラー
Validates runbooks, records and settings and reports every problem (file:line:col CODE message hint).`;

const exists = (p: string) => stat(p).then(() => true, () => false);

export async function runCheck(args: string[], io: Io): Promise<number> {
  const { values } = parseOptions(
    args,
    { json: { type: 'boolean' }, format: { type: 'string' }, root: { type: 'string' }, base: { type: 'string' }, now: { type: 'string' } },
    'check',
  );
  const format = values.json ? 'json' : (values.format ?? 'text');
  if (!['text', 'json', 'github'].includes(format)) {
    throw new UsageError(`--format ${format} は使えません。text、json、github のいずれかを指定してください。`);
  }
  if (values.now !== undefined && !IsoDateTimeSchema.safeParse(values.now).success) {
    throw new UsageError(`--now ${values.now} は使えません。2026-11-30T18:00+09:00 の形で指定してください。`);
  }
  const now = values.now === undefined ? Date.now() : instant(values.now);
  const root = await findRoot(io.cwd, values.root);
  const runbooks = await readRunbooks(root);
  // The runbooks' timing and {{…}} references are compared with the calendar and the SLA version in force now
  // (their files' own problems are reported below, or by unyo sla).
  const [calendarForRunbooks, sla] = await Promise.all([
    exists(path.join(root, 'settings/calendar.yaml')).then((e) => (e ? readCalendar(root) : undefined)),
    exists(path.join(root, SLA_FILE)).then((e) => (e ? readYamlFile(root, SLA_FILE, SlaSchema) : undefined)),
  ]);
  const slaShown = sla?.value ? slaVersionOn(sla.value, formatJst(now).slice(0, 10)) : undefined;
  const problems: Problem[] = checkRunbooks(runbooks, {
    ...(calendarForRunbooks?.calendar ? { calendar: calendarForRunbooks.calendar } : {}),
    ...(slaShown ? { sla: slaShown } : {}),
    slaAbsent: sla === undefined,
  });
  const records = await readRecords(root);
  if (records.files.length > 0 || (await exists(path.join(root, 'settings')))) {
    const { settings, problems: settingsProblems } = await readSettings(root);
    const itemIds = new Set(runbooks.runbooks.map((r) => r.item.id));
    const optional = async (file: string) => ((await exists(path.join(root, file))) ? file : undefined);
    const [calendarFile, rosterFile, deliverablesFile] = await Promise.all([optional('settings/calendar.yaml'), optional('settings/roster.yaml'), optional(DELIVERABLES_FILE)]);
    const calendar = calendarFile ? await readCalendar(root) : undefined;
    const roster = rosterFile ? await readYamlFile(root, rosterFile, RosterSchema) : undefined;
    const deliverables = deliverablesFile ? await readYamlFile(root, deliverablesFile, DeliverablesSchema) : undefined;
    problems.push(...settingsProblems, ...(calendar?.problems ?? []), ...(roster?.problems ?? []), ...(deliverables?.problems ?? []));
    const shift = calendar?.calendar && roster?.value ? { calendar: calendar.calendar, sites: settings.sites, people: settings.people, roster: roster.value } : undefined;
    problems.push(...checkRecords({ records, settings, itemIds, now, ...(shift ? { shift } : {}) }));
  }
  if (values.base !== undefined) {
    try {
      const { changes } = await recordChanges(root, values.base, records.files);
      problems.push(...checkAppendOnly(changes, records.records));
    } catch (error) {
      if (!(error instanceof UnknownBaseError)) throw error;
      problems.push(createProblem('git-base-unknown', { file: '.git', line: 1, column: 1 }, { base: values.base }));
    }
  }
  sortProblems(problems);
  const checked = `runbook ${runbooks.files.length} 件、記録 ${records.files.length} 件`;
  const files = new Set(problems.map((p) => p.file)).size;
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ ok: problems.length === 0, checked: { runbooks: runbooks.files.length, records: records.files.length }, problems }, null, 2)}\n`);
  } else if (format === 'github') {
    if (problems.length > 0) io.stdout(`${formatProblemsGithub(problems)}\n`);
  } else if (problems.length === 0) {
    io.stdout(`${checked}を確認しました。問題はありません。\n`);
  } else {
    io.stdout(`${formatProblemsText(problems)}\n\n問題 ${problems.length} 件（${files} ファイル）。${checked}を確認しました。\n`);
  }
  return problems.length === 0 ? EXIT.ok : EXIT.problems;
}
