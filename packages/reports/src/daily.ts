import { DEFAULT_THRESHOLDS, type DailyCheck } from '@unyo/schema';
import type { ReportContext } from './context.ts';
import { nameOf } from './labels.ts';
import { ledgerDay, ledgerEvidence, type LedgerDay } from './_ledgers.ts';
import type { ReportData } from './render.ts';
import { by, dayLabel, ofKind, periodicExecutions, periodicLine, scopeOf, spanOf, unique, type PeriodicLine, type Scope } from './_scope.ts';

/** One thing the daily check found not normal, with its explanation or the incident opened for it. */
export interface CheckAnomaly {
  /** The server, backup job, device or site, by name. */
  subject: string;
  /** What was seen (停止, 警告, 異常終了, CPU 92%…). */
  state: string;
  /** The explanation written on the sheet, or 説明なし. */
  note: string;
  incident?: string;
}

/** One area of the daily check sheet: how many were checked and which were not normal. */
export interface CheckArea {
  total: number;
  anomalies: CheckAnomaly[];
}

/** The daily-check sheet (日次点検表) of the day, summarised. */
export interface DailyCheckSummary {
  id: string;
  at: string;
  by: string;
  servers: CheckArea;
  backups: CheckArea;
  signatures: CheckArea;
  terminals: CheckArea & { started: number; expected: number };
  serverRoom: DailyCheck['serverRoom'];
  note?: string;
}

/** A job run (作業実施記録) of the day with its counts. */
export interface JobLine {
  id: string;
  item: number;
  name: string;
  at: string;
  result: string;
  /** 抽出件数 5、削除件数 5. */
  counts: string;
  note: string;
}

/** Periodic work due that day that was late or is missing. */
/** The data of a 日次報告書 (item 98). */
export interface DailyReport extends ReportData {
  date: string;
  /** 2026年11月27日（金）. */
  dateLabel: string;
  asOf: string;
  /** Absent when no sheet was recorded for the day. */
  check?: DailyCheckSummary;
  incidents: LedgerDay;
  inquiries: LedgerDay;
  requests: LedgerDay;
  jobs: JobLine[];
  /** Occurrences due that day: how many, how many done on time, and the late, missing and not yet due ones. */
  periodic: { due: number; done: number; late: PeriodicLine[]; missing: PeriodicLine[]; dueLater: PeriodicLine[] };
}

const BACKUP_RESULTS = { success: '成功', failure: '失敗', 'not-run': '未実行' } as const;
const JOB_RESULTS = { success: '正常終了', partial: '一部異常', failure: '異常終了', skipped: '未実施（スキップ）' } as const;
const STATES = { ok: '正常', warning: '警告', error: '異常' } as const;

const explained = (note: string | undefined, incident: string | undefined): Pick<CheckAnomaly, 'note' | 'incident'> => ({
  note: note ?? (incident ? '' : '説明なし'),
  ...(incident ? { incident } : {}),
});

function serverAnomalies(scope: Scope, check: DailyCheck): CheckAnomaly[] {
  const { devices, thresholds } = scope.ctx.settings;
  return check.servers.flatMap((s) => {
    const device = devices.find((d) => d.id === s.device);
    const limit = { ...DEFAULT_THRESHOLDS, ...thresholds, ...device?.thresholds };
    const over = (['cpu', 'memory', 'disk'] as const).filter((m) => (s[m] ?? 0) > limit[m]).map((m) => `${{ cpu: 'CPU', memory: 'メモリ', disk: 'ディスク' }[m]} ${s[m]}%（しきい値 ${limit[m]}%）`);
    if (s.alive && s.state === 'ok' && over.length === 0) return [];
    const state = [s.alive ? STATES[s.state] : '応答なし', ...over].join('、');
    return [{ subject: device?.name ?? s.device, state, ...explained(s.note, s.incident) }];
  });
}

function summarise(scope: Scope, check: DailyCheck): DailyCheckSummary {
  const { backupJobs, devices } = scope.ctx.settings;
  const deviceName = (id: string) => devices.find((d) => d.id === id)?.name ?? id;
  const terminals = check.terminals.filter((t) => t.started < t.total);
  return {
    id: check.id,
    at: check.at,
    by: nameOf(scope.names.people, check.by),
    servers: { total: check.servers.length, anomalies: serverAnomalies(scope, check) },
    backups: {
      total: check.backups.length,
      anomalies: check.backups
        .filter((b) => b.result !== 'success')
        .map((b) => ({ subject: backupJobs.find((j) => j.id === b.job)?.name ?? b.job, state: BACKUP_RESULTS[b.result], ...explained(b.note, b.incident) })),
    },
    signatures: {
      total: check.signatures.length,
      anomalies: check.signatures
        .filter((s) => !s.current || s.applied)
        .map((s) => ({ subject: deviceName(s.device), state: `${s.version}（${s.current ? '手動で更新を適用' : '最新でない'}）`, ...explained(s.note, s.incident) })),
    },
    terminals: {
      total: check.terminals.length,
      started: check.terminals.reduce((n, t) => n + t.started, 0),
      expected: check.terminals.reduce((n, t) => n + t.total, 0),
      anomalies: terminals.map((t) => ({ subject: nameOf(scope.names.sites, t.site), state: `${t.started}/${t.total} 台起動`, ...explained(t.note, t.incident) })),
    },
    serverRoom: check.serverRoom,
    ...(check.note ? { note: check.note } : {}),
  };
}

const countsText = (counts: Record<string, number> | undefined): string =>
  Object.entries(counts ?? {})
    .map(([k, v]) => `${k} ${v.toLocaleString('ja-JP')}`)
    .join('、');

/** Builds the 日次報告書 of a day (2026-11-27). Pure: the context carries the records and `asOf`. */
export function buildDailyReport(ctx: ReportContext, date: string): DailyReport {
  const scope = scopeOf(ctx);
  const day = spanOf(date, date, scope.now);
  const sheet = ofKind(scope.records, 'daily-check').find((c) => c.date === date);
  const check = sheet ? summarise(scope, sheet) : undefined;
  const incidents = ledgerDay(scope, 'incident', day);
  const inquiries = ledgerDay(scope, 'inquiry', day);
  const requests = ledgerDay(scope, 'request', day);
  const jobs = ofKind(scope.records, 'job-run')
    .filter((j) => j.at.slice(0, 10) === date && by(j.at, day))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1))
    .map((j) => ({ id: j.id, item: j.items[0]!, name: j.items.map((i) => scope.itemNames.get(i) ?? `項番${i}`).join('・'), at: j.at, result: JOB_RESULTS[j.result], counts: countsText(j.counts), note: j.note ?? '' }));
  const executions = periodicExecutions(scope, date, date);
  const line = (e: (typeof executions)[number]): PeriodicLine => periodicLine(scope, e);
  const late = executions.filter((e) => e.status === 'late');
  const anomalies = check ? [check.servers, check.backups, check.signatures, check.terminals].flatMap((a) => a.anomalies) : [];
  return {
    title: `日次報告書 ${dayLabel(date)}`,
    date,
    dateLabel: dayLabel(date),
    asOf: ctx.asOf,
    ...(check ? { check } : {}),
    incidents,
    inquiries,
    requests,
    jobs,
    periodic: {
      due: executions.length,
      done: executions.filter((e) => e.status === 'done').length,
      late: late.map(line),
      missing: executions.filter((e) => e.status === 'missing').map(line),
      dueLater: executions.filter((e) => e.status === 'due-later').map(line),
    },
    evidence: [
      { key: 'daily-check', label: '日次点検表', ids: sheet ? [sheet.id] : [] },
      { key: 'check-incidents', label: '点検で見つかった異常のインシデント', ids: unique(anomalies.map((a) => a.incident)) },
      ...ledgerEvidence(incidents, 'incidents', 'インシデント', '日末'),
      ...ledgerEvidence(inquiries, 'inquiries', '問い合わせ', '日末'),
      ...ledgerEvidence(requests, 'requests', '依頼', '日末'),
      { key: 'jobs', label: 'この日の作業実施記録', ids: jobs.map((j) => j.id) },
      { key: 'periodic-done', label: '期限内に実施した定期作業の記録', ids: unique(executions.filter((e) => e.status === 'done').map((e) => e.record)) },
      { key: 'periodic-late', label: '遅れて実施した定期作業の記録', ids: unique(late.map((e) => e.record)) },
    ],
  };
}
