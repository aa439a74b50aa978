import { createHash } from 'node:crypto';
import { parseMonitoringCsv } from './csv.ts';
import type { DeviceSettings, ReadExport } from './daily-check.ts';
import type { MonitoringProblem } from './sample.ts';
import { parseZabbix, type ZabbixMapping } from './zabbix.ts';

/** A problem of one export file. */
export type ExportProblem = MonitoringProblem & { file: string };

/** The Zabbix mappings of settings/devices.yaml: each device with a `zabbix` host. */
export function zabbixMappings(settings: DeviceSettings): ZabbixMapping[] {
  return settings.devices.flatMap((d) => (d.zabbix ? [{ device: d.id, hostid: d.zabbix.hostid, items: d.zabbix.items ?? {} }] : []));
}

const jsonRows = (text: string): unknown[] | undefined => {
  try {
    const data = JSON.parse(text) as unknown;
    const result = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as { result?: unknown }).result : data;
    return Array.isArray(result) ? result : undefined;
  } catch {
    return undefined;
  }
};
const hasField = (rows: unknown[] | undefined, field: string) => rows?.some((r) => r !== null && typeof r === 'object' && field in r) ?? false;

/**
 * Reads export files given by name and bytes: `.csv` as `device,metric,value,at`, `.json` as a
 * Zabbix API response (item.get when its rows have `key_`, else history.get). The item.get files
 * map every history.get file's items to hosts and keys, whatever their order. Each export keeps
 * the SHA-256 of its bytes. Never throws on content: problems carry the file and a line or path.
 */
export function readExports(files: readonly { file: string; bytes: Uint8Array }[], settings: DeviceSettings): { exports: ReadExport[]; problems: ExportProblem[] } {
  const problems: ExportProblem[] = [];
  const exports: ReadExport[] = [];
  const mappings = zabbixMappings(settings);
  const decoded = files.map((f) => ({ ...f, text: new TextDecoder().decode(f.bytes), sha256: createHash('sha256').update(f.bytes).digest('hex') }));
  const itemTexts = decoded.filter((f) => /\.json$/i.test(f.file) && hasField(jsonRows(f.text), 'key_')).map((f) => f.text);
  const itemRows = itemTexts.flatMap((t) => jsonRows(t) ?? []);
  const allItems = JSON.stringify({ result: itemRows });
  for (const f of decoded) {
    const add = (format: ReadExport['format'], result: { samples: ReadExport['samples']; problems: MonitoringProblem[] }) => {
      problems.push(...result.problems.map((p) => ({ ...p, file: f.file })));
      exports.push({ file: f.file, format, sha256: f.sha256, samples: result.samples });
    };
    if (/\.csv$/i.test(f.file)) add('csv', parseMonitoringCsv(f.text));
    else if (/\.json$/i.test(f.file)) {
      if (hasField(jsonRows(f.text), 'key_')) add('zabbix-items', parseZabbix({ items: f.text }, mappings));
      else add('zabbix-history', parseZabbix({ history: f.text, items: allItems }, mappings));
    } else {
      problems.push({ file: f.file, message: '読めない形式です。CSV（device,metric,value,at、拡張子 .csv）か Zabbix API の応答（拡張子 .json）を指定してください。' });
    }
  }
  return { exports, problems };
}
