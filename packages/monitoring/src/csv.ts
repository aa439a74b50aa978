import type { MonitoringProblem, ParseResult, Sample } from './sample.ts';

const HEADER = ['device', 'metric', 'value', 'at'];
const NUMERIC = /^(cpu|memory|disk)(:.+)?$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

interface Cell { text: string; line: number; column: number }

/** Splits RFC 4180 CSV into rows of cells with their 1-based line and column. */
function tokenize(text: string, problems: MonitoringProblem[]): Cell[][] {
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let i = 0, line = 1, col = 1;
  const src = text.replace(/^\uFEFF/, '');
  while (i <= src.length) {
    const start = { line, column: col };
    let value = '';
    if (src[i] === '"') {
      i++; col++;
      let closed = false;
      while (i < src.length) {
        if (src[i] === '"' && src[i + 1] === '"') { value += '"'; i += 2; col += 2; continue; }
        if (src[i] === '"') { closed = true; i++; col++; break; }
        if (src[i] === '\n') { line++; col = 1; } else col++;
        value += src[i++];
      }
      if (!closed) problems.push({ ...start, message: '引用符（"）が閉じられていません。値の終わりに " を書いてください。' });
    } else {
      while (i < src.length && src[i] !== ',' && src[i] !== '\n' && src[i] !== '\r') { value += src[i++]; col++; }
    }
    row.push({ text: value, ...start });
    if (src[i] === ',') { i++; col++; continue; }
    if (src[i] === '\r') i++;
    if (i >= src.length) { if (!(row.length === 1 && row[0]!.text === '')) rows.push(row); break; }
    if (src[i] === '\n') { i++; line++; col = 1; rows.push(row); row = []; continue; }
    problems.push({ line, column: col, message: '引用符で囲んだ値の後に区切り（, か改行）がありません。' });
    while (i < src.length && src[i] !== '\n') { i++; col++; }
  }
  return rows.filter((r) => !(r.length === 1 && r[0]!.text === ''));
}

/** Parses the plain CSV export `device,metric,value,at` (header required, RFC 4180 quoting). */
export function parseMonitoringCsv(text: string): ParseResult {
  const problems: MonitoringProblem[] = [];
  const rows = tokenize(text, problems);
  const samples: Sample[] = [];
  const header = rows[0];
  if (!header || header.map((c) => c.text.trim()).join(',') !== HEADER.join(',')) {
    problems.push({ line: 1, column: 1, message: `1 行目は見出し行 ${HEADER.join(',')} にしてください。` });
    return { samples, problems };
  }
  for (const cells of rows.slice(1)) {
    const first = cells[0]!;
    if (cells.length !== 4) {
      problems.push({ line: first.line, column: first.column, message: `列の数が ${cells.length} です。device,metric,value,at の 4 列を書いてください。` });
      continue;
    }
    const [device, metric, value, at] = cells as [Cell, Cell, Cell, Cell];
    const sample = toSample(device, metric, value, at, problems);
    if (sample) samples.push(sample);
  }
  return { samples, problems };
}

function toSample(device: Cell, metric: Cell, value: Cell, at: Cell, problems: MonitoringProblem[]): Sample | undefined {
  const bad = (c: Cell, message: string) => { problems.push({ line: c.line, column: c.column, message }); return undefined; };
  if (device.text.trim() === '') return bad(device, 'device（機器 id またはバックアップジョブ id）が空です。');
  if (!DATE_TIME.test(at.text.trim())) return bad(at, `日時「${at.text}」が読めません。2026-11-28T08:30:00+09:00 の形で書いてください。`);
  const m = metric.text.trim();
  const v = value.text.trim();
  let parsed: number | string;
  if (m === 'alive') {
    const map: Record<string, number> = { '1': 1, '0': 0, up: 1, down: 0 };
    if (map[v.toLowerCase()] === undefined) return bad(value, `alive の値「${v}」が読めません。1／0 または up／down を書いてください。`);
    parsed = map[v.toLowerCase()]!;
  } else if (NUMERIC.test(m)) {
    const n = Number(v);
    if (v === '' || !Number.isFinite(n) || n < 0 || n > 100) return bad(value, `${m} の値「${v}」は 0〜100 の数（%）で書いてください。`);
    parsed = n;
  } else if (m === 'backup') {
    if (!['success', 'failure', 'not-run'].includes(v)) return bad(value, `backup の値「${v}」は success・failure・not-run のいずれかにしてください。`);
    parsed = v;
  } else if (m === '') {
    return bad(metric, 'metric が空です。alive・cpu・memory・disk・state・backup などを書いてください。');
  } else parsed = v;
  return { device: device.text.trim(), metric: m, value: parsed, at: at.text.trim() };
}
