import { tokenize, TokenType, type CSSToken } from '@csstools/css-tokenizer';
import { html, Parser, type DefaultTreeAdapterMap, type Token } from 'parse5';

/**
 * The check a practice's letter template must pass before it becomes a letter. The template is
 * treated as untrusted, however it was written:
 *
 * - an **allowlist** of HTML elements and attributes fit for a letter (text, headings, lists,
 *   tables, `<img>` and `<a>`, `<style>`, the Scanwise tags); everything else is a finding;
 * - every **URL** is read the way a browser reads it: parse5 has already decoded the character
 *   references, then the WHATWG URL parser (Node's `URL`, the algorithm browsers use) takes out
 *   tabs, new lines and leading control characters and finds the scheme. As a second guard, the
 *   scheme is also read with every control character and white space taken out, and both
 *   readings must be allowed: `https:`, `http:`, `mailto:`, `tel:` and `#place` for links,
 *   `data:image/…` (or a file the caller passes) for images;
 * - **CSS** in `<style>` and `style=""` is read by a CSS Syntax Level 3 tokenizer
 *   (`@csstools/css-tokenizer`, which decodes escapes such as `\75 rl(`): no `@import`, no
 *   unknown at-rule, and no `url()`, `image-set()` or `src()` other than a `data:` image or font;
 * - **start tags that the HTML parser drops** (an `<iframe>` inside a `<select>`, a second
 *   `<body onload>`) are checked too: browsers do not all drop the same ones;
 * - **control characters** (other than tab and line breaks) are findings: they can make a browser
 *   guess another character set and read the letter differently from this check.
 *
 * Each finding has a place (for line and column) and the range to cut in strip mode.
 */

type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];
type Document = DefaultTreeAdapterMap['document'];

const HTML_NS = html.NS.HTML;

/**
 * The Content-Security-Policy of every letter: no script, no frames, no plug-ins, nothing fetched
 * except `data:` images and fonts, inline styles allowed, no `<base>`, no form submission.
 */
export const LETTER_CSP = [
  "default-src 'none'",
  "script-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  'img-src data:',
  'font-src data:',
  "style-src 'unsafe-inline'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The `<meta>` that carries `LETTER_CSP`. It goes first in the head (after `<meta charset>`). */
export const CSP_META = `<meta http-equiv="Content-Security-Policy" content="${LETTER_CSP}">`;

/** The Scanwise tags a template may hold (replaced by their rendering). */
export const SCANWISE_TAGS = ['sdm-benefits-harms', 'sdm-watchful-waiting-plan', 'sdm-imaging-questionnaire'] as const;

/** Something the template may not hold. */
export interface Finding {
  /** Offset in the checked text, for the line and column. */
  at: number;
  /** What strip mode removes: [start, end) in the checked text. */
  cut: [number, number];
  /** In refuse mode: what is wrong, and what to do. */
  problem: string;
  /** In strip mode: what was removed, and why. */
  removed: string;
}

/** A change every letter gets (a caller's image file becomes a `data:` URL). */
export interface Rewrite {
  start: number;
  end: number;
  text: string;
}

export interface TemplateScan {
  /** The parsed template (parse5, with source locations). */
  doc: Document;
  findings: Finding[];
  rewrites: Rewrite[];
}

// ---------------------------------------------------------------------------------------------
// The allowlist

const TEXT_ELEMENTS = [
  'div',
  'span',
  'p',
  'br',
  'hr',
  'wbr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'footer',
  'main',
  'section',
  'article',
  'aside',
  'nav',
  'address',
  'hgroup',
  'blockquote',
  'q',
  'cite',
  'pre',
  'code',
  'kbd',
  'samp',
  'var',
  'b',
  'i',
  'u',
  's',
  'strong',
  'em',
  'small',
  'big',
  'mark',
  'sub',
  'sup',
  'abbr',
  'dfn',
  'time',
  'data',
  'del',
  'ins',
  'bdi',
  'bdo',
  'ruby',
  'rt',
  'rp',
  'figure',
  'figcaption',
  'details',
  'summary',
  'center',
  'font',
  'tt',
  'strike',
  'nobr',
];
const LIST_ELEMENTS = ['ul', 'ol', 'li', 'dl', 'dt', 'dd', 'menu'];
const TABLE_ELEMENTS = ['table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'];

/** Allowed elements and the attributes each may have besides the global ones. */
const ELEMENTS = new Map<string, readonly string[]>([
  ['html', ['xmlns']],
  ['head', []],
  ['body', []],
  ['title', []],
  ['meta', ['charset', 'name', 'content', 'property', 'http-equiv']],
  ['style', ['media', 'type']],
  ...TEXT_ELEMENTS.map((t): [string, string[]] => [t, []]),
  ...LIST_ELEMENTS.map((t): [string, string[]] => [t, []]),
  ...TABLE_ELEMENTS.map((t): [string, string[]] => [t, ['colspan', 'rowspan', 'headers', 'scope', 'abbr']]),
  ['img', ['src', 'alt']],
  ['a', ['href', 'hreflang', 'rel', 'name']],
  ['ol', ['start', 'reversed', 'type']],
  ['ul', ['type']],
  ['li', ['value', 'type']],
  ['time', ['datetime']],
  ['data', ['value']],
  ['del', ['cite', 'datetime']],
  ['ins', ['cite', 'datetime']],
  ['blockquote', ['cite']],
  ['q', ['cite']],
  ['details', ['open']],
  ['script', ['type']],
  ['sdm-benefits-harms', ['for', 'variant', 'age', 'emergency-number', 'emergency-service']],
  ['sdm-watchful-waiting-plan', ['for', 'today', 'mode', 'emergency-number', 'emergency-service', 'urgent-line', 'urgent-place']],
  ['sdm-imaging-questionnaire', ['view']],
]);

/** Attributes every allowed element may have: identity, language, text direction, presentation. */
const GLOBAL_ATTRIBUTES = new Set([
  'id',
  'class',
  'lang',
  'dir',
  'title',
  'style',
  'hidden',
  'translate',
  'role',
  'xml:lang',
  'xml:space',
  // Presentational attributes of older HTML (and of word processors' HTML): no addresses in them.
  'align',
  'valign',
  'width',
  'height',
  'bgcolor',
  'border',
  'cellpadding',
  'cellspacing',
  'nowrap',
  'color',
  'face',
  'size',
  'clear',
  'noshade',
  'compact',
  'frame',
  'rules',
  'summary',
  'char',
  'charoff',
  'hspace',
  'vspace',
  'span',
  'text',
  'link',
  'vlink',
  'alink',
]);

const allowedAttribute = (tag: string, name: string): boolean =>
  GLOBAL_ATTRIBUTES.has(name) || /^(aria|data)-[a-z0-9_.:-]*$/.test(name) || /^xmlns(:|$)/.test(name) || (ELEMENTS.get(tag)?.includes(name) ?? false);

/** Why an element is not allowed, in plain words. */
const WHY_ELEMENT: Record<string, string> = {
  iframe: 'it shows another page inside the letter, and scripts can run in it',
  frame: 'it shows another page inside the letter, and scripts can run in it',
  frameset: 'it shows other pages instead of the letter, and scripts can run in them',
  portal: 'it shows another page inside the letter',
  fencedframe: 'it shows another page inside the letter',
  object: 'it shows another document or a plug-in inside the letter, and scripts can run in it',
  embed: 'it shows another document or a plug-in inside the letter, and scripts can run in it',
  applet: 'it runs a plug-in',
  base: 'it changes where every link and picture in the letter points',
  link: 'it loads a file (a stylesheet, a font, an icon) from another server',
  form: 'a letter cannot hold a form',
  input: 'a letter cannot hold a form',
  button: 'a letter cannot hold a form',
  select: 'a letter cannot hold a form',
  textarea: 'a letter cannot hold a form',
  option: 'a letter cannot hold a form',
  optgroup: 'a letter cannot hold a form',
  datalist: 'a letter cannot hold a form',
  output: 'a letter cannot hold a form',
  fieldset: 'a letter cannot hold a form',
  legend: 'a letter cannot hold a form',
  label: 'a letter cannot hold a form',
  svg: 'SVG can hold links and animations that run scripts, and load files; put a picture in as <img src="data:image/svg+xml,…"> instead',
  math: 'MathML can hold links and load files',
  audio: 'sound and video are loaded from elsewhere and cannot be printed',
  video: 'sound and video are loaded from elsewhere and cannot be printed',
  source: 'it loads a file from elsewhere',
  track: 'it loads a file from elsewhere',
  picture: 'it loads pictures from elsewhere; use <img> with a data: URL',
  canvas: 'it needs a script to draw anything',
  map: 'image maps hold links that a letter does not need',
  area: 'image maps hold links that a letter does not need',
  noscript: 'browsers read what is inside it differently with scripts on and off',
  template: 'it is only for scripts, and letters carry none',
  slot: 'it is only for scripts, and letters carry none',
  plaintext: 'it makes browsers read the rest of the file differently',
  xmp: 'it makes browsers read its content differently',
  dialog: 'a letter cannot show a dialog',
};

const WHY_ATTRIBUTE: Record<string, string> = {
  background: 'it loads a picture from another server',
  ping: 'it tells another server when the link is followed',
  srcset: 'it loads pictures from elsewhere',
  poster: 'it loads a picture from elsewhere',
  src: 'it loads a file from elsewhere',
  data: 'it loads a file from elsewhere',
  action: 'it sends a form somewhere',
  formaction: 'it sends a form somewhere',
  manifest: 'it loads a file from elsewhere',
  longdesc: 'it points to another page',
  usemap: 'image maps hold links that a letter does not need',
  'xlink:href': 'it points to another document',
  target: 'it opens links in another window',
  download: 'it downloads a file',
  popover: 'it needs a script or a button',
  popovertarget: 'it makes a button do something',
  contenteditable: 'a letter is not for editing',
  autofocus: 'a letter has nothing to focus',
  nonce: 'letters carry no scripts',
  is: 'letters carry no scripts',
};

const UTF8_LABELS = new Set(['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8']);

// ---------------------------------------------------------------------------------------------
// URLs

/** Control characters, white space and invisible format characters: all taken out for the second reading of a scheme. */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const INVISIBLE = /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g;
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const SCRIPT_SCHEMES = new Set(['javascript:', 'vbscript:', 'livescript:']);
const IMAGE_TYPES = /^image\/(png|jpeg|gif|webp|avif|bmp|svg\+xml)[;,]/;
const FONT_TYPES = /^(font\/[a-z0-9.+-]+|application\/(x-)?font-[a-z0-9.+-]+|application\/vnd\.ms-fontobject)[;,]/;

/** How a value reads as a URL: the scheme (or `null` for a relative address), and both readings agreeing. */
function readUrl(value: string): { scheme: string | null; url: URL | null; squeezed: string } {
  const squeezed = value.replace(INVISIBLE, '');
  const loose = /^([a-z][a-z0-9+.-]*):/i.exec(squeezed)?.[1]?.toLowerCase();
  let url: URL | null;
  try {
    url = new URL(value);
  } catch {
    url = null;
  }
  // A scheme either reading sees counts; when they disagree, the stricter one (not allowed) wins below.
  const scheme = url ? url.protocol : loose ? `${loose}:` : null;
  if (url && loose && url.protocol !== `${loose}:`) return { scheme: `${loose}:`, url: null, squeezed };
  if (!url && loose) return { scheme: `${loose}:`, url: null, squeezed };
  return { scheme, url, squeezed };
}

const shown = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);

export type UrlVerdict = { ok: true } | { ok: false; script: boolean; why: string; fix: string };

/** A link's address: `https:`, `http:`, `mailto:`, `tel:`, or `#place` in the letter. */
export function checkLinkUrl(value: string): UrlVerdict {
  const { scheme, url, squeezed } = readUrl(value);
  // eslint-disable-next-line no-control-regex -- as the URL parser, leading C0 controls and spaces go
  if (squeezed.startsWith('#') && value.replace(/^[\u0000-\u0020]+/, '').startsWith('#')) return { ok: true };
  if (scheme && SCRIPT_SCHEMES.has(scheme)) return { ok: false, script: true, why: 'JavaScript', fix: 'remove it' };
  if (!scheme)
    return {
      ok: false,
      script: false,
      why: `a relative address (${shown(value)}), which leads nowhere from a letter`,
      fix: 'write the full https:// address',
    };
  if (!url || !LINK_SCHEMES.has(url.protocol)) {
    return {
      ok: false,
      script: false,
      why: `a "${scheme}" address (${shown(value)})`,
      fix: 'a letter links only to https:, http:, mailto: and tel: addresses, or to a #place in the letter',
    };
  }
  return { ok: true };
}

/** A picture's address in a template: a `data:` image only. */
export function checkImageUrl(value: string): UrlVerdict {
  const { scheme, url, squeezed } = readUrl(value);
  if (scheme && SCRIPT_SCHEMES.has(scheme)) return { ok: false, script: true, why: 'JavaScript', fix: 'remove it' };
  if (url?.protocol === 'data:' && IMAGE_TYPES.test(squeezed.slice(5).toLowerCase())) return { ok: true };
  if (url?.protocol === 'data:')
    return {
      ok: false,
      script: false,
      why: `a data: address that is not a PNG, JPEG, GIF, WebP, AVIF, BMP or SVG picture (${shown(value)})`,
      fix: 'remove it',
    };
  return {
    ok: false,
    script: false,
    why: `a picture from ${shown(value)}, which a letter does not load`,
    fix: 'embed it as a data: URL, or pass the file (--image, or the images option)',
  };
}

/** An address inside CSS (`url()`, `image-set()`, `src()`): a `data:` image or font only. */
function checkCssUrl(value: string): string | null {
  const { url, squeezed } = readUrl(value);
  const type = squeezed.slice(5).toLowerCase();
  if (url?.protocol === 'data:' && (IMAGE_TYPES.test(type) || FONT_TYPES.test(type))) return null;
  return `loads ${shown(value)}, and a letter fetches nothing: embed it as a data: URL`;
}

// ---------------------------------------------------------------------------------------------
// CSS

const AT_RULES = new Set([
  'media',
  'page',
  'supports',
  'layer',
  'container',
  'font-face',
  'keyframes',
  '-webkit-keyframes',
  'counter-style',
  'charset',
  'property',
  'scope',
  'starting-style',
  'font-feature-values',
  'font-palette-values',
  'top-left-corner',
  'top-left',
  'top-center',
  'top-right',
  'top-right-corner',
  'bottom-left-corner',
  'bottom-left',
  'bottom-center',
  'bottom-right',
  'bottom-right-corner',
  'left-top',
  'left-middle',
  'left-bottom',
  'right-top',
  'right-middle',
  'right-bottom',
]);
/** Functions whose strings are addresses. */
const URL_FUNCTIONS = new Set(['url', 'src', 'image', 'image-set', '-webkit-image-set']);
/** Functions that load or draw from elsewhere, or run code. */
const BANNED_FUNCTIONS = new Set(['expression', 'element', '-moz-element', 'paint', '-webkit-canvas']);
/** Functions that put other text in place: not allowed where the text becomes an address. */
const SUBSTITUTIONS = new Set(['var', 'attr', 'env', 'if', 'inherit']);

interface CssIssue {
  /** Token index. */
  token: number;
  message: string;
}

function cssIssues(tokens: CSSToken[]): CssIssue[] {
  const issues: CssIssue[] = [];
  const open: string[] = []; // function names ('' for a bracket or a brace)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    switch (t[0]) {
      case TokenType.AtKeyword: {
        const name = t[4].value.toLowerCase();
        if (name === 'import') issues.push({ token: i, message: '@import loads a stylesheet from elsewhere: put the CSS in the template itself' });
        else if (!AT_RULES.has(name)) issues.push({ token: i, message: `@${name} is not an at-rule a letter's CSS may use` });
        break;
      }
      case TokenType.URL: {
        const why = checkCssUrl(t[4].value);
        if (why) issues.push({ token: i, message: `url(…) ${why}` });
        break;
      }
      case TokenType.BadURL:
        issues.push({ token: i, message: 'a url(…) that is not well formed' });
        break;
      case TokenType.Function: {
        const name = t[4].value.toLowerCase();
        const inUrl = open.some((f) => URL_FUNCTIONS.has(f));
        if (BANNED_FUNCTIONS.has(name)) issues.push({ token: i, message: `${name}() is not allowed in a letter's CSS` });
        else if (inUrl && (SUBSTITUTIONS.has(name) || name.startsWith('--')))
          issues.push({ token: i, message: `${name}() inside an address could put any address there` });
        open.push(name);
        break;
      }
      case TokenType.OpenParen:
      case TokenType.OpenSquare:
      case TokenType.OpenCurly:
        open.push('');
        break;
      case TokenType.CloseParen:
      case TokenType.CloseSquare:
      case TokenType.CloseCurly:
        open.pop();
        break;
      case TokenType.String: {
        const fn = open[open.length - 1];
        if (fn && URL_FUNCTIONS.has(fn)) {
          const why = checkCssUrl(t[4].value);
          if (why) issues.push({ token: i, message: `${fn}("…") ${why}` });
        }
        break;
      }
      default:
    }
  }
  return issues;
}

/**
 * The tokens [first, last] of the CSS statement that holds token `i`: its declaration (up to
 * and with its `;`), or the whole rule or at-rule when `i` is in a prelude.
 */
function statementAround(tokens: CSSToken[], i: number): [number, number] {
  // Match blocks as CSS Syntax does: a closer ends only the block it matches.
  const owner: number[] = new Array<number>(tokens.length); // the innermost `{` around each token (-1: top level)
  const partner: number[] = new Array<number>(tokens.length).fill(-1);
  const stack: { index: number; closer: TokenType }[] = [];
  const curly: number[] = [];
  const closerOf = (t: CSSToken): TokenType | null =>
    t[0] === TokenType.OpenCurly
      ? TokenType.CloseCurly
      : t[0] === TokenType.OpenParen || t[0] === TokenType.Function
        ? TokenType.CloseParen
        : t[0] === TokenType.OpenSquare
          ? TokenType.CloseSquare
          : null;
  const depth: number[] = new Array<number>(tokens.length); // block depth outside each token
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const top = stack[stack.length - 1];
    if (top && t[0] === top.closer) {
      stack.pop();
      if (t[0] === TokenType.CloseCurly) curly.pop();
      partner[k] = top.index;
      partner[top.index] = k;
    }
    owner[k] = curly[curly.length - 1] ?? -1;
    depth[k] = stack.length;
    const closer = closerOf(t);
    if (closer !== null) {
      stack.push({ index: k, closer });
      if (t[0] === TokenType.OpenCurly) curly.push(k);
    }
  }
  const block = owner[i]!;
  const level = block === -1 ? 0 : depth[block]! + 1;
  const direct = (k: number) => owner[k] === block && depth[k] === level;
  let first = block + 1;
  for (let k = i - 1; k > block; k--) {
    const t = tokens[k]!;
    if (direct(k) && (t[0] === TokenType.Semicolon || t[0] === TokenType.CloseCurly)) {
      first = k + 1;
      break;
    }
  }
  let last = tokens.length - 1;
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t[0] === TokenType.EOF) {
      last = k - 1;
      break;
    }
    if (t[0] === TokenType.CloseCurly && partner[k] === block && block !== -1) {
      last = k - 1;
      break;
    }
    if (direct(k) && t[0] === TokenType.Semicolon) {
      last = k;
      break;
    }
    if (direct(k) && t[0] === TokenType.OpenCurly) {
      last = partner[k]! >= 0 ? partner[k]! : tokens.length - 1;
      break;
    }
  }
  return [first, Math.max(first, last)];
}

/** What a `<style>`'s text (at `offset` in the template) may not hold, each with the statement to cut. */
function styleFindings(css: string, offset: number): { at: number; cut: [number, number]; message: string }[] {
  const tokens = tokenize({ css });
  const out: { at: number; cut: [number, number]; message: string }[] = [];
  for (const issue of cssIssues(tokens)) {
    const [first, last] = statementAround(tokens, issue.token);
    const start = tokens[first]![2];
    const endToken = tokens[last]!;
    const end = endToken[0] === TokenType.EOF ? css.length : endToken[3] + 1;
    const cut: [number, number] = [offset + start, offset + Math.max(start, end)];
    // One finding per statement: an @import's url() is part of the @import.
    if (out.some((o) => o.cut[0] <= cut[0] && cut[1] <= o.cut[1])) continue;
    out.push({ at: offset + tokens[issue.token]![2], cut, message: issue.message });
  }
  return out;
}

/** What a `style=""` value may not hold. */
function styleAttributeIssues(css: string): string[] {
  return cssIssues(tokenize({ css })).map((i) => i.message);
}

// ---------------------------------------------------------------------------------------------
// The HTML

/** parse5's parser, remembering every start tag it is given (even those it then drops). */
class RecordingParser extends Parser<DefaultTreeAdapterMap> {
  readonly startTags: Token.TagToken[] = [];
  override onStartTag(token: Token.TagToken): void {
    this.startTags.push(token);
    super.onStartTag(token);
  }
}

/** Parses a template as browsers do, with source locations, and the start tags it was given. */
export function parseTemplate(text: string): { doc: Document; startTags: Token.TagToken[] } {
  const parser = new RecordingParser({ sourceCodeLocationInfo: true });
  parser.tokenizer.write(text, true);
  return { doc: parser.document, startTags: parser.startTags };
}

const isElement = (n: DefaultTreeAdapterMap['node']): n is Element => 'tagName' in n;

const attrOf = (el: { attrs: Token.Attribute[] }, name: string) => el.attrs.find((a) => a.name === name)?.value;
const isJsonType = (type: string | undefined) => (type ?? '').trim().toLowerCase() === 'application/json';
const isScanwiseTag = (el: Element | null | undefined) =>
  !!el && el.namespaceURI === HTML_NS && (SCANWISE_TAGS as readonly string[]).includes(el.tagName);

/** Normalises a file name as written in `src`, for the caller's images. */
export const imageKey = (name: string) => name.trim().replace(/^(\.\/)+/, '');

// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

/**
 * Checks a template. `images` maps file names (as written in `<img src>`) to `data:` URLs that
 * the caller passes; those `src` are rewritten.
 */
export function scanTemplate(text: string, images: ReadonlyMap<string, string> = new Map()): TemplateScan {
  const findings: Finding[] = [];
  const rewrites: Rewrite[] = [];

  for (const m of text.matchAll(CONTROL)) {
    const code = `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    findings.push({
      at: m.index,
      cut: [m.index, m.index + 1],
      problem: `The template has a control character (${code}). Browsers may read a letter with one differently from this check (it can make them guess another character set): remove it.`,
      removed: `A control character (${code}) was removed.`,
    });
  }

  const { doc, startTags } = parseTemplate(text);

  /** Checks one tag's name and attributes; `cutAll` is the whole element (or tag) to remove. */
  const checkTag = (
    tag: string,
    attrs: Token.Attribute[],
    locs: Record<string, Token.Location> | undefined,
    at: number,
    cutAll: [number, number],
    context: { parent: Element | null; dropped: boolean },
  ): 'ok' | 'refused' | 'attributes' => {
    const note = context.dropped ? ' (The HTML parser drops this tag here, but browsers differ on such tags.)' : '';
    const refuse = (why: string, problem?: string, removed?: string) => {
      findings.push({
        at,
        cut: cutAll,
        problem: (problem ?? `<${tag}> is not allowed in a letter: ${why}. Remove it.`) + note,
        removed: (removed ?? `<${tag}> was removed, with everything in it: ${why}.`) + note,
      });
      return 'refused' as const;
    };
    if (tag === 'script') {
      if (!(isJsonType(attrOf({ attrs }, 'type')) && isScanwiseTag(context.parent))) {
        return refuse(
          'letters carry no JavaScript',
          'The template has a <script>. Letters carry no JavaScript: remove it (only <script type="application/json"> inside a Scanwise tag is allowed).',
          'A <script> was removed: letters carry no JavaScript.',
        );
      }
    } else if (!ELEMENTS.has(tag)) {
      return refuse(WHY_ELEMENT[tag] ?? 'it is not an element a letter may hold (text, headings, lists, tables, pictures, links and styles)');
    }
    if (tag === 'meta') {
      const charset = attrOf({ attrs }, 'charset');
      const equiv = attrOf({ attrs }, 'http-equiv')?.trim().toLowerCase();
      if (charset !== undefined && !UTF8_LABELS.has(charset.trim().toLowerCase())) {
        return refuse(
          `the letter is written in UTF-8, not ${shown(charset)}: write <meta charset="utf-8">`,
          `<meta charset=${shown(charset)}> is not allowed in a letter: letters are written in UTF-8. Write <meta charset="utf-8">.`,
        );
      }
      if (equiv !== undefined) {
        const content = (attrOf({ attrs }, 'content') ?? '').trim().toLowerCase();
        const declared = /charset\s*=\s*["']?([^"';\s]+)/.exec(content)?.[1];
        const contentType = equiv === 'content-type' && /^text\/html\s*(;|$)/.test(content) && (declared === undefined || UTF8_LABELS.has(declared));
        if (!contentType) {
          const why =
            equiv === 'refresh'
              ? 'it makes the browser open another page in place of the letter'
              : equiv === 'content-type'
                ? 'letters are written in UTF-8: write <meta charset="utf-8">'
                : 'it changes how the browser treats the letter';
          return refuse(
            why,
            `<meta http-equiv=${shown(equiv)}> is not allowed in a letter: ${why}. Remove it.`,
            `<meta http-equiv=${shown(equiv)}> was removed: ${why}.`,
          );
        }
      }
    }
    if (tag === 'style' && !['', 'text/css'].includes((attrOf({ attrs }, 'type') ?? '').trim().toLowerCase())) {
      return refuse('only CSS (type="text/css") can style a letter');
    }
    let ok = true;
    for (const a of attrs) {
      const loc = locs?.[a.name];
      if (!loc) continue; // merged into an element from a later tag: that tag is checked where it is
      const cut: [number, number] = [loc.startOffset, loc.endOffset];
      const attrFinding = (problem: string, removed: string) => {
        findings.push({ at, cut, problem: problem + note, removed: removed + note });
        ok = false;
      };
      const script = () =>
        attrFinding(
          `<${tag}> has ${a.name}="…", which is JavaScript. Letters carry no JavaScript: remove it.`,
          `The attribute ${a.name} on <${tag}> was removed: letters carry no JavaScript.`,
        );
      if (/^on/i.test(a.name)) {
        script();
        continue;
      }
      if (!allowedAttribute(tag, a.name)) {
        const why = WHY_ATTRIBUTE[a.name] ?? 'a letter does not use it';
        attrFinding(
          `<${tag}> has ${a.name}="…", which a letter may not have: ${why}. Remove it.`,
          `The attribute ${a.name} on <${tag}> was removed: ${why}.`,
        );
        continue;
      }
      const urlKind = (tag === 'a' && a.name === 'href') || a.name === 'cite' ? 'link' : tag === 'img' && a.name === 'src' ? 'image' : null;
      if (urlKind === 'image' && images.has(imageKey(a.value))) {
        rewrites.push({ start: loc.startOffset, end: loc.endOffset, text: `src="${images.get(imageKey(a.value))}"` });
        continue;
      }
      if (urlKind) {
        const verdict = urlKind === 'link' ? checkLinkUrl(a.value) : checkImageUrl(a.value);
        if (!verdict.ok && verdict.script) script();
        else if (!verdict.ok)
          attrFinding(
            `<${tag} ${a.name}> is ${verdict.why}: ${verdict.fix}.`,
            `The attribute ${a.name} on <${tag}> was removed: it was ${verdict.why}.`,
          );
        continue;
      }
      if (a.name === 'style') {
        const issues = styleAttributeIssues(a.value);
        if (issues.length)
          attrFinding(
            `<${tag}> has a style="…" that ${issues.join('; and ')}. Remove it.`,
            `The style attribute on <${tag}> was removed: it ${issues.join('; and ')}.`,
          );
      }
    }
    return ok ? 'ok' : 'attributes';
  };

  // Every element in the tree. A refused element goes whole, so what is inside it is not reported.
  const seen = new Set<number>();
  const visit = (node: ParentNode, refusedAbove: boolean) => {
    for (const child of node.childNodes) {
      if (!isElement(child)) continue;
      const loc = child.sourceCodeLocation;
      if (loc) seen.add(loc.startOffset);
      let refused = refusedAbove;
      if (!refusedAbove && loc) {
        const whole: [number, number] = [loc.startOffset, loc.endOffset];
        const parent = child.parentNode && isElement(child.parentNode) ? child.parentNode : null;
        if (child.namespaceURI !== HTML_NS) {
          const root = child.tagName === 'svg' || child.tagName === 'math' ? child.tagName : 'svg';
          findings.push({
            at: loc.startOffset,
            cut: whole,
            problem: `<${child.tagName}> is not allowed in a letter: ${WHY_ELEMENT[root]}. Remove it.`,
            removed: `<${child.tagName}> was removed, with everything in it: ${WHY_ELEMENT[root]}.`,
          });
          refused = true;
        } else {
          refused = checkTag(child.tagName, child.attrs, loc.attrs, loc.startOffset, whole, { parent, dropped: false }) === 'refused';
          if (child.tagName === 'style' && !refused) {
            const textNode = child.childNodes[0];
            const tl = textNode?.sourceCodeLocation;
            if (tl) {
              for (const f of styleFindings(text.slice(tl.startOffset, tl.endOffset), tl.startOffset)) {
                findings.push({
                  at: f.at,
                  cut: f.cut,
                  problem: `The <style> has CSS that ${f.message}. Remove it.`,
                  removed: `CSS was removed from a <style>: it ${f.message}.`,
                });
              }
            }
          }
        }
      }
      visit(child, refused);
      if (child.tagName === 'template' && 'content' in child) visit(child.content, refused);
    }
  };
  visit(doc, false);

  // Start tags the parser dropped (or merged into <html> or <body>): checked as they stand.
  for (const token of startTags) {
    const loc = token.location;
    if (!loc || seen.has(loc.startOffset)) continue;
    checkTag(token.tagName, token.attrs, loc.attrs, loc.startOffset, [loc.startOffset, loc.endOffset], { parent: null, dropped: true });
  }

  findings.sort((a, b) => a.at - b.at || a.cut[0] - b.cut[0]);
  return { doc, findings, rewrites };
}

// ---------------------------------------------------------------------------------------------
// The CSP <meta>

/**
 * Where the letter's `<meta charset>` and CSP `<meta>` go: first in the head, after the
 * template's own `<meta charset>` when that comes first. The charset is added when the template
 * declares none.
 */
export function headInsertion(doc: Document, text: string): { at: number; text: string } {
  const html = doc.childNodes.find((n): n is Element => isElement(n) && n.tagName === 'html');
  const head = html?.childNodes.find((n): n is Element => isElement(n) && n.tagName === 'head');
  const inHead = head ? head.childNodes.filter(isElement) : [];
  const isCharset = (e: Element) =>
    e.tagName === 'meta' && (attrOf(e, 'charset') !== undefined || attrOf(e, 'http-equiv')?.trim().toLowerCase() === 'content-type');
  const declares = inHead.some(isCharset);
  const first = inHead[0];
  let at: number;
  if (first?.sourceCodeLocation && isCharset(first)) at = first.sourceCodeLocation.endOffset;
  else if (head?.sourceCodeLocation?.startTag) at = head.sourceCodeLocation.startTag.endOffset;
  else if (first?.sourceCodeLocation) at = first.sourceCodeLocation.startOffset;
  else if (html?.sourceCodeLocation?.startTag) at = html.sourceCodeLocation.startTag.endOffset;
  else {
    const doctype = doc.childNodes.find((n) => n.nodeName === '#documentType');
    at = doctype?.sourceCodeLocation?.endOffset ?? 0;
  }
  const meta = `${declares ? '' : '<meta charset="utf-8">\n'}${CSP_META}`;
  // On a line of its own when the template has a line break there.
  if (text.startsWith('\r\n', at)) return { at: at + 2, text: `${meta}\r\n` };
  if (text.startsWith('\n', at)) return { at: at + 1, text: `${meta}\n` };
  return { at, text: meta };
}

/** A document with the letter's CSP `<meta>` (and a charset) put first in its head. */
export function withLetterCsp(html: string): string {
  const { at, text } = headInsertion(parseTemplate(html).doc, html);
  return html.slice(0, at) + text + html.slice(at);
}
