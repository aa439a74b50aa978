import type { ExecutionStatus, Execution } from '@unyo/schedule';
import { openTargets } from '@unyo/sla';
import { CYCLE_LABELS, formatJst, type AnyRecord, type Calendar, type OperationItem, type Site, type Sla } from '@unyo/schema';
import { formatLeft, progressBoard, type BoardEntry, type Urgency } from './board.ts';
import { periodicWork } from './periodic.ts';
import type { BoardDevices } from './tapes.ts';

export interface StatusInput {
  items: readonly OperationItem[];
  records: readonly AnyRecord[];
  calendar: Calendar;
  sites: readonly Site[];
  /** The SLA definitions (absent: no incident targets on the board). */
  sla?: Sla;
  /** The period whose periodic work is judged (ISO dates). */
  from: string;
  to: string;
  /** settings/devices.yaml's devices: the tape warning of each tape device (42). */
  devices?: BoardDevices;
  now: number;
}

/** What `unyo status` shows (and prints as JSON): the board, and the periodic work of the period. */
export interface Status {
  /** Now (JST). */
  at: string;
  from: string;
  to: string;
  /** The site whose opening days the library-wide work follows. */
  site: string;
  board: BoardEntry[];
  counts: Record<ExecutionStatus, number>;
  executions: Execution[];
}

/** The progress board and periodic work standing at `now`: targets of open incidents, follow-ups, due work. */
export function progressStatus(input: StatusInput): Status {
  const at = formatJst(input.now);
  const { site, executions, counts } = periodicWork(input);
  const nextMeeting = (input.calendar.events ?? [])
    .filter((e) => e.type === 'meeting' && e.date >= at.slice(0, 10))
    .map((e) => `${e.date}T${e.start ?? '09:00'}:00+09:00`)
    .sort()[0];
  const targets = input.sla
    ? openTargets({ records: [...input.records], sla: input.sla, calendar: input.calendar, now: input.now }).map((t) => ({
        record: t.record,
        title: `${t.name}${t.paused ? '（待ち時間で停止中）' : ''}: ${t.title}`,
        deadline: t.deadline ?? at,
        used: t.usedFraction,
        state: t.state,
      }))
    : [];
  const board = progressBoard({ records: input.records, targets, executions, ...(nextMeeting ? { nextMeeting } : {}), ...(input.devices ? { devices: input.devices } : {}), now: input.now });
  return { at, from: input.from, to: input.to, site, board, counts, executions };
}

/** Which findings make `unyo status --fail-on` exit 1. */
export type FailOn = 'breach' | 'warning' | 'missing' | 'late';

/** How many findings `failOn` counts (0: none). */
export function failingCount(status: Status, failOn: FailOn | undefined): number {
  const urgent = urgencyCounts(status.board);
  const { missing, late } = status.counts;
  if (failOn === 'breach') return urgent.breach;
  if (failOn === 'warning') return urgent.breach + urgent.warning;
  if (failOn === 'missing') return missing;
  if (failOn === 'late') return missing + late;
  return 0;
}

const urgencyCounts = (board: readonly BoardEntry[]) => {
  const urgent: Record<Urgency, number> = { breach: 0, warning: 0, info: 0 };
  for (const e of board) urgent[e.urgency]++;
  return urgent;
};

const URGENCY: Record<Urgency, string> = { breach: '超過', warning: '注意（期限が近い）', info: '対応待ち' };
const LABELS: Record<ExecutionStatus, string> = { done: '実施済み', late: '遅延', missing: '未実施', 'due-later': '予定' };
const hm = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;

function boardLine(e: BoardEntry): string {
  const due = e.due ? `  期限 ${hm(e.due)}${e.left !== undefined ? `（${formatLeft(e.left)}）` : ''}` : '';
  return `  ${e.record ? `${e.record}  ` : ''}${e.title}${due}`;
}

function executionLine(e: Execution): string {
  const o = e.occurrence;
  const where = o.site ? `［${o.site}］` : '';
  const done = e.record ? `  → ${e.at ? hm(e.at) : ''} ${e.record}` : '';
  return `  ${hm(o.due)}  ${String(o.item).padStart(3)} ${o.name}${where}（${CYCLE_LABELS[o.cycle]}）${done}`;
}

/** The board as the terminal shows it, in Japanese; `all` lists done and upcoming work too. */
export function formatStatus(status: Status, options: { siteName: string; all?: boolean }): string {
  const { board, counts, executions } = status;
  const all = options.all === true;
  const urgent = urgencyCounts(board);
  const out = [
    `進ちょく管理 ${hm(status.at)} 現在（定期作業は ${status.from} 〜 ${status.to}、${options.siteName}の開館日基準）`,
    `超過 ${urgent.breach} 件 / 注意 ${urgent.warning} 件 / 対応待ち ${urgent.info} 件`,
  ];
  for (const urgency of ['breach', 'warning', 'info'] as const) {
    const list = board.filter((e) => e.urgency === urgency && (e.topic !== 'periodic' || all));
    const periodic = board.filter((e) => e.urgency === urgency && e.topic === 'periodic').length;
    if (list.length === 0 && periodic === 0) continue;
    out.push('', `■ ${URGENCY[urgency]}（${list.length + (all ? 0 : periodic)} 件）`, ...list.map(boardLine));
    if (!all && periodic > 0) out.push(`  定期作業の未実施 ${periodic} 件（下記）`);
  }
  out.push('', `定期作業: 実施済み ${counts.done} 件 / 遅延 ${counts.late} 件 / 未実施 ${counts.missing} 件 / 予定 ${counts['due-later']} 件`);
  const shown: ExecutionStatus[] = all ? ['missing', 'late', 'due-later', 'done'] : ['missing', 'late'];
  for (const s of shown) {
    const list = executions.filter((e) => e.status === s);
    if (list.length === 0) continue;
    out.push('', `■ ${LABELS[s]}（${list.length} 件）${s === 'late' ? ' 期限 → 実施' : ''}`, ...list.map(executionLine));
  }
  if (counts.missing + counts.late === 0) out.push('', '定期作業の未実施・遅延はありません。');
  return `${out.join('\n')}\n`;
}
