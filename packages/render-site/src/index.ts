export { formatDate, formatDateTime, type DateStyle } from './dates.ts';
export { collectDiagrams, diagramAlt, diagramId, type SiteDiagramSource } from './diagrams.ts';
export { isAllowedLink, mermaidSources, renderMarkdown, type DiagramRef, type MarkdownEnv } from './markdown.ts';
export type { BuildInfo, SiteDiagram, SiteInput, SiteMermaid, SitePage, SiteRecord, SiteRevision, SiteRunbook, SiteSettings, SiteTemplates } from './model.ts';
export { PAGE } from './paths.ts';
export { unlabelledFields } from './record-view.ts';
export { buildSearchIndex, normalize, tokens, type SearchEntry, type SearchIndex } from './search-index.ts';
export { SITE_TITLE, renderSite } from './site.ts';
