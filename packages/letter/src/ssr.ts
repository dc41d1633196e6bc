import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { TemplateResult } from 'lit';
import { asciiOnly } from './escape.js';
import { renderStatic, Unsupported } from './static-render.js';

// Escaping lives in escape.ts (the static renderer needs it too); exported here as well, for
// the modules that import it with the renderers.
export { asciiOnly, escapeHtml, escapeText } from './escape.js';

/** Lit's hydration markers: comments and the `<?>` placeholder. A letter is never hydrated. */
const MARKERS = /<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?>/g;

/**
 * A view's template as static HTML through @lit-labs/ssr (which escapes every value), with the
 * hydration markers removed. Views are plain template functions, so no element and no
 * declarative shadow root is involved.
 */
export function toHtmlWithLitSsr(template: TemplateResult): string {
  return collectResultSync(render(template)).replace(MARKERS, '');
}

/**
 * A view's template as static HTML: through the fast static renderer (static-render.ts), or
 * @lit-labs/ssr for anything that renderer does not know. Both escape every value.
 */
export function toHtml(template: TemplateResult): string {
  try {
    return renderStatic(template); // already ASCII
  } catch (e) {
    if (!(e instanceof Unsupported)) throw e;
    return asciiOnly(toHtmlWithLitSsr(template));
  }
}
