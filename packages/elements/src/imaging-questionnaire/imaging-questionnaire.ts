import {
  isLocaleLoaded,
  type PackPart,
  localeText,
  checkAnswers,
  checkQuestionnaireResponse,
  emergencyInstructions,
  isItemId,
  isTier1Id,
  isWantScan,
  score,
  TIER1_IDS,
  toQuestionnaireResponse,
  WANT_SCAN_ID,
  WORRY_ID,
  type Answers,
  type AnswersCheck,
  type ExpectationProfile,
  type ItemId,
  type Likert,
  type Plan,
  type QuestionnaireResponse,
  type WantScan,
} from '@scanwise/core';
import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type {
  SdmAnswersChangeDetail,
  SdmCompleteDetail,
  SdmEmergencyDetail,
  SdmImagingQuestionnaireEventMap,
  SdmListener,
  SdmProblem,
} from '../shared/events.js';
import { inputProblem } from '../shared/input-problem.js';
import { invalidJsonProblem, readJsonChild } from '../shared/json-child.js';
import { adoptEarly } from '../shared/upgrade.js';
import { FormControlElement } from '../shared/form-control.js';
import { followPlan, type FollowedPlan } from '../shared/plan-input.js';
import { PlanLink } from '../shared/profile-link.js';
import { SessionCopy } from '../shared/session-store.js';
import { TextLimitController } from '../shared/text-limit.js';
import { questionnaireSheets } from './imaging-questionnaire.styles.js';
import {
  clinicianView,
  doneView,
  itemsView,
  REQUIRED_IDS,
  reviewView,
  safetyView,
  STEP_IDS,
  type QuestionnaireHandlers,
  type QuestionnaireViewModel,
  type Stage,
  type StepId,
} from './imaging-questionnaire.view.js';

export type { SdmAnswersChangeDetail, SdmCompleteDetail, SdmEmergencyDetail } from '../shared/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'sdm-imaging-questionnaire': SdmImagingQuestionnaire;
  }
}

const emptyAnswers = (): Answers => ({ emergency: {}, items: {} });

const isAnswered = (a: Answers, id: StepId): boolean =>
  id === WANT_SCAN_ID ? a.wantScan !== undefined : id === WORRY_ID ? a.worry !== undefined : a.items[id] !== undefined;

/** The first control of a question: focusing it makes screen readers read the question. */
const questionSelector = (id: string) => `[data-question="${id}"] input, [data-question="${id}"] textarea`;

/** `addEventListener` typed with the element's own events, `change` among them. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed listeners
export interface SdmImagingQuestionnaire {
  addEventListener<K extends keyof SdmImagingQuestionnaireEventMap>(
    type: K,
    listener: SdmListener<SdmImagingQuestionnaireEventMap, K>,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

/**
 * The imaging-expectation questionnaire: finds which beliefs drive a person's wish for a scan
 * (legitimacy, threat, navigation), after an emergency safety check that sends anyone with an
 * emergency sign to care at once.
 *
 * Form-associated: with a `name`, its answers (JSON) submit with the surrounding `<form>`, and it
 * takes part in `required` validity, reset, `disabled` and state restore. Answers can be prefilled
 * through the `answers` or `questionnaireResponse` properties, or a `<script type="application/json">`
 * child. The items are a draft and not yet validated.
 *
 * The clinician's summary (`view="clinician"`) can follow the patient's plan, with the `plan`
 * property or `plan-for="plan-id"` (an `<sdm-watchful-waiting-plan>` on the page, followed live):
 * for each emergency sign the patient answered yes to, it says what the plan's red-flag review
 * records (present: an emergency referral; asked again and absent), or that the review does not
 * settle it yet, as the plan's edit mode does. Without a plan it says the sign must be recorded
 * in the plan's review.
 *
 * @summary Your thoughts about scans: a short questionnaire with an emergency check first.
 * @tag sdm-imaging-questionnaire
 *
 * @fires {CustomEvent<SdmAnswersChangeDetail>} change - Every time an answer changes. `detail.answers`: the current answers.
 *   Bubbles, composed.
 * @fires {CustomEvent<SdmEmergencyDetail>} sdm-emergency - An emergency sign was answered yes; the emergency instructions are on screen.
 *   `detail`: `{ signs, instructions }`.
 * @fires {CustomEvent<SdmCompleteDetail>} sdm-complete - The person sent their answers. `detail`: `{ profile, questionnaireResponse }`.
 * @fires {Event} sdm-profile - The answers changed in any way (answering, prefill, reset); read `profile`.
 *   Does not bubble: it is for elements linked with `for="…"`.
 * @fires {CustomEvent<SdmErrorDetail>} sdm-error - Input could not be used (malformed answers or response, bad JSON child, unknown
 *   language, a plan that cannot be read: code `invalid-plan`). Valid answers are kept. Also: an
 *   attribute too long (`too-long`), an `emergency-number` that is not a phone number
 *   (`invalid-phone`: the language's number is used), an unknown `mode` or `view` (`unknown-value`:
 *   `all`, `patient`), a `plan-for` id that names nothing once the page has loaded
 *   (`missing-target`), a `persist` copy that cannot be read or kept (`persist-unreadable`: the
 *   questionnaire starts empty; `persist-unavailable`), or the questionnaire could not be drawn
 *   (`render-failed`: a message is shown instead, and the answers are kept). A long list of
 *   problems is sent as the first 5 and their `count`.
 *   `detail`: `{ code, field, message, component, problems, count }`.
 *
 * @csspart safety - The emergency safety check.
 * @csspart emergency - The emergency instructions.
 * @csspart items - The belief questions.
 * @csspart progress - The progress line and bar.
 * @csspart problems - The summary of unanswered questions.
 * @csspart review - The "check your answers" list.
 * @csspart done - The thank-you message.
 * @csspart clinician - The clinician's summary (`view="clinician"`).
 * @csspart error - A message about input that could not be used.
 * @csspart notice - A note that does not stop the questionnaire, such as a language fallback.
 *
 * @cssproperty [--sdm-color-primary=light-dark(#0b5cad, #8cc4ff)] - Main buttons and chosen answers.
 * @cssproperty [--sdm-color-emergency=light-dark(#b00020, #ff8a80)] - Border and heading of the emergency instructions.
 * @cssproperty [--sdm-color-emergency-bg=light-dark(#fdecee, #3b1115)] - Background of the emergency instructions.
 * @cssproperty [--sdm-font-family=system-ui] - Font of all Scanwise elements.
 * @cssproperty [--sdm-print-font-family=Arial] - Font on paper (Arial, Liberation Sans or Helvetica, so pages break the same everywhere).
 * @cssproperty [--sdm-color-text=light-dark(#1b1f24, #eef1f4)] - Text colour.
 * @cssproperty [--sdm-color-border=light-dark(#c5ccd4, #56606b)] - Borders of questions and answers.
 * @cssproperty [--sdm-imaging-questionnaire-max-width=48rem] - Largest width.
 * @cssproperty [--sdm-color-on-primary=light-dark(#ffffff, #0b1a2b)] - Text of the main buttons.
 * @cssproperty [--sdm-color-chosen-bg=light-dark(#e7f0fb, #16314d)] - Background of a chosen answer.
 * @cssproperty [--sdm-font-size=1rem] - Base text size.
 * @cssproperty [--sdm-line-height=1.5] - Line height.
 * @cssproperty [--sdm-color-muted=light-dark(#4a5562, #b7c0ca)] - Colour of hints and other quieter text.
 * @cssproperty [--sdm-color-link=light-dark(#0b5cad, #8cc4ff)] - Link colour.
 * @cssproperty [--sdm-color-focus=light-dark(#0b5cad, #8cc4ff)] - Outline of the part that has keyboard focus.
 * @cssproperty [--sdm-color-error-bg=light-dark(#fff4e5, #3a2a12)] - Background of error messages.
 * @cssproperty [--sdm-color-error-border=light-dark(#b35900, #ffb366)] - Border of error messages, and of a question still to answer with its message.
 * @cssproperty [--sdm-space=0.75rem] - The spacing unit: padding of boxes and space between parts.
 * @cssproperty [--sdm-radius=0.375rem] - Corner radius of questions, answers, fields and buttons.
 * @cssproperty [--sdm-print-color=#000] - Colour of text and lines on paper.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed listeners (above)
export class SdmImagingQuestionnaire extends FormControlElement {
  static override styles = questionnaireSheets;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  protected static override idBase = 'sdm-q';
  /** Only the pack's `base` part: a page with the questionnaire alone never loads the guide's words. */
  protected static override localeParts: readonly PackPart[] = ['base'];

  /** `all` (default): every question on one page. `step`: one question at a time. Any other value is reported. */
  @property({ reflect: true }) mode: 'all' | 'step' = 'all';

  /** `patient` (default): the questionnaire. `clinician`: a compact, printable summary of the answers. Any other value is reported. */
  @property({ reflect: true }) view: 'patient' | 'clinician' = 'patient';

  /** Form field name: with it, the answers (JSON) submit with the surrounding form. */
  @property({ reflect: true }) name?: string;

  /** The form is invalid until the questionnaire is finished (or an emergency sign is reported). */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Disables every answer and button. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /**
   * Opt-in: keep answers in sessionStorage under this key, so they survive a reload. Cleared on
   * completion, reset, and when the surrounding form is submitted. A copy that cannot be read is
   * reported (a warning) and the questionnaire starts empty.
   */
  @property({ reflect: true }) persist?: string;

  /**
   * Emergency phone number, overriding the locale's (999 for en-GB, 911 for en-US and es-US, 112
   * for es-ES): digits, spaces, + - ( ) only, at least 2 digits, at most 40 characters; anything
   * else is reported.
   */
  @property({ attribute: 'emergency-number' }) emergencyNumber?: string;

  /**
   * Where to go in an emergency, worded to follow "Go to" / "Vaya a" (A&E for en-GB, the
   * emergency room for en-US, "urgencias" for es-ES).
   */
  @property({ attribute: 'emergency-service' }) emergencyService?: string;

  /**
   * The patient's plan (a `Plan` object, or its JSON text), for the clinician's summary: what its
   * red-flag review records for each emergency sign the patient answered yes to. Wins over
   * `plan-for`. A plan that cannot be read is reported (`sdm-error`, code `invalid-plan`).
   */
  @property({ attribute: false }) plan?: Plan | string | null;

  /** Id of an `<sdm-watchful-waiting-plan>` on the page whose plan the clinician's summary follows. */
  @property({ attribute: 'plan-for', reflect: true }) planFor?: string;

  @state() private current: Answers = emptyAnswers();
  @state() private stage: Stage = 'safety';
  @state() private index = 0;
  @state() private missing = new Set<string>();
  @state() private inputProblems: SdmProblem[] = [];
  @state() private formDisabled = false;

  private readonly planLink = new PlanLink(this, () => this.planFor);
  private readonly copy = new SessionCopy();
  /** The worry box as typed, for its count near the limit. */
  private readonly limits = new TextLimitController(this);
  private returnToReview = false;
  private loaded = false;
  private wasEmergency = false;
  private focusNext: string | null = null;

  /** The attributes, read within their limits (see AttributeReader), with what could not be used. */
  private get settings() {
    return this.readAttributes((read) => ({
      mode: read.choice('mode', this.mode, ['all', 'step'] as const, 'all'),
      view: read.choice('view', this.view, ['patient', 'clinician'] as const, 'patient'),
      persist: read.token('persist', this.persist),
      emergencyNumber: read.phone('emergency-number', this.emergencyNumber),
      emergencyService: read.text('emergency-service', this.emergencyService),
      planFor: read.token('plan-for', this.planFor),
    }));
  }

  /** The settings that could not be used, and a `plan-for` that names nothing. */
  private get settingProblems(): SdmProblem[] {
    const missing = this.plan === undefined && !this.hydrating ? this.planLink.missing('plan-for', this.localeController.locale) : null;
    return [...this.settings.problems, ...(missing ? [missing] : [])];
  }

  /** The current answers (a copy). Set to prefill: an `Answers` object or its JSON text. */
  get answers(): Answers {
    return structuredClone(this.current);
  }
  set answers(value: Answers | string) {
    this.loaded = true;
    this.apply(checkAnswers(value), 'invalid-answers', 'answers');
  }

  /** The answers as a FHIR R4 QuestionnaireResponse. Set one to prefill. */
  get questionnaireResponse(): QuestionnaireResponse {
    return toQuestionnaireResponse(this.current, {
      status: this.stage === 'done' ? 'completed' : 'in-progress',
      locale: this.localeController.locale,
    });
  }
  set questionnaireResponse(value: QuestionnaireResponse | string) {
    this.loaded = true;
    this.apply(checkQuestionnaireResponse(value), 'invalid-response', 'questionnaireResponse');
  }

  /** What the answers say: theme levels, flags and triage (read only). */
  get profile(): ExpectationProfile {
    return score(this.current);
  }

  /** Answers or a response given with problems: their words load before the next update. */
  protected override get needsInputWords(): boolean {
    return this.inputProblems.length > 0;
  }

  /** The problems with the current input (empty when all is well). */
  override get problems(): SdmProblem[] {
    const locale = this.localeController.problem;
    const plan = this.followed.problem;
    const persisted = this.copy.problem('persist', this.localeController.locale);
    return [...(locale ? [locale] : []), ...this.settingProblems, ...(persisted ? [persisted] : []), ...this.inputProblems, ...(plan ? [plan] : [])];
  }

  /** The plan in force, read: the property, else the linked plan element's. */
  private get followed(): FollowedPlan {
    const input = this.plan !== undefined ? this.plan : this.planFor && !this.hydrating ? this.planLink.plan : null;
    return followPlan(input, 'plan', 'summary', this.localeController.locale);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.loaded) return;
    this.loaded = true;
    // A value set before the tag was defined wins, as one set later would.
    if (adoptEarly(this, 'answers')) return;
    const child = readJsonChild(this);
    if (child.found) {
      if (child.ok) this.apply(checkAnswers(child.value), 'invalid-answers', 'script');
      else this.inputProblems = [invalidJsonProblem(() => this.localeController.locale)];
    } else if (this.hydrating) {
      // The server drew it without the browser's copy: hydrate that, then restore the copy,
      // unless answers came in meanwhile.
      void this.updateComplete.then(
        () => !Object.keys(this.current.emergency).length && !Object.keys(this.current.items).length && this.restoreCopy(),
        () => undefined, // a failed update is Lit's to report
      );
    } else {
      this.restoreCopy();
    }
  }

  /** With `persist`: the answers kept before a reload. */
  private restoreCopy(): void {
    // A copy that cannot be read is reported (a warning), and the questionnaire starts empty.
    const key = this.settings.persist;
    const result = key
      ? this.copy.load(key, (text) => {
          const read = checkAnswers(text);
          return read.ok ? read : null;
        })
      : null;
    if (result) this.apply(result, 'invalid-answers', 'persist');
  }

  /**
   * Takes answers from outside. Bad input keeps every valid answer already given or in the input.
   * They may come before the words are loaded: each problem is worded in the locale when it is listed.
   */
  private apply(result: AnswersCheck, code: string, field: string): void {
    if (result.ok) {
      this.current = result.answers;
      this.inputProblems = [];
    } else {
      const p = result.partial;
      const c = this.current;
      this.current = {
        emergency: { ...c.emergency, ...p.emergency },
        items: { ...c.items, ...p.items },
        ...((p.wantScan ?? c.wantScan) ? { wantScan: p.wantScan ?? c.wantScan } : {}),
        ...((p.worry ?? c.worry) ? { worry: p.worry ?? c.worry } : {}),
      };
      // One pass, whatever the length (a response may hold 100,000 unknown items): the view and
      // sdm-error show the first few and count the rest.
      const locale = () => this.localeController.locale;
      this.inputProblems = result.problems.map((x) => inputProblem(code, x.field ? `${field}.${x.field}` : field, x.say, locale));
    }
    const e = this.current.emergency;
    this.stage = TIER1_IDS.every((id) => e[id] === false) ? 'items' : 'safety';
    this.wasEmergency = TIER1_IDS.some((id) => e[id] === true);
    this.index = 0;
    this.missing = new Set();
    this.sync();
  }

  /** Form value and validity follow the answers, and linked elements hear of it. */
  private sync(): void {
    this.emit('sdm-profile', undefined, { bubbles: false, composed: false });
    const json = JSON.stringify(this.current);
    this.internals.setFormValue(json, json);
    const finished = this.stage === 'done' || this.profile.triage === 'emergency';
    // Before the locale's words are loaded there is no message to give: the first update sets it.
    if (!isLocaleLoaded(this.localeController.locale, ['base'])) return;
    if (this.required && !finished) {
      this.internals.setValidity({ valueMissing: true }, localeText(this.localeController.locale).questionnaireUi.requiredMissing);
    } else {
      this.internals.setValidity({});
    }
  }

  /** After every answer: update, keep a copy if asked to, and tell the page. */
  private changed(): void {
    this.sync();
    const key = this.settings.persist;
    if (key) this.copy.save(key, JSON.stringify(this.current));
    this.emit<SdmAnswersChangeDetail>('change', { answers: this.answers });
  }

  private goTo(stage: Stage, focus: string): void {
    this.stage = stage;
    this.focusNext = focus;
  }

  private firstMissing(ids: readonly string[]): void {
    this.missing = new Set(ids);
    this.focusNext = questionSelector(ids[0]!);
  }

  private readonly on: QuestionnaireHandlers = {
    choose: (event: Event) => {
      const input = event.target as HTMLInputElement;
      const id = input.closest<HTMLElement>('[data-question]')?.dataset.question;
      if (input.type !== 'radio' || !id) return;
      if (isTier1Id(id)) this.on.safety(id, input.value === 'yes');
      else if (isItemId(id)) this.on.item(id, Number(input.value) as Likert);
      else if (id === WANT_SCAN_ID && isWantScan(input.value)) this.on.wantScan(input.value);
    },
    safety: (id, yes) => {
      this.current = { ...this.current, emergency: { ...this.current.emergency, [id]: yes } };
      this.missing.delete(id);
      this.changed();
      const emergency = this.profile.triage === 'emergency';
      if (emergency && !this.wasEmergency) {
        this.focusNext = `#${this.idPrefix}-emergency-heading`;
        this.emit<SdmEmergencyDetail>('sdm-emergency', { signs: this.profile.flags.emergencySigns, instructions: this.emergencyText() });
      }
      this.wasEmergency = emergency;
    },
    noneOfThese: () => {
      this.current = { ...this.current, emergency: Object.fromEntries(TIER1_IDS.map((id) => [id, false])) };
      this.missing = new Set();
      this.goTo('items', `#${this.idPrefix}-items-heading`);
      this.changed();
    },
    continueFromSafety: () => {
      const open = TIER1_IDS.filter((id) => this.current.emergency[id] === undefined);
      if (open.length) this.firstMissing(open);
      else this.goTo('items', `#${this.idPrefix}-items-heading`);
      this.sync();
    },
    item: (id: ItemId, value: Likert) => {
      this.current = { ...this.current, items: { ...this.current.items, [id]: value } };
      this.missing.delete(id);
      this.changed();
    },
    wantScan: (value: WantScan) => {
      this.current = { ...this.current, wantScan: value };
      this.missing.delete(WANT_SCAN_ID);
      this.changed();
    },
    worry: (text: string) => {
      const { worry: _old, ...rest } = this.current;
      this.current = text.trim() ? { ...rest, worry: text } : rest;
      this.changed();
    },
    next: () => {
      const id = STEP_IDS[this.index] ?? WORRY_ID;
      if (REQUIRED_IDS.includes(id) && !isAnswered(this.current, id)) return this.firstMissing([id]);
      if (this.returnToReview) return this.on.review();
      this.index = Math.min(this.index + 1, STEP_IDS.length - 1);
      this.focusNext = questionSelector(STEP_IDS[this.index]!);
    },
    back: () => {
      if (this.index === 0) return this.goTo('safety', `#${this.idPrefix}-safety-heading`);
      this.index -= 1;
      this.focusNext = questionSelector(STEP_IDS[this.index]!);
    },
    review: () => {
      const open = REQUIRED_IDS.filter((id) => !isAnswered(this.current, id));
      if (open.length) {
        if (this.mode === 'step') this.index = STEP_IDS.indexOf(open[0]!);
        return this.firstMissing(open);
      }
      this.returnToReview = false;
      this.goTo('review', `#${this.idPrefix}-review-heading`);
    },
    change: (id: StepId) => {
      this.returnToReview = true;
      this.index = STEP_IDS.indexOf(id);
      this.goTo('items', questionSelector(id));
    },
    submit: () => {
      this.goTo('done', `#${this.idPrefix}-done-heading`);
      this.sync();
      this.clearCopy();
      const detail: SdmCompleteDetail = { profile: this.profile, questionnaireResponse: this.questionnaireResponse };
      this.emit('sdm-complete', detail);
    },
    restart: () => this.reset(),
  };

  /** Clears every answer and starts again at the safety check (also what form reset does). */
  reset(): void {
    this.current = emptyAnswers();
    this.inputProblems = [];
    this.missing = new Set();
    this.index = 0;
    this.wasEmergency = false;
    this.returnToReview = false;
    this.clearCopy();
    this.goTo('safety', `#${this.idPrefix}-safety-heading`);
    this.sync();
  }

  /** The answers went with the form: the copy kept for a reload is no longer needed. */
  protected override formSubmitted(): void {
    this.clearCopy();
    this.requestUpdate();
  }

  private clearCopy(): void {
    const key = this.settings.persist;
    if (key) this.copy.clear(key);
  }

  formResetCallback(): void {
    this.reset();
    this.focusNext = null;
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  formStateRestoreCallback(saved: string | File | FormData | null): void {
    if (typeof saved === 'string') this.apply(checkAnswers(saved), 'invalid-answers', 'restore');
  }

  /** The emergency instructions for this page: its language, and any number or service it set. */
  private emergencyText(): string {
    const { locale, match } = this.localeController.resolved;
    const { emergencyNumber, emergencyService } = this.settings;
    const overridden = Boolean(emergencyNumber);
    // Outside the locales we know (en-AU, fr…), never guess a number: say "your local emergency number".
    if (match !== 'exact' && !overridden) return localeText(locale).questionnaireUi.genericEmergency;
    return emergencyInstructions(locale, { number: emergencyNumber ?? '', service: emergencyService ?? '' });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('required')) this.reporter.run(() => this.sync());
  }

  protected override firstUpdated(): void {
    // Hydrated: now follow the linked plan.
    if (this.serverDrawn && this.planFor)
      void this.updateComplete.then(
        () => this.requestUpdate(),
        () => undefined,
      );
  }

  protected override updated(): void {
    if (!this.focusNext) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusNext);
    this.focusNext = null;
    target?.focus();
  }

  protected override draw(): TemplateResult {
    const locale = this.localeController.locale;
    const content = localeText(locale).questionnaire;
    const ui = localeText(locale).questionnaireUi;
    // The language note and a copy that could not be kept; settings that could not be used, then answers.
    const notices = [this.copy.problem('persist', locale)];
    const problems = [
      { heading: this.localeController.messages.problems.settingsHeading, problems: this.settingProblems },
      { heading: ui.badAnswersHeading, problems: this.inputProblems },
    ];
    if (this.settings.view === 'clinician') {
      const { review, problem } = this.followed;
      const planProblem = { heading: ui.clinician.inPlan.problemHeading, problems: problem ? [problem] : [] };
      return html`${this.header([...problems, planProblem], notices)}${clinicianView(this.profile, content, ui, review)}`;
    }

    const vm: QuestionnaireViewModel = {
      content,
      ui,
      answers: this.current,
      stage: this.stage,
      mode: this.settings.mode,
      index: this.index,
      missing: this.missing,
      emergencyText: this.emergencyText(),
      idPrefix: this.idPrefix,
      typed: this.limits.typed,
    };
    const emergency = this.profile.triage === 'emergency';
    const body =
      emergency || this.stage === 'safety'
        ? safetyView(vm, this.on, emergency)
        : this.stage === 'items'
          ? itemsView(vm, this.on)
          : this.stage === 'review'
            ? reviewView(vm, this.on)
            : doneView(vm, this.on);
    return html`${this.header(problems, notices)}
      <fieldset class="frame" ?disabled=${this.disabled || this.formDisabled}>
        <legend class="title">${content.title}</legend>
        ${body}
      </fieldset>`;
  }
}
