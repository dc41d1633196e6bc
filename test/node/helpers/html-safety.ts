/**
 * What a static HTML string would run or fetch, found without a full parser (parse5 is too slow
 * for thousands of letters): every `<` in escaped text is `&lt;`, so each raw `<` opens a real
 * tag, and every tag is read here with its attributes.
 */
import { PAYLOADS } from './property-arbitraries.js';

/** Elements that run script, load a document or change where URLs go. */
const FORBIDDEN_TAGS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'link',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'img',
  'image',
  'video',
  'audio',
  'source',
  'track',
  'portal',
  'noscript',
  'template',
  'math',
  'foreignobject',
  'animate',
  'set',
  'animatemotion',
  'animatetransform',
  'plaintext',
  'xmp',
  'noembed',
  'noframes',
]);
/** Attributes whose value is a URL the browser follows or fetches. */
const URL_ATTRIBUTES = new Set([
  'href',
  'xlink:href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'data',
  'background',
  'ping',
  'codebase',
  'cite',
  'longdesc',
  'manifest',
  'srcdoc',
]);

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', tab: '\t', newline: '\n', nbsp: '\u00a0' };

/**
 * A URL without the characters a browser skips or that hide a scheme: controls and spaces, soft
 * hyphens, zero-width and direction marks, line and paragraph separators, byte order marks.
 */
export function withoutInvisible(url: string): string {
  let out = '';
  for (const ch of url) {
    const c = ch.codePointAt(0)!;
    const invisible =
      c <= 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0xad || (c >= 0x200b && c <= 0x200f) || c === 0x2028 || c === 0x2029 || c === 0xfeff;
    if (!invisible) out += ch;
  }
  return out;
}

/** An attribute value as the browser reads it: character references decoded. */
function decode(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (m, ref: string) => {
    if (ref[0] === '#') {
      const n = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(n) && n <= 0x10ffff ? String.fromCodePoint(n) : m;
    }
    return ENTITY[ref.toLowerCase()] ?? m;
  });
}

const TAG = /<(\/?)([a-zA-Z][^\s/>]*)((?:[^>"']+|"[^"]*"|'[^']*')*)>/g;
/** Attributes that could matter (most tags hold only class, part, id, aria-* and data-*): the rest are not read. */
const WORTH_READING =
  /(^|[\s"'/])(on[a-z]|href|xlink:href|src|srcset|style|action|formaction|poster|data\s*=|background|ping|codebase|cite|longdesc|manifest)|pwned/i;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

export interface SafetyOptions {
  /** `<style>` elements allowed (the letter's own). Default 0. */
  styles?: number;
  /** Links to the sources are allowed: `<a href>` to http(s) only. Default true. */
  links?: boolean;
  /** `<meta>` allowed (a whole letter's head). Default false. */
  meta?: boolean;
}

/**
 * Everything in `html` that could run script or fetch something: a forbidden element, an event
 * handler attribute, a URL that is not a plain http(s) link (or an in-page `#ref`), a style that
 * fetches, a `<style>` more than expected, or one of PAYLOADS left raw. Empty when safe.
 */
export function htmlProblems(html: string, options: SafetyOptions = {}): string[] {
  const found: string[] = [];
  for (const payload of PAYLOADS) {
    // (A payload with only `&` in it cannot be told apart from escaped text: the other checks see to it.)
    if (/[<>"']/.test(payload) && html.includes(payload)) found.push(`a payload left raw: ${payload}`);
  }
  let styles = 0;
  // The letter's own CSS may hold ">" (child selectors): take <style> blocks out before reading tags.
  const withoutCss = html.replace(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi, (_, css: string) => {
    styles++;
    if (/url\(\s*['"]?(?!data:|#)|@import|expression\(|javascript:/i.test(css)) found.push(`a style that fetches or runs: ${css.slice(0, 80)}`);
    return '';
  });
  if (styles > (options.styles ?? 0)) found.push(`${styles} <style> elements, ${options.styles ?? 0} expected`);
  for (const tag of withoutCss.replace(/<!--[\s\S]*?-->/g, '').matchAll(TAG)) {
    const name = tag[2]!.toLowerCase();
    if (tag[1]) continue;
    if (FORBIDDEN_TAGS.has(name) || name === 'style') found.push(`<${name}>`);
    if (name === 'meta' && !options.meta) found.push('<meta>');
    const attributes = tag[3]!;
    if (!WORTH_READING.test(attributes)) continue;
    for (const a of attributes.matchAll(ATTRIBUTE)) {
      const attr = a[1]!.toLowerCase();
      const raw = a[2] ?? a[3] ?? a[4] ?? '';
      const value = raw.includes('&') ? decode(raw) : raw;
      if (attr.startsWith('on')) found.push(`<${name} ${attr}=…>`);
      if (/pwned/i.test(attr) || (a[4] !== undefined && /pwned/i.test(a[4]))) found.push(`<${name}> has an attribute from the input: ${a[0]}`);
      if (attr === 'style' && /url\(|expression\(|javascript:/i.test(value))
        found.push(`<${name} style> that fetches or runs: ${value.slice(0, 80)}`);
      if (!URL_ATTRIBUTES.has(attr)) continue;
      const url = withoutInvisible(value);
      if (url.startsWith('#')) continue; // a reference inside the document (an icon's <use>)
      const link = name === 'a' && attr === 'href' && options.links !== false && /^https?:\/\/[a-z0-9.-]+(\/|$)/i.test(url);
      if (!link) found.push(`<${name} ${attr}="${value.slice(0, 80)}">`);
    }
  }
  return found;
}

/** A character reference to a surrogate code point (&#55296;): not a character, however it is read. */
export function surrogateReferences(html: string): string[] {
  return [...html.matchAll(/&#(x[0-9a-f]+|\d+);/gi)]
    .map((m) => m[0])
    .filter((ref) => {
      const body = ref.slice(2, -1);
      const n = body[0] === 'x' || body[0] === 'X' ? parseInt(body.slice(1), 16) : parseInt(body, 10);
      return n >= 0xd800 && n <= 0xdfff;
    });
}
