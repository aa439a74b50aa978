import type { AnyRecord, Calendar, Devices, OperationItem, People, Sites, Sla } from '@unyo/schema';

/** A runbook as @unyo/read gives it: its file, its operation item and its Markdown procedure. */
export interface SiteRunbook {
  /** Repo-relative path, such as runbooks/operations/failure/052-incident-intake.md. */
  file: string;
  item: OperationItem;
  body: string;
}

/** A record as @unyo/read gives it. */
export interface SiteRecord {
  /** Repo-relative path. */
  file: string;
  record: AnyRecord;
}

/** One row of a runbook's revision history (改訂履歴), from git. */
export interface SiteRevision {
  date: string;
  author: string;
  subject: string;
  commit: string;
}

/** The settings that names are looked up in. */
export interface SiteSettings {
  sites: Sites['sites'];
  devices: Devices['devices'];
  backupJobs: Devices['backupJobs'];
  people: People['people'];
}

/** The templates of the site: Handlebars sources, and static files copied as they are. */
export interface SiteTemplates {
  /** Handlebars sources by name without `.hbs`; a name starting with `_` is a partial. */
  templates: Record<string, string>;
  /** Static files (site.css, site.js, search.js) by file name. */
  assets: Record<string, string>;
}

/** What the build is a build of. Never the clock: the same commit gives the same site. */
export interface BuildInfo {
  /** The reference time (HEAD's commit date), any ISO offset; status is judged at this time. */
  at: string;
  /** HEAD's commit hash, when built from git. */
  commit?: string;
  /** Said in every page's footer, when the date is not a commit's. */
  note?: string;
}

/** A mermaid diagram drawn at build time: a standalone SVG document and its size in CSS pixels. */
export interface SiteDiagram {
  svg: string;
  width: number;
  height: number;
}

/** What the reader's browser needs to draw the mermaid blocks that were not drawn at build time. */
export interface SiteMermaid {
  /** mermaid's browser build (mermaid.min.js), served from the site itself. */
  script: string;
  /** The settings of `mermaid.initialize`, the same as at build time. */
  config: object;
}

export interface SiteInput {
  templates: SiteTemplates;
  runbooks: readonly SiteRunbook[];
  records: readonly SiteRecord[];
  settings: SiteSettings;
  /** Without a calendar, the status is not judged and the pages say so. */
  calendar?: Calendar;
  /** settings/sla.yaml: the runbooks' `{{sla:…}}` references show the version in force at the build's date. */
  sla?: Sla;
  /** Revision history per runbook file, newest first. */
  revisions: ReadonlyMap<string, readonly SiteRevision[]>;
  build: BuildInfo;
  /** Dates with the Japanese era (和暦). */
  wareki: boolean;
  /** Diagrams drawn at build time, by id (`diagramId` of the source). */
  diagrams: ReadonlyMap<string, SiteDiagram>;
  /**
   * For a block not in `diagrams`: mermaid for the reader's browser. Without it, such a block
   * stays as its source text.
   */
  mermaid?: SiteMermaid;
  /** The site has report pages (reports/index.html, written by the caller): the navigation links to them. */
  reports?: boolean;
}

/** One file of the site: a path relative to the site's top, and its text. */
export interface SitePage {
  path: string;
  content: string;
}
