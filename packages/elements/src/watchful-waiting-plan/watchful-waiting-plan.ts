import {
  defaultPlan,
  isIsoDate,
  isSelfCareId,
  isSignId,
  isSignStatus,
  mergeServices,
  planCatalog,
  planModel,
  planWarnings,
  SELF_CARE_IDS,
  toICalendar,
  triageOf,
  validatePlan,
  type ExpectationProfile,
  type Plan,
  type PlanResult,
  type ServiceOverrides,
} from '@scanwise/core';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { SdmProblem } from '../shared/events.js';
import { readJsonChild } from '../shared/json-child.js';
import { LocaleController } from '../shared/locale-controller.js';
import { FormControlElement } from '../shared/form-control.js';
import { PrintController } from '../shared/print.js';
import { ProblemReporter } from '../shared/problem-reporter.js';
import { ProfileLink } from '../shared/profile-link.js';
import { noticeView, problemView } from '../shared/problem.view.js';
import { planSheets } from './watchful-waiting-plan.styles.js';
import { planEditView, planView, type PlanEditHandlers } from './watchful-waiting-plan.view.js';

/** `detail` of the plan's `change` event: the plan as it now stands. */
export interface SdmPlanChangeDetail {
  plan: Plan;
}

declare global {
  interface HTMLElementTagNameMap {
    'sdm-watchful-waiting-plan': SdmWatchfulWaitingPlan;
  }
}

/** Today in the browser's own time zone, YYYY-MM-DD (a plan is about the patient's days). */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
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

let instances = 0;

/**
 * The watchful-waiting plan: the clinician fills it in (`mode="edit"`) and the patient keeps
 * it (`mode="view"`): what we checked today, what to expect with honest numbers, the steps
 * week by week, the warning signs with the locale's services, the review date with a
 * calendar file, and who to contact. Any red flag recorded as present turns it into "needs to
 * be seen" guidance (Tier 1: now; Tier 2: today), with no watchful-waiting text at all.
 *
 * Tailored by the questionnaire's profile (`profile` property, or `for="questionnaire-id"`):
 * threat high puts the safety net and "what we checked" first; legitimacy high adds a written
 * record of the diagnosis and plan; navigation high leads with the steps and dates.
 *
 * Form-associated: with a `name`, the plan (JSON) submits with the surrounding `<form>`, and
 * it takes part in reset, `disabled` and state restore. It is invalid only while the plan as
 * edited is not a valid plan (for example a review before the check-in); signs left "not
 * asked" and far-off dates are warnings, not errors. The plan comes in through the `plan`
 * property (an object or JSON text) or a `<script type="application/json">` child.
 *
 * Services: the locale's (999, A&E, NHS 111 for en-GB; 911, the emergency room for en-US),
 * then the attributes, then `plan.services`. For a region we have no services for (en-AU, or
 * no `lang` at all) no number is guessed unless the page sets one.
 *
 * Paper: a two-column leaflet of one or two sheets (a written record adds a sheet of its own).
 * Printing in edit mode prints the patient's plan as it stands, not the form.
 *
 * @summary Your back pain plan: what we checked, what to expect, what to do, and when to get help.
 * @tag sdm-watchful-waiting-plan
 *
 * @fires change - The clinician changed the plan (edit mode). `detail.plan`: the plan. Bubbles, composed.
 * @fires sdm-error - The plan, `today` or the language could not be used as given; valid parts are
 *   kept and shown. `detail`: `{ code, field, message, component, problems }`.
 *
 * @csspart plan - The patient's plan (view mode).
 * @csspart section - Every section of the patient's plan; each also has its own part, below.
 * @csspart needs-to-be-seen - "You need to be seen now / today", shown alone when a red flag is present.
 * @csspart statement - The written record of the visit (legitimacy high).
 * @csspart checked - "What we checked today".
 * @csspart safety-net - The warning signs, with what to do and who to call.
 * @csspart recovery - "What to expect", with the research figures.
 * @csspart goals - The patient's goals.
 * @csspart steps - The self-care steps, stretch by stretch.
 * @csspart dates - The check-in and review dates.
 * @csspart calendar - The "add to calendar" link.
 * @csspart routine-review - When to book an appointment sooner.
 * @csspart scan-triggers - When a scan or referral would be considered again.
 * @csspart contacts - Who to contact.
 * @csspart figure - Each icon array.
 * @csspart edit - The clinician's form (edit mode).
 * @csspart edit-red-flags - The red-flag review in the form.
 * @csspart edit-self-care - The self-care choices in the form.
 * @csspart edit-goals - The goals box in the form.
 * @csspart edit-dates - The dates and scan triggers in the form.
 * @csspart edit-practice - The practice and clinician fields.
 * @csspart warnings - Things to check before sharing the plan (edit mode).
 * @csspart edit-errors - Things to fix before sharing the plan (edit mode).
 * @csspart error - A message about input that could not be used.
 * @csspart notice - A note such as a language fallback.
 *
 * @cssproperty [--sdm-plan-max-width=48rem] - Largest width.
 * @cssproperty [--sdm-color-emergency=light-dark(#b00020, #ff8a80)] - Border and heading of "get help now".
 * @cssproperty [--sdm-color-emergency-bg=light-dark(#fdecee, #3b1115)] - Background of "get help now".
 * @cssproperty [--sdm-color-urgent=light-dark(#8a4b00, #ffc46b)] - Border and heading of "get help today".
 * @cssproperty [--sdm-color-urgent-bg=light-dark(#fff4e5, #3a2a12)] - Background of "get help today".
 * @cssproperty [--sdm-color-card-bg=light-dark(#f6f8fa, #1c2127)] - Background of the boxed parts.
 * @cssproperty [--sdm-color-primary=light-dark(#0b5cad, #8cc4ff)] - The calendar link and chosen answers in the form.
 * @cssproperty [--sdm-icon-counted=light-dark(#1f5f8b, #7cc0ee)] - Fill of the counted people in icon arrays.
 * @cssproperty [--sdm-font-family=system-ui] - Font of all Scanwise elements.
 * @cssproperty [--sdm-plan-print-font-size=9.5pt] - Text size on paper. Larger for large print (14pt, say), on more sheets.
 * @cssproperty [--sdm-print-font-family=Arial] - Font on paper (Arial, Liberation Sans or Helvetica, so pages break the same everywhere).
 * @cssproperty [--sdm-color-text=light-dark(#1b1f24, #eef1f4)] - Text colour.
 */
export class SdmWatchfulWaitingPlan extends FormControlElement {
  static override styles = planSheets;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** `view` (default): the patient's plan. `edit`: the clinician's form. */
  @property({ reflect: true }) mode: 'view' | 'edit' = 'view';

  /** Form field name: with it, the plan (JSON) submits with the surrounding form. */
  @property({ reflect: true }) name?: string;

  /** Id of an `<sdm-imaging-questionnaire>` on the page whose answers tailor the plan. */
  @property({ reflect: true }) for?: string;

  /** Today's date, YYYY-MM-DD: the start of a new plan and the date of the written record. Default: the current date. */
  @property({ reflect: true }) today?: string;

  /** Disables the form (edit mode). */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Emergency phone number, overriding the language's (999 for en-GB, 911 for en-US). */
  @property({ attribute: 'emergency-number' }) emergencyNumber?: string;

  /** Where to go in an emergency, worded to follow "Go to" (A&E for en-GB, the emergency room for en-US). */
  @property({ attribute: 'emergency-service' }) emergencyService?: string;

  /** Same-day phone line, worded to follow "Call" (NHS 111 for en-GB). */
  @property({ attribute: 'urgent-line' }) urgentLine?: string;

  /** Same-day place, worded to follow "get" (en-GB) or "go to" (en-US), e.g. "urgent care". */
  @property({ attribute: 'urgent-place' }) urgentPlace?: string;

  /** The questionnaire's profile. Wins over `for`. */
  @property({ attribute: false }) profile?: ExpectationProfile | null;

  /** The plan as edited, or null for a new plan (made from `today` when needed). */
  @state() private draft: Plan | null = null;
  @state() private inputProblems: SdmProblem[] = [];
  @state() private formDisabled = false;

  private readonly localeController = new LocaleController(this);
  private readonly link = new ProfileLink(this, () => this.for);
  /** Printing opens folded parts; from edit mode it prints the patient's plan, not the form. */
  private readonly print = new PrintController(this);
  private readonly idPrefix = `sdm-wwp${++instances}`;
  /** What form reset goes back to: the plan last given from outside. */
  private given: { plan: Plan | null; problems: SdmProblem[] } = { plan: null, problems: [] };
  private loaded = false;

  constructor() {
    super();
    new ProblemReporter(this, () => this.problems);
  }

  /** The plan (a copy). Set a `Plan` object or its JSON text; invalid parts are reported and left out. */
  get plan(): Plan {
    return structuredClone(this.current);
  }
  set plan(value: Plan | string | null | undefined) {
    this.loaded = true;
    if (value == null) this.take(null, []);
    else this.apply(validatePlan(value, this.todayIso), 'plan');
  }

  /** The problems with the current input (empty when all is well). */
  get problems(): SdmProblem[] {
    const out: SdmProblem[] = [];
    const locale = this.localeController.problem;
    if (locale) out.push(locale);
    if (this.today && !isIsoDate(this.today)) {
      out.push({ code: 'invalid-today', field: 'today', message: `"today" should be a real date written as YYYY-MM-DD, but it is "${this.today}". The current date is used.` });
    }
    return [...out, ...this.inputProblems];
  }

  private get todayIso(): string {
    return isIsoDate(this.today) ? this.today : localToday();
  }

  private get current(): Plan {
    return this.draft ?? defaultPlan(this.todayIso);
  }

  /** The profile in force: the property, else the linked questionnaire's. */
  private get activeProfile(): ExpectationProfile | null {
    if (this.profile !== undefined) return this.profile;
    return this.for ? this.link.profile : null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.loaded) return;
    this.loaded = true;
    const child = readJsonChild(this);
    if (!child.found) return;
    if (child.ok) this.apply(validatePlan(child.value, this.todayIso), 'script');
    else {
      const message = `The plan could not be read: the text is not valid JSON (${child.message}).`;
      this.take(null, [{ code: 'invalid-json', field: 'script', message }]);
    }
  }

  /** Takes a plan from outside: bad input keeps every valid part (validatePlan's `partial`). */
  private apply(result: PlanResult, field: string): void {
    if (result.ok) return this.take(result.plan, []);
    const problems = result.problems.map((p) => ({ code: 'invalid-plan', field: `${field}.${p.field}`, message: p.message }));
    this.take(result.partial, problems);
  }

  private take(plan: Plan | null, problems: SdmProblem[]): void {
    this.given = { plan, problems };
    this.draft = plan && structuredClone(plan);
    this.inputProblems = problems;
  }

  /** What is wrong with the plan as edited (only edits can make it so; input is checked on arrival). */
  private get editErrors() {
    const checked = validatePlan(this.current, this.todayIso);
    return checked.ok ? [] : checked.problems;
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
        if (!isSignId(key) || !isSignStatus(value) || !(control as HTMLInputElement).checked) return;
        plan.redFlags[key] = value;
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
      this.dispatchEvent(new CustomEvent<SdmPlanChangeDetail>('change', { bubbles: true, composed: true, detail: { plan: this.plan } }));
    },
  };

  formResetCallback(): void {
    this.take(this.given.plan, this.given.problems);
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  formStateRestoreCallback(saved: string | File | FormData | null): void {
    if (typeof saved === 'string') this.apply(validatePlan(saved, this.todayIso), 'restore');
  }

  /** The page's services: none guessed for a region we do not know, then the attributes. */
  private get pageServices(): ServiceOverrides {
    const { locale, match } = this.localeController.resolved;
    const attributes: ServiceOverrides = {
      emergency: { number: this.emergencyNumber ?? '', service: this.emergencyService ?? '' },
      urgent: { line: this.urgentLine ?? '', place: this.urgentPlace ?? '' },
    };
    return match === 'exact' ? attributes : mergeServices(planCatalog(locale).unknownRegionServices, attributes);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('for') && this.hasUpdated) this.link.retarget();
    this.sync();
  }

  protected override render(): TemplateResult {
    const locale = this.localeController.locale;
    const t = planCatalog(locale);
    const problems = this.problems.filter((p) => p.code !== 'unknown-locale');
    const notices = html`${noticeView(this.localeController.problem)}
    ${problems.length ? problemView(t.ui.problemHeading, problems) : nothing}`;
    const plan = this.current;
    if (this.mode === 'edit' && !this.print.printing) {
      const vm = {
        plan,
        t,
        triage: triageOf(plan),
        warnings: planWarnings(plan, this.todayIso, this.localeController.locale),
        errors: this.editErrors,
        idPrefix: this.idPrefix,
        disabled: this.disabled || this.formDisabled,
      };
      return html`${notices}${planEditView(vm, this.on)}`;
    }
    const services = this.pageServices;
    const model = planModel(plan, { locale, today: this.todayIso, profile: this.activeProfile, services });
    const zone = plan.timeZone ?? browserTimeZone();
    const ics = toICalendar({ ...plan, ...(zone ? { timeZone: zone } : {}) }, { locale, services });
    return html`${notices}${planView(model, {
      idPrefix: this.idPrefix,
      open: this.print.printing,
      calendarHref: `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`,
      calendarFileName: `back-pain-plan-${plan.review}.ics`,
    })}`;
  }
}
