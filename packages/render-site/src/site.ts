import { slaVersionOn } from '@unyo/read';
import { RECORD_KIND_LABELS, evidenceKinds, formatJst, instant, type AnyRecord } from '@unyo/schema';
import { formatDateTime } from './dates.ts';
import { diagramAlt, diagramId } from './diagrams.ts';
import { configurationSections } from './configuration-ledgers.ts';
import { createDirectory, newestFirst, recordPaths, type Directory } from './directory.ts';
import { createRenderer, type RenderPage } from './handlebars.ts';
import { LEDGER_NAMES, LEDGER_ORDER, ledgerTable, ledgerTitle } from './ledgers.ts';
import { markdownText, type DiagramRef } from './markdown.ts';
import type { SiteInput, SitePage, SiteRecord, SiteRunbook } from './model.ts';
import { PAGE, baseOf, hrefFrom } from './paths.ts';
import { recordFields, recordTitle, type ViewContext } from './record-view.ts';
import { renderReferences, type ReferenceSettings } from './references.ts';
import { cycleText, rolesOf, runbookModel } from './runbook-view.ts';
import { buildSearchIndex, snippet, type SearchEntry } from './search-index.ts';
import { STATUS_HEAD, statusModel, type StatusModel } from './status-view.ts';

/** The name of the document set, in every page's title and header. */
export const SITE_TITLE = '図書館システム 運用ドキュメント';

interface Shared {
  input: SiteInput;
  render: RenderPage;
  dir: Directory;
  status: StatusModel;
  /** Records by kind, newest first: every known ledger, and any other kind that has records. */
  ledgers: [string, SiteRecord[]][];
  /** The drawn diagrams that some page shows. */
  shown: Set<string>;
}

/** The context every page's layout, header and footer read; `mermaid` adds the scripts that draw diagrams in the browser. */
function frame(shared: Shared, page: string, title: string, current: string, mermaid = false) {
  const { build } = shared.input;
  const style = { wareki: shared.input.wareki };
  return {
    base: baseOf(page),
    mermaid,
    title,
    siteTitle: SITE_TITLE,
    home: hrefFrom(page, PAGE.home),
    nav: [
      { text: '運用項目', href: hrefFrom(page, PAGE.home), current: current === 'home' },
      { text: '実施状況', href: hrefFrom(page, PAGE.status), current: current === 'status' },
      ...(shared.input.reports ? [{ text: '報告書', href: hrefFrom(page, PAGE.reports), current: current === 'reports' }] : []),
      ...shared.ledgers.map(([kind]) => ({ text: LEDGER_NAMES[kind] ?? ledgerTitle(kind), href: hrefFrom(page, PAGE.ledger(kind)), current: current === kind })),
    ],
    build: { at: formatDateTime(build.at, style), commit: build.commit?.slice(0, 7) ?? '', note: build.note ?? '' },
  };
}

const ctxFor = (shared: Shared, page: string): ViewContext => ({ dir: shared.dir, style: { wareki: shared.input.wareki }, page });

function homePage(shared: Shared): SitePage {
  const page = PAGE.home;
  const groups: { name: string; sections: { name: string; items: object[] }[] }[] = [];
  for (const { item } of [...shared.input.runbooks].sort((a, b) => a.item.id - b.item.id)) {
    const [top = '', middle = ''] = item.path;
    let group = groups.find((g) => g.name === top);
    if (!group) groups.push((group = { name: top, sections: [] }));
    let section = group.sections.find((s) => s.name === middle);
    if (!section) group.sections.push((section = { name: middle, items: [] }));
    section.items.push({
      id: item.id,
      name: item.name,
      href: hrefFrom(page, PAGE.runbook(item.id)),
      under: item.path.slice(2, -1).join(' › '),
      cycle: cycleText(item),
      roles: rolesOf(item),
      evidence: evidenceKinds(item).map((k) => RECORD_KIND_LABELS[k]).join('、'),
    });
  }
  const ledgers = shared.ledgers.map(([kind, list]) => ({ text: ledgerTitle(kind), href: hrefFrom(page, PAGE.ledger(kind)), count: list.length }));
  const content = shared.render('home', {
    ...frame(shared, page, '運用項目一覧', 'home'),
    groups,
    ledgers,
    status: { ...shared.status, href: hrefFrom(page, PAGE.status) },
    runbookCount: shared.input.runbooks.length,
  });
  return { path: page, content };
}

function statusPage(shared: Shared): SitePage {
  const page = PAGE.status;
  return { path: page, content: shared.render('status', { ...frame(shared, page, '定期作業の実施状況', 'status'), status: shared.status, head: STATUS_HEAD }) };
}

function ledgerPage(shared: Shared, kind: string, records: readonly SiteRecord[]): SitePage {
  const page = PAGE.ledger(kind);
  const table = ledgerTable(kind, records.map((r) => r.record), ctxFor(shared, page));
  const sections = kind === 'configuration' ? configurationSections(shared.input.records.map((r) => r.record), shared.input.settings.devices, shared.input.build.at, ctxFor(shared, page)) : [];
  return { path: page, content: shared.render('ledger', { ...frame(shared, page, ledgerTitle(kind), kind), table, count: records.length, sections }) };
}

/** The drawn image of a mermaid block, as the runbook page links it; undefined when it was not drawn. */
function diagramRef(shared: Shared, page: string, source: string): DiagramRef | undefined {
  const id = diagramId(source);
  const image = shared.input.diagrams.get(id);
  if (image === undefined) return undefined;
  shared.shown.add(id);
  return { src: hrefFrom(page, PAGE.diagram(id)), width: image.width, height: image.height, alt: diagramAlt(source) };
}

/** What the runbooks' references are rendered from: the calendar, and the SLA version in force at the build's date (JST). */
function referenceSettings(input: SiteInput): ReferenceSettings {
  const date = formatJst(instant(input.build.at)).slice(0, 10);
  const sla = input.sla ? slaVersionOn(input.sla, date) : undefined;
  return { ...(input.calendar ? { calendar: input.calendar } : {}), ...(sla ? { sla } : {}), date };
}

function runbookPage(shared: Shared, runbook: SiteRunbook): { page: SitePage; pending: boolean } {
  const { input } = shared;
  const page = PAGE.runbook(runbook.item.id);
  const model = runbookModel(runbook, input.revisions.get(runbook.file) ?? [], ctxFor(shared, page), referenceSettings(input), (source) => diagramRef(shared, page, source));
  const pending = model.pendingDiagrams > 0 && input.mermaid !== undefined;
  const content = shared.render('runbook', { ...frame(shared, page, `${runbook.item.id}. ${runbook.item.name}`, '', pending), runbook: model });
  return { page: { path: page, content }, pending };
}

/**
 * The files of the diagrams: each drawn one as an SVG document; and when some page leaves one to
 * the browser, mermaid and the frame page it draws in (see mermaid-init.js).
 */
function diagramFiles(shared: Shared, pending: boolean): SitePage[] {
  const out = [...shared.shown].map((id) => ({ path: PAGE.diagram(id), content: `${shared.input.diagrams.get(id)!.svg}\n` }));
  const { mermaid } = shared.input;
  if (pending && mermaid) {
    out.push({ path: PAGE.mermaidScript, content: mermaid.script });
    out.push({ path: PAGE.mermaidFrame, content: shared.render('mermaid-frame', { config: JSON.stringify(mermaid.config) }) });
  }
  return out;
}

function recordPage(shared: Shared, loaded: SiteRecord, page: string): SitePage {
  const { record } = loaded;
  const ctx: ViewContext = { ...ctxFor(shared, page), at: record.at };
  const title = `${record.id} ${recordTitle(record, ctx)}`;
  return {
    path: page,
    content: shared.render('record', {
      ...frame(shared, page, title, record.kind),
      kindLabel: ledgerTitle(record.kind),
      ledger: hrefFrom(page, PAGE.ledger(record.kind)),
      fields: recordFields(record, ctx),
      source: loaded.file,
    }),
  };
}

/** All string values of a record (ids and names of enums included), for the search index. */
const recordText = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(recordText) : [];

const LEAD_FIELDS = ['description', 'question', 'detail', 'content', 'rootCause', 'change', 'result', 'note'] as const;
const leadText = (record: AnyRecord) => {
  for (const key of LEAD_FIELDS) {
    const value = (record as Record<string, unknown>)[key];
    if (typeof value === 'string') return value;
  }
  return '';
};

function searchEntries(shared: Shared, pages: ReadonlyMap<SiteRecord, string>): SearchEntry[] {
  const ctx = ctxFor(shared, PAGE.home);
  const runbooks = [...shared.input.runbooks]
    .sort((a, b) => a.item.id - b.item.id)
    .map(({ item, body }) => ({ item, body: renderReferences(body, item, referenceSettings(shared.input)) }))
    .map(({ item, body }) => ({
      url: PAGE.runbook(item.id),
      title: `${item.id}. ${item.name}`,
      text: snippet(item.summary),
      body: [item.path.join(' '), item.summary, item.period, ...item.duties.maintenance, ...item.duties.support, markdownText(body)].join('\n'),
    }));
  const ledgers = shared.ledgers.map(([kind]) => ({ url: PAGE.ledger(kind), title: ledgerTitle(kind), text: LEDGER_NAMES[kind] ?? '', body: '' }));
  const records = shared.ledgers.flatMap(([, list]) =>
    list.map((r) => ({ url: pages.get(r)!, title: `${r.record.id} ${recordTitle(r.record, ctx)}`, text: snippet(leadText(r.record)), body: recordText(r.record).join('\n') })),
  );
  return [...runbooks, ...ledgers, ...records];
}

/**
 * Renders the whole site from the repository's data: pure and deterministic (no clock, no file
 * system), pages sorted by path. The caller writes them.
 */
export function renderSite(input: SiteInput): SitePage[] {
  const pages = recordPaths(input.records);
  const dir = createDirectory(input.settings, input.runbooks, input.records, pages);
  const byKind = new Map<string, SiteRecord[]>();
  for (const r of [...input.records].sort(newestFirst)) {
    const list = byKind.get(r.record.kind) ?? [];
    list.push(r);
    byKind.set(r.record.kind, list);
  }
  // Every ledger has a page, even before its first record, so that links to it never break.
  const others = [...byKind.keys()].filter((k) => !LEDGER_ORDER.includes(k)).sort();
  const ledgers = [...LEDGER_ORDER, ...others].map((k): [string, SiteRecord[]] => [k, byKind.get(k) ?? []]);
  const shared: Shared = {
    input,
    render: createRenderer(input.templates.templates),
    dir,
    status: statusModel(input.runbooks, input.records, input.settings, input.calendar, input.build.at, { dir, style: { wareki: input.wareki }, page: PAGE.home }),
    ledgers,
    shown: new Set(),
  };
  // The status rows link from the home page and the status page: both are at the top, so one model serves both.
  const out: SitePage[] = [homePage(shared), statusPage(shared)];
  for (const [kind, list] of ledgers) out.push(ledgerPage(shared, kind, list));
  const rendered = new Set<number>();
  let pending = false;
  for (const runbook of input.runbooks) {
    // A duplicate id (which `unyo check` reports) would overwrite a page: the first file keeps it.
    if (rendered.has(runbook.item.id)) continue;
    rendered.add(runbook.item.id);
    const result = runbookPage(shared, runbook);
    out.push(result.page);
    pending ||= result.pending;
  }
  out.push(...diagramFiles(shared, pending));
  for (const [record, page] of pages) out.push(recordPage(shared, record, page));
  const index = JSON.stringify(buildSearchIndex(searchEntries(shared, pages)));
  out.push({ path: PAGE.searchIndex, content: `${index}\n` });
  out.push({ path: PAGE.searchIndexScript, content: `self.unyoSearchIndex = ${index};\n` });
  for (const [name, content] of Object.entries(input.templates.assets)) {
    // mermaid-init.js only serves pages that leave a diagram to the browser.
    if (name !== PAGE.mermaidInit || pending) out.push({ path: name, content });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
