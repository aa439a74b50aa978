import { describeCycles } from '@unyo/schedule';
import { CYCLE_LABELS, RECORD_KIND_LABELS, ROLE_LABELS, ROLES, evidenceEntry, type OperationItem } from '@unyo/schema';
import { formatDate, formatDateTime } from './dates.ts';
import { LEDGER_NAMES } from './ledgers.ts';
import { renderMarkdown, resolveFrom, type MarkdownEnv } from './markdown.ts';
import type { SiteRevision, SiteRunbook } from './model.ts';
import { renderReferences, type ReferenceSettings } from './references.ts';
import { PAGE, hrefFrom } from './paths.ts';
import { itemView, recordRefView, recordTitle, type ViewContext } from './record-view.ts';
import { text, type View } from './view.ts';

/** How many recent records a runbook page lists. */
const RECENT = 10;

/** Who does an item: SE (maintenance duties), operators (support duties), both, or neither (―). */
export function rolesOf(item: OperationItem): string {
  const roles = [item.duties.maintenance.length > 0 ? 'SE' : '', item.duties.support.length > 0 ? 'オペレータ' : ''].filter(Boolean);
  return roles.length > 0 ? roles.join('・') : '―';
}

/** The period verbatim, with its typed cycles when they say more: `月次／随時`. */
export const cycleText = (item: OperationItem): string =>
  item.cycles.length === 0 ? item.period : item.period === item.cycles.map((c) => CYCLE_LABELS[c.kind]).join('／') ? item.period : `${item.period}（${item.cycles.map((c) => CYCLE_LABELS[c.kind]).join('・')}）`;

/** The evidence kinds as links to their ledgers (report, schedule and shift have none yet), with the fields the runbook asks for. */
export function evidenceViews(item: OperationItem, ctx: ViewContext): { kind: View; code: string; fields: readonly string[] }[] {
  return item.evidence.map((e) => {
    const { kind, fields } = evidenceEntry(e);
    const view = Object.hasOwn(LEDGER_NAMES, kind) ? { text: RECORD_KIND_LABELS[kind], href: hrefFrom(ctx.page, PAGE.ledger(kind)) } : text(RECORD_KIND_LABELS[kind]);
    return { kind: view, code: kind, fields };
  });
}

/**
 * Everything the runbook page shows. `settings` gives the values of the body's `{{…}}` references
 * and the timing; `diagram` gives the drawn image of a mermaid block, with an href from the page.
 */
export function runbookModel(runbook: SiteRunbook, revisions: readonly SiteRevision[], ctx: ViewContext, settings: ReferenceSettings, diagram?: MarkdownEnv['diagram']) {
  const { item } = runbook;
  const env: MarkdownEnv = {
    resolve: (relative) => {
      const target = ctx.dir.runbookByFile(resolveFrom(runbook.file, relative));
      return target ? hrefFrom(ctx.page, PAGE.runbook(target.item.id)) : undefined;
    },
    ...(diagram ? { diagram } : {}),
  };
  const bodyHtml = renderMarkdown(renderReferences(runbook.body, item, settings), env);
  const records = ctx.dir.recordsOf(item.id);
  return {
    id: item.id,
    name: item.name,
    path: item.path.slice(0, -1),
    summary: item.summary,
    cycle: cycleText(item),
    /** When the work is due, from the cycles and the calendar (never from the prose). */
    timing: describeCycles(item.cycles, { ...(settings.calendar ? { calendar: settings.calendar } : {}), ...(settings.date ? { from: settings.date } : {}) }),
    roles: rolesOf(item),
    evidence: evidenceViews(item, ctx),
    related: (item.related ?? []).map((id) => itemView(id, ctx)),
    duties: ROLES.map((role) => ({ label: ROLE_LABELS[role], steps: item.duties[role], none: item.duties[role].length === 0 })),
    bodyHtml,
    /** Mermaid blocks left to the reader's browser. */
    pendingDiagrams: env.pendingDiagrams ?? 0,
    source: runbook.file,
    recent: records.slice(0, RECENT).map((r) => [
      recordRefView(r.record.id, ctx),
      text(formatDateTime(r.record.at, ctx.style), r.record.at),
      text(RECORD_KIND_LABELS[r.record.kind]),
      text(recordTitle(r.record, ctx)),
    ]),
    recordCount: records.length,
    revisions: revisions.map((r) => [text(formatDate(r.date, ctx.style), r.date), text(ctx.dir.author(r.author)), text(r.subject), text(r.commit.slice(0, 7))]),
  };
}
