import {
  AGREE_CODES,
  BELIEF_THEMES,
  ITEM_IDS,
  TIER1_IDS,
  WANT_SCAN_CODES,
  WANT_SCAN_ID,
  WORRY_ID,
  WORRY_MAX_LENGTH,
  type Answers,
  type ExpectationProfile,
  type ItemId,
  type Likert,
  type QuestionnaireContent,
  type QuestionnaireUi,
  type ReviewRecord,
  type Tier1Id,
  type WantScan,
} from '@scanwise/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { TypedText } from '../shared/text-limit.js';
import { inBrowser } from '../shared/ssr.js';
import { limitNote } from '../shared/text-limit.view.js';

/** Where the person is in the questionnaire. */
export type Stage = 'safety' | 'items' | 'review' | 'done';

/** The questions after the safety check, in order: the 12 belief items, then want-scan and worry. */
export const STEP_IDS = [...ITEM_IDS, WANT_SCAN_ID, WORRY_ID] as const;
export type StepId = (typeof STEP_IDS)[number];

/** Everything the patient views draw. */
export interface QuestionnaireViewModel {
  content: QuestionnaireContent;
  ui: QuestionnaireUi;
  answers: Answers;
  stage: Stage;
  mode: 'all' | 'step';
  /** In step mode, the question on screen (index into STEP_IDS). */
  index: number;
  /** Questions to mark as needing an answer. */
  missing: ReadonlySet<string>;
  /** The emergency instructions, with the page's number and service. */
  emergencyText: string;
  /** Ids in the shadow root are prefixed, so a letter can hold several questionnaires. */
  idPrefix: string;
  /** The text boxes as typed, by field (TextLimitController): whether what was typed did not all fit. */
  typed?: Readonly<Record<string, TypedText>>;
}

export interface QuestionnaireHandlers {
  /** One listener per stage: every radio's change bubbles here (fewer listeners, less work). */
  choose: (event: Event) => void;
  safety: (id: Tier1Id, yes: boolean) => void;
  noneOfThese: () => void;
  continueFromSafety: () => void;
  item: (id: ItemId, value: Likert) => void;
  wantScan: (value: WantScan) => void;
  worry: (text: string) => void;
  next: () => void;
  back: () => void;
  review: () => void;
  change: (id: StepId) => void;
  submit: () => void;
  restart: () => void;
}

interface Choice<V extends string | number> {
  value: V;
  label: string;
}

/** One question as a native radio group: arrow keys move within it, Tab moves on. */
function radioGroup<V extends string | number>(
  vm: QuestionnaireViewModel,
  id: string,
  legend: string,
  choices: Choice<V>[],
  selected: V | undefined,
  kind: 'yes-no' | 'scale',
): TemplateResult {
  const missing = vm.missing.has(id);
  const errorId = `${vm.idPrefix}-${id}-error`;
  return html`<fieldset
    class="question ${kind}"
    id="${vm.idPrefix}-${id}"
    data-question=${id}
    aria-describedby=${missing ? errorId : nothing}
    aria-invalid=${missing ? 'true' : nothing}
  >
    <legend>${legend}</legend>
    ${missing ? html`<p class="field-error" id=${errorId}>${vm.ui.answerThis}</p>` : nothing}
    <div class="choices">
      ${choices.map(
        (c) => html`<label class="choice">
          <input
            type="radio"
            name="${vm.idPrefix}-${id}"
            value=${String(c.value)}
            ?checked=${selected === c.value}
            .checked=${inBrowser(selected === c.value)}
          /><span>${c.label}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}

function emergencyPanel(vm: QuestionnaireViewModel): TemplateResult {
  return html`<section class="emergency" part="emergency" role="alert" aria-labelledby="${vm.idPrefix}-emergency-heading">
    <h2 id="${vm.idPrefix}-emergency-heading" tabindex="-1">${vm.ui.emergencyHeading}</h2>
    <p class="emergency-text">${vm.emergencyText}</p>
    <p>${vm.ui.changedMind}</p>
  </section>`;
}

function problemSummary(vm: QuestionnaireViewModel, message: string): TemplateResult | typeof nothing {
  if (vm.missing.size === 0) return nothing;
  return html`<div class="error" role="alert" part="problems">
    <p><strong>${vm.ui.problemsHeading}</strong></p>
    <p>${message}</p>
  </div>`;
}

/**
 * Stage 1: the emergency self-check, Tier 1 signs only (docs/evidence.md#tier-1-signs). After
 * any "yes" (`emergency`), the emergency instructions come first.
 */
export function safetyView(vm: QuestionnaireViewModel, on: QuestionnaireHandlers, emergency: boolean): TemplateResult {
  const e = vm.content.emergency;
  const yesNo: Choice<'yes' | 'no'>[] = [
    { value: 'yes', label: e.yes },
    { value: 'no', label: e.no },
  ];
  return html`<section class="stage safety" part="safety" aria-labelledby="${vm.idPrefix}-safety-heading" @change=${on.choose}>
    ${emergency ? emergencyPanel(vm) : nothing}
    <h2 id="${vm.idPrefix}-safety-heading" tabindex="-1">${e.intro}</h2>
    ${emergency ? nothing : problemSummary(vm, vm.ui.answerSafety)}
    ${TIER1_IDS.map((id) => {
      const a = vm.answers.emergency[id];
      return radioGroup(vm, id, e.signs[id], yesNo, a === undefined ? undefined : a ? 'yes' : 'no', 'yes-no');
    })}
    ${
      emergency
        ? nothing
        : html`<div class="actions">
          <button type="button" class="primary" @click=${on.continueFromSafety}>${vm.ui.continue}</button>
          <button type="button" @click=${on.noneOfThese}>${vm.ui.noneOfThese}</button>
        </div>`
    }
  </section>`;
}

/** One question after the safety check, by id. */
function stepQuestion(vm: QuestionnaireViewModel, on: QuestionnaireHandlers, id: StepId): TemplateResult {
  const c = vm.content;
  if (id === WANT_SCAN_ID) {
    const choices = WANT_SCAN_CODES.map((value) => ({ value, label: c.wantScan.options[value] }));
    return radioGroup(vm, id, c.wantScan.question, choices, vm.answers.wantScan, 'yes-no');
  }
  if (id === WORRY_ID) {
    const hintId = `${vm.idPrefix}-worry-hint`;
    const value = vm.answers.worry ?? '';
    // The box's maxlength is the questionnaire's limit; near it, a count shows (see limitNote).
    const limit = limitNote({
      words: vm.ui.limit,
      id: `${vm.idPrefix}-worry-count`,
      value,
      max: WORRY_MAX_LENGTH,
      clipped: vm.typed?.worry?.clipped ?? false,
    });
    return html`<div class="question worry" data-question=${id}>
      <label for="${vm.idPrefix}-worry">${c.worry.question} <span class="optional">${vm.ui.optional}</span></label>
      <p class="hint" id=${hintId}>${c.worry.hint}</p>
      <textarea
        id="${vm.idPrefix}-worry"
        rows="3"
        data-field="worry"
        maxlength=${WORRY_MAX_LENGTH}
        aria-describedby=${[hintId, limit.describedBy].filter(Boolean).join(' ')}
        .value=${live(value)}
        @input=${(ev: Event) => on.worry((ev.target as HTMLTextAreaElement).value)}
      ></textarea>
      ${limit.view}
    </div>`;
  }
  const choices = AGREE_CODES.map((code, i) => ({ value: (i + 1) as Likert, label: c.scale[code] }));
  return radioGroup(vm, id, c.items[id], choices, vm.answers.items[id], 'scale');
}

/** The questions that must be answered before the answers can be sent (the worry box is optional). */
export const REQUIRED_IDS: readonly StepId[] = [...ITEM_IDS, WANT_SCAN_ID];

/** How many of the required questions have an answer. */
export function answeredCount(a: Answers): number {
  return ITEM_IDS.filter((id) => a.items[id] !== undefined).length + (a.wantScan ? 1 : 0);
}

/** Stage 2: the belief items, all on one page or one at a time. */
export function itemsView(vm: QuestionnaireViewModel, on: QuestionnaireHandlers): TemplateResult {
  const total = STEP_IDS.length;
  const step = vm.mode === 'step';
  const done = answeredCount(vm.answers);
  const current = STEP_IDS[vm.index] ?? STEP_IDS[0];
  return html`<section class="stage items" part="items" aria-labelledby="${vm.idPrefix}-items-heading" @change=${on.choose}>
    <h2 id="${vm.idPrefix}-items-heading" tabindex="-1">${vm.content.stem}</h2>
    <p class="hint">${vm.content.scanHelp}</p>
    <div class="progress" part="progress">
      <span id="${vm.idPrefix}-progress">${step ? vm.ui.progress(vm.index + 1, total) : vm.ui.answeredProgress(done, REQUIRED_IDS.length)}</span>
      <progress aria-labelledby="${vm.idPrefix}-progress" max=${step ? total : REQUIRED_IDS.length} .value=${step ? vm.index + 1 : done}></progress>
    </div>
    ${problemSummary(vm, vm.ui.requiredMissing)}
    ${step ? stepQuestion(vm, on, current) : STEP_IDS.map((id) => stepQuestion(vm, on, id))}
    <div class="actions">
      ${step ? html`<button type="button" @click=${on.back}>${vm.ui.back}</button>` : nothing}
      ${
        step && vm.index < total - 1
          ? html`<button type="button" class="primary" @click=${on.next}>${vm.ui.next}</button>`
          : html`<button type="button" class="primary" @click=${on.review}>${vm.ui.review}</button>`
      }
    </div>
  </section>`;
}

/** The answer to a question, in words. */
function answerText(vm: QuestionnaireViewModel, id: StepId): string {
  const { content: c, answers: a, ui } = vm;
  if (id === WANT_SCAN_ID) return a.wantScan ? c.wantScan.options[a.wantScan] : ui.notAnswered;
  if (id === WORRY_ID) return a.worry ?? ui.notAnswered;
  const v = a.items[id];
  const code = v === undefined ? undefined : AGREE_CODES[v - 1];
  return code ? c.scale[code] : ui.notAnswered;
}

function questionText(c: QuestionnaireContent, id: StepId): string {
  return id === WANT_SCAN_ID ? c.wantScan.question : id === WORRY_ID ? c.worry.question : c.items[id];
}

/** Stage 3: every answer, each with a way back to change it. */
export function reviewView(vm: QuestionnaireViewModel, on: QuestionnaireHandlers): TemplateResult {
  return html`<section class="stage review" part="review" aria-labelledby="${vm.idPrefix}-review-heading">
    <h2 id="${vm.idPrefix}-review-heading" tabindex="-1">${vm.ui.reviewHeading}</h2>
    <p>${vm.ui.reviewIntro}</p>
    <dl class="answers">
      ${STEP_IDS.map(
        (id) => html`<div class="answer-row">
          <dt>${questionText(vm.content, id)}</dt>
          <dd>
            <span>${answerText(vm, id)}</span>
            <button type="button" class="link" aria-label=${vm.ui.change(questionText(vm.content, id))} @click=${() => on.change(id)}>
              ${vm.ui.change('').replace(/:\s*$/, '')}
            </button>
          </dd>
        </div>`,
      )}
    </dl>
    <div class="actions">
      <button type="button" class="primary" @click=${on.submit}>${vm.ui.submit}</button>
    </div>
  </section>`;
}

/** Stage 4: sent. */
export function doneView(vm: QuestionnaireViewModel, on: QuestionnaireHandlers): TemplateResult {
  return html`<section class="stage done" part="done" role="status" aria-labelledby="${vm.idPrefix}-done-heading">
    <h2 id="${vm.idPrefix}-done-heading" tabindex="-1">${vm.ui.doneHeading}</h2>
    <p>${vm.ui.doneBody}</p>
    <button type="button" @click=${on.restart}>${vm.ui.startAgain}</button>
  </section>`;
}

/** What a plan's review records for an emergency sign the patient answered yes to. */
type InPlan = 'present' | 'rechecked' | 'conflict';

function inPlan(review: ReviewRecord, id: Tier1Id): InPlan {
  if (review.redFlags[id] === 'present') return 'present';
  return review.redFlags[id] === 'absent' && review.rechecked.includes(id) ? 'rechecked' : 'conflict';
}

/** What was arranged for an emergency referral, when the plan records it. */
function arranged(review: ReviewRecord): string | null {
  const d = review.decision;
  return d?.kind === 'emergency' && typeof d.arranged === 'string' && d.arranged.trim() ? d.arranged.trim() : null;
}

/**
 * The emergency signs the patient reported, first and boxed. With the plan's red-flag review,
 * each says what the plan records: the same conflict the plan's edit mode shows. Announced at
 * once while any is unsettled (or there is no plan to settle them).
 */
function emergencyReport(
  profile: ExpectationProfile,
  content: QuestionnaireContent,
  t: QuestionnaireUi['clinician'],
  review: ReviewRecord | null,
): TemplateResult {
  const signs = profile.flags.emergencySigns;
  if (!review) {
    return html`<div class="emergency reported" role="alert">
      <p><strong>${t.emergency(signs.map((s) => content.emergency.signs[s]).join(' '))}</strong></p>
      <p class="in-plan" data-plan="no-plan">${t.inPlan.noPlan}</p>
    </div>`;
  }
  const states = signs.map((id) => inPlan(review, id));
  const settled = states.length > 0 && states.every((s) => s !== 'conflict');
  const text: Record<InPlan, string> = { present: t.inPlan.present(arranged(review)), rechecked: t.inPlan.rechecked, conflict: t.inPlan.conflict };
  return html`<div class="emergency reported" role=${settled ? nothing : 'alert'}>
    <p><strong>${t.inPlan.heading}</strong></p>
    <ul class="in-plan">
      ${signs.map(
        (id, i) => html`<li data-sign=${id} data-plan=${states[i]!}>
          <span class="sign">${content.emergency.signs[id]}</span>
          <strong class="plan-status">${text[states[i]!]}</strong>
        </li>`,
      )}
    </ul>
  </div>`;
}

/**
 * The clinician's summary: compact, printable, and free of handlers, so letters render it
 * as static HTML. Emergency signs come first and cannot be missed. With the plan's red-flag
 * review (`review`: the `Plan` itself, or core's `reviewOf(plan)`), each emergency sign the patient
 * answered yes to says what the plan records: present (an emergency referral), asked again and
 * absent, or neither (the conflict the plan's edit mode shows). Without one, it says the sign
 * must be recorded in the plan's review.
 */
export function clinicianView(
  profile: ExpectationProfile,
  content: QuestionnaireContent,
  ui: QuestionnaireUi,
  review: ReviewRecord | null = null,
): TemplateResult {
  const t = ui.clinician;
  const f = profile.flags;
  const high = BELIEF_THEMES.filter((th) => profile.themes[th].level === 'high');
  const promptOrder = (['thr', 'leg', 'nav'] as const).filter((th) => high.includes(th));
  return html`<section class="clinician" part="clinician">
    <h2>${t.heading}</h2>
    ${
      f.emergency
        ? emergencyReport(profile, content, t, review)
        : f.emergencyUnanswered.length
          ? html`<p class="warning"><strong>${t.safetyUnanswered(f.emergencyUnanswered.length)}</strong></p>`
          : html`<p>${t.safetyClear}</p>`
    }
    <table>
      <thead>
        <tr><th scope="col">${t.themeColumn}</th><th scope="col">${t.levelColumn}</th><th scope="col">${t.meanColumn}</th></tr>
      </thead>
      <tbody>
        ${BELIEF_THEMES.map((th) => {
          const s = profile.themes[th];
          return html`<tr class="level-${s.level}">
            <th scope="row">${t.theme[th]}</th>
            <td>${t.level[s.level]}</td>
            <td>${s.mean === null ? '–' : s.mean.toFixed(2)}</td>
          </tr>`;
        })}
      </tbody>
    </table>
    <h3>${t.stronglyAgreed}</h3>
    ${
      f.stronglyAgreed.length
        ? html`<ul>${f.stronglyAgreed.map((id) => html`<li>${content.items[id]}</li>`)}</ul>`
        : html`<p>${t.noneStronglyAgreed}</p>`
    }
    ${f.harmsUnderestimated ? html`<p><strong>${t.harmsUnderestimated}</strong></p>` : nothing}
    <dl>
      <dt>${t.wantsScan}</dt>
      <dd>${profile.wantScan ? content.wantScan.options[profile.wantScan] : t.noAnswer}</dd>
      <dt>${t.worry}</dt>
      <dd class="worry-text">${profile.worry ?? t.noAnswer}</dd>
    </dl>
    ${
      promptOrder.length || f.harmsUnderestimated
        ? html`<h3>${t.prompts}</h3>
          <ul>
            ${promptOrder.map((th) => html`<li>${t.prompt[th]}</li>`)}
            ${f.harmsUnderestimated ? html`<li>${t.prompt.harms}</li>` : nothing}
          </ul>`
        : nothing
    }
    <p class="note">${t.unvalidated}</p>
  </section>`;
}
