import { ROLE_WORDS, filterCatalog, formatCatalogCsv, formatCatalogTable, parseCycleKind, parseRole, type CatalogEntry } from '@unyo/catalog';
import { CYCLE_KINDS, CYCLE_LABELS } from '@unyo/schema';
import { parseOptions } from '../args.ts';
import { EXIT, UsageError, type Io } from '../io.ts';
import { openRepo } from '../root.ts';

export const CATALOG_HELP = `unyo catalog — 運用項目の一覧（カタログ）を表示します
  --json            項目の配列を JSON で出力
  --csv             CSV（RFC 4180）で出力。--bom を付けると Excel で文字化けしません
  --role <役割>     se（維持管理業務）または operator（運用支援業務）の手順がある項目だけ
  --cycle <周期>    ${CYCLE_KINDS.map((k) => `${k}/${CYCLE_LABELS[k]}`).join(', ')}
  --root <dir>      リポジトリのルート
Lists the operation items: a Japanese table by default, --json or --csv for machines.`;

export async function runCatalog(args: string[], io: Io): Promise<number> {
  const { values } = parseOptions(
    args,
    {
      json: { type: 'boolean' },
      csv: { type: 'boolean' },
      bom: { type: 'boolean' },
      role: { type: 'string' },
      cycle: { type: 'string' },
      root: { type: 'string' },
    },
    'catalog',
  );
  if (values.json && values.csv) throw new UsageError('--json と --csv は同時に指定できません。');
  const role = values.role === undefined ? undefined : parseRole(values.role);
  if (values.role !== undefined && role === undefined) {
    throw new UsageError(`--role ${values.role} は使えません。${ROLE_WORDS.join('、')} のいずれかを指定してください。`);
  }
  const cycle = values.cycle === undefined ? undefined : parseCycleKind(values.cycle);
  if (values.cycle !== undefined && cycle === undefined) {
    throw new UsageError(`--cycle ${values.cycle} は使えません。${CYCLE_KINDS.join('、')}（または 日次 などの日本語）を指定してください。`);
  }
  const set = await (await openRepo(io.cwd, values.root)).runbooks();
  const entries: CatalogEntry[] = filterCatalog(
    set.runbooks.map((r) => ({ ...r.item, file: r.file })),
    { ...(role ? { role } : {}), ...(cycle ? { cycle } : {}) },
  );
  if (values.json) io.stdout(`${JSON.stringify(entries, null, 2)}\n`);
  else if (values.csv) io.stdout(formatCatalogCsv(entries, { bom: values.bom ?? false }));
  else io.stdout(`${formatCatalogTable(entries)}\n`);
  if (set.problems.length > 0) {
    io.stderr(`注意: 読めない runbook があります（問題 ${set.problems.length} 件）。一覧から除きました。unyo check で確認してください。\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}
