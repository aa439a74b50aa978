import path from 'node:path';
import { headCommit } from '@unyo/history';
import { formatProblemsText } from '@unyo/problems';
import { buildMonthlyReport, buildSlaReport, type ReportContext } from '@unyo/reports';
import { IsoDateTimeSchema, formatJst, instant, type AnyRecord } from '@unyo/schema';
import { parseOptions } from '../args.ts';
import { EXIT, UsageError, type Io } from '../io.ts';
import { outputPath, shownPath, writeNewFile } from '../output.ts';
import { openRepo } from '../root.ts';
import { readReportInputs, type ReportInputs } from './report.ts';

export const EXPORT_HELP = `unyo export ledgers <月> — その月の台帳を Excel（.xlsx）に書き出します
  シート: インシデント、問い合わせ、依頼、変更、問題、作業実施（その月に起票した記録）、
          ソフトウェア一覧・テープ媒体（月末時点。テープは交換の注意・超過を判定）、権限レビュー（その月のレビュー）、
          定期作業の実施状況（項目×日: ○ 期限内 △ 遅延 × 未実施 □ 期限前）、サービスレベル（その月の実績）
  --out <ファイル>  書き出す先（既定: deliverables/<月>/台帳-<月>.xlsx）。既存のファイルは上書きしません
  --draft           記録に問題があっても書き出す（ファイル名に「未確定」を付けます）
  --at <日時>       基準日時（既定: 現在）
  --root <dir>      リポジトリのルート
日付は Excel の日付セル（日本時間）、見出し行は固定・オートフィルター付き。= + - @ で始まる文字も数式にはなりません。
ファイルの作成日時はコミットの日時なので、同じコミットからは同じバイト列になります。
Exports the month's ledgers as an Excel workbook.`;

/** The month a record belongs to in the ledgers: the month it was opened (JST). */
const monthOf = (r: AnyRecord) => r.at.slice(0, 7);

/** The month's ledgers and SLA table as workbook bytes. */
export async function ledgersWorkbook(inputs: ReportInputs, month: string): Promise<Uint8Array> {
  const { configurationSheets, ledgerSheets, workbook } = await import('@unyo/xlsx');
  const records = inputs.records.filter((r) => monthOf(r) === month);
  const names = { sites: Object.fromEntries(inputs.names.sites ?? []), people: Object.fromEntries(inputs.names.people ?? []) };
  const sheets = ledgerSheets(records, names);
  sheets.push(...configurationSheets(inputs.records, { month, asOf: inputs.asOf, devices: inputs.context.settings.devices, people: names.people }));
  const { calendar, items, settings, sla } = inputs.context;
  if (calendar && sla) {
    const ctx: ReportContext = { records: inputs.records, items, calendar, settings, sla, asOf: inputs.asOf };
    const report = buildSlaReport(ctx, month);
    const { matrix } = buildMonthlyReport(ctx, month);
    sheets.push({
      name: '定期作業の実施状況',
      columns: [
        { header: '項番', key: 'item', type: 'number' },
        { header: '運用項目', key: 'name', type: 'text' },
        ...matrix.labels.map((label, i) => ({ header: label, key: `d${i}`, type: 'text' as const })),
      ],
      rows: matrix.rows.map((r) => ({ item: r.item, name: r.name, ...Object.fromEntries(r.marks.map((m, i) => [`d${i}`, m])) })),
    });
    sheets.push({
      name: 'サービスレベル',
      columns: [
        { header: '項目', key: 'name', type: 'text' },
        { header: '目標', key: 'target', type: 'text' },
        { header: '時計', key: 'clock', type: 'text' },
        { header: '実績', key: 'measured', type: 'text' },
        { header: '目標内', key: 'met', type: 'number' },
        { header: '超過', key: 'breached', type: 'number' },
        { header: '対応中', key: 'pending', type: 'number' },
        { header: '判定', key: 'verdict', type: 'text' },
        { header: '定義の版', key: 'versions', type: 'text' },
      ],
      rows: report.metrics.map((m) => ({
        name: m.name,
        target: m.targetText,
        clock: m.clockLabel,
        measured: m.measuredText,
        met: m.met,
        breached: m.breached,
        pending: m.pending,
        verdict: m.verdictText,
        versions: m.versions.join('、'),
      })),
    });
  }
  const head = await headCommit(inputs.root);
  return workbook(sheets, { pinnedDate: new Date(head?.date ?? `${month}-01T00:00:00+09:00`), creator: 'unyo' });
}

export async function runExport(args: string[], io: Io): Promise<number> {
  const parsed = parseOptions(
    args,
    { out: { type: 'string' }, draft: { type: 'boolean' }, at: { type: 'string' }, root: { type: 'string' } },
    'export',
    true,
  );
  const { values, positionals } = parsed;
  const [what, month, ...extra] = positionals;
  if (what !== 'ledgers') throw new UsageError(`書き出すものを指定してください（例: unyo export ledgers 2026-11）。\n\n${EXPORT_HELP}`);
  if (month === undefined || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new UsageError(`月を 2026-11 の形で指定してください（例: unyo export ledgers 2026-11）。`);
  if (extra.length > 0) throw new UsageError(`余分な引数があります: ${extra.join(' ')}`);
  if (values.at !== undefined && !IsoDateTimeSchema.safeParse(values.at).success) throw new UsageError(`--at ${values.at} は使えません。2026-11-30T18:00+09:00 の形で指定してください。`);
  const ws = await openRepo(io.cwd, values.root);
  const root = ws.root;
  const inputs = await readReportInputs(ws, formatJst(values.at === undefined ? (io.now ?? Date.now)() : instant(values.at)));
  if (inputs.problems.length > 0 && !values.draft) {
    io.stderr(`${formatProblemsText(inputs.problems)}\n\n記録・設定に問題が ${inputs.problems.length} 件あるため、台帳を書き出しません。直してから再実行するか、--draft で「未確定」として書き出してください。\n`);
    return EXIT.problems;
  }
  const draft = inputs.problems.length > 0 ? '（未確定）' : '';
  const out = await outputPath(root, io.cwd, values.out ?? path.join(path.relative(io.cwd, root) || '.', 'deliverables', month, `台帳-${month}${draft}.xlsx`));
  await writeNewFile(out, await ledgersWorkbook(inputs, month), shownPath(io.cwd, out));
  io.stdout(`${month} の台帳（Excel）を ${shownPath(io.cwd, out)} に書きました。\n`);
  return EXIT.ok;
}
