import Handlebars from 'handlebars';

/** Renders a named page template with a context. */
export type RenderPage = (name: string, context: object) => string;

/**
 * Compiles the site's templates in an instance of its own: names starting with `_` are partials
 * (layout, header, footer, value), the others pages. Only the built-in helpers are allowed, so a
 * template cannot call code that bypasses escaping; `{{ }}` escapes every value.
 */
export function createRenderer(templates: Record<string, string>): RenderPage {
  const hb = Handlebars.create();
  const pages = new Map<string, Handlebars.TemplateDelegate>();
  for (const [name, source] of Object.entries(templates)) {
    if (name.startsWith('_')) hb.registerPartial(name, hb.compile(source.replace(/\n$/, ''), { knownHelpersOnly: true, preventIndent: true }));
    else pages.set(name, hb.compile(source, { knownHelpersOnly: true, preventIndent: true }));
  }
  return (name, context) => {
    const page = pages.get(name);
    if (!page) throw new Error(`templates/site/${name}.hbs がありません。`);
    return page(context);
  };
}
