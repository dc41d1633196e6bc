/**
 * Element styles are written for shadow DOM: `:host` is the element, and plain selectors such
 * as `h3` or `dl` only reach the element's own tree. A letter has no shadow DOM, so each
 * component's CSS is scoped to a wrapper class instead:
 *
 * - `:host` becomes the wrapper (`.sdm-x`), `:host(sel)` becomes `.sdm-x` with `sel` (`.sdm-x[hidden]`);
 * - every other selector gets the wrapper in front (`h3` → `.sdm-x h3`);
 * - `@media`, `@container` and `@supports` blocks are scoped inside; other at-rules (`@page`,
 *   `@font-face`, `@keyframes`) are dropped, since an element's styles have no business there.
 *
 * Flat CSS comes out (no nesting), so the letter also reads in older renderers and mail clients.
 * The scanner knows comments, strings and brackets, which is all Lit `css` needs.
 */

/** Splits on top-level commas (not inside brackets or strings). */
function splitSelectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(list.slice(start, i));
      start = i + 1;
    }
  }
  out.push(list.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

/** The index of the `)` that closes the `(` at `open`. */
function closing(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')' && --depth === 0) return i;
  }
  return s.length;
}

/** One selector, scoped to `scope`. */
export function scopeSelector(selector: string, scope: string): string {
  if (selector.startsWith(':host')) {
    let rest = selector.slice(5);
    let own = '';
    if (rest.startsWith('(')) {
      const end = closing(rest, 0);
      own = rest.slice(1, end).trim();
      rest = rest.slice(end + 1);
    }
    return `${scope}${own}${rest}`;
  }
  // `:root`, `html` and `body` selectors are the page's, not an element's: keep them inside the scope too.
  return `${scope} ${selector}`;
}

/** Scopes a whole style sheet. `scope` is a selector such as `.sdm-plan`. */
export function scopeCss(cssText: string, scope: string): string {
  const css = cssText.replace(/\/\*[\s\S]*?\*\//g, '');
  let out = '';
  let i = 0;

  /** Reads up to the matching `}` of a block whose `{` is at `open`; returns the body and the next index. */
  const block = (open: number): [string, number] => {
    let depth = 0;
    let quote = '';
    for (let j = open; j < css.length; j++) {
      const c = css[j];
      if (quote) {
        if (c === '\\') j++;
        else if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) return [css.slice(open + 1, j), j + 1];
    }
    return [css.slice(open + 1), css.length];
  };

  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open < 0) break;
    const prelude = css.slice(i, open).trim();
    const [body, next] = block(open);
    i = next;
    if (prelude.startsWith('@')) {
      if (/^@(media|container|supports)\b/.test(prelude)) {
        const inner = scopeCss(body, scope);
        if (inner) out += `${prelude}{${inner}}\n`;
      }
      continue;
    }
    const selectors = splitSelectors(prelude).map((s) => scopeSelector(s, scope));
    if (selectors.length) out += `${selectors.join(',')}{${body.trim().replace(/\s*\n\s*/g, ' ')}}\n`;
  }
  return out;
}
