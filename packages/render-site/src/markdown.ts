import path from 'node:path';
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';

/** A mermaid block drawn at build time: its image's href from the page, its size and its alt text. */
export interface DiagramRef {
  src: string;
  width: number;
  height: number;
  alt: string;
}

/**
 * What rendering one Markdown body needs to know (where its links go, which diagrams are drawn),
 * and what it tells back. A type, not an interface: markdown-it takes its env as a plain record.
 */
export type MarkdownEnv = {
  /**
   * The href a relative link of the body should have on the site, or undefined when it leads to
   * no page (it is then shown as text). Gets the link without its #fragment.
   */
  resolve: (relative: string) => string | undefined;
  /**
   * The drawn image of a mermaid block (given its source), or undefined: the block then stays as
   * its source in `<pre class="mermaid">`, for the reader's browser to draw.
   */
  diagram?: (source: string) => DiagramRef | undefined;
  /** Set by the renderer: how many mermaid blocks were left to the reader's browser. */
  pendingDiagrams?: number;
};

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * Only relative links (no scheme before the first / ? #), http(s) and mailto. Everything else
 * (javascript:, data:, vbscript:, file:) is refused, and markdown-it then leaves the link as text.
 */
export function isAllowedLink(url: string): boolean {
  const scheme = SCHEME.exec(url)?.[1];
  return scheme === undefined ? !/^[^/?#]*:/.test(url) : ALLOWED_SCHEMES.has(scheme.toLowerCase());
}

/** A link that stays on the site: no scheme and not protocol-relative (`//host`). */
export const isRelativeLink = (url: string): boolean => !SCHEME.test(url) && !url.startsWith('//') && !url.startsWith('#');

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
md.validateLink = isAllowedLink;

/** Relative links point to the site's pages; a link to no page becomes a marked span of text. */
function rewriteLinks(children: Token[], env: MarkdownEnv) {
  for (let i = 0; i < children.length; i++) {
    const token = children[i]!;
    if (token.type !== 'link_open') continue;
    const href = String(token.attrGet('href') ?? '');
    if (!isRelativeLink(href)) continue;
    const [target = '', fragment] = href.split('#', 2);
    const resolved = env.resolve(safeDecode(target));
    if (resolved !== undefined) {
      token.attrSet('href', fragment === undefined ? resolved : `${resolved}#${fragment}`);
      continue;
    }
    const close = children.slice(i + 1).find((t) => t.type === 'link_close');
    token.tag = 'span';
    token.attrs = [['class', 'broken-link']];
    if (close) close.tag = 'span';
  }
}

const safeDecode = (s: string) => {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
};

md.core.ruler.push('unyo_site', (state) => {
  const env = state.env as unknown as MarkdownEnv;
  const tokens = state.tokens;
  // The page shows the title itself: a leading # heading of the body is dropped.
  if (tokens[0]?.type === 'heading_open' && tokens[0].tag === 'h1') tokens.splice(0, 3);
  for (const token of tokens) {
    if (token.type === 'inline' && token.children) rewriteLinks(token.children, env);
    if (token.type === 'table_open') token.attrJoin('class', 'data');
    // Table alignment comes as a style attribute, which the Content-Security-Policy refuses: a class instead.
    const style = token.attrGet('style');
    if (style !== null) {
      token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'style');
      const align = /text-align:(left|right|center)/.exec(String(style))?.[1];
      if (align) token.attrJoin('class', `align-${align}`);
    }
  }
});

// A wide table (the severity/target table, a ledger in a runbook) scrolls in its own frame on a phone, not the page.
md.renderer.rules.table_open = (tokens, idx, options, _env, self) => `<div class="table-wrap">${self.renderToken(tokens, idx, options)}`;
md.renderer.rules.table_close = (tokens, idx, options, _env, self) => `${self.renderToken(tokens, idx, options)}</div>`;

const isMermaid = (token: Token) => token.type === 'fence' && token.info.trim().split(/\s+/)[0] === 'mermaid';
const escape = md.utils.escapeHtml;

/**
 * A drawn diagram is an image of a separate SVG file (a link opens it at full size): an SVG shown
 * as an image keeps the `<style>` inside it, which the page's Content-Security-Policy would refuse
 * inline. Its source follows as text. An undrawn one stays as its source for the browser to draw.
 */
function diagramHtml(source: string, env: MarkdownEnv): string {
  const drawn = env.diagram?.(source);
  if (drawn === undefined) {
    env.pendingDiagrams = (env.pendingDiagrams ?? 0) + 1;
    return `<figure class="diagram"><pre class="mermaid">${escape(source)}</pre></figure>\n`;
  }
  const src = escape(drawn.src);
  return (
    `<figure class="diagram"><a class="diagram-frame" href="${src}"><img src="${src}" width="${Math.ceil(drawn.width)}" height="${Math.ceil(drawn.height)}" alt="${escape(drawn.alt)}"></a>\n` +
    `<details><summary>図の元（Mermaid）</summary><pre><code>${escape(source)}</code></pre></details></figure>\n`
  );
}

const defaultFence = md.renderer.rules.fence!;
md.renderer.rules.fence = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  if (isMermaid(token)) return diagramHtml(token.content, env as unknown as MarkdownEnv);
  return defaultFence(tokens, idx, options, env, self);
};

/**
 * Renders a runbook's Markdown to HTML: raw HTML off, links limited and rewritten, no leading h1,
 * mermaid blocks as images when drawn. Counts the blocks left to the browser in `env.pendingDiagrams`.
 */
export const renderMarkdown = (body: string, env: MarkdownEnv): string => md.render(body, env);

/** The sources of the mermaid blocks of a Markdown body, in order. */
export const mermaidSources = (body: string): string[] => md.parse(body, { resolve: () => undefined }).filter(isMermaid).map((t) => t.content);

/** The plain text of a Markdown body, for the search index. */
export function markdownText(body: string): string {
  const parts: string[] = [];
  for (const token of md.parse(body, { resolve: () => undefined })) {
    if (token.type === 'fence') parts.push(token.content);
    for (const child of token.children ?? []) if (child.type === 'text' || child.type === 'code_inline') parts.push(child.content);
  }
  return parts.join('\n');
}

/** Resolves a link of a Markdown file (repo-relative `from`) to a repo-relative path. */
export const resolveFrom = (from: string, relative: string): string => path.posix.normalize(path.posix.join(path.posix.dirname(from), relative));
