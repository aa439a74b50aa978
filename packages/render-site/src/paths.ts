/**
 * Where each page of the site lives. Few folders and flat names: the home, the status page, the
 * ledgers and the static files at the top; one folder of runbook pages and one of record pages.
 */
export const PAGE = {
  home: 'index.html',
  status: 'status.html',
  /** The reports the library receives (monthly, SLA), written beside the site by `unyo build`. */
  reports: 'reports/index.html',
  ledger: (kind: string) => `ledger-${kind}.html`,
  runbook: (id: number) => `runbooks/${id}.html`,
  record: (id: string) => `records/${id}.html`,
  /** A diagram drawn at build time, as an SVG document of its own. */
  diagram: (id: string) => `diagrams/${id}.svg`,
  /** mermaid and the page that runs it, for diagrams drawn in the reader's browser. */
  mermaidScript: 'mermaid.min.js',
  mermaidInit: 'mermaid-init.js',
  mermaidFrame: 'mermaid-frame.html',
  searchIndex: 'search-index.json',
  /** The same index as a script, for a site opened from disk (file://), where fetch() is refused. */
  searchIndexScript: 'search-index.js',
} as const;

/** The prefix that leads from a page back to the site's top (`''` or `'../'`). */
export const baseOf = (page: string): string => '../'.repeat(page.split('/').length - 1);

/** A relative href from one page to another, both given as site paths. */
export const hrefFrom = (page: string, target: string): string => `${baseOf(page)}${target}`;
