import MarkdownIt from 'markdown-it';

/** A link found in a Markdown body, with its file location. */
export interface BodyLink {
  href: string;
  line: number;
  column: number;
  excerpt: string;
}

const md = new MarkdownIt({ html: false });

const safeDecode = (href: string) => {
  try {
    return decodeURI(href);
  } catch {
    return href;
  }
};

/**
 * Lists the links of a Markdown body. `bodyLine` is the 1-based file line where the body starts,
 * so that locations are file locations.
 */
export function extractLinks(body: string, bodyLine: number): BodyLink[] {
  const lines = body.split('\n');
  const links: BodyLink[] = [];
  const used = new Set<string>();
  const visit = (tokens: ReturnType<typeof md.parse>, map: [number, number] | null) => {
    for (const token of tokens) {
      const here = token.map ?? map;
      if (token.children) visit(token.children, here);
      if (token.type !== 'link_open') continue;
      const href = safeDecode(String(token.attrGet('href') ?? ''));
      const [start, end] = here ?? [0, 1];
      let found = { line: start, column: 0 };
      for (let i = start; i < end; i++) {
        const col = lines[i]?.indexOf(`](${href}`) ?? -1;
        if (col >= 0 && !used.has(`${i}:${col}`)) {
          used.add(`${i}:${col}`);
          found = { line: i, column: col + 2 };
          break;
        }
      }
      links.push({ href, line: found.line + bodyLine, column: found.column + 1, excerpt: lines[found.line] ?? '' });
    }
  };
  visit(md.parse(body, {}), null);
  return links;
}
