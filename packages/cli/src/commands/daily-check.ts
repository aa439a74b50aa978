import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { dailyCheckAnomalies, importDailyCheck, readExports, type DailyCheckImport, type ExportProblem } from '@unyo/monitoring';
import type { RecordSet, Settings } from '@unyo/read';
import type { DailyCheck } from '@unyo/schema';
import { UsageError, type Io } from '../io.ts';

/** What the flags give a daily sheet drafted from exports (the prompts ask for the rest). */
export interface DailyCheckFlags {
  from: string[];
  temperature?: string | undefined;
  humidity?: string | undefined;
  /** Accept the defaults without asking: every terminal started, every pattern file current. */
  yes: boolean;
}

/** The filled sections of the sheet, and what is still open. */
export interface DailyCheckDraftResult {
  sections: { sources: DailyCheckImport['sources'] } & Record<string, unknown>;
  /** What is still empty or unexplained, in Japanese (empty: the sheet is complete). */
  open: string[];
  /** The confirmation was answered no. */
  declined: boolean;
}

const hhmm = (at: string) => at.slice(11, 16);
const short = (sha: string) => `${sha.slice(0, 12)}…`;
/** Asks a [Y/n] question until the answer is yes (Enter, y, はい) or no (n, いいえ). */
async function askYesNo(ask: (q: string) => Promise<string>, io: Io, question: string): Promise<boolean> {
  for (;;) {
    const answer = (await ask(question)).trim().normalize('NFKC').toLowerCase();
    if (/^(|y|yes|はい)$/.test(answer)) return true;
    if (/^(n|no|いいえ)$/.test(answer)) return false;
    io.stderr('  Enter（はい）か n（いいえ）で答えてください。\n');
  }
}

function formatExportProblem(p: ExportProblem): string {
  const where = p.line !== undefined ? `${p.file}:${p.line}:${p.column ?? 1}` : p.path !== undefined ? `${p.file} ${p.path}` : p.file;
  return `${where}: ${p.message}`;
}

/** Reads the export files given by --from; a missing file or a broken export is a usage error naming it. */
async function readFrom(cwd: string, from: readonly string[], settings: Settings) {
  const files = await Promise.all(
    from.map(async (file) => {
      try {
        return { file: path.basename(file), bytes: await readFile(path.resolve(cwd, file)) };
      } catch {
        throw new UsageError(`--from ${file} を読めません。監視システムから書き出したファイルのパスを指定してください。`);
      }
    }),
  );
  const names = files.map((f) => f.file);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== undefined) throw new UsageError(`取込ファイル名 ${twice} が重複しています。別の名前で保存してください（点検表には名前で記録します）。`);
  const { exports, problems } = readExports(files, settings);
  if (problems.length > 0) throw new UsageError(`取込ファイルを読めません。何も書いていません。\n${problems.map(formatExportProblem).join('\n')}`);
  return exports;
}

/** The previous day's sheet, shown as a reference only. */
function yesterdayOf(records: RecordSet, date: string): DailyCheck | undefined {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  const id = `DC-${d.toISOString().slice(0, 10)}`;
  const found = records.records.find((r) => r.record.id === id)?.record;
  return found?.kind === 'daily-check' ? found : undefined;
}

function summaryLine(label: string, count: number, bad: number, good: string, uncovered: number): string {
  const state = bad > 0 ? `異常 ${bad}` : good;
  return `  ${label} ${count} ${state}${uncovered > 0 ? `（取込なし ${uncovered}）` : ''}`;
}

/** The summary printed after the import: the exports, the sections, the anomalies, and yesterday beside today. */
export function importSummary(id: string, imported: DailyCheckImport, settings: Settings, yesterday: DailyCheck | undefined): string {
  const anomalies = dailyCheckAnomalies(imported, settings);
  const bad = (section: string) => anomalies.filter((a) => a.path[0] === section).length;
  const lines = [`日次点検表 ${id}`];
  for (const s of imported.sources) lines.push(`  取込: ${s.file}（${s.samples} 件、${s.from.slice(0, 10)} ${hhmm(s.from)}〜${hhmm(s.to)}、SHA-256 ${short(s.sha256)}）`);
  lines.push(summaryLine('サーバ', imported.servers.length, bad('servers'), '台 すべて正常', imported.uncovered.servers.length).replace(/ (\d+) 異常/, ' $1 台 異常'));
  lines.push(summaryLine('バックアップ', imported.backups.length, bad('backups'), '件 すべて成功', imported.uncovered.backups.length).replace(/ (\d+) 異常/, ' $1 件 異常'));
  const signed = imported.signatures.filter((s) => s.version !== '').length;
  lines.push(`  パターンファイル ${imported.signatures.length} 台（取込 ${signed} 台）`);
  for (const a of anomalies) lines.push(`  ⚠ ${a.subject}: ${a.what}`);
  const gaps = [...imported.uncovered.servers, ...imported.uncovered.backups];
  if (gaps.length > 0) lines.push(`  取込なし: ${gaps.join('、')}（点検表には空欄で書きます。画面で確認して記入してください）`);
  if (yesterday) {
    const y = dailyCheckAnomalies(yesterday, settings);
    lines.push(`  参考 前日 ${yesterday.id}: ${y.length === 0 ? '異常なし' : y.map((a) => `${a.subject} ${a.what}`).join('、')}、室温 ${yesterday.serverRoom.temperature}℃ 湿度 ${yesterday.serverRoom.humidity}%（前日の値は写しません）`);
  }
  return `${lines.join('\n')}\n`;
}

/** Asks until the answer is a number within [min, max]; an empty answer asks again. */
async function askNumber(ask: (q: string) => Promise<string>, io: Io, question: string, min: number, max: number): Promise<number> {
  for (;;) {
    const answer = (await ask(question)).trim().normalize('NFKC');
    const n = Number(answer);
    if (answer !== '' && Number.isFinite(n) && n >= min && n <= max) return n;
    io.stderr(`  ${min}〜${max} の数で答えてください。\n`);
  }
}

/** Asks until the answer is not empty. An answer like INC-2026-0107 is the incident, anything else the note. */
async function askExplanation(ask: (q: string) => Promise<string>, io: Io, question: string): Promise<{ note?: string; incident?: string }> {
  for (;;) {
    const answer = (await ask(question)).trim();
    if (/^INC-\d{4}-\d{4}$/i.test(answer)) return { incident: answer.toUpperCase() };
    if (answer !== '') return { note: answer };
    io.stderr('  異常には所見（何を確認し、どうしたか）かインシデント番号（INC-2026-0001 の形）が必要です。\n');
  }
}

const parseNumberFlag = (name: string, value: string | undefined, min: number, max: number): number | null => {
  if (value === undefined) return null;
  const n = Number(value.normalize('NFKC'));
  if (value.trim() === '' || !Number.isFinite(n) || n < min || n > max) throw new UsageError(`--${name} ${value} は使えません。${min}〜${max} の数で指定してください。`);
  return n;
};

/**
 * Drafts the daily sheet from the monitoring and backup exports: prints the summary, asks only
 * for what no export knows (the anomalies' explanations, the server room, the terminals, whether
 * the pattern files are current) and for confirmation. Without a terminal, flags and `--yes`
 * give the answers and what is left stays empty for `unyo check` to report.
 */
export async function draftDailyCheckFromExports(input: {
  io: Io;
  id: string;
  date: string;
  at: string;
  flags: DailyCheckFlags;
  settings: Settings;
  records: RecordSet;
}): Promise<DailyCheckDraftResult> {
  const { io, id, date, at, flags, settings } = input;
  const exports = await readFrom(io.cwd, flags.from, settings);
  const imported = importDailyCheck(date, exports, settings);
  const measured = imported.servers.length - imported.uncovered.servers.length + imported.backups.length - imported.uncovered.backups.length;
  if (measured === 0 && imported.signatures.every((s) => s.version === '')) {
    const ranges = imported.sources.map((s) => `${s.file}: ${s.from}〜${s.to}`).join('、');
    throw new UsageError(`取込ファイルに ${date} の値がありません（${ranges}）。点検日を --date で指定するか、その日の書き出しを指定してください。`);
  }
  io.stdout(importSummary(id, imported, settings, yesterdayOf(input.records, date)));
  const ask = flags.yes ? undefined : io.ask;
  const open: string[] = [];

  // The anomalies the exports show, each explained or linked to an incident.
  for (const anomaly of dailyCheckAnomalies(imported, settings)) {
    const [section, index] = anomaly.path as ['servers' | 'backups', number];
    const entry = imported[section][index] as { note?: string | null; incident?: string | null };
    if (anomaly.explained) continue;
    if (ask) Object.assign(entry, await askExplanation(ask, io, `${anomaly.subject} ${anomaly.what} — 所見またはインシデント番号: `));
    else open.push(`${anomaly.subject}: ${anomaly.what} の所見（note）かインシデント（incident）`);
  }

  // Pattern files: versions from the export, asked where the export has none; current confirmed once.
  for (const s of imported.signatures) {
    if (s.version !== '') continue;
    const device = settings.devices.find((d) => d.id === s.device);
    if (ask) {
      for (;;) {
        s.version = (await ask(`${s.device} ${device?.signature ?? ''} のバージョン: `)).trim();
        if (s.version !== '') break;
      }
    } else open.push(`${s.device} のパターンファイルのバージョン`);
  }
  if (imported.signatures.length > 0) {
    const allCurrent = flags.yes || (ask ? await askYesNo(ask, io, `パターンファイル・シグネチャはすべて最新ですか（${imported.signatures.map((s) => `${s.device} ${s.version}`).join('、')}） [Y/n]: `) : false);
    for (const s of imported.signatures) {
      if (allCurrent) s.current = true;
      else if (ask) {
        s.current = await askYesNo(ask, io, `  ${s.device} ${s.version} は最新ですか [Y/n]: `);
        if (!s.current) Object.assign(s, await askExplanation(ask, io, `  ${s.device} 所見（更新の依頼など）またはインシデント番号: `));
      } else open.push(`${s.device} のパターンファイルが最新か（current）`);
    }
  }

  // The server room (32): no export knows it.
  let temperature = parseNumberFlag('temperature', flags.temperature, -10, 60);
  let humidity = parseNumberFlag('humidity', flags.humidity, 0, 100);
  if (temperature === null && ask) temperature = await askNumber(ask, io, 'サーバ室の温度（℃）: ', -10, 60);
  if (humidity === null && ask) humidity = await askNumber(ask, io, 'サーバ室の湿度（%）: ', 0, 100);
  if (temperature === null) open.push('サーバ室の温度（--temperature）');
  if (humidity === null) open.push('サーバ室の湿度（--humidity）');

  // Terminals started per site (34): all started by default, confirmed with Enter.
  const sites = settings.sites.filter((s) => s.terminals > 0);
  const total = sites.reduce((n, s) => n + s.terminals, 0);
  const terminals: Record<string, unknown>[] = sites.map((s) => ({ site: s.id, started: null, total: s.terminals }));
  if (sites.length > 0) {
    const all = flags.yes || (ask ? await askYesNo(ask, io, `端末はすべて起動しましたか（${sites.length} 館 計 ${total} 台） [Y/n]: `) : false);
    for (const [i, site] of sites.entries()) {
      const t = terminals[i]!;
      if (all) t['started'] = site.terminals;
      else if (ask) {
        t['started'] = await askNumber(ask, io, `  ${site.name} 起動した台数（全 ${site.terminals} 台）: `, 0, site.terminals);
        if ((t['started'] as number) < site.terminals) Object.assign(t, await askExplanation(ask, io, `  ${site.name} 起動しなかった端末と対応、またはインシデント番号: `));
      }
    }
    if (!all && !ask) open.push('端末の起動台数（--yes ですべて起動）');
  }

  const sections = {
    sources: imported.sources,
    servers: imported.servers,
    backups: imported.backups,
    signatures: imported.signatures,
    serverRoom: { temperature, humidity, at },
    terminals,
  };
  for (const gap of [...imported.uncovered.servers, ...imported.uncovered.backups]) open.push(`${gap} の値（取込ファイルにありません）`);
  if (ask && io.ask) {
    const anomalies = dailyCheckAnomalies(sections as never, settings).length;
    const ok = await askYesNo(io.ask, io, `${anomalies === 0 ? '異常なし。' : `異常 ${anomalies} 件（説明あり）。`}この内容で記録しますか [Y/n]: `);
    if (!ok) return { sections, open, declined: true };
  }
  return { sections, open, declined: false };
}
