import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ShallowCloneError, UnknownBaseError, filesChangedSince, recordChanges, settingsAt } from '@unyo/history';
import { splitFrontmatter } from '@unyo/read';
import { summarizeChange, type RecordDelta, type RunbookDelta } from '@unyo/reports';
import { parse } from 'yaml';
import { parseOptions } from '../args.ts';
import { EXIT, UsageError, type Io } from '../io.ts';
import { openRepo } from '../root.ts';

export const DIFF_HELP = `unyo diff <比較元> — 変更が運用に何をするかを日本語で要約します（テキストの差分ではなく、記録・手順書・SLA 定義から）
  例: 「インシデント管理簿 INC-2026-0042（S2、青葉図書館）を登録」「INC-2026-0105 を復旧→クローズ」
      「運用項目 53（…）の手順 3 を変更」「SLA 定義 2026.2（12/1 から有効）を追加」
  <比較元>         Git の比較元（例: origin/main）。作業ツリー（未コミットを含む）と比べます
  --format <形式>  text（既定）、md（プルリクエストに貼る Markdown の箇条書き）
  --root <dir>     リポジトリのルート
Summarises in Japanese what a change does to operations, from the records, runbooks and SLA definitions it touches.`;

const data = (text: string | undefined) => {
  if (text === undefined) return undefined;
  try {
    const value = parse(text) as unknown;
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
};

/** The runbook's item id and name from its frontmatter text. */
const itemOf = (text: string | undefined) => {
  const front = text === undefined ? undefined : data(splitFrontmatter('runbook.md', text).frontmatter?.yaml);
  return front && typeof front['id'] === 'number' ? { id: front['id'], name: String(front['name'] ?? '') } : undefined;
};

export async function runDiff(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions(args, { format: { type: 'string' }, root: { type: 'string' } }, 'diff', true);
  const [base, ...extra] = positionals;
  if (base === undefined || extra.length > 0) throw new UsageError('比較元を一つ指定してください（例: unyo diff origin/main）。');
  const format = values.format ?? 'text';
  if (!['text', 'md'].includes(format)) throw new UsageError(`--format ${format} は使えません。text か md を指定してください。`);
  const ws = await openRepo(io.cwd, values.root);
  const [records, { settings }, sla] = await Promise.all([ws.records(), ws.settings(), ws.sla()]);
  let lines: string[];
  try {
    const { changes } = await recordChanges(ws.root, base, records.files);
    const byFile = new Map(records.records.map((r) => [r.file, r.record as unknown as Record<string, unknown>]));
    const recordDeltas: RecordDelta[] = [];
    for (const c of changes) {
      const kind = c.file.split('/')[1] ?? '';
      const before = c.status === 'added' ? undefined : data(c.before);
      const after = c.status === 'deleted' ? undefined : byFile.get(c.file);
      recordDeltas.push({ file: c.file, kind, ...(before ? { before } : {}), ...(after ? { after } : {}) });
    }
    const runbooks: RunbookDelta[] = [];
    for (const { file, before } of await filesChangedSince(ws.root, base, 'runbooks')) {
      if (!file.endsWith('.md')) continue;
      const after = await readFile(path.join(ws.root, file), 'utf8').catch(() => undefined);
      const item = itemOf(after) ?? itemOf(before);
      if (item) runbooks.push({ ...item, ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }) });
    }
    const baseSla = data((await settingsAt(ws.root, base, ['settings/sla.yaml'])).get('settings/sla.yaml'));
    const known = new Set((Array.isArray(baseSla?.['versions']) ? (baseSla['versions'] as { version?: unknown }[]) : []).map((v) => String(v.version)));
    const slaVersions = (sla.value?.versions ?? []).filter((v) => !known.has(v.version)).map((v) => ({ version: v.version, effectiveFrom: v.effectiveFrom }));
    const names = { sites: new Map(settings.sites.map((s) => [s.id, s.name])), people: new Map(settings.people.map((p) => [p.id, p.name])) };
    lines = summarizeChange({ records: recordDeltas, runbooks, slaVersions, names });
  } catch (error) {
    if (error instanceof UnknownBaseError) throw new UsageError(`比較元「${base}」が Git にありません。git fetch で取得するか、ブランチ名・コミットを確認してください。`);
    if (error instanceof ShallowCloneError) throw new UsageError('浅いクローンのため比較できません。git fetch --unshallow で履歴を取得してから実行してください。');
    throw error;
  }
  if (lines.length === 0) {
    io.stdout('運用に関わる変更（記録・手順書・SLA 定義）はありません。\n');
    return EXIT.ok;
  }
  io.stdout(format === 'md' ? `### 運用への影響（unyo diff ${base}）\n\n${lines.map((l) => `- ${l}`).join('\n')}\n` : `${lines.join('\n')}\n`);
  return EXIT.ok;
}
