import { addDays, lastDayOfMonth } from '@unyo/calendar';
import { formatProblemsText } from '@unyo/problems';
import { readCalendar, readRecords, readRunbooks, readSettings, readYamlFile } from '@unyo/read';
import { openTargets } from '@unyo/sla';
import { executionEvidence, formatLeft, progressBoard, type BoardEntry, type Urgency } from '@unyo/progress';
import { expandOccurrences, trackExecution, type Execution, type ExecutionStatus } from '@unyo/schedule';
import { CYCLE_LABELS, IsoDateSchema, IsoDateTimeSchema, SlaSchema, formatJst, instant } from '@unyo/schema';
import { parseOptions } from '../args.ts';
import { EXIT, UsageError, type Io } from '../io.ts';
import { findRoot } from '../root.ts';

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

const URGENCY: Record<Urgency, string> = { breach: '超過', warning: '注意（期限が近い）', info: '対応待ち' };

function boardLine(e: BoardEntry): string {
  const due = e.due ? `  期限 ${hm(e.due)}${e.left !== undefined ? `（${formatLeft(e.left)}）` : ''}` : '';
  return `  ${e.record ? `${e.record}  ` : ''}${e.title}${due}`;
}

const LABELS: Record<ExecutionStatus, string> = { done: '実施済み', late: '遅延', missing: '未実施', 'due-later': '予定' };

const hm = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;

function line(e: Execution): string {
  const o = e.occurrence;
  const where = o.site ? `［${o.site}］` : '';
  const done = e.record ? `  → ${e.at ? hm(e.at) : ''} ${e.record}` : '';
  return `  ${hm(o.due)}  ${String(o.item).padStart(3)} ${o.name}${where}（${CYCLE_LABELS[o.cycle]}）${done}`;
}

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

  const root = await findRoot(io.cwd, values.root);
  const [{ calendar, problems }, runbooks, records, { settings }] = await Promise.all([readCalendar(root), readRunbooks(root), readRecords(root), readSettings(root)]);
  if (!calendar) {
    io.stderr(`${formatProblemsText(problems)}\n\nsettings/calendar.yaml を直してから再実行してください。\n`);
    return EXIT.problems;
  }
  const site = settings.sites.find((s) => s.staffed)?.id ?? settings.sites[0]?.id ?? 'central';
  const occurrences = expandOccurrences({ items: runbooks.runbooks.map((r) => r.item), calendar, site, from, to });
  // Reports (98, 99, 10, 13) are evidenced by report records only, when submitted.
  const executions = trackExecution(occurrences, executionEvidence(records.records.map((r) => r.record)), now);
  const counts = { done: 0, late: 0, missing: 0, 'due-later': 0 } satisfies Record<ExecutionStatus, number>;
  for (const e of executions) counts[e.status]++;
  const nextMeeting = (calendar.events ?? []).filter((e) => e.type === 'meeting' && e.date >= at.slice(0, 10)).map((e) => `${e.date}T${e.start ?? '09:00'}:00+09:00`).sort()[0];
  const sla = await readYamlFile(root, 'settings/sla.yaml', SlaSchema);
  const targets = sla.value
    ? openTargets({ records: records.records.map((r) => r.record), sla: sla.value, calendar, now }).map((t) => ({
        record: t.record,
        title: `${t.name}${t.paused ? '（待ち時間で停止中）' : ''}: ${t.title}`,
        deadline: t.deadline ?? at,
        used: t.usedFraction,
        state: t.state,
      }))
    : [];
  const board = progressBoard({
    records: records.records.map((r) => r.record),
    targets,
    executions,
    ...(nextMeeting ? { nextMeeting } : {}),
    devices: settings.devices,
    now,
  });
  const urgent = { breach: 0, warning: 0, info: 0 } satisfies Record<Urgency, number>;
  for (const e of board) urgent[e.urgency]++;
  const failing =
    failOn === 'breach' ? urgent.breach : failOn === 'warning' ? urgent.breach + urgent.warning : failOn === 'missing' ? counts.missing : failOn === 'late' ? counts.missing + counts.late : 0;

  if (values.json) {
    io.stdout(`${JSON.stringify({ at, from, to, site, board, counts, executions }, null, 2)}\n`);
    return failing > 0 ? EXIT.problems : EXIT.ok;
  }
  const out = [
    `進ちょく管理 ${hm(at)} 現在（定期作業は ${from} 〜 ${to}、${settings.sites.find((s) => s.id === site)?.name ?? site}の開館日基準）`,
    `超過 ${urgent.breach} 件 / 注意 ${urgent.warning} 件 / 対応待ち ${urgent.info} 件`,
  ];
  for (const urgency of ['breach', 'warning', 'info'] as const) {
    const list = board.filter((e) => e.urgency === urgency && (e.topic !== 'periodic' || values.all));
    const periodic = board.filter((e) => e.urgency === urgency && e.topic === 'periodic').length;
    if (list.length === 0 && periodic === 0) continue;
    out.push('', `■ ${URGENCY[urgency]}（${list.length + (values.all ? 0 : periodic)} 件）`, ...list.map(boardLine));
    if (!values.all && periodic > 0) out.push(`  定期作業の未実施 ${periodic} 件（下記）`);
  }
  out.push('', `定期作業: 実施済み ${counts.done} 件 / 遅延 ${counts.late} 件 / 未実施 ${counts.missing} 件 / 予定 ${counts['due-later']} 件`);
  const shown: ExecutionStatus[] = values.all ? ['missing', 'late', 'due-later', 'done'] : ['missing', 'late'];
  for (const status of shown) {
    const list = executions.filter((e) => e.status === status);
    if (list.length === 0) continue;
    out.push('', `■ ${LABELS[status]}（${list.length} 件）${status === 'late' ? ' 期限 → 実施' : ''}`, ...list.map(line));
  }
  if (counts.missing + counts.late === 0) out.push('', '定期作業の未実施・遅延はありません。');
  io.stdout(`${out.join('\n')}\n`);
  return failing > 0 ? EXIT.problems : EXIT.ok;
}
