import { localeText, DEFAULT_LOCALE, formatNumber, type Locale } from '@scanwise/core';
import { html, nothing, type TemplateResult } from 'lit';
import { PROBLEMS_SHOWN, type SdmProblem } from './events.js';

/**
 * The visible, announced message for input a component cannot show.
 * `role="alert"` so screen readers hear it as soon as it appears. However many problems there
 * are, it lists the first `PROBLEMS_SHOWN` and says how many more there are (in `locale`).
 */
export function problemView(heading: string, problems: readonly SdmProblem[], locale: Locale = DEFAULT_LOCALE): TemplateResult {
  const rest = problems.length - PROBLEMS_SHOWN;
  return html`<div class="error" role="alert" part="error">
    <p><strong>${heading}</strong></p>
    <ul>
      ${problems.slice(0, PROBLEMS_SHOWN).map((p) => html`<li>${p.message}</li>`)}
    </ul>
    ${rest > 0 ? html`<p class="more">${localeText(locale).messages.problems.more(rest, formatNumber(rest, locale))}</p>` : nothing}
  </div>`;
}

/** A quieter note that does not stop the component, such as a language fallback. */
export function noticeView(problem: SdmProblem | null | undefined): TemplateResult | typeof nothing {
  return problem ? html`<p class="notice" role="status" part="notice">${problem.message}</p>` : nothing;
}

/**
 * Says that the words are a translation no clinician fluent in the language has checked yet
 * (the pack's `reviewed` is false); nothing for a reviewed locale. Not a problem: no `sdm-error`.
 */
export function reviewNoteView(locale: Locale): TemplateResult | typeof nothing {
  const text = localeText(locale);
  return text.reviewed ? nothing : html`<p class="review-note" part="review-note">${text.messages.needsClinicalReview}</p>`;
}

/** Problems listed under one heading (see `problemHeaderView`). */
export interface ProblemGroup {
  heading: string;
  problems: readonly SdmProblem[];
}

/**
 * The top of a component: a translation's review note (`reviewNoteView`), its notes
 * (`noticeView`: a language fallback, say), then each group of problems that has any
 * (`problemView`); nothing for a note or a group that is empty.
 */
export function problemHeaderView(
  notices: readonly (SdmProblem | null | undefined)[],
  groups: readonly ProblemGroup[],
  locale: Locale,
): TemplateResult {
  return html`${reviewNoteView(locale)}${notices.map((n) => noticeView(n))}${groups.map((g) =>
    g.problems.length ? problemView(g.heading, g.problems, locale) : nothing,
  )}`;
}

/** What a component shows, alone, when it failed to draw itself (see `ProblemReporter.render`). */
export function renderFailedView(locale: Locale): TemplateResult {
  const { heading, message } = localeText(locale).messages.problems.renderFailed;
  return html`<div class="error" role="alert" part="error" data-problem="render-failed">
    <p><strong>${heading}</strong></p>
    <p>${message}</p>
  </div>`;
}
