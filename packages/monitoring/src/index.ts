export { parseMonitoringCsv } from './csv.ts';
export {
  dailyCheckAnomalies,
  importDailyCheck,
  serverAnomalies,
  thresholdsFor,
  type Anomaly,
  type DailyCheckImport,
  type DeviceSettings,
  type Draft,
  type SheetLike,
  type ReadExport,
} from './daily-check.ts';
export { readExports, zabbixMappings, type ExportProblem } from './exports.ts';
export { epochToJst, latestSamples, timeRange, type MonitoringProblem, type ParseResult, type Sample } from './sample.ts';
export { DEFAULT_ZABBIX_KEYS, parseZabbix, type ZabbixMapping } from './zabbix.ts';
