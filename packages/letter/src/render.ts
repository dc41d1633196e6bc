import '@scanwise/core/locales/all';
import { contentMeta, formatDate, localeText, type PlanKind } from '@scanwise/core';
import { explainerHtml, planHtml, planModelFor, planSources, questionnaireHtml, type LetterSource } from './components.js';
import { checkLetter, LetterInputError, type Letter, type LetterInput, type LetterProblem } from './input.js';
import { escapeText } from './ssr.js';
import { CSP_META } from './template-check.js';
import { componentCss, letterCss, pageCss, type ComponentKind } from './styles.js';

/** A source the letter lists. */
export type Source = LetterSource;

/** A letter taken apart: what a page, a PDF header and a PDF footer are made of. */
export interface ComposedLetter {
  letter: Letter;
  title: string;
  /** `<style>` content for a whole document only: page size and margins. */
  pageCss: string;
  /** `<style>` content: the components' scoped styles and the letter's typography (all scoped to `.sdm-letter`). */
  css: string;
  /** The letter itself: one `<article class="sdm-letter">`. */
  body: string;
  /** For the PDF's header and footer. */
  practiceName: string;
  dateText: string;
  version: string;
  /** The content's publication date, written for the locale. */
  published: string;
  sources: Source[];
  /**
   * The plan's kind (`needs-to-be-seen`: no watchful-waiting advice; `tests-arranged`: what
   * happens next), or `explainer-only` for a letter without the plan.
   */
  kind: PlanKind | 'explainer-only';
  /** Things worth a second look that did not stop the letter (a review date in the past, signs not checked). */
  warnings: LetterProblem[];
}

/** Joins with `+`, which links the (large) pieces instead of copying them as `join` does. */
function concat(pieces: readonly string[]): string {
  let out = '';
  for (const p of pieces) out += `${p}\n`;
  return out;
}

/** The letter's parts from a checked input. `forPdf` leaves room for the PDF's header and footer. */
export function composeLetter(letter: Letter, options: { forPdf?: boolean } = {}): ComposedLetter {
  const t = localeText(letter.locale).letter;
  const { locale, practice, clinician, profile, plan, include } = letter;
  const dateText = formatDate(letter.date, locale);
  const used = new Set<ComponentKind>();
  const parts: string[] = [];
  // After the sign-off, as enclosures: the comparison on a page of its own, then the sources.
  let explainerPart = '';
  let sourcesPart = '';
  let sources: Source[] = [];
  let version = contentMeta.version;
  let published = formatDate(contentMeta.published, locale);

  // A sign the clinician found leads to their decision: with an emergency referral (or a Tier 1
  // "yes"), or tests arranged, the explainer (which weighs waiting against a scan) is left out.
  // A tag that only matched the language names no number of its own: the plan's, or none.
  const unknownRegion = letter.regionKnown ? undefined : localeText(locale).unknownRegionServices;
  const model = plan ? planModelFor(plan, locale, profile, letter.date, unknownRegion) : null;
  const leftOut = model?.kind === 'needs-to-be-seen' ? t.explainerLeftOut : model?.kind === 'tests-arranged' ? t.explainerLeftOutTests : null;

  if (model && include.plan) {
    parts.push(`<section class="letter-part letter-plan">${planHtml(model, 'letter-plan')}</section>`);
    used.add('plan');
    sources = planSources(model);
  }
  if (include.explainer) {
    if (leftOut) {
      parts.push(`<p class="letter-part letter-note">${escapeText(leftOut)}</p>`);
    } else {
      const ex = explainerHtml({
        locale,
        variant: include.explainer,
        profile,
        plan,
        idPrefix: 'letter-bh',
        omitSources: true,
        ...(plan?.services?.emergency || unknownRegion ? { emergencyContact: { ...unknownRegion?.emergency, ...plan?.services?.emergency } } : {}),
        ...(plan?.services?.urgent || unknownRegion ? { urgentContact: { ...unknownRegion?.urgent, ...plan?.services?.urgent } } : {}),
      });
      explainerPart = `<section class="letter-part letter-explainer">${ex.html}</section>`;
      used.add('explainer');
      // Every source the letter uses, once each, in the order first shown: the explainer's, then the plan's.
      const seen = new Set(ex.sources.map((s) => s.reference));
      sources = [...ex.sources, ...sources.filter((s) => !seen.has(s.reference))];
      version = ex.version;
      published = ex.published;
    }
  }
  // One list of every source the letter uses, once each (the explainer's own list is left out).
  if (sources.length) {
    sourcesPart = `<section class="letter-part letter-sources"><h2>${escapeText(t.sourcesHeading)}</h2><p>${escapeText(t.sourcesIntro)}</p><ol>${sources
      .map((s) => {
        const lang = escapeText(s.language);
        return `<li>${s.href ? `<a href="${escapeText(s.href)}" lang="${lang}">${escapeText(s.brief)}</a>` : `<span lang="${lang}">${escapeText(s.brief)}</span>`}</li>`;
      })
      .join('')}</ol></section>`;
  }

  // The practice's and the patient's own words (names, addresses, numbers) are isolated: each
  // keeps the direction of its own script, whatever the letter's language (<bdi>).
  const own = (text: string) => `<bdi>${escapeText(text)}</bdi>`;
  const from = [
    practice.name && `<p class="practice-name">${own(practice.name)}</p>`,
    practice.address.length && `<p class="address">${practice.address.map(own).join('<br>')}</p>`,
    practice.phone && `<p>${escapeText(t.phoneLabel)}: ${own(practice.phone)}</p>`,
    practice.email && `<p>${escapeText(t.emailLabel)}: ${own(practice.email)}</p>`,
    practice.website && `<p>${escapeText(t.webLabel)}: ${own(practice.website)}</p>`,
  ]
    .filter(Boolean)
    .join('');
  const meta = `<dl><dt>${escapeText(t.dateLabel)}</dt><dd><time datetime="${letter.date}">${escapeText(dateText)}</time></dd>${
    letter.patientName ? `<dt>${escapeText(t.patientLabel)}</dt><dd class="patient-name">${own(letter.patientName)}</dd>` : ''
  }</dl>`;
  const greeting = letter.patientName ? t.dear(letter.patientName) : t.dearNoName;
  const signOff =
    clinician.name || practice.name
      ? `<div class="sign-off"><p>${escapeText(t.signOff)}</p>${[clinician.name, clinician.role, practice.name]
          .filter(Boolean)
          .map((x) => `<p>${own(x)}</p>`)
          .join('')}</div>`
      : '';
  const clinicianCopy =
    include.questionnaire && profile
      ? `<section class="letter-part clinician-copy"><p class="letter-note">${escapeText(t.clinicianCopyNote)}</p>${questionnaireHtml(profile, locale, plan)}</section>`
      : '';
  if (clinicianCopy) used.add('questionnaire');

  // The content's version closes the page; in a PDF every page's footer already says it (and
  // the sources), and in HTML the sources list above names them in full.
  const footer = options.forPdf
    ? ''
    : `<footer class="letter-foot"><p>${escapeText(t.contentVersion(version, published))}${
        sources.length && !sourcesPart ? `. ${escapeText(t.sourcesShort)}: ${sources.map((s) => escapeText(s.short)).join('; ')}.` : '.'
      }</p></footer>`;

  const body = `<article class="sdm-letter" lang="${locale}" dir="${localeText(locale).dir}">
<header class="letter-head"><div class="from">${from}</div>${meta}</header>
<div class="letter-body">
<h1>${escapeText(t.title)}</h1>
${localeText(locale).reviewed ? '' : `<p class="letter-note">${escapeText(localeText(locale).messages.needsClinicalReview)}</p>`}
<p class="greeting">${escapeText(greeting)}</p>
<p>${escapeText(model?.kind === 'needs-to-be-seen' ? t.introNeedsToBeSeen : t.intro)}</p>
${letter.message.map((p) => `<p class="message">${escapeText(p)}</p>`).join('\n')}
</div>
${concat(parts)}
${signOff}
${explainerPart}
${sourcesPart}
${clinicianCopy}
${footer}
</article>`;

  const order: ComponentKind[] = ['plan', 'explainer', 'questionnaire'];
  const css =
    order
      .filter((k) => used.has(k))
      .map(componentCss)
      .join('') + letterCss;
  return {
    letter,
    title: practice.name ? `${t.title}: ${practice.name}` : t.title,
    pageCss: pageCss(letter.paper, options.forPdf),
    css,
    body,
    practiceName: practice.name,
    dateText,
    version,
    published,
    sources,
    kind: model && include.plan ? model.kind : 'explainer-only',
    warnings: [],
  };
}

/**
 * A whole HTML document from composed parts. Its Content-Security-Policy `<meta>` (`CSP_META`):
 * no script, no frames, nothing fetched but `data:` images and fonts, inline styles allowed.
 */
export function toDocument(c: ComposedLetter): string {
  return `<!doctype html>
<html lang="${c.letter.locale}" dir="${localeText(c.letter.locale).dir}">
<head>
<meta charset="utf-8">
${CSP_META}
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="@scanwise/letter">
<title>${escapeText(c.title)}</title>
<style>
${c.pageCss}${c.css}</style>
</head>
<body>
${c.body}
</body>
</html>
`;
}

/** A fragment: the letter's `<style>` and its `<article>`, for a page of your own. */
export function toFragment(c: ComposedLetter): string {
  return `<style>\n${c.css}</style>\n${c.body}\n`;
}

/** Checks the input and composes the letter, or throws `LetterInputError` with every problem in plain words. */
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents -- names the shape expected; anything is checked
export function prepareLetter(input: LetterInput | unknown, options: { forPdf?: boolean; today?: string } = {}): ComposedLetter {
  const checked = checkLetter(input, options.today);
  if (!checked.ok) throw new LetterInputError(checked.problems);
  return { ...composeLetter(checked.letter, options), warnings: checked.warnings };
}

/**
 * A patient letter as static HTML: a complete document, or a fragment with `fragment: true`.
 * Inline CSS only, no script, no shadow DOM, no external requests; every string escaped.
 * Throws `LetterInputError` (with `problems`) when the input cannot make a safe letter.
 */
export function renderLetter(input: LetterInput): string {
  const c = prepareLetter(input);
  return c.letter.fragment ? toFragment(c) : toDocument(c);
}
