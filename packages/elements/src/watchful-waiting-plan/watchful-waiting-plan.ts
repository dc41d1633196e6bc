import {
  localeText,
  addDays,
  checkPlan,
  checkProfile,
  decisionNeeded,
  defaultPlan,
  EARLY_REVIEW_DAYS,
  isIsoDate,
  isSelfCareId,
  isSignId,
  isSignStatus,
  isTier1Id,
  localTodayIso,
  mergeServices,
  planModel,
  planWarnings,
  reportedSigns,
  reviewConflicts,
  SELF_CARE_IDS,
  TIER1_IDS,
  toICalendar,
  triageOf,
  unsettledReports,
  validatePlan,
  wellFormed,
  type ClinicalDecision,
  type DecisionKind,
  type ExpectationProfile,
  type Plan,
  type PlanCheck,
  type PlanProblem,
  type ServiceOverrides,
} from '@scanwise/core';
import { html, isServer, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { quoteValue } from '../shared/attributes.js';
import type { SdmListener, SdmPlanChangeDetail, SdmProblem, SdmWatchfulWaitingPlanEventMap } from '../shared/events.js';
import { inputProblem, profileProblems } from '../shared/input-problem.js';
import { invalidJsonProblem, readJsonChild } from '../shared/json-child.js';
import { adoptEarly } from '../shared/upgrade.js';
import { FormControlElement } from '../shared/form-control.js';
import { PrintController } from '../shared/print.js';
import { ProfileLink } from '../shared/profile-link.js';
import { SessionCopy } from '../shared/session-store.js';
import { TextLimitController } from '../shared/text-limit.js';
import { planSheets } from './watchful-waiting-plan.styles.js';
import { RECHECKED } from './watchful-waiting-plan.edit.view.js';
import { planEditView, planView, type PlanEditHandlers } from './watchful-waiting-plan.view.js';

export type { SdmPlanChangeDetail } from '../shared/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'sdm-watchful-waiting-plan': SdmWatchfulWaitingPlan;
  }
}

/** The browser's time zone, for calendar files of plans that do not name one. */
function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

/** A list typed one item a line. */
const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** `addEventListener` typed with the element's own events, `change` among them. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed listeners
export interface SdmWatchfulWaitingPlan {
  addEventListener<K extends keyof SdmWatchfulWaitingPlanEventMap>(
    type: K,
    listener: SdmListener<SdmWatchfulWaitingPlanEventMap, K>,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

/**
 * The watchful-waiting plan: the clinician fills it in (`mode="edit"`) and the patient keeps it
 * (`mode="view"`): what we checked today, what to expect with honest numbers, the steps week
 * by week, the warning signs with the locale's services, the dates with a calendar file, and
 * who to contact.
 *
 * Brief by default: the patient's plan opens with a short card (part `glance`), so a patient who
 * reads nothing else knows the plan: the next date to keep (the review, or the earlier review
 * after a sign assessed as safe to wait; with tests arranged, what was arranged and by when),
 * the first three self-care steps chosen, and when to get help, with the two actions and their
 * numbers (the signs themselves are listed once, in the safety net). The detailed sections
 * follow. A patient who needs to be seen gets no card: that advice is already short. On paper
 * the card is a box across the top of the first sheet and costs no extra sheet.
 *
 * A sign the clinician records as present is their finding, made while seeing the patient, so
 * it asks for their decision, and the patient sees that decision, not an alarm:
 * - a Tier 1 sign present is an emergency referral: the patient sees what was arranged, with
 *   "go to A&E or call 999 now if this is not already happening", and no waiting text at all;
 * - a Tier 2 warning sign present is either "tests or referral arranged" (what, and by when:
 *   the plan keeps the self-care steps and warning signs but no dates or recovery figures) or
 *   "assessed: waiting is still right" (the clinician's reason first, and an earlier review,
 *   7 days by default);
 * - until a Tier 2 sign has a decision, the patient sees "you need to be seen today" (the safe
 *   side), and the form is invalid;
 * - a background risk factor (age under 20 or over 50) is noted only: on its own the plan
 *   stays routine, and it is never in the "get help" lists.
 *
 * The questionnaire's profile (`profile` property, or `for="questionnaire-id"`) tailors the
 * plan: threat high puts the safety net and "what we checked" first; legitimacy high adds a
 * written record of the diagnosis and plan; navigation high leads with the steps and dates.
 * An emergency sign the patient reported there wins until the review settles it: recorded as
 * present, or asked again and recorded "Asked again: absent" (`plan.rechecked`). Until then the
 * patient sees emergency advice, the form flags the sign and is invalid.
 *
 * Form-associated: with a `name`, the plan (JSON) submits with the surrounding `<form>`, and
 * it takes part in reset, `disabled` and state restore. It is invalid while the plan as edited
 * is not a valid plan (a review before the check-in, a sign present without a complete
 * decision) or leaves a reported sign unsettled; signs left "not asked" and far-off dates are
 * warnings, not errors. The plan comes in through the `plan` property (an object or JSON text)
 * or a `<script type="application/json">` child; another element can follow it through the
 * `sdm-plan` event and the `plan` getter.
 *
 * Services: the locale's (999, A&E, NHS 111 for en-GB; 911, the emergency room for en-US and
 * es-US; 112, urgencias, the centro de salud for es-ES), then the attributes, then
 * `plan.services`. For a region we have no services for (en-AU, plain `es`, or no `lang` at
 * all) no number is guessed unless the page sets one. Attributes are held to the
 * plan's own limits: `emergency-number` must be a phone number (else it is reported and the
 * usual number is used), and text over 200 characters is cut and reported.
 *
 * Opt-in `persist="key"`: the plan as edited is kept in sessionStorage under that key, so a
 * reload in edit mode does not lose the clinician's work (a tab that is closed forgets it). It is
 * read when the element connects, unless a JSON child or the `plan` property gives a plan; it is
 * cleared when the surrounding form is submitted or reset. A copy that cannot be read is reported
 * (a warning) and the plan starts new.
 *
 * Paper: a two-column leaflet of one or two sheets (a written record adds a sheet of its own),
 * with the card across the top.
 * Printing in edit mode prints the patient's plan as it stands, not the form.
 *
 * @summary Your back pain plan: what we checked, what to expect, what to do, and when to get help.
 * @tag sdm-watchful-waiting-plan
 *
 * @fires {CustomEvent<SdmPlanChangeDetail>} change - The clinician changed the plan (edit mode). `detail.plan`: the plan, with its
 *   `decision` as edited (complete or not). Bubbles, composed.
 * @fires {Event} sdm-plan - The plan in force changed in any way (the `plan` property, a JSON child, an
 *   edit, form reset, state restore, or `today` for a new plan); read `plan`. A plain `Event`
 *   that does not bubble, like the questionnaire's `sdm-profile`: an element that follows the
 *   plan with `plan-for` listens on this element.
 * @fires {CustomEvent<SdmErrorDetail>} sdm-error - The plan, `today`, the profile (`invalid-profile`) or the language could not
 *   be used as given; valid parts are kept and shown. Also: an attribute too long (`too-long`), an
 *   `emergency-number` that is not a phone number (`invalid-phone`), an unknown `mode`
 *   (`unknown-value`: `view` is used), a `for` id that names nothing once the page has loaded
 *   (`missing-target`), a `persist` copy that cannot be read or kept (`persist-unreadable`,
 *   `persist-unavailable`), or the plan could not be drawn (`render-failed`: a message is shown
 *   instead, and the plan is kept). `detail`: `{ code, field, message, component, problems, count }`.
 *
 * @csspart plan - The patient's plan (view mode).
 * @csspart section - Every section of the patient's plan; each also has its own part, below.
 * @csspart glance - The card the plan opens with: the next date, the steps that matter most, and when to get help.
 * @csspart needs-to-be-seen - "You need to be seen now / today": a Tier 1 sign (with what was arranged), or a Tier 2 sign with no decision yet.
 * @csspart arranged - "What happens next": the tests or referral the clinician arranged for a Tier 2 sign.
 * @csspart early-review - "Why waiting is still right for you": the sign found, the clinician's reason and the earlier review.
 * @csspart statement - The written record of the visit (legitimacy high).
 * @csspart checked - "What we checked today".
 * @csspart safety-net - The warning signs, with what to do and who to call.
 * @csspart recovery - "What to expect", with the research figures.
 * @csspart goals - The patient's goals.
 * @csspart steps - The self-care steps, stretch by stretch.
 * @csspart dates - The early review (after a Tier 2 sign, waiting), the check-in and the review dates.
 * @csspart calendar - The "add to calendar" link.
 * @csspart routine-review - When to book an appointment sooner.
 * @csspart scan-triggers - When a scan or referral would be considered again.
 * @csspart contacts - Who to contact (on paper, below a card, without the emergency and same-day services the card names).
 * @csspart figure - Each icon array.
 * @csspart edit - The clinician's form (edit mode).
 * @csspart edit-red-flags - The red-flag review in the form.
 * @csspart edit-decision - The clinician's decision, shown while a sign is present.
 * @csspart edit-self-care - The self-care choices in the form.
 * @csspart edit-goals - The goals box in the form.
 * @csspart edit-dates - The dates and scan triggers in the form.
 * @csspart edit-practice - The practice and clinician fields.
 * @csspart warnings - Things to check before sharing the plan (edit mode).
 * @csspart edit-errors - Things to fix before sharing the plan (edit mode).
 * @csspart error - A message about input that could not be used.
 * @csspart notice - A note such as a language fallback.
 *
 * @cssproperty [--sdm-watchful-waiting-plan-max-width=48rem] - Largest width.
 * @cssproperty [--sdm-color-emergency=light-dark(#b00020, #ff8a80)] - Border and heading of "get help now", and the card's emergency action.
 * @cssproperty [--sdm-color-emergency-bg=light-dark(#fdecee, #3b1115)] - Background of "get help now".
 * @cssproperty [--sdm-color-urgent=light-dark(#8a4b00, #ffc46b)] - Border and heading of "get help today", the card's same-day action, and the clinician's decision (tests arranged, waiting still right).
 * @cssproperty [--sdm-color-urgent-bg=light-dark(#fff4e5, #3a2a12)] - Background of "get help today" and of the clinician's decision.
 * @cssproperty [--sdm-color-card-bg=light-dark(#f6f8fa, #1c2127)] - Background of the boxed parts and the card.
 * @cssproperty [--sdm-color-primary=light-dark(#0b5cad, #8cc4ff)] - The card's border, the calendar link and chosen answers in the form.
 * @cssproperty [--sdm-icon-counted=light-dark(#1f5f8b, #7cc0ee)] - Fill of the counted people in icon arrays.
 * @cssproperty [--sdm-font-family=system-ui] - Font of all Scanwise elements.
 * @cssproperty [--sdm-watchful-waiting-plan-print-font-size=9.5pt] - Text size on paper. Larger for large print (14pt, say), on more sheets.
 * @cssproperty [--sdm-print-font-family=Arial] - Font on paper (Arial, Liberation Sans or Helvetica, so pages break the same everywhere).
 * @cssproperty [--sdm-color-text=light-dark(#1b1f24, #eef1f4)] - Text colour.
 * @cssproperty [--sdm-print-color=#000] - Colour of text and lines on paper.
 * @cssproperty [--sdm-font-size=1rem] - Base text size.
 * @cssproperty [--sdm-line-height=1.5] - Line height.
 * @cssproperty [--sdm-color-muted=light-dark(#4a5562, #b7c0ca)] - Colour of hints and other quieter text.
 * @cssproperty [--sdm-color-link=light-dark(#0b5cad, #8cc4ff)] - Link colour.
 * @cssproperty [--sdm-color-border=light-dark(#c5ccd4, #56606b)] - Borders of boxes, fields and tables.
 * @cssproperty [--sdm-color-focus=light-dark(#0b5cad, #8cc4ff)] - Outline of the part that has keyboard focus.
 * @cssproperty [--sdm-color-error-bg=light-dark(#fff4e5, #3a2a12)] - Background of error messages.
 * @cssproperty [--sdm-color-error-border=light-dark(#b35900, #ffb366)] - Border of error messages and of a field to fix in the form.
 * @cssproperty [--sdm-space=0.75rem] - The spacing unit: padding of boxes and space between parts.
 * @cssproperty [--sdm-radius=0.375rem] - Corner radius of boxes and fields.
 * @cssproperty [--sdm-icon-others=light-dark(#ffffff, #1b1f24)] - Fill of the other people in icon arrays.
 * @cssproperty [--sdm-icon-others-stroke=light-dark(#6b7785, #9aa6b2)] - Outline of the other people in icon arrays.
 * @cssproperty [--sdm-icon-array-size=18rem] - Largest width of an icon array's grid.
 * @cssproperty [--sdm-icon-array-max-width=26rem] - Largest width of a whole icon array figure.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed listeners (above)
export class SdmWatchfulWaitingPlan extends FormControlElement {
  static override styles = planSheets;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  protected static override idBase = 'sdm-wwp';

  /** `view` (default): the patient's plan. `edit`: the clinician's form. Any other value is reported and `view` is used. */
  @property({ reflect: true }) mode: 'view' | 'edit' = 'view';

  /** Form field name: with it, the plan (JSON) submits with the surrounding form. */
  @property({ reflect: true }) name?: string;

  /** Id of an `<sdm-imaging-questionnaire>` on the page whose answers tailor the plan. */
  @property({ reflect: true }) for?: string;

  /** Today's date, YYYY-MM-DD: the start of a new plan and the date of the written record. Default: the current date. */
  @property({ reflect: true }) today?: string;

  /** Disables the form (edit mode). */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /**
   * Opt-in: keep the plan as edited in sessionStorage under this key, so it survives a reload.
   * Cleared when the surrounding form is submitted or reset.
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

  /** Same-day phone line, worded to follow "Call" / "Llame a" (NHS 111 for en-GB). */
  @property({ attribute: 'urgent-line' }) urgentLine?: string;

  /** Same-day place, worded to follow "get" (en-GB) or "go to" (en-US, "vaya a" es-US), e.g. "urgent care". */
  @property({ attribute: 'urgent-place' }) urgentPlace?: string;

  /** The questionnaire's profile. Wins over `for`. */
  @property({ attribute: false }) profile?: ExpectationProfile | null;

  /** The plan as edited, or null for a new plan (made from `today` when needed). */
  @state() private draft: Plan | null = null;
  @state() private inputProblems: SdmProblem[] = [];
  @state() private formDisabled = false;

  private readonly link = new ProfileLink(this, () => this.for);
  /** Printing opens folded parts; from edit mode it prints the patient's plan, not the form. */
  private readonly print = new PrintController(this);
  private readonly copy = new SessionCopy();
  /** The form's text boxes as typed, for their counts near the limit. */
  private readonly limits = new TextLimitController(this);
  /** What form reset goes back to: the plan last given from outside. */
  private given: { plan: Plan | null; problems: SdmProblem[] } = { plan: null, problems: [] };
  private loaded = false;
  /**
   * The last decision of each kind edited, so that switching between "tests arranged" and
   * "waiting", or a sign unticked and ticked again, does not lose what was typed.
   */
  private kept: Partial<Record<DecisionKind, ClinicalDecision>> = {};

  /** The attributes, read within their limits (see AttributeReader), with what could not be used. */
  private get settings() {
    return this.readAttributes((read) => ({
      mode: read.choice('mode', this.mode, ['view', 'edit'] as const, 'view'),
      today: read.token('today', this.today),
      for: read.token('for', this.for),
      persist: read.token('persist', this.persist),
      emergencyNumber: read.phone('emergency-number', this.emergencyNumber),
      emergencyService: read.text('emergency-service', this.emergencyService),
      urgentLine: read.text('urgent-line', this.urgentLine),
      urgentPlace: read.text('urgent-place', this.urgentPlace),
    }));
  }

  /** The profile in force (the property, else the linked questionnaire's), read by core's `checkProfile` (its problems worded when listed). */
  private get profileRead() {
    return checkProfile(this.profile !== undefined ? this.profile : this.for && !this.hydrating ? this.link.profile : null);
  }

  /** The plan (a copy). Set a `Plan` object or its JSON text; invalid parts are reported and left out. */
  get plan(): Plan {
    return structuredClone(this.current);
  }
  set plan(value: Plan | string | null | undefined) {
    this.loaded = true;
    if (value == null) this.take(null, []);
    else this.apply(checkPlan(value, this.todayIso), 'plan');
  }

  /** The problems with the current input (empty when all is well). */
  override get problems(): SdmProblem[] {
    const out: SdmProblem[] = [];
    const locale = this.localeController.problem;
    if (locale) out.push(locale);
    const settings = this.settings;
    out.push(...settings.problems);
    const lang = this.localeController.locale;
    const missing = this.profile === undefined && !this.hydrating ? this.link.missing('for', lang) : null;
    if (missing) out.push(missing);
    const persisted = this.copy.problem('persist', lang);
    if (persisted) out.push(persisted);
    const today = settings.today;
    if (today && !isIsoDate(today)) {
      out.push({
        code: 'invalid-today',
        field: 'today',
        message: localeText(lang).messages.problems.invalidToday(quoteValue(today)),
      });
    }
    out.push(...profileProblems(this.profileRead.problems, () => lang));
    return [...out, ...this.inputProblems];
  }

  private get todayIso(): string {
    // Today in the browser's own time zone: a plan is about the patient's days.
    return isIsoDate(this.today) ? this.today : localTodayIso();
  }

  private get current(): Plan {
    return this.draft ?? defaultPlan(this.todayIso);
  }

  /** The form words its checks and warnings; a plan given or linked may have problems to word. */
  protected override get needsInputWords(): boolean {
    return (
      this.mode === 'edit' || this.inputProblems.length > 0 || this.profileRead.problems.length > 0 || !checkPlan(this.current, this.todayIso).ok
    );
  }

  /** The profile in force: the property, else the linked questionnaire's (a JSON text parsed; null if not an object). */
  private get activeProfile(): ExpectationProfile | null {
    return this.profileRead.profile;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.loaded) return;
    this.loaded = true;
    // A value set before the tag was defined wins, as one set later would.
    if (adoptEarly(this, 'plan')) return;
    const child = readJsonChild(this);
    if (!child.found) {
      // The server drew it without the browser's copy: hydrate that, then restore the copy,
      // unless a plan came in meanwhile.
      if (this.hydrating)
        void this.updateComplete.then(
          () => this.draft === null && this.restore(),
          () => undefined,
        );
      else this.restore();
      return;
    }
    if (child.ok) this.apply(checkPlan(child.value, this.todayIso), 'script');
    else this.take(null, [invalidJsonProblem(() => this.localeController.locale)]);
  }

  /** With `persist`: the plan as edited before a reload, as a draft (a new plan stays what form reset goes back to). */
  private restore(): void {
    const key = this.settings.persist;
    if (!key) return;
    const saved = this.copy.load(key, (text) => {
      const result = checkPlan(text, this.todayIso);
      return result.ok ? result.plan : null;
    });
    if (!saved) return;
    this.draft = saved;
    this.kept = saved.decision ? { [saved.decision.kind]: structuredClone(saved.decision) } : {};
    this.planChanged();
  }

  /**
   * Takes a plan from outside: bad input keeps every valid part (checkPlan's `partial`). It may
   * come before the words are loaded: each problem is worded in the locale when it is listed.
   */
  private apply(result: PlanCheck, field: string): void {
    if (result.ok) return this.take(result.plan, []);
    const locale = () => this.localeController.locale;
    const problems = result.problems.map((p) => inputProblem(p.code ?? 'invalid-plan', `${field}.${p.field}`, p.say, locale));
    this.take(result.partial, problems);
  }

  private take(plan: Plan | null, problems: SdmProblem[]): void {
    this.given = { plan, problems };
    this.draft = plan && structuredClone(plan);
    this.inputProblems = problems;
    this.limits.clear();
    this.kept = plan?.decision ? { [plan.decision.kind]: structuredClone(plan.decision) } : {};
    this.planChanged();
  }

  /** Tells followers (`plan-for`) that the plan in force changed: they read `plan`. */
  private planChanged(): void {
    this.emit('sdm-plan', undefined, { bubbles: false, composed: false });
  }

  /**
   * What stops the plan as it stands being shared: it is not a valid plan (validatePlan: a
   * review before the check-in, a sign present without a complete decision), or an emergency
   * sign the patient reported is not settled by the review (reviewConflicts).
   */
  private get editErrors(): PlanProblem[] {
    const plan = this.current;
    const locale = this.localeController.locale;
    const checked = validatePlan(plan, this.todayIso, locale);
    return [...(checked.ok ? [] : checked.problems), ...reviewConflicts(plan, this.activeProfile, locale)];
  }

  /** A new decision of a kind: the one last edited, or a blank one (waiting: review in 7 days). */
  private decisionOfKind(kind: DecisionKind): ClinicalDecision {
    const kept = this.kept[kind];
    const d: ClinicalDecision = kept
      ? structuredClone(kept)
      : kind === 'emergency'
        ? { kind, arranged: '' }
        : kind === 'referral'
          ? { kind, arranged: '', by: '' }
          : { kind, reason: '', review: '' };
    if (d.kind === 'wait' && !d.review) d.review = addDays(this.todayIso, EARLY_REVIEW_DAYS);
    return d;
  }

  /**
   * The decision kept in step with the review: none while no sign is present; an emergency
   * referral while a Tier 1 sign is present; and no emergency referral for Tier 2 signs alone
   * (the clinician chooses between tests arranged and waiting).
   */
  private fitDecision(plan: Plan): ClinicalDecision | null {
    const need = decisionNeeded(plan.redFlags);
    const d = plan.decision;
    if (!need) return null;
    if (need === 'emergency') return d?.kind === 'emergency' ? d : this.decisionOfKind('emergency');
    return d?.kind === 'emergency' ? null : d;
  }

  /** One edit of the decision (`decision.<key>`); false when the control does not fit the plan. */
  private editDecision(plan: Plan, key: string | undefined, control: HTMLInputElement | HTMLTextAreaElement): boolean {
    const need = decisionNeeded(plan.redFlags);
    if (!need) return false;
    const value = control.value;
    if (key === 'kind') {
      if (need !== 'tier2' || (value !== 'referral' && value !== 'wait') || !(control as HTMLInputElement).checked) return false;
      plan.decision = plan.decision?.kind === value ? plan.decision : this.decisionOfKind(value);
    } else {
      const d = plan.decision ?? (need === 'emergency' ? this.decisionOfKind('emergency') : null);
      if (!d) return false;
      if (key === 'arranged' && d.kind !== 'wait') d.arranged = value.trim();
      else if (key === 'by' && d.kind === 'referral') d.by = value;
      else if (key === 'reason' && d.kind === 'wait') d.reason = value.trim();
      else if (key === 'review' && d.kind === 'wait') d.review = value;
      else return false;
      plan.decision = d;
    }
    this.kept[plan.decision.kind] = structuredClone(plan.decision);
    return true;
  }

  /** Form value and validity follow the plan. */
  private sync(): void {
    const json = JSON.stringify(this.current);
    this.internals.setFormValue(json, json);
    const [first] = this.editErrors;
    if (first) this.internals.setValidity({ customError: true }, first.message);
    else this.internals.setValidity({});
  }

  /** One change from the form: the control's `data-field` says which part of the plan it edits. */
  private readonly on: PlanEditHandlers = {
    change: (event: Event) => {
      const control = event.target as HTMLInputElement | HTMLTextAreaElement;
      const field = control.dataset.field;
      if (!field) return;
      const plan = this.plan;
      const value = control.value;
      const [group, key] = field.split('.');
      if (group === 'redFlags') {
        if (!isSignId(key) || !(control as HTMLInputElement).checked) return;
        if (value === RECHECKED && isTier1Id(key)) plan.redFlags[key] = 'absent';
        else if (isSignStatus(value)) plan.redFlags[key] = value;
        else return;
        // "Asked again: absent" is its own choice; any other status takes it back.
        plan.rechecked = TIER1_IDS.filter((id) => (id === key ? value === RECHECKED : plan.rechecked.includes(id)));
        plan.decision = this.fitDecision(plan);
      } else if (group === 'decision') {
        if (!this.editDecision(plan, key, control)) return;
      } else if (group === 'selfCare') {
        if (!isSelfCareId(value)) return;
        const on = (control as HTMLInputElement).checked;
        plan.selfCare = SELF_CARE_IDS.filter((id) => (id === value ? on : plan.selfCare.includes(id)));
      } else if (group === 'selfCareNote') plan.selfCareNote = value.trim();
      else if (group === 'goals' || group === 'scanTriggers') plan[group] = lines(value);
      else if (group === 'checkIn' || group === 'review') plan[group] = value;
      else if (group === 'practice' && (key === 'name' || key === 'phone' || key === 'clinician')) plan.practice[key] = value.trim();
      else return;
      this.draft = plan;
      this.sync();
      const persistKey = this.settings.persist;
      if (persistKey) this.copy.save(persistKey, JSON.stringify(plan));
      this.planChanged();
      this.emit<SdmPlanChangeDetail>('change', { plan: this.plan });
    },
  };

  formResetCallback(): void {
    this.clearCopy();
    this.take(this.given.plan, this.given.problems);
  }

  /** The plan went with the form: the copy kept for a reload is no longer needed. */
  protected override formSubmitted(): void {
    this.clearCopy();
  }

  private clearCopy(): void {
    const key = this.settings.persist;
    if (key) this.copy.clear(key);
    this.requestUpdate();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  formStateRestoreCallback(saved: string | File | FormData | null): void {
    if (typeof saved === 'string') this.apply(checkPlan(saved, this.todayIso), 'restore');
  }

  /** The page's services: none guessed for a region we do not know, then the attributes. */
  private get pageServices(): ServiceOverrides {
    const { locale, match } = this.localeController.resolved;
    const s = this.settings;
    const attributes: ServiceOverrides = {
      emergency: { number: s.emergencyNumber ?? '', service: s.emergencyService ?? '' },
      urgent: { line: s.urgentLine ?? '', place: s.urgentPlace ?? '' },
    };
    return match === 'exact' ? attributes : mergeServices(localeText(locale).plan.unknownRegionServices, attributes);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('for') && this.hasUpdated) this.link.retarget();
    // A new plan is made from today: another day is another plan.
    if (changed.has('today') && !this.draft) this.planChanged();
    this.reporter.run(() => this.sync());
  }

  protected override firstUpdated(): void {
    // Hydrated: now draw what the server could not (the calendar link, the linked questionnaire).
    if (this.serverDrawn)
      void this.updateComplete.then(
        () => this.requestUpdate(),
        () => undefined,
      );
  }

  protected override draw(): TemplateResult {
    const locale = this.localeController.locale;
    const t = localeText(locale).plan;
    const editing = this.settings.mode === 'edit' && !this.print.printing;
    // In the form, a decision missing from the plan given is the form's own error while it
    // holds (and gone once the clinician records one), so it is not repeated as input that
    // could not be used.
    const problems = this.problems.filter(
      (p) => p.code !== 'unknown-locale' && !(editing && p.code === 'invalid-plan' && /^[^.]+\.decision(\.|$)/.test(p.field ?? '')),
    );
    const notices = this.header([{ heading: t.ui.problemHeading, problems }]);
    const plan = this.current;
    if (editing) {
      const profile = this.activeProfile;
      const vm = {
        plan,
        t,
        triage: triageOf(plan, profile),
        reported: reportedSigns(profile),
        unsettled: unsettledReports(plan, profile),
        warnings: planWarnings(plan, this.todayIso, this.localeController.locale),
        errors: this.editErrors,
        idPrefix: this.idPrefix,
        disabled: this.disabled || this.formDisabled,
        typed: this.limits.typed,
      };
      return html`${notices}${planEditView(vm, this.on)}`;
    }
    const services = this.pageServices;
    const model = planModel(plan, { locale, today: this.todayIso, profile: this.activeProfile, services });
    // The calendar file is the browser's (its time zone): not drawn on the server, nor by the
    // update that hydrates what the server drew (firstUpdated draws it next).
    if (isServer || this.hydrating) {
      return html`${notices}${planView(model, { idPrefix: this.idPrefix, open: this.print.printing })}`;
    }
    const zone = plan.timeZone ?? browserTimeZone();
    const ics = toICalendar({ ...plan, ...(zone ? { timeZone: zone } : {}) }, { locale, services });
    return html`${notices}${planView(model, {
      idPrefix: this.idPrefix,
      open: this.print.printing,
      calendarHref: `data:text/calendar;charset=utf-8,${encodeURIComponent(wellFormed(ics))}`,
      calendarFileName: `back-pain-plan-${plan.review}.ics`,
    })}`;
  }
}
