import '@scanwise/core/locales/all';
import {
  localeText,
  isIsoDate,
  resolveLocale,
  todayIso,
  validatePlan,
  VERIFIED_FINDING_AGES,
  type ExpectationProfile,
  type FindingAge,
  type Locale,
} from '@scanwise/core';
import { html, type DefaultTreeAdapterMap } from 'parse5';
import { explainerHtml, planHtml, planModelFor, questionnaireHtml } from './components.js';
import { findJsonError, MAX_JSON_DEPTH } from './json-error.js';
import { checkLetter, LetterInputError, type LetterInput, type LetterProblem } from './input.js';
import { componentCss, letterCss, type ComponentKind } from './styles.js';
import { checkImageUrl, headInsertion, imageKey, scanTemplate, type Finding, type TemplateScan } from './template-check.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/**
 * Practice templates: a letter written by a practice, in its own HTML, with Scanwise tags
 * dropped in where the components go:
 *
 * - `<sdm-benefits-harms>`: the explainer. Attributes as on the element: `variant` (`full`
 *   default, or `summary`), `age`, `emergency-number`, `emergency-service`, `lang`, `for`.
 * - `<sdm-watchful-waiting-plan>`: the plan. Attributes: `today`, `for`, `lang`,
 *   `emergency-number`, `emergency-service`, `urgent-line`, `urgent-place`.
 * - `<sdm-imaging-questionnaire view="clinician">`: the clinician's summary of the answers.
 *
 * Each tag's data comes, in this order, from a `<script type="application/json">` child (a plan,
 * a profile, answers or a FHIR QuestionnaireResponse, as the element reads it), from the
 * questionnaire named by `for="id"` elsewhere in the template, or from the `data` argument.
 * The language comes from `lang` on the tag or its nearest ancestor, then `data.locale`.
 *
 * Each tag (start to end tag) is replaced by its static rendering; every other byte of the
 * template is kept as written. One `<style>` with the components' scoped CSS goes before
 * `</head>` (or before the first tag when there is no head).
 *
 * The template is treated as untrusted, however a practice wrote it (see `template-check.ts`):
 * only elements and attributes fit for a letter (text, headings, lists, tables, `<img>` with a
 * `data:` URL or a file the caller passes, `<a>` to https:, http:, mailto:, tel: or a #place,
 * `<style>` without `@import` or remote `url()`); anything else (a `<script>`, an `on…=`
 * attribute, a `javascript:` URL however it is written, `<iframe>`, `<object>`, `<embed>`,
 * `<base>`, `<meta http-equiv>`, a form, SVG, `<link>`, a remote picture) is a problem, with its
 * line and column, and the letter is not made. With `{ unsafe: 'strip' }` each is removed
 * instead and reported as a warning; the result is checked again until nothing is left.
 *
 * Every letter gets a strict Content-Security-Policy `<meta>` first in its head (`LETTER_CSP`):
 * no script, no frames, nothing fetched but `data:` images and fonts.
 */

/** The same fields as a letter's input: `plan`, `profile` (or `answers`, `questionnaireResponse`), `locale`, `date`… feed the tags. */
export type TemplateData = LetterInput;

export interface TemplateOptions {
  /**
   * `refuse` (default): anything a letter may not hold makes the template a problem.
   * `strip`: it is removed, with a warning for each removal.
   */
  unsafe?: 'refuse' | 'strip';
  /** The older name of `unsafe` (it now covers everything refused, not only scripts). */
  scripts?: 'refuse' | 'strip';
  /**
   * Picture files the template may use, by the name written in `<img src="…">` (`logo.png`):
   * the file's bytes (PNG, JPEG, GIF, WebP or SVG), or a `data:image/…` URL. Each becomes a
   * `data:` URL in the letter.
   */
  images?: Record<string, Uint8Array | string>;
  /** Today's date for plan checks (default: `data.date`, else the current date). */
  today?: string;
}

export interface RenderedTemplate {
  html: string;
  warnings: LetterProblem[];
  /** Practice name and date for a PDF's header, when the data holds them. */
  practiceName: string;
  date: string;
  paper: 'a4' | 'letter';
  locale: Locale;
}

/** Thrown when a template cannot make a safe letter. `problems` name the line and column. */
export class TemplateError extends LetterInputError {
  constructor(problems: LetterProblem[]) {
    super(problems);
    this.name = 'TemplateError';
    this.message = `The template could not be used:\n${problems.map((p) => `- ${p.field}: ${p.message}`).join('\n')}`;
  }
}

const TAGS = ['sdm-benefits-harms', 'sdm-watchful-waiting-plan', 'sdm-imaging-questionnaire'] as const;
type Tag = (typeof TAGS)[number];
const KIND: Record<Tag, ComponentKind> = {
  'sdm-benefits-harms': 'explainer',
  'sdm-watchful-waiting-plan': 'plan',
  'sdm-imaging-questionnaire': 'questionnaire',
};
const HTML_NS = html.NS.HTML;

const isElement = (n: Node): n is Element => 'tagName' in n;
const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;
const isTag = (el: Element | null | undefined): el is Element => !!el && el.namespaceURI === HTML_NS && TAGS.includes(el.tagName as Tag);

function* walk(node: Node): Generator<Element> {
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) {
    if (!isElement(child)) continue;
    yield child;
    yield* walk(child);
    if (child.tagName === 'template' && 'content' in child) yield* walk(child.content);
  }
}

function inside(el: Element): boolean {
  // The casts are needed by tsc (parse5's ParentNode is not its Node); the type-aware linter reads it otherwise.
  /* eslint-disable @typescript-eslint/no-unnecessary-type-assertion */
  for (let p = el.parentNode; p && 'tagName' in p; p = (p as Element).parentNode) {
    if (isTag(p as Element)) return true;
  }
  /* eslint-enable @typescript-eslint/no-unnecessary-type-assertion */
  return false;
}

/** The `lang` of the element or its nearest ancestor. */
function langOf(el: Element): string | undefined {
  for (let n: Element | null = el; n && 'tagName' in n; n = n.parentNode as Element | null) {
    const lang = attr(n, 'lang');
    if (lang !== undefined) return lang;
  }
  return undefined;
}

/** Line and column of an offset in a text (1-based, as parse5 counts them). */
function lineColumns(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

/**
 * Cuts [start, end) out of a text (overlapping cuts merge), and the way back from an offset in
 * the result to one in the text.
 */
function cutOut(text: string, cuts: readonly (readonly [number, number])[]): { text: string; back: (offset: number) => number } {
  const sorted = [...cuts].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const kept: { at: number; from: number }[] = []; // a piece of the result at `at` comes from `from`
  let out = '';
  let pos = 0;
  for (const [start, end] of sorted) {
    if (end <= pos) continue;
    if (start > pos) {
      kept.push({ at: out.length, from: pos });
      out += text.slice(pos, start);
    }
    pos = Math.max(pos, end);
  }
  kept.push({ at: out.length, from: pos });
  out += text.slice(pos);
  const back = (offset: number) => {
    let lo = 0;
    let hi = kept.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (kept[mid]!.at <= offset) lo = mid;
      else hi = mid - 1;
    }
    return kept[lo]!.from + (offset - kept[lo]!.at);
  };
  return { text: out, back };
}

/** The type of a picture file from its first bytes, or null. */
function imageType(bytes: Uint8Array): string | null {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes[0] === 0x89 && ascii(1, 4) === 'PNG') return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return 'image/gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  const head = new TextDecoder().decode(bytes.subarray(0, 2048)).replace(/^\uFEFF/, '');
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!doctype svg[^>]*>\s*)?<svg[\s>]/i.test(head)) return 'image/svg+xml';
  return null;
}

/** The caller's pictures as data: URLs by name, and a problem for each that is not a picture. */
function callerImages(images: TemplateOptions['images'], problems: LetterProblem[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, value] of Object.entries(images ?? {})) {
    let url: string | null = null;
    if (typeof value === 'string') url = checkImageUrl(value).ok ? value.trim() : null;
    else {
      const type = imageType(value);
      if (type) url = `data:${type};base64,${Buffer.from(value).toString('base64')}`;
    }
    if (url) out.set(imageKey(name), url.replace(/&/g, '&amp;').replace(/"/g, '&quot;'));
    else problems.push({ field: `images["${name}"]`, message: 'This is not a PNG, JPEG, GIF, WebP or SVG picture (or a data:image/… URL).' });
  }
  return out;
}

/** The JSON child of a component tag. `at` gives the line and column of an offset in the template. */
function jsonChild(
  el: Element,
  at: (offset: number) => { line: number; column: number },
): { found: false } | { found: true; ok: true; value: unknown } | { found: true; ok: false; message: string; why: string } {
  const script = el.childNodes.find(
    (c): c is Element => isElement(c) && c.tagName === 'script' && (attr(c, 'type') ?? '').trim().toLowerCase() === 'application/json',
  );
  if (!script) return { found: false };
  const text = script.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
  const start = script.childNodes[0]?.sourceCodeLocation;
  const where = (e: { line: number; column: number }) => {
    // Where in the template: the text's own line and column, moved to where the text starts.
    const s = at(start!.startOffset);
    return `line ${s.line + e.line - 1}, column ${e.line === 1 ? s.column + e.column - 1 : e.column}`;
  };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const err = findJsonError(text, MAX_JSON_DEPTH);
    if (err && start)
      return {
        found: true,
        ok: false,
        why: err.kind === 'depth' ? 'cannot be used' : 'is not valid JSON',
        message: `${err.message} (${where(err)})`,
      };
    return { found: true, ok: false, why: 'is not valid JSON', message: e instanceof Error ? e.message : String(e) };
  }
  // Valid, but too deeply nested to be a letter's data.
  const deep = findJsonError(text, MAX_JSON_DEPTH);
  if (deep) return { found: true, ok: false, why: 'cannot be used', message: `${deep.message}${start ? ` (${where(deep)})` : ''}` };
  return { found: true, ok: true, value };
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Which kind of questionnaire data a JSON value is. */
function asQuestionnaireInput(value: unknown): Pick<LetterInput, 'profile' | 'answers' | 'questionnaireResponse'> {
  if (isRecord(value) && value.resourceType === 'QuestionnaireResponse') return { questionnaireResponse: value };
  if (isRecord(value) && 'themes' in value) return { profile: value };
  return { answers: value };
}

/** Strip mode checks again after each round of removals (a removal can join text into new markup). */
const STRIP_ROUNDS = 4;

/**
 * Replaces the Scanwise tags in a practice's letter template with their static rendering.
 * Throws `TemplateError` (with `problems`) when the template or its data cannot make a safe letter.
 */
export function renderTemplateDetailed(template: string, data: TemplateData = {}, options: TemplateOptions = {}): RenderedTemplate {
  const problems: LetterProblem[] = [];
  const warnings: LetterProblem[] = [];
  const today = options.today ?? (isIsoDate(data.date) ? data.date : todayIso());
  const strip = (options.unsafe ?? options.scripts) === 'strip';
  const images = callerImages(options.images, problems);

  // 1. Safety: the template is checked against what a letter may hold. In strip mode what may
  // not be there is cut out, and the rest checked again, until nothing is found.
  const position = lineColumns(template);
  let text = template;
  let back = (offset: number) => offset;
  const place = (offset: number) => position(back(offset));
  const field = (offset: number) => {
    const p = place(offset);
    return `line ${p.line}, column ${p.column}`;
  };
  let scan: TemplateScan = scanTemplate(text, images);
  const report = (list: Finding[], how: 'problem' | 'removed') => {
    for (const f of list) (how === 'problem' ? problems : warnings).push({ field: field(f.at), message: how === 'problem' ? f.problem : f.removed });
  };
  if (strip) {
    for (let round = 0; scan.findings.length && round < STRIP_ROUNDS; round++) {
      report(scan.findings, 'removed');
      const before = back;
      const cut = cutOut(
        text,
        scan.findings.map((f) => f.cut),
      );
      text = cut.text;
      back = (offset) => before(cut.back(offset));
      scan = scanTemplate(text, images);
    }
  }
  report(scan.findings, 'problem');
  const doc = scan.doc;
  const where = (el: Element) => (el.sourceCodeLocation ? field(el.sourceCodeLocation.startOffset) : 'somewhere');

  /** Cuts to make: [start, end, replacement]. */
  const cuts: [number, number, string][] = [];
  const used = new Set<ComponentKind>();
  const components = [...walk(doc)].filter((el) => isTag(el) && !inside(el));

  // 2. The questionnaires, by id, for `for="…"`.
  const byId = new Map<string, Element>();
  for (const el of components) {
    const id = attr(el, 'id');
    if (el.tagName === 'sdm-imaging-questionnaire' && id) byId.set(id, el);
  }

  const baseData: Record<string, unknown> = { ...data };
  delete baseData.include;
  delete baseData.fragment;
  const questionnaireOf = (el: Element): Pick<LetterInput, 'profile' | 'answers' | 'questionnaireResponse'> | 'error' | null => {
    const child = jsonChild(el, place);
    if (child.found && !child.ok) {
      problems.push({ field: where(el), message: `The data inside <${el.tagName}> ${child.why}: ${child.message}` });
      return 'error';
    }
    return child.found && child.ok ? asQuestionnaireInput(child.value) : null;
  };
  const fromData = { profile: data.profile, answers: data.answers, questionnaireResponse: data.questionnaireResponse };

  let n = 0;
  let locale: Locale = 'en-GB';
  let practiceName = data.practice?.name ?? '';
  let date = today;
  for (const el of components) {
    const tag = el.tagName as Tag;
    const loc = el.sourceCodeLocation;
    if (!loc) continue;
    if (!loc.endTag) {
      problems.push({
        field: where(el),
        message: `<${tag}> has no end tag. Write <${tag}></${tag}> (custom elements cannot close themselves with "/>").`,
      });
      continue;
    }
    const lang = langOf(el) ?? data.locale;
    const input: Record<string, unknown> = { ...baseData, ...(lang ? { locale: lang } : {}) };
    delete input.profile;
    delete input.answers;
    delete input.questionnaireResponse;
    if (isIsoDate(attr(el, 'today'))) input.date = attr(el, 'today');
    else if (attr(el, 'today') !== undefined)
      problems.push({ field: where(el), message: `"today" should be a date written as YYYY-MM-DD, but it is "${attr(el, 'today')}".` });

    let questionnaire: ReturnType<typeof questionnaireOf> = null;
    if (tag === 'sdm-imaging-questionnaire') {
      if ((attr(el, 'view') ?? '').trim() !== 'clinician') {
        problems.push({
          field: where(el),
          message: '<sdm-imaging-questionnaire> in a letter must have view="clinician": the questions themselves need a web page, not a letter.',
        });
        continue;
      }
      questionnaire = questionnaireOf(el);
    } else if (tag === 'sdm-watchful-waiting-plan') {
      if ((attr(el, 'mode') ?? 'view').trim() !== 'view')
        problems.push({ field: where(el), message: '<sdm-watchful-waiting-plan> in a letter shows the plan: leave out mode="edit".' });
      const child = jsonChild(el, place);
      if (child.found && !child.ok) {
        problems.push({ field: where(el), message: `The plan inside <${tag}> ${child.why}: ${child.message}` });
        continue;
      }
      if (child.found && child.ok) input.plan = child.value;
      if (input.plan == null) {
        problems.push({
          field: where(el),
          message: `<${tag}> has no plan: put it in a <script type="application/json"> child, or in the data's "plan".`,
        });
        continue;
      }
    } else {
      const child = questionnaireOf(el);
      if (child === 'error') continue;
      // The explainer's JSON child is a profile (or answers, or a response).
      questionnaire = child;
    }
    if (questionnaire === 'error') continue;
    const forId = attr(el, 'for');
    if (!questionnaire && forId) {
      const target = byId.get(forId);
      if (!target) {
        problems.push({ field: where(el), message: `for="${forId}" names no <sdm-imaging-questionnaire id="${forId}"> in the template.` });
        continue;
      }
      const linked = questionnaireOf(target);
      if (linked === 'error') continue;
      questionnaire = linked;
    }
    Object.assign(input, Object.fromEntries(Object.entries(questionnaire ?? fromData).filter(([, v]) => v != null)));

    // Checked as a letter holding just this part.
    const part = tag === 'sdm-benefits-harms' ? 'explainer' : tag === 'sdm-watchful-waiting-plan' ? 'plan' : 'questionnaire';
    const variant = (attr(el, 'variant') ?? 'full').trim();
    if (part === 'explainer' && variant !== 'full' && variant !== 'summary') {
      problems.push({ field: where(el), message: `variant should be "full" or "summary", but it is "${variant}".` });
    }
    input.include = {
      plan: part === 'plan',
      explainer: part === 'explainer' ? (variant === 'summary' ? 'summary' : 'full') : false,
      questionnaire: part === 'questionnaire',
    };
    // The explainer and the clinician's summary follow the plan in the data (read as the plan
    // tag reads it; its own tag reports any problem), but are not checked as a plan themselves.
    const planToFollow = part === 'plan' ? undefined : input.plan;
    if (part !== 'plan') delete input.plan;
    const checked = checkLetter(input, today);
    if (!checked.ok) {
      for (const p of checked.problems) problems.push({ field: `${where(el)}, <${tag}> ${p.field}`, message: p.message });
      continue;
    }
    for (const w of checked.warnings) warnings.push({ field: `${where(el)}, <${tag}> ${w.field}`, message: w.message });
    const letter = checked.letter;
    locale = letter.locale;
    practiceName ||= letter.practice.name;
    date = letter.date;
    const prefix = `sdm-t${++n}`;
    const followed = planToFollow == null ? null : validatePlan(planToFollow, letter.date, letter.locale);
    const plan = followed?.ok ? followed.plan : null;
    let html: string;
    if (part === 'explainer') {
      const ageText = attr(el, 'age');
      const age = Number(ageText);
      if (ageText !== undefined && !(VERIFIED_FINDING_AGES as readonly number[]).includes(age)) {
        problems.push({ field: where(el), message: `"age" must be one of ${VERIFIED_FINDING_AGES.join(', ')}, but it is "${ageText}".` });
        continue;
      }
      // A tag that only matched the language names no number of its own.
      const unknown = letter.regionKnown ? undefined : localeText(letter.locale).unknownRegionServices.emergency;
      const contact = {
        number: attr(el, 'emergency-number') ?? plan?.services?.emergency?.number ?? unknown?.number ?? '',
        service: attr(el, 'emergency-service') ?? unknown?.service ?? '',
      };
      html = explainerHtml({
        locale: letter.locale,
        variant: letter.include.explainer ?? 'full',
        profile: letter.profile,
        idPrefix: prefix,
        ...(ageText !== undefined ? { age: age as FindingAge } : {}),
        emergencyContact: contact,
        plan,
      }).html;
    } else if (part === 'plan') {
      if (!letter.plan) {
        problems.push({
          field: where(el),
          message: `<${tag}> has no plan: put it in a <script type="application/json"> child, or in the data's "plan".`,
        });
        continue;
      }
      const unknown = letter.regionKnown ? undefined : localeText(letter.locale).unknownRegionServices;
      const services = {
        emergency: {
          ...unknown?.emergency,
          ...(attr(el, 'emergency-number') ? { number: attr(el, 'emergency-number')! } : {}),
          ...(attr(el, 'emergency-service') ? { service: attr(el, 'emergency-service')! } : {}),
        },
        urgent: {
          ...unknown?.urgent,
          ...(attr(el, 'urgent-line') ? { line: attr(el, 'urgent-line')! } : {}),
          ...(attr(el, 'urgent-place') ? { place: attr(el, 'urgent-place')! } : {}),
        },
      };
      html = planHtml(planModelFor(letter.plan, letter.locale, letter.profile, letter.date, services), prefix);
    } else {
      html = questionnaireHtml(letter.profile as ExpectationProfile, letter.locale, plan);
    }
    used.add(KIND[tag]);
    cuts.push([loc.startOffset, loc.endTag.endOffset, `<div class="sdm-letter sdm-letter-part letter-part">${html}</div>`]);
  }

  if (problems.length) throw new TemplateError(problems);

  // 3. The components' styles, once, in the head.
  if (used.size) {
    const order: ComponentKind[] = ['plan', 'explainer', 'questionnaire'];
    const style = `<style data-scanwise>\n${order
      .filter((k) => used.has(k))
      .map(componentCss)
      .join('')}${letterCss}.sdm-letter.sdm-letter-part{max-width:none;margin:12pt 0;padding:0}\n</style>\n`;
    const head = [...walk(doc)].find((e) => e.tagName === 'head');
    const headEnd = head?.sourceCodeLocation?.endTag?.startOffset;
    const at = headEnd ?? Math.min(...cuts.filter((c) => c[2]).map((c) => c[0]));
    cuts.push([at, at, style]);
  }

  // 4. The caller's pictures as data: URLs, and the letter's Content-Security-Policy first in its head.
  for (const r of scan.rewrites) cuts.push([r.start, r.end, r.text]);
  const csp = headInsertion(doc, text);
  cuts.unshift([csp.at, csp.at, csp.text]);

  cuts.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let out = '';
  let pos = 0;
  for (const [start, end, replacement] of cuts) {
    if (start < pos) continue; // inside something already replaced
    out += text.slice(pos, start) + replacement;
    pos = end;
  }
  out += text.slice(pos);

  const resolved = resolveLocale(
    data.locale ?? langOf([...walk(doc)].find((e) => e.tagName === 'html') ?? ({ attrs: [], parentNode: null } as unknown as Element)) ?? '',
  );
  return {
    html: out,
    warnings,
    practiceName,
    date,
    paper: data.paper === 'letter' || data.paper === 'a4' ? data.paper : localeText(resolved.locale).letter.paper,
    locale: used.size ? locale : resolved.locale,
  };
}

/**
 * Replaces the `<sdm-benefits-harms>`, `<sdm-watchful-waiting-plan>` and
 * `<sdm-imaging-questionnaire view="clinician">` tags of a practice's letter template with their
 * static rendering, keeping everything else byte for byte. Throws `TemplateError` on problems.
 */
export function renderTemplate(template: string, data: TemplateData = {}, options: TemplateOptions = {}): string {
  return renderTemplateDetailed(template, data, options).html;
}
