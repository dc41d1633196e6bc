import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { TemplateResult } from 'lit';
import { renderStatic, Unsupported } from './static-render.js';

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

const NON_ASCII = /[^\t\n\r\x20-\x7e]/u;
const NON_ASCII_ALL = /[^\t\n\r\x20-\x7e]/gu;

/**
 * Writes every character outside ASCII as a character reference (’ → &#8217;). The letter then
 * reads right whatever character set a mail or document system assumes, and its strings stay
 * one byte per character, which makes joining a letter's large pieces much cheaper.
 */
export function asciiOnly(html: string): string {
  return NON_ASCII.test(html) ? html.replace(NON_ASCII_ALL, (c) => `&#${c.codePointAt(0)};`) : html;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: unknown): string {
  const s = typeof text === 'string' ? text : String(text ?? '');
  return NEEDS_ESCAPE.test(s) ? s.replace(ESCAPE, (c) => ENTITIES[c] ?? c) : s;
}

const NEEDS_TEXT_ESCAPE = /[&<>"']|[^\t\n\r\x20-\x7e]/u;
const TEXT_ESCAPE = /[&<>"']|[^\t\n\r\x20-\x7e]/gu;

/** Escapes text and writes characters outside ASCII as references, in one pass. */
export function escapeText(text: unknown): string {
  const s = typeof text === 'string' ? text : String(text ?? '');
  return NEEDS_TEXT_ESCAPE.test(s) ? s.replace(TEXT_ESCAPE, (c) => ENTITIES[c] ?? `&#${c.codePointAt(0)};`) : s;
}
const NEEDS_ESCAPE = /[&<>"']/;
const ESCAPE = /[&<>"']/g;
