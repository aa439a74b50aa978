export { parseMonitoringCsv } from './csv.ts';
export { epochToJst, latestSamples, timeRange, type MonitoringProblem, type ParseResult, type Sample } from './sample.ts';
export { DEFAULT_ZABBIX_KEYS, parseZabbix, type ZabbixMapping } from './zabbix.ts';
