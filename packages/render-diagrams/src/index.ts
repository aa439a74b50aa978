export { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
export { MERMAID_CONFIG, mermaidScriptPath, mermaidVersion, readMermaidScript } from './mermaid.ts';
export { BrowserUnavailableError, renderDiagrams, type Diagram, type DiagramFailure, type DiagramImage, type RenderOptions, type RenderedDiagrams } from './render.ts';
