/**
 * Escaping for the HTML a letter is made of: text and attribute values, and characters outside
 * ASCII written as character references. Used by both renderers (ssr.ts and static-render.ts)
 * and by the letter's own markup.
 */
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
const NEEDS_ESCAPE = /[&<>"']/;
const ESCAPE = /[&<>"']/g;

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
