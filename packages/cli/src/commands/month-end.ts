import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { addDays, lastDayOfMonth, nextMonth } from '@unyo/calendar';
import { isOpen } from '@unyo/scaffold';
import { checkWorkspace } from '@unyo/check';
import { periodicWork } from '@unyo/progress';
import type { Workspace } from '@unyo/workspace';
import { IsoDateSchema, IsoDateTimeSchema, formatJst, instant } from '@unyo/schema';
import { documentBytes, type DocumentFormat } from '../deliverable.ts';
import { parseOptions } from '../args.ts';
import { EXIT, UsageError, type Io } from '../io.ts';
import { outputPath, shownPath } from '../output.ts';
import { openRepo } from '../root.ts';
import { monthSchedule } from './schedule.ts';
import { shiftDraft } from './shift.ts';
import { ledgersWorkbook } from './export.ts';
import { readReportInputs, reportDocument, type ReportInputs } from './report.ts';

export const MONTH_END_HELP = `unyo month-end <月> — 月末の締め: その月の提出物一式を 1 つのフォルダーに作り、締めを妨げているものを一覧します
  作るもの（既定のフォルダー deliverables/<月>/）:
    月次報告書（PDF・Markdown・HTML）、サービスレベル管理レポート（PDF・Markdown）、
    台帳（Excel: 6 台帳・定期作業の実施状況・サービスレベル）、
    翌月の月次定例会議の議事録案（PDF・Markdown）、その月の S1・S2 障害の障害報告書（PDF）、
    翌月の月次運用スケジュール（A4 横 PDF・HTML）とシフト表の案（Markdown・CSV）、
    チェックリスト（チェックリスト.md）と各ファイルの SHA-256（SHA256SUMS）
  締めを妨げるもの: unyo check の問題、月末時点で未完了のインシデント・問い合わせ・作業依頼、未実施の定期作業
  --out <フォルダー>  作る先（既定: deliverables/<月>）。既にあるフォルダーには書きません
  --replace           unyo が前に作ったフォルダー（SHA256SUMS にないファイルがない）を作り直す
  --draft             unyo check に問題があっても作り、すべてのページに「未確定」と記す
  --date <日付>       提出日（既定: 今日）
  --at <日時>         基準日時（既定: 現在）
  --root <dir>        リポジトリのルート
終了コード: 0 締められる、1 妨げるものがある（一覧を表示。フォルダーは --draft か問題が検証以外のときに作ります）、2 使い方の誤り
Closes a month: writes the month's bundle of deliverables into one folder and lists what blocks it.`;

interface CheckItem {
  ok: boolean;
  label: string;
  detail: string[];
}

/** The month's state: what is complete and what blocks the month end. */
async function checklist(ws: Workspace, inputs: ReportInputs, month: string, asOf: string): Promise<CheckItem[]> {
  const problems = checkWorkspace(await ws.load(), instant(asOf));
  const end = `${addDays(lastDayOfMonth(month), 1)}T00:00:00+09:00`;
  const open = inputs.records.filter((r) => r.at < end && r.at.slice(0, 7) <= month && isOpen(r));
  const items: CheckItem[] = [
    {
      ok: problems.length === 0,
      label: problems.length === 0 ? '記録・設定・runbook の検証（unyo check）: 問題なし' : `記録・設定・runbook の検証（unyo check）: 問題 ${problems.length} 件`,
      detail: problems.slice(0, 20).map((p) => `${p.file}:${p.line}:${p.column} ${p.code} ${p.message}`),
    },
    {
      ok: open.length === 0,
      label: open.length === 0 ? '月末時点で未完了のインシデント・問い合わせ・作業依頼: なし' : `月末時点で未完了のインシデント・問い合わせ・作業依頼: ${open.length} 件（npx unyo event で記録するか、翌月へ繰り越す理由を報告書に書いてください）`,
      detail: open.map((r) => `${r.id}（${r.at.slice(0, 10)} 起票）`),
    },
  ];
  const { calendar, items: runbookItems, settings } = inputs.context;
  if (calendar) {
    const { executions } = periodicWork({ items: runbookItems, records: inputs.records, calendar, sites: settings.sites, from: `${month}-01`, to: lastDayOfMonth(month), now: instant(asOf) });
    const missing = executions.filter((e) => e.status === 'missing');
    const late = executions.filter((e) => e.status === 'late');
    items.push({
      ok: missing.length === 0,
      label: `定期作業: 期限内 ${executions.filter((e) => e.status === 'done').length} 件 / 遅延 ${late.length} 件 / 未実施 ${missing.length} 件${missing.length > 0 ? '（実施の記録を追加するか、月次報告書で理由を説明してください）' : ''}`,
      detail: missing.slice(0, 20).map((e) => `${e.occurrence.due.slice(0, 16).replace('T', ' ')} 項番 ${e.occurrence.item} ${e.occurrence.name}${e.occurrence.site ? `［${e.occurrence.site}］` : ''}`),
    });
  }
  const submitted = inputs.records.filter((r) => r.kind === 'report' && r.report === 'monthly' && r.period === month);
  items.push({
    ok: true,
    label:
      submitted.length > 0
        ? `月次報告書 ${month} の提出記録: ${submitted.map((r) => r.id).join('、')}`
        : `月次報告書 ${month} の提出記録: まだありません（提出したら npx unyo new report --report monthly --period ${month} --file <提出した PDF> で記録します）`,
    detail: [],
  });
  return items;
}

/** The files of a bundle folder unyo wrote before: listed in its SHA256SUMS, nothing else. */
async function isOwnBundle(dir: string): Promise<boolean> {
  const sums = await readFile(path.join(dir, 'SHA256SUMS'), 'utf8').catch(() => undefined);
  if (sums === undefined) return false;
  const listed = new Set(sums.split('\n').filter(Boolean).map((l) => l.slice(66)));
  const present = (await readdir(dir)).filter((f) => f !== 'SHA256SUMS');
  return present.every((f) => listed.has(f));
}

export async function runMonthEnd(args: string[], io: Io): Promise<number> {
  const parsed = parseOptions(
    args,
    { out: { type: 'string' }, replace: { type: 'boolean' }, draft: { type: 'boolean' }, date: { type: 'string' }, at: { type: 'string' }, root: { type: 'string' } },
    'month-end',
    true,
  );
  const { values, positionals } = parsed;
  const [month, ...extra] = positionals;
  if (month === undefined || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new UsageError('締める月を 2026-11 の形で指定してください（例: unyo month-end 2026-11）。');
  if (extra.length > 0) throw new UsageError(`余分な引数があります: ${extra.join(' ')}`);
  if (values.at !== undefined && !IsoDateTimeSchema.safeParse(values.at).success) throw new UsageError(`--at ${values.at} は使えません。2026-12-01T09:00+09:00 の形で指定してください。`);
  if (values.date !== undefined && !IsoDateSchema.safeParse(values.date).success) throw new UsageError(`--date ${values.date} は使えません。2026-12-01 の形で指定してください。`);
  const ws = await openRepo(io.cwd, values.root);
  const root = ws.root;
  const out = await outputPath(root, io.cwd, values.out ?? path.join(path.relative(io.cwd, root) || '.', 'deliverables', month), 'folder');
  const exists = await stat(out).then(() => true, () => false);
  if (exists && !(values.replace && (await isOwnBundle(out)))) {
    throw new UsageError(
      values.replace
        ? `${shownPath(io.cwd, out)} には unyo が作っていないファイルがあるため作り直しません。別の --out を指定してください。`
        : `${shownPath(io.cwd, out)} はすでにあります。作り直すときは --replace を付けてください（unyo が作ったフォルダーだけを置き換えます）。`,
    );
  }
  const asOf = formatJst(values.at === undefined ? (io.now ?? Date.now)() : instant(values.at));
  const date = values.date ?? asOf.slice(0, 10);
  const inputs = await readReportInputs(ws, asOf);
  const items = await checklist(ws, inputs, month, asOf);
  const checkFailed = !(items[0]?.ok ?? true);
  const blocked = items.some((i) => !i.ok);
  const lines = [`月末の締め ${month}（${asOf.slice(0, 16).replace('T', ' ')} 現在）`, ...items.flatMap((i) => [`${i.ok ? '  ✔' : '  ✘'} ${i.label}`, ...i.detail.map((d) => `      ${d}`)])];
  if (checkFailed && !values.draft) {
    io.stdout(`${lines.join('\n')}\n\n検証で問題があるため提出物を作りません。直してから再実行するか、--draft で「未確定」として作ってください。\n`);
    return EXIT.problems;
  }

  const draft = checkFailed;
  const temp = `${out}.tmp-${process.pid}`;
  await rm(temp, { recursive: true, force: true });
  await mkdir(temp, { recursive: true });
  const written: string[] = [];
  const put = async (name: string, bytes: string | Uint8Array) => {
    await writeFile(path.join(temp, name), bytes, { flag: 'wx' });
    written.push(name);
  };
  const quiet: Io = { cwd: root, stdout: () => undefined, stderr: (t) => io.stderr(t), now: () => instant(asOf) };
  const next = nextMonth(month);
  try {
    const docs: [string, string, string, DocumentFormat[]][] = [
      ['monthly', month, `月次報告書-${month}`, ['pdf', 'md', 'html']],
      ['sla', month, `サービスレベル管理レポート-${month}`, ['pdf', 'md']],
      ['minutes', next, `議事録案-${next}`, ['pdf', 'md']],
      ...inputs.records
        .filter((r) => r.kind === 'incident' && r.at.slice(0, 7) === month && (r.severity === 'S1' || r.severity === 'S2'))
        .map((r): [string, string, string, DocumentFormat[]] => ['incident', r.id, `障害報告書-${r.id}`, ['pdf']]),
    ];
    for (const [kind, target, name, formats] of docs) {
      const doc = await reportDocument(inputs, kind, target, { date, draft }, quiet);
      if (doc === undefined) continue;
      for (const format of formats) await put(`${name}.${format}`, await documentBytes(root, doc, format));
    }
    await put(`台帳-${month}.xlsx`, await ledgersWorkbook(inputs, month));
    const schedule = await monthSchedule(ws, next, { format: 'html', wareki: false });
    if ('text' in schedule) {
      await put(`月次運用スケジュール-${next}.html`, schedule.text);
      const { htmlToPdf } = await import('@unyo/pdf');
      const { headCommit } = await import('@unyo/history');
      const head = await headCommit(root);
      await put(`月次運用スケジュール-${next}.pdf`, await htmlToPdf(schedule.text, { title: `月次運用スケジュール ${next}`, landscape: true, draft, pinnedDate: new Date(head?.date ?? `${date}T00:00:00+09:00`) }));
    }
    for (const format of ['md', 'csv'] as const) {
      const shift = await shiftDraft(ws, next, { format, bom: false });
      if ('text' in shift) await put(`シフト表案-${next}.${format}`, shift.text);
    }
    const checklistMd = [`# 月末の締め ${month}`, '', `${asOf.slice(0, 16).replace('T', ' ')} 現在。${blocked ? '締めを妨げているものがあります。' : '締められます。'}`, '', ...items.flatMap((i) => [`- [${i.ok ? 'x' : ' '}] ${i.label}`, ...i.detail.map((d) => `  - ${d}`)]), '', '## 提出物', '', ...written.map((f) => `- ${f}`), ''].join('\n');
    await put('チェックリスト.md', checklistMd);
    const sums = await Promise.all([...written].sort().map(async (f) => `${createHash('sha256').update(await readFile(path.join(temp, f))).digest('hex')}  ${f}`));
    await writeFile(path.join(temp, 'SHA256SUMS'), `${sums.join('\n')}\n`);
    if (exists) await rm(out, { recursive: true });
    await mkdir(path.dirname(out), { recursive: true });
    await rename(temp, out);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  io.stdout(`${lines.join('\n')}\n\n提出物 ${written.length} 件を ${shownPath(io.cwd, out)} に作りました${draft ? '（未確定）' : ''}:\n${written.map((f) => `  ${f}`).join('\n')}\n${blocked ? '\n締めを妨げているものがあります（上の ✘）。直してから再実行してください（--replace で作り直せます）。\n' : ''}`);
  return blocked ? EXIT.problems : EXIT.ok;
}
