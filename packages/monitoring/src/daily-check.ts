import { DEFAULT_THRESHOLDS, type DailyCheck, type Devices } from '@unyo/schema';
import { latestSamples, timeRange, type Sample } from './sample.ts';

/** The settings the daily check is drafted and judged against (settings/devices.yaml). */
export interface DeviceSettings {
  devices: Devices['devices'];
  backupJobs: Devices['backupJobs'];
  thresholds?: Devices['thresholds'];
}

/** One export read for the sheet: its name, format, the SHA-256 of its bytes and its samples. */
export interface ReadExport {
  file: string;
  format: NonNullable<DailyCheck['sources']>[number]['format'];
  sha256: string;
  samples: readonly Sample[];
}

type Server = DailyCheck['servers'][number];
type Backup = DailyCheck['backups'][number];
type Signature = DailyCheck['signatures'][number];

/** A draft entry: its id, the values the exports gave, null where none did (to be asked or typed). */
export type Draft<T, Id extends keyof T> = { [K in keyof Omit<T, Id>]: Omit<T, Id>[K] | null } & Pick<T, Id>;

type Explainable = { note?: string | null | undefined; incident?: string | null | undefined };

/** The parts of a daily sheet, complete or drafted, that anomalies are judged on. */
export interface SheetLike {
  servers?: readonly ({ device: string; alive?: boolean | null; cpu?: number | null | undefined; memory?: number | null | undefined; disk?: number | null | undefined; state?: string | null } & Explainable)[];
  backups?: readonly ({ job: string; result?: string | null } & Explainable)[];
  signatures?: readonly ({ device: string; version?: string | null; current?: boolean | null } & Explainable)[];
  terminals?: readonly ({ site: string; started?: number | null; total?: number | null } & Explainable)[];
}

/** The sections of the sheet the exports fill, and what they did not cover. */
export interface DailyCheckImport {
  sources: NonNullable<DailyCheck['sources']>;
  servers: Draft<Server, 'device'>[];
  backups: Draft<Backup, 'job'>[];
  signatures: Draft<Signature, 'device' | 'version'>[];
  /** Monitored servers, backup jobs and signature devices no export gave a value for, by id. */
  uncovered: { servers: string[]; backups: string[]; signatures: string[] };
}

/** The thresholds of one device: its own over those of the file over the defaults. */
export function thresholdsFor(device: string, settings: DeviceSettings): { cpu: number; memory: number; disk: number } {
  const own = settings.devices.find((d) => d.id === device)?.thresholds ?? {};
  return { ...DEFAULT_THRESHOLDS, ...settings.thresholds, ...own };
}

const STATES = new Set(['ok', 'warning', 'error']);

/**
 * Fills the servers, backups and signatures of a day's sheet from the latest value per device and
 * metric measured on `date` (JST) in the exports. A server without a `state` in the exports gets
 * one from what was measured: error when it does not answer, warning beyond a threshold, else ok.
 * Nothing is taken from another day's sheet.
 */
export function importDailyCheck(date: string, exports: readonly ReadExport[], settings: DeviceSettings): DailyCheckImport {
  const value = new Map<string, { sample: Sample; file: string }>();
  const sources: DailyCheckImport['sources'] = [];
  for (const e of exports) {
    const range = timeRange(e.samples);
    sources.push({ file: e.file, format: e.format, sha256: e.sha256, from: range?.from ?? `${date}T00:00:00+09:00`, to: range?.to ?? `${date}T00:00:00+09:00`, samples: e.samples.length });
    for (const sample of latestSamples(e.samples, date)) {
      const key = `${sample.device}\u0000${sample.metric}`;
      const seen = value.get(key);
      if (!seen || Date.parse(seen.sample.at) <= Date.parse(sample.at)) value.set(key, { sample, file: e.file });
    }
  }
  const get = (device: string, metric: string) => value.get(`${device}\u0000${metric}`);
  const uncovered: DailyCheckImport['uncovered'] = { servers: [], backups: [], signatures: [] };

  const servers = settings.devices.filter((d) => d.monitored).map((d): Draft<Server, 'device'> => {
    const files = new Set<string>();
    const num = (metric: string) => {
      const v = get(d.id, metric);
      if (v && typeof v.sample.value === 'number') { files.add(v.file); return v.sample.value; }
      return null;
    };
    const alive = get(d.id, 'alive');
    if (alive) files.add(alive.file);
    const disks = [...value.values()].filter(({ sample }) => sample.device === d.id && /^disk(:.+)?$/.test(sample.metric) && typeof sample.value === 'number');
    for (const v of disks) files.add(v.file);
    const disk = disks.length > 0 ? Math.max(...disks.map((v) => v.sample.value as number)) : null;
    const entry: Draft<Server, 'device'> = {
      device: d.id,
      alive: alive ? Number(alive.sample.value) >= 1 : null,
      cpu: num('cpu'),
      memory: num('memory'),
      disk,
      state: null,
    };
    const state = get(d.id, 'state');
    if (state) {
      files.add(state.file);
      const text = String(state.sample.value).trim().toLowerCase();
      entry.state = STATES.has(text) ? (text as Server['state']) : 'warning';
      if (!STATES.has(text)) entry.note = `監視の状態: ${String(state.sample.value)}`;
    } else if (entry.alive !== null) {
      entry.state = entry.alive === false ? 'error' : serverAnomalies(entry, thresholdsFor(d.id, settings)).length > 0 ? 'warning' : 'ok';
    }
    if (files.size === 0) uncovered.servers.push(d.id);
    else entry.source = [...files].sort().join(', ');
    return entry;
  });

  const backups = settings.backupJobs.map((j): Draft<Backup, 'job'> => {
    const v = get(j.id, 'backup');
    if (!v) { uncovered.backups.push(j.id); return { job: j.id, result: null }; }
    return { job: j.id, result: v.sample.value as Backup['result'], source: v.file };
  });

  const signatures = settings.devices.filter((d) => d.signature !== undefined).map((d): Draft<Signature, 'device' | 'version'> => {
    const v = get(d.id, 'signature');
    if (!v) { uncovered.signatures.push(d.id); return { device: d.id, version: '', current: null }; }
    return { device: d.id, version: String(v.sample.value), current: null, source: v.file };
  });

  return { sources, servers, backups, signatures, uncovered };
}

/** What is beyond normal in one server's values, in Japanese (empty: normal). */
export function serverAnomalies(server: NonNullable<SheetLike['servers']>[number], limits: { cpu: number; memory: number; disk: number }): string[] {
  const out: string[] = [];
  if (server.alive === false) out.push('応答なし');
  for (const [metric, label] of [['cpu', 'CPU'], ['memory', 'メモリ'], ['disk', 'ディスク']] as const) {
    const v = server[metric];
    if (typeof v === 'number' && v > limits[metric]) out.push(`${label} ${v}%（しきい値 ${limits[metric]}%）`);
  }
  if (server.state === 'warning' || server.state === 'error') out.push(`状態 ${server.state}`);
  return out;
}

/** One anomaly of a sheet: where it is, what it is, and whether a note or an incident explains it. */
export interface Anomaly {
  path: (string | number)[];
  /** The device, job or site id. */
  subject: string;
  /** What is beyond normal, in Japanese. */
  what: string;
  explained: boolean;
}

const explained = (e: Explainable) =>
  (typeof e.note === 'string' && e.note.trim() !== '') || (typeof e.incident === 'string' && e.incident !== '');

/**
 * Every anomaly of a daily sheet: a server beyond its thresholds, not answering or not ok, a
 * backup that did not succeed, a pattern file that is not current, terminals that did not start.
 * Each must be explained by a note or an incident before the sheet is valid.
 */
export function dailyCheckAnomalies(sheet: SheetLike, settings: DeviceSettings): Anomaly[] {
  const out: Anomaly[] = [];
  (sheet.servers ?? []).forEach((s, i) => {
    const what = serverAnomalies(s, thresholdsFor(s.device, settings));
    if (what.length > 0) out.push({ path: ['servers', i], subject: s.device, what: what.join('、'), explained: explained(s) });
  });
  (sheet.backups ?? []).forEach((b, i) => {
    if (b.result === 'failure' || b.result === 'not-run') out.push({ path: ['backups', i], subject: b.job, what: b.result === 'failure' ? 'バックアップ失敗' : 'バックアップ未実行', explained: explained(b) });
  });
  (sheet.signatures ?? []).forEach((s, i) => {
    if (s.current === false) out.push({ path: ['signatures', i], subject: s.device, what: `パターンファイルが最新でない（${s.version}）`, explained: explained(s) });
  });
  (sheet.terminals ?? []).forEach((t, i) => {
    if (typeof t.started === 'number' && typeof t.total === 'number' && t.started < t.total) {
      out.push({ path: ['terminals', i], subject: t.site, what: `端末 ${t.total - t.started} 台が起動せず（${t.started}/${t.total}）`, explained: explained(t) });
    }
  });
  return out;
}
