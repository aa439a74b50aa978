import { epochToJst, type MonitoringProblem, type ParseResult, type Sample } from './sample.ts';

/** How a device's Zabbix items map to metrics: item id (digits) or item key per metric. */
export interface ZabbixMapping {
  device: string;
  /** The Zabbix hostid, matched against item.get's hostid. */
  hostid?: string | undefined;
  /** metric → itemid or key_, such as { cpu: 'system.cpu.util', 'disk:/data': 'vfs.fs.size[/data,pused]' }. */
  items: Record<string, string>;
}

/** The default item keys of the Zabbix agent templates. */
export const DEFAULT_ZABBIX_KEYS: Record<string, string> = {
  alive: 'agent.ping',
  cpu: 'system.cpu.util',
  memory: 'vm.memory.utilization',
  disk: 'vfs.fs.size[/,pused]',
};

interface ItemInfo { hostid?: string; key?: string }

const asRecord = (v: unknown): Record<string, unknown> | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

function parseJson(text: string, problems: MonitoringProblem[]): unknown[] | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    problems.push({ path: '$', message: `JSON として読めません（${error instanceof Error ? error.message : String(error)}）。Zabbix API の応答をそのまま保存してください。` });
    return undefined;
  }
  const obj = asRecord(data);
  if (obj && asRecord(obj.error)) {
    problems.push({ path: '$.error', message: 'Zabbix API のエラー応答です。result を含む応答を保存してください。' });
    return undefined;
  }
  const result = obj ? obj.result : data;
  if (!Array.isArray(result)) {
    problems.push({ path: '$.result', message: 'result が配列ではありません。history.get または item.get の応答を保存してください。' });
    return undefined;
  }
  return result;
}

/**
 * Parses Zabbix API responses: `history.get` (itemid, clock, value, ns) and/or `item.get`
 * (itemid, hostid, key_, lastvalue, lastclock). Items map history rows to hosts and keys; the
 * mappings map them to devices and metrics.
 */
export function parseZabbix(texts: { history?: string; items?: string }, mappings: readonly ZabbixMapping[]): ParseResult {
  const problems: MonitoringProblem[] = [];
  const samples: Sample[] = [];
  const items = new Map<string, ItemInfo>();
  const itemRows = texts.items === undefined ? [] : parseJson(texts.items, problems) ?? [];
  itemRows.forEach((row, i) => {
    const r = asRecord(row);
    if (!r || typeof r.itemid !== 'string') return void problems.push({ path: `$.result[${i}].itemid`, message: 'itemid（文字列）がありません。' });
    items.set(r.itemid, { ...(typeof r.hostid === 'string' ? { hostid: r.hostid } : {}), ...(typeof r.key_ === 'string' ? { key: r.key_ } : {}) });
    if (typeof r.lastclock === 'string' && r.lastclock !== '0' && typeof r.lastvalue === 'string') {
      const s = toSample(r.itemid, r.lastclock, r.lastvalue, `$.result[${i}]`, items, mappings, problems, 'lastclock');
      if (s) samples.push(s);
    }
  });
  const historyRows = texts.history === undefined ? [] : parseJson(texts.history, problems) ?? [];
  historyRows.forEach((row, i) => {
    const r = asRecord(row);
    const p = `$.result[${i}]`;
    if (!r || typeof r.itemid !== 'string') return void problems.push({ path: `${p}.itemid`, message: 'itemid（文字列）がありません。' });
    if (typeof r.clock !== 'string' || typeof r.value !== 'string') return void problems.push({ path: `${p}.clock`, message: 'clock と value（文字列）が必要です。' });
    const s = toSample(r.itemid, r.clock, r.value, p, items, mappings, problems, 'clock');
    if (s) samples.push(s);
  });
  return { samples, problems };
}

function resolve(itemid: string, items: Map<string, ItemInfo>, mappings: readonly ZabbixMapping[]) {
  for (const m of mappings) {
    for (const [metric, ref] of Object.entries(m.items)) if (ref === itemid) return { device: m.device, metric };
  }
  const info = items.get(itemid);
  if (!info?.key || !info.hostid) return undefined;
  const m = mappings.find((x) => x.hostid === info.hostid);
  if (!m) return undefined;
  const keys = { ...DEFAULT_ZABBIX_KEYS, ...m.items };
  const metric = Object.keys(keys).find((k) => keys[k] === info.key);
  return metric === undefined ? undefined : { device: m.device, metric };
}

function toSample(
  itemid: string, clock: string, raw: string, path: string, items: Map<string, ItemInfo>,
  mappings: readonly ZabbixMapping[], problems: MonitoringProblem[], clockField: string,
): Sample | undefined {
  const target = resolve(itemid, items, mappings);
  if (!target) return undefined;
  if (!/^\d+$/.test(clock)) return void problems.push({ path: `${path}.${clockField}`, message: `時刻「${clock}」が Unix 時刻（秒）ではありません。` }) as undefined;
  const numeric = target.metric === 'alive' || /^(cpu|memory|disk)(:.+)?$/.test(target.metric);
  const value = numeric ? Number(raw) : raw;
  if (numeric && (raw.trim() === '' || !Number.isFinite(value))) {
    return void problems.push({ path: `${path}.value`, message: `${target.metric} の値「${raw}」が数ではありません。` }) as undefined;
  }
  return { ...target, value: target.metric === 'alive' ? (Number(raw) >= 1 ? 1 : 0) : value, at: epochToJst(Number(clock)) };
}
