import {
  isIsoDate,
  resolveLocale,
  VERIFIED_FINDING_AGES,
  type ExpectationProfile,
  type FindingAge,
  type Locale,
} from '@scanwise/core';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { explainerHtml, planHtml, planModelFor, questionnaireHtml } from './components.js';
import { findJsonError } from './json-error.js';
import { checkLetter, LetterInputError, type LetterInput, type LetterProblem } from './input.js';
import { componentCss, letterCss, type ComponentKind } from './styles.js';

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
 * Letters carry no JavaScript. Any other `<script>`, any `on…=` event attribute and any
 * `javascript:` URL in the template is a problem, and the letter is not made: fix the template,
 * or pass `{ scripts: 'strip' }` to have them removed (each is then reported as a warning).
 * References to other servers (`<img src="https://…">`, stylesheets, fonts) are warnings:
 * the PDF is printed offline and will not show them; embed them as `data:` URLs.
 */

/** The same fields as a letter's input: `plan`, `profile` (or `answers`, `questionnaireResponse`), `locale`, `date`… feed the tags. */
export type TemplateData = LetterInput;

export interface TemplateOptions {
  /** `refuse` (default): scripts make the template a problem. `strip`: they are removed, with a warning. */
  scripts?: 'refuse' | 'strip';
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

const isElement = (n: Node): n is Element => 'tagName' in n;
const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;
const where = (el: Element) => {
  const l = el.sourceCodeLocation;
  return l ? `line ${l.startLine}, column ${l.startCol}` : 'somewhere';
};

function* walk(node: Node): Generator<Element> {
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) {
    if (!isElement(child)) continue;
    yield child;
    yield* walk(child);
    if (child.tagName === 'template' && 'content' in child) yield* walk((child as DefaultTreeAdapterMap['template']).content);
  }
}

function inside(el: Element, tags: readonly string[]): boolean {
  for (let p = el.parentNode; p && 'tagName' in p; p = (p as Element).parentNode) {
    if (tags.includes((p as Element).tagName)) return true;
  }
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

/** The JSON child of a component tag. */
function jsonChild(el: Element): { found: false } | { found: true; ok: true; value: unknown } | { found: true; ok: false; message: string } {
  const script = el.childNodes.find((c): c is Element => isElement(c) && c.tagName === 'script' && (attr(c, 'type') ?? '').trim().toLowerCase() === 'application/json');
  if (!script) return { found: false };
  const text = script.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
  try {
    return { found: true, ok: true, value: JSON.parse(text) };
  } catch (e) {
    const at = findJsonError(text);
    const start = script.childNodes[0]?.sourceCodeLocation;
    if (at && start) {
      // Where in the template: the text's own line and column, moved to where the text starts.
      const line = start.startLine + at.line - 1;
      const column = at.line === 1 ? start.startCol + at.column - 1 : at.column;
      return { found: true, ok: false, message: `${at.message} (line ${line}, column ${column})` };
    }
    return { found: true, ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Which kind of questionnaire data a JSON value is. */
function asQuestionnaireInput(value: unknown): Pick<LetterInput, 'profile' | 'answers' | 'questionnaireResponse'> {
  if (isRecord(value) && value.resourceType === 'QuestionnaireResponse') return { questionnaireResponse: value };
  if (isRecord(value) && 'themes' in value) return { profile: value };
  return { answers: value };
}

const EXTERNAL = /^\s*(https?:)?\/\//i;

/**
 * Replaces the Scanwise tags in a practice's letter template with their static rendering.
 * Throws `TemplateError` (with `problems`) when the template or its data cannot make a safe letter.
 */
export function renderTemplateDetailed(template: string, data: TemplateData = {}, options: TemplateOptions = {}): RenderedTemplate {
  const problems: LetterProblem[] = [];
  const warnings: LetterProblem[] = [];
  const today = options.today ?? (isIsoDate(data.date) ? data.date : new Date().toISOString().slice(0, 10));
  const doc = parse(template, { sourceCodeLocationInfo: true });

  /** Cuts to make: [start, end, replacement]. */
  const cuts: [number, number, string][] = [];
  const used = new Set<ComponentKind>();
  const components: Element[] = [];

  // 1. Safety: no JavaScript, and a note for anything fetched from elsewhere.
  for (const el of walk(doc)) {
    const loc = el.sourceCodeLocation;
    if (el.tagName === 'script') {
      const isJsonChild = (attr(el, 'type') ?? '').trim().toLowerCase() === 'application/json' && TAGS.includes((el.parentNode as Element | null)?.tagName as Tag);
      if (isJsonChild) continue;
      if (options.scripts === 'strip' && loc) {
        cuts.push([loc.startOffset, loc.endOffset, '']);
        warnings.push({ field: where(el), message: 'A <script> was removed: letters carry no JavaScript.' });
      } else {
        problems.push({ field: where(el), message: 'The template has a <script>. Letters carry no JavaScript: remove it (only <script type="application/json"> inside a Scanwise tag is allowed).' });
      }
      continue;
    }
    for (const a of el.attrs) {
      const js = /^on/i.test(a.name) || (/^(href|src|action|formaction|xlink:href)$/i.test(a.name) && /^\s*javascript:/i.test(a.value));
      if (js) {
        if (options.scripts === 'strip' && loc?.attrs?.[a.name]) {
          const l = loc.attrs[a.name]!;
          cuts.push([l.startOffset, l.endOffset, '']);
          warnings.push({ field: where(el), message: `The attribute ${a.name} on <${el.tagName}> was removed: letters carry no JavaScript.` });
        } else {
          problems.push({ field: where(el), message: `<${el.tagName}> has ${a.name}="…", which is JavaScript. Letters carry no JavaScript: remove it.` });
        }
      } else if ((/^(src|srcset|poster|data)$/i.test(a.name) || (el.tagName === 'link' && a.name === 'href')) && EXTERNAL.test(a.value)) {
        warnings.push({ field: where(el), message: `<${el.tagName}> loads ${a.value} from another server. The printed letter is made offline and will not show it: embed it as a data: URL.` });
      }
    }
    if (TAGS.includes(el.tagName as Tag) && !inside(el, TAGS)) components.push(el);
  }

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
    const child = jsonChild(el);
    if (child.found && !child.ok) {
      problems.push({ field: where(el), message: `The data inside <${el.tagName}> is not valid JSON: ${child.message}` });
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
      problems.push({ field: where(el), message: `<${tag}> has no end tag. Write <${tag}></${tag}> (custom elements cannot close themselves with "/>").` });
      continue;
    }
    const lang = langOf(el) ?? data.locale;
    const input: Record<string, unknown> = { ...baseData, ...(lang ? { locale: lang } : {}) };
    delete input.profile;
    delete input.answers;
    delete input.questionnaireResponse;
    if (isIsoDate(attr(el, 'today'))) input.date = attr(el, 'today');
    else if (attr(el, 'today') !== undefined) problems.push({ field: where(el), message: `"today" should be a date written as YYYY-MM-DD, but it is "${attr(el, 'today')}".` });

    let questionnaire: ReturnType<typeof questionnaireOf> = null;
    if (tag === 'sdm-imaging-questionnaire') {
      if ((attr(el, 'view') ?? '').trim() !== 'clinician') {
        problems.push({ field: where(el), message: '<sdm-imaging-questionnaire> in a letter must have view="clinician": the questions themselves need a web page, not a letter.' });
        continue;
      }
      questionnaire = questionnaireOf(el);
    } else if (tag === 'sdm-watchful-waiting-plan') {
      if ((attr(el, 'mode') ?? 'view').trim() !== 'view') problems.push({ field: where(el), message: '<sdm-watchful-waiting-plan> in a letter shows the plan: leave out mode="edit".' });
      const child = jsonChild(el);
      if (child.found && !child.ok) {
        problems.push({ field: where(el), message: `The plan inside <${tag}> is not valid JSON: ${child.message}` });
        continue;
      }
      if (child.found && child.ok) input.plan = child.value;
      if (input.plan == null) {
        problems.push({ field: where(el), message: `<${tag}> has no plan: put it in a <script type="application/json"> child, or in the data's "plan".` });
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
    input.include = { plan: part === 'plan', explainer: part === 'explainer' ? (variant === 'summary' ? 'summary' : 'full') : false, questionnaire: part === 'questionnaire' };
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
    let html: string;
    if (part === 'explainer') {
      const ageText = attr(el, 'age');
      const age = Number(ageText);
      if (ageText !== undefined && !(VERIFIED_FINDING_AGES as readonly number[]).includes(age)) {
        problems.push({ field: where(el), message: `"age" must be one of ${VERIFIED_FINDING_AGES.join(', ')}, but it is "${ageText}".` });
        continue;
      }
      const contact = { number: attr(el, 'emergency-number') ?? letter.plan?.services?.emergency?.number ?? '', service: attr(el, 'emergency-service') ?? '' };
      html = explainerHtml({
        locale: letter.locale,
        variant: letter.include.explainer ?? 'full',
        profile: letter.profile,
        idPrefix: prefix,
        ...(ageText !== undefined ? { age: age as FindingAge } : {}),
        emergencyContact: contact,
      }).html;
    } else if (part === 'plan') {
      if (!letter.plan) {
        problems.push({ field: where(el), message: `<${tag}> has no plan: put it in a <script type="application/json"> child, or in the data's "plan".` });
        continue;
      }
      const services = {
        emergency: { ...(attr(el, 'emergency-number') ? { number: attr(el, 'emergency-number')! } : {}), ...(attr(el, 'emergency-service') ? { service: attr(el, 'emergency-service')! } : {}) },
        urgent: { ...(attr(el, 'urgent-line') ? { line: attr(el, 'urgent-line')! } : {}), ...(attr(el, 'urgent-place') ? { place: attr(el, 'urgent-place')! } : {}) },
      };
      html = planHtml(planModelFor(letter.plan, letter.locale, letter.profile, letter.date, services), prefix);
    } else {
      html = questionnaireHtml(letter.profile as ExpectationProfile, letter.locale);
    }
    used.add(KIND[tag]);
    cuts.push([loc.startOffset, loc.endTag.endOffset, `<div class="sdm-letter sdm-letter-part letter-part">${html}</div>`]);
  }

  if (problems.length) throw new TemplateError(problems);

  // 3. The components' styles, once, in the head.
  if (used.size) {
    const order: ComponentKind[] = ['plan', 'explainer', 'questionnaire'];
    const style = `<style data-scanwise>\n${order.filter((k) => used.has(k)).map(componentCss).join('')}${letterCss}.sdm-letter.sdm-letter-part{max-width:none;margin:12pt 0;padding:0}\n</style>\n`;
    const head = [...walk(doc)].find((e) => e.tagName === 'head');
    const headEnd = head?.sourceCodeLocation?.endTag?.startOffset;
    const at = headEnd ?? Math.min(...cuts.filter((c) => c[2]).map((c) => c[0]));
    cuts.push([at, at, style]);
  }

  cuts.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let out = '';
  let pos = 0;
  for (const [start, end, text] of cuts) {
    if (start < pos) continue; // inside something already replaced
    out += template.slice(pos, start) + text;
    pos = end;
  }
  out += template.slice(pos);

  const resolved = resolveLocale(data.locale ?? langOf([...walk(doc)].find((e) => e.tagName === 'html') ?? ({ attrs: [], parentNode: null } as unknown as Element)) ?? '');
  return {
    html: out,
    warnings,
    practiceName,
    date,
    paper: data.paper === 'letter' || data.paper === 'a4' ? data.paper : (resolved.locale === 'en-US' ? 'letter' : 'a4'),
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
