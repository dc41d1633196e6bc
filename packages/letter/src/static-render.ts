import { nothing, noChange, type TemplateResult } from 'lit';
import { asciiOnly, escapeText } from './escape.js';

/**
 * A small, fast renderer of Lit templates to static HTML, for letters in bulk.
 *
 * It draws exactly what @lit-labs/ssr draws for the subset of Lit that the Scanwise views use
 * (text and template children, lists, `nothing`, attribute bindings whole or interpolated,
 * `?boolean` attributes and `@event` listeners, which a letter drops), minus the hydration
 * markers. It reads each template's strings once and keeps the result, so a letter costs little
 * more than joining strings. Anything else (directives, `.property` bindings, bindings inside
 * tags, comments or raw-text elements) throws `Unsupported`, and `toHtml` in ssr.ts then uses
 * @lit-labs/ssr. test/node/letter-render.test.ts checks the two give the same HTML for every view.
 * Its output is ASCII: any other character is written as a character reference (see escape.ts).
 */

export class Unsupported extends Error {}

type Op =
  | { t: 0; s: string } // static text
  | { t: 1; i: number } // child binding
  | { t: 2; name: string; bool: boolean; drop: boolean; statics: string[]; idx: number[]; quoted: boolean };

const compiled = new WeakMap<TemplateStringsArray, Op[]>();

const NAME_CHAR = /[^\s"'>/=]/;
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

/** States of the scanner. */
const enum S {
  Text,
  Tag, // inside a start tag, between attributes
  Name, // reading an attribute name
  AfterName, // after a name, before `=` (or the next attribute)
  BeforeValue, // after `=`
  Dq, // in a "value"
  Sq, // in a 'value'
  Unq, // in an unquoted value
  Comment,
  Raw,
}

function compile(strings: TemplateStringsArray): Op[] {
  const ops: Op[] = [];
  let buf = '';
  let state: S = S.Text;
  let attrStart = -1; // index in buf where the current attribute (with its leading space) starts
  let attrName = '';
  let valueStart = -1;
  let open: Extract<Op, { t: 2 }> | null = null; // an attribute binding still collecting
  let tagName = '';
  let rawEnd = '';

  for (let n = 0; n < strings.length; n++) {
    const s = strings[n]!;
    for (let k = 0; k < s.length; k++) {
      const c = s[k]!;
      if (open) {
        // Inside a quoted value that holds a binding: collect until its closing quote.
        if ((state === S.Dq && c === '"') || (state === S.Sq && c === "'")) {
          ops.push(open);
          open = null;
          state = S.Tag;
          buf = '';
          attrStart = -1;
        } else open.statics[open.statics.length - 1] += c;
        continue;
      }
      buf += c;
      switch (state) {
        case S.Text:
          if (c === '<') {
            if (s.startsWith('!--', k + 1)) {
              state = S.Comment;
            } else if (/[a-zA-Z]/.test(s[k + 1] ?? '')) {
              const m = /^[a-zA-Z][^\s/>]*/.exec(s.slice(k + 1));
              tagName = (m?.[0] ?? '').toLowerCase();
              state = S.Tag;
              buf += m?.[0] ?? '';
              k += m?.[0].length ?? 0;
            }
          }
          break;
        case S.Comment:
          if (c === '>' && buf.endsWith('-->')) state = S.Text;
          break;
        case S.Raw:
          if (c === '>' && buf.toLowerCase().endsWith(rawEnd)) state = S.Text;
          break;
        case S.Tag:
        case S.AfterName:
          if (c === '>') {
            state = RAW_TEXT.has(tagName) ? S.Raw : S.Text;
            rawEnd = `</${tagName}>`;
          } else if (c === '=' && state === S.AfterName) {
            state = S.BeforeValue;
            valueStart = buf.length;
          } else if (NAME_CHAR.test(c) && c !== '/') {
            state = S.Name;
            // The attribute starts at the whitespace before its name.
            let b = buf.length - 1;
            while (b > 0 && /\s/.test(buf[b - 1]!)) b--;
            attrStart = b;
            attrName = c;
          }
          break;
        case S.Name:
          if (c === '=') {
            state = S.BeforeValue;
            valueStart = buf.length;
          } else if (c === '>') {
            state = RAW_TEXT.has(tagName) ? S.Raw : S.Text;
            rawEnd = `</${tagName}>`;
          } else if (/\s/.test(c)) state = S.AfterName;
          else attrName += c;
          break;
        case S.BeforeValue:
          if (c === '"') {
            state = S.Dq;
            valueStart = buf.length;
          } else if (c === "'") {
            state = S.Sq;
            valueStart = buf.length;
          } else if (!/\s/.test(c)) state = S.Unq;
          break;
        case S.Unq:
          if (/\s/.test(c)) state = S.Tag;
          else if (c === '>') {
            state = RAW_TEXT.has(tagName) ? S.Raw : S.Text;
            rawEnd = `</${tagName}>`;
          }
          break;
        case S.Dq:
          if (c === '"') state = S.Tag;
          break;
        case S.Sq:
          if (c === "'") state = S.Tag;
          break;
      }
    }
    if (n === strings.length - 1) break;

    // A binding follows this string.
    if (open) {
      open.idx.push(n);
      open.statics.push('');
      continue;
    }
    if (state === S.Text) {
      ops.push({ t: 0, s: buf }, { t: 1, i: n });
      buf = '';
      continue;
    }
    if (state === S.BeforeValue || state === S.Dq || state === S.Sq) {
      const prefix = attrName[0];
      if (prefix === '.') throw new Unsupported(`property binding ${attrName}`);
      const op: Extract<Op, { t: 2 }> = {
        t: 2,
        name: prefix === '?' || prefix === '@' ? attrName.slice(1) : attrName,
        bool: prefix === '?',
        drop: prefix === '@',
        statics: [state === S.BeforeValue ? '' : buf.slice(valueStart), ''],
        idx: [n],
        quoted: state !== S.BeforeValue,
      };
      ops.push({ t: 0, s: buf.slice(0, attrStart) });
      buf = '';
      if (op.quoted) open = op;
      else {
        ops.push(op);
        state = S.Tag;
        attrStart = -1;
      }
      continue;
    }
    throw new Unsupported('a binding inside a tag, comment or raw-text element');
  }
  if (open) throw new Unsupported('an attribute value that is never closed');
  ops.push({ t: 0, s: buf });
  return ops;
}

function opsOf(strings: TemplateStringsArray): Op[] {
  let ops = compiled.get(strings);
  if (!ops) {
    // The template's own text is written as ASCII once, here; values are as they are drawn.
    ops = compile(strings).map((op) => (op.t === 0 ? { t: 0, s: asciiOnly(op.s) } : op.t === 2 ? { ...op, statics: op.statics.map(asciiOnly) } : op));
    compiled.set(strings, ops);
  }
  return ops;
}

interface Result {
  _$litType$: unknown;
  strings: TemplateStringsArray;
  values: unknown[];
}

const isTemplate = (v: unknown): v is Result =>
  typeof v === 'object' && v !== null && '_$litType$' in v && ((v as Result)._$litType$ === 1 || (v as Result)._$litType$ === 2);

function child(v: unknown): string {
  if (v === nothing || v === noChange || v === null || v === undefined || v === '') return '';
  const type = typeof v;
  if (type === 'number') return String(v);
  if (type === 'string' || type === 'boolean' || type === 'bigint') return escapeText(v);
  if (isTemplate(v)) return template(v);
  if (typeof v === 'object' && '_$litDirective$' in v) throw new Unsupported('a directive');
  if (typeof v === 'object' && typeof (v as Iterable<unknown>)[Symbol.iterator] === 'function') {
    let out = '';
    for (const item of v as Iterable<unknown>) out += child(item);
    return out;
  }
  if (typeof v === 'object' && v !== null && '_$litType$' in v) throw new Unsupported('a compiled template');
  return escapeText(String(v));
}

function attrValue(v: unknown): string {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'object' && v !== null && '_$litDirective$' in v) throw new Unsupported('a directive in an attribute');
  return escapeText(v ?? '');
}

function template(r: Result): string {
  const ops = opsOf(r.strings);
  const values = r.values;
  let out = '';
  for (const op of ops) {
    if (op.t === 0) out += op.s;
    else if (op.t === 1) out += child(values[op.i]);
    else {
      if (op.drop) continue;
      if (op.bool) {
        const v = values[op.idx[0]!];
        if (v && v !== nothing) out += ` ${op.name}`;
        continue;
      }
      let value = op.statics[0]!;
      let removed = false;
      for (let j = 0; j < op.idx.length; j++) {
        const v = values[op.idx[j]!];
        if (v === nothing) {
          removed = true;
          break;
        }
        value += attrValue(v) + op.statics[j + 1];
      }
      if (!removed) out += ` ${op.name}="${value}"`;
    }
  }
  return out;
}

/** A Lit template as static HTML. Throws `Unsupported` for what it does not know. */
export function renderStatic(t: TemplateResult): string {
  return template(t);
}
