/**
 * A test-only pseudo-locale ("en-XA" in spirit): every word of a pack, accented, about 40 %
 * longer and in brackets, "Go back" → "⟦Ĝö báçķ·⟧". Text that stays plain ASCII after the pack is
 * swapped for this one was never read from the pack: it is hard-coded.
 *
 * Importable by Node and browser tests alike (no Node modules here).
 *
 *   registerLocale('en-GB', pseudoPack(copyOfPack(localeText('en-GB'))));
 */
import { PACK_FIELDS, type LocalePack } from '@scanwise/core';

export const OPEN = '⟦';
export const CLOSE = '⟧';

/**
 * The brackets: ⟦ ⟧ by default, which no real text uses, so the checks can find them. They are
 * not in the letter's font (Liberation Sans): Chromium draws them from DejaVu Sans, whose taller
 * lines add height no real translation would. A print test that counts pages can use « », which
 * the font has.
 */
export interface PseudoOptions {
  brackets?: readonly [string, string];
}

/**
 * Letters with accents from Latin-1 and Latin Extended-A only, which the components' and the
 * letter's fonts have: a letter drawn from a fallback font would change the line height and the
 * page count for a reason no translation has. b, m, q, v and x have none there and stay as
 * they are (the check looks at what is outside the brackets, not at the letters).
 */
const ACCENTED: Record<string, string> = {
  a: 'á',
  c: 'ç',
  d: 'ð',
  e: 'ë',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'ï',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ü',
  w: 'ŵ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  C: 'Ç',
  D: 'Ð',
  E: 'Ë',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Ï',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Ü',
  W: 'Ŵ',
  Y: 'Ý',
  Z: 'Ž',
};

/**
 * Keys whose values are not words but ids or structure: registry fact ids (`facts` as a list,
 * `both`), a glance row id (`row`), the pack's tag, the paper size, and phone numbers.
 * `facts` as an object (the pack's fact words, by id) is words, and is transformed.
 */
const STRUCTURAL = new Set(['locale', 'dir', 'paper', 'number', 'both', 'row']);
const isStructural = (key: string | undefined, value: unknown) =>
  key !== undefined && (STRUCTURAL.has(key) || (key === 'facts' && Array.isArray(value)));

/** One string, pseudo-localised. Idempotent: a string already in brackets is left as it is. */
export function pseudo(text: string, { brackets: [open, close] = [OPEN, CLOSE] }: PseudoOptions = {}): string {
  if (!text.trim() || (text.startsWith(open) && text.endsWith(close))) return text;
  const accented = [...text].map((ch) => ACCENTED[ch] ?? ch).join('');
  // About 40 % longer in all, the brackets included, with padding in short groups that can wrap,
  // as the longer words of another language would.
  const extra = Math.max(0, Math.round([...text].length * 0.4) - 2);
  let pad = '';
  for (let i = 0; i < extra; i++) pad += i > 0 && i % 6 === 0 ? ' ' : '·';
  return `${open}${accented}${pad}${close}`;
}

/** Deep-transforms every string of a value; functions return transformed values (their arguments are not). */
export function pseudoValue<T>(value: T, options: PseudoOptions = {}, key?: string): T {
  if (isStructural(key, value)) return value;
  if (typeof value === 'string') return pseudo(value, options) as T;
  if (typeof value === 'function') {
    const fn = value as unknown as (...args: unknown[]) => unknown;
    return ((...args: unknown[]) => pseudoValue(fn(...args), options)) as T;
  }
  if (Array.isArray(value)) return value.map((v) => pseudoValue(v, options)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudoValue(v, options, k)])) as T;
  }
  return value;
}

/** The whole pack, pseudo-localised: every field of BasePack and GuidePack. */
export function pseudoPack<P extends Partial<LocalePack>>(pack: P, options: PseudoOptions = {}): P {
  return pseudoValue({ ...pack }, options);
}

/**
 * A plain copy of a pack's fields (`localeText` gives getters that read the registry, so a copy
 * is needed to put the words back after the test).
 */
export function copyOfPack(pack: LocalePack): LocalePack {
  const fields = Object.values(PACK_FIELDS).flat();
  return Object.fromEntries(fields.map((f) => [f, pack[f]])) as unknown as LocalePack;
}

/** Removes every ⟦…⟧ span (nested ones too); an unclosed ⟦ runs to the end, a stray ⟧ ends a span begun before the text. */
export function outsidePseudo(text: string): string {
  let depth = 0;
  let out = '';
  // A ⟧ with no ⟦ before it closes a span that began in an earlier piece of text.
  const firstClose = text.indexOf(CLOSE);
  const firstOpen = text.indexOf(OPEN);
  if (firstClose >= 0 && (firstOpen < 0 || firstClose < firstOpen)) {
    text = text.slice(firstClose + 1);
  }
  for (const ch of text) {
    if (ch === OPEN) depth++;
    else if (ch === CLOSE) depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
}

/** Words a component may show that are data, not UI text: removed before the check. */
export function withoutData(text: string, data: readonly string[]): string {
  let out = text;
  for (const d of [...data].sort((a, b) => b.length - a.length)) if (d) out = out.split(d).join(' ');
  return out;
}

/** The untransformed words left in a piece of visible text (two ASCII letters or more in a row), or null. */
export function untransformed(text: string, data: readonly string[] = []): string | null {
  const rest = withoutData(outsidePseudo(text), data);
  return /[A-Za-z]{2,}/.test(rest) ? rest.replace(/\s+/g, ' ').trim() : null;
}
