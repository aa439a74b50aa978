import { addDays, lastDayOfMonth } from '@unyo/calendar';
import { formatProblemsText } from '@unyo/problems';
import { failingCount, formatStatus, progressStatus, type FailOn } from '@unyo/progress';
import { IsoDateSchema, IsoDateTimeSchema, formatJst, instant } from '@unyo/schema';
import { parseOptions } from '../args.ts';
import { EXIT, UsageError, type Io } from '../io.ts';
import { openRepo } from '../root.ts';

export const STATUS_HELP = `unyo status — 進ちょく管理ボード: 期限を過ぎた・迫っている対応と、定期作業の実施状況を記録から判定します
  --at <日時>         基準日時（既定: 現在、日本時間。例: 2026-11-30T18:00+09:00）
  --from <日付>       対象期間の初日（既定: 基準日時の月の1日）
  --to <日付>         対象期間の末日（既定: 基準日時の日）
  --all               実施済み・予定も一覧に含める
  --json              JSON で出力
  --fail-on <状態>    終了コード 1 にする条件: breach（超過あり）、warning（超過か注意あり）、
                      missing（定期作業の未実施あり）、late（遅延か未実施あり）
  --root <dir>        リポジトリのルート
The progress board: what is past or near its deadline (incidents, problems, changes, documents,
requests, inquiries, reports, periodic work), sorted by urgency.`;

export async function runStatus(args: string[], io: Io): Promise<number> {
  const { values } = parseOptions(
    args,
    {
      at: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      all: { type: 'boolean' },
      json: { type: 'boolean' },
      'fail-on': { type: 'string' },
      root: { type: 'string' },
    },
    'status',
  );
  if (values.at !== undefined && !IsoDateTimeSchema.safeParse(values.at).success) {
    throw new UsageError(`--at ${values.at} は使えません。2026-11-30T18:00+09:00 の形で指定してください。`);
  }
  for (const key of ['from', 'to'] as const) {
    if (values[key] !== undefined && !IsoDateSchema.safeParse(values[key]).success) throw new UsageError(`--${key} ${values[key]} は使えません。2026-11-01 の形で指定してください。`);
  }
  const failOn = values['fail-on'];
  if (failOn !== undefined && !['missing', 'late', 'breach', 'warning'].includes(failOn)) {
    throw new UsageError(`--fail-on ${failOn} は使えません。breach、warning、missing、late のいずれかを指定してください。`);
  }
  const now = values.at === undefined ? (io.now ?? Date.now)() : instant(values.at);
  const at = formatJst(now);
  const from = values.from ?? `${at.slice(0, 7)}-01`;
  const to = values.to ?? at.slice(0, 10);
  if (to < from) throw new UsageError(`--to ${to} が --from ${from} より前です。`);
  if (to > addDays(lastDayOfMonth(from.slice(0, 7)), 366)) throw new UsageError('期間は 1 年以内にしてください。');

  const ws = await openRepo(io.cwd, values.root);
  const [calendar, runbooks, records, { settings }, sla] = await Promise.all([ws.calendar(), ws.runbooks(), ws.records(), ws.settings(), ws.sla()]);
  if (!calendar.value) {
    const why = calendar.present ? formatProblemsText(calendar.problems) : `${calendar.file} がありません。`;
    io.stderr(`${why}\n\n${calendar.file} を直してから再実行してください。\n`);
    return EXIT.problems;
  }
  const status = progressStatus({
    items: runbooks.runbooks.map((r) => r.item),
    records: records.records.map((r) => r.record),
    calendar: calendar.value,
    sites: settings.sites,
    ...(sla.value ? { sla: sla.value } : {}),
    from,
    to,
    devices: settings.devices,
    now,
  });
  const failing = failingCount(status, failOn as FailOn | undefined);
  if (values.json) {
    io.stdout(`${JSON.stringify(status, null, 2)}\n`);
  } else {
    const siteName = settings.sites.find((s) => s.id === status.site)?.name ?? status.site;
    io.stdout(formatStatus(status, { siteName, all: values.all === true }));
  }
  return failing > 0 ? EXIT.problems : EXIT.ok;
}
