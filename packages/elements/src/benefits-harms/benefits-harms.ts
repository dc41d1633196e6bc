import {
  localeText,
  checkProfile,
  mergeServices,
  planServices,
  explainerModel,
  VERIFIED_FINDING_AGES,
  type ExpectationProfile,
  type ExplainerInput,
  type FindingAge,
  type Plan,
  type ServiceOverrides,
} from '@scanwise/core';
import { html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { quoteValue } from '../shared/attributes.js';
import type { SdmProblem } from '../shared/events.js';
import { invalidJsonProblem, readJsonChild } from '../shared/json-child.js';
import { profileProblems } from '../shared/input-problem.js';
import { PrintController } from '../shared/print.js';
import { followPlan, type FollowedPlan } from '../shared/plan-input.js';
import { PlanLink, ProfileLink } from '../shared/profile-link.js';
import { SdmElement } from '../shared/sdm-element.js';
import { benefitsHarmsSheets } from './benefits-harms.styles.js';
import { benefitsHarmsView } from './benefits-harms.view.js';

declare global {
  interface HTMLElementTagNameMap {
    'sdm-benefits-harms': SdmBenefitsHarms;
  }
}

/**
 * The benefits-versus-harms explainer: "Have a scan now" and "Wait and watch with a plan" side
 * by side, in one template with the same sections, numbers out of 100 and time frames for both.
 * It first answers the beliefs the questionnaire found (threat, legitimacy, navigation); the
 * comparison itself is the same for everyone. If the profile reports an emergency sign, it does
 * not argue for waiting: it shows what to do now.
 *
 * Tailor it with the `profile` property, with `for="questionnaire-id"` (followed live, no
 * JavaScript needed), or with a `<script type="application/json">` child holding the profile.
 *
 * It can also follow the patient's plan, with the `plan` property or `plan-for="plan-id"` (an
 * `<sdm-watchful-waiting-plan>` on the page, followed live). A plan whose red-flag review records
 * today's checks turns "What your GP looks for" into "What we checked today". A sign the
 * clinician recorded as present puts the plan first: the explainer then shows their decision
 * (an emergency referral, "be seen today", or tests arranged) instead of weighing a scan against
 * waiting. A Tier 2 sign assessed as safe to wait keeps the comparison. A "yes" to an emergency
 * question that the review has not settled still shows "get help now".
 *
 * Every number comes from the evidence registry with its citation and checked date.
 *
 * @summary Scan now, or wait and watch with a plan: both options in honest numbers.
 * @tag sdm-benefits-harms
 *
 * @fires {CustomEvent<SdmErrorDetail>} sdm-error - The profile, plan, age or language could not be used; the explainer still shows
 *   the neutral default (a plan that cannot be read: as without a plan, code `invalid-plan`). Also:
 *   an attribute too long (`too-long`: text over 200 characters is cut), an `emergency-number` that
 *   is not a phone number (`invalid-phone`: the language's number is used), an unknown `variant`
 *   (`unknown-value`: `full` is used), a `for` or `plan-for` id that names nothing once the page
 *   has loaded (`missing-target`), or the explainer could not be drawn (`render-failed`: a message
 *   is shown instead). `detail`: `{ code, field, message, component, problems, count }`.
 *
 * @csspart explainer - The whole explainer.
 * @csspart emergency - The guidance shown instead of the comparison: "get help now" for an emergency
 *   sign, or what the plan says when the clinician found a sign (`data-level`: `emergency` or `urgent`).
 * @csspart glance - The two options at a glance: patients' questions as rows, the options as columns.
 * @csspart full-guide - Under a summary, the full guide, folded (drawn once opened; never printed).
 * @csspart comparison - The two options side by side.
 * @csspart option - One option's card.
 * @csspart about - "About this information": version, dates, policy, authors, funding.
 * @csspart sources - Every source behind a number, with the date each was checked.
 * @csspart figure - Each icon array.
 * @csspart error - A message about input that could not be used.
 * @csspart notice - A note such as a language fallback.
 *
 * @cssproperty [--sdm-benefits-harms-max-width=60rem] - Largest width.
 * @cssproperty [--sdm-color-card-bg=light-dark(#f6f8fa, #1c2127)] - Background of the option cards.
 * @cssproperty [--sdm-color-emergency=light-dark(#b00020, #ff8a80)] - Border and heading of emergency guidance.
 * @cssproperty [--sdm-color-emergency-bg=light-dark(#fdecee, #3b1115)] - Background of emergency guidance.
 * @cssproperty [--sdm-color-urgent=light-dark(#8a4b00, #ffc46b)] - Border and heading of "be seen today" and "your plan comes first".
 * @cssproperty [--sdm-color-urgent-bg=light-dark(#fff4e5, #3a2a12)] - Background of "be seen today" and "your plan comes first".
 * @cssproperty [--sdm-icon-counted=light-dark(#1f5f8b, #7cc0ee)] - Fill of the counted people in icon arrays.
 * @cssproperty [--sdm-font-family=system-ui] - Font of all Scanwise elements.
 * @cssproperty [--sdm-benefits-harms-print-font-size=9pt] - Text size of the summary on paper (one side of A4 or US Letter at 9pt).
 * @cssproperty [--sdm-print-font-family=Arial] - Font on paper (Arial, Liberation Sans or Helvetica, so pages break the same everywhere).
 * @cssproperty [--sdm-font-size=1rem] - Base text size.
 * @cssproperty [--sdm-line-height=1.5] - Line height.
 * @cssproperty [--sdm-color-text=light-dark(#1b1f24, #eef1f4)] - Text colour.
 * @cssproperty [--sdm-color-muted=light-dark(#4a5562, #b7c0ca)] - Colour of hints and other quieter text.
 * @cssproperty [--sdm-color-link=light-dark(#0b5cad, #8cc4ff)] - Link colour.
 * @cssproperty [--sdm-color-border=light-dark(#c5ccd4, #56606b)] - Borders of the option cards, the facts and the at-a-glance table.
 * @cssproperty [--sdm-color-focus=light-dark(#0b5cad, #8cc4ff)] - Outline of the part that has keyboard focus.
 * @cssproperty [--sdm-color-error-bg=light-dark(#fff4e5, #3a2a12)] - Background of error messages.
 * @cssproperty [--sdm-color-error-border=light-dark(#b35900, #ffb366)] - Border of error messages.
 * @cssproperty [--sdm-space=0.75rem] - The spacing unit: padding of boxes and space between parts.
 * @cssproperty [--sdm-radius=0.375rem] - Corner radius of boxes and fields.
 * @cssproperty [--sdm-print-color=#000] - Colour of text and lines on paper.
 * @cssproperty [--sdm-icon-others=light-dark(#ffffff, #1b1f24)] - Fill of the other people in icon arrays.
 * @cssproperty [--sdm-icon-others-stroke=light-dark(#6b7785, #9aa6b2)] - Outline of the other people in icon arrays.
 * @cssproperty [--sdm-icon-array-size=18rem] - Largest width of an icon array's grid.
 * @cssproperty [--sdm-icon-array-max-width=26rem] - Largest width of a whole icon array figure.
 */
export class SdmBenefitsHarms extends SdmElement {
  static override styles = benefitsHarmsSheets;
  protected static override idBase = 'sdm-bh';

  /**
   * `full` (default): the two options at a glance, then every part of the guide. `summary`: the
   * two options at a glance alone (one side of paper), with the full guide folded under it.
   * Any other value is reported and `full` is used.
   */
  @property({ reflect: true }) variant: 'full' | 'summary' = 'full';

  /** Id of an `<sdm-imaging-questionnaire>` on the page whose answers tailor the explainer. */
  @property({ reflect: true }) for?: string;

  /** The reader's age for the "findings in people without back pain" figures: 20, 30, 40, 50 or 80. */
  @property({ reflect: true }) age?: string;

  /**
   * Emergency phone number, overriding the language's: digits, spaces, + - ( ) only, at least 2
   * digits, at most 40 characters. Anything else is reported and the language's number is used.
   */
  @property({ attribute: 'emergency-number' }) emergencyNumber?: string;

  /** Where to go in an emergency, worded to follow "Go to". */
  @property({ attribute: 'emergency-service' }) emergencyService?: string;

  /** The questionnaire's profile. Wins over `for` and a JSON child. */
  @property({ attribute: false }) profile?: ExpectationProfile | null;

  /**
   * The patient's plan (a `Plan` object, or its JSON text), when there is one. Its red-flag review
   * says what was checked today, and a sign the clinician found puts the plan first. Wins over
   * `plan-for`. A plan that cannot be read is reported (`sdm-error`, code `invalid-plan`) and
   * left out.
   */
  @property({ attribute: false }) plan?: Plan | string | null;

  /** Id of an `<sdm-watchful-waiting-plan>` on the page whose plan the explainer follows. */
  @property({ attribute: 'plan-for', reflect: true }) planFor?: string;

  @state() private childProfile: unknown = undefined;
  /** Whether the reader opened the full guide under a summary (it is drawn only then). */
  @state() private fullGuideOpen = false;
  @state() private childProblem: SdmProblem | null = null;

  private readonly link = new ProfileLink(this, () => this.for);
  private readonly planLink = new PlanLink(this, () => this.planFor);

  constructor() {
    super();
    new PrintController(this);
  }

  /** The attributes, read within their limits (see AttributeReader), with what could not be used. */
  private get settings() {
    return this.readAttributes((read) => ({
      variant: read.choice('variant', this.variant, ['full', 'summary'] as const, 'full'),
      age: read.token('age', this.age),
      emergencyNumber: read.phone('emergency-number', this.emergencyNumber),
      emergencyService: read.text('emergency-service', this.emergencyService),
      for: read.token('for', this.for),
      planFor: read.token('plan-for', this.planFor),
    }));
  }

  /** The profile in force: the property, else the linked questionnaire's, else the JSON child's. */
  private get input(): unknown {
    if (this.profile !== undefined) return this.profile;
    if (this.for) return this.hydrating ? null : this.link.profile;
    return this.childProfile;
  }

  /** The plan in force, read: the property, else the linked plan element's. */
  private get followed(): FollowedPlan {
    const input = this.plan !== undefined ? this.plan : this.planFor && !this.hydrating ? this.planLink.plan : null;
    return followPlan(input, 'plan', 'guide', this.localeController.locale);
  }

  /** The followed plan's own emergency and same-day services (`plan.services`), if it gives any. */
  private get followedServices(): ServiceOverrides | undefined {
    return planServices(this.followed.plan);
  }

  /** The age asked for, when it is one of the verified ages. */
  private get verifiedAge(): FindingAge | undefined {
    const age = this.settings.age;
    if (!age) return undefined;
    const n = Number(age);
    return (VERIFIED_FINDING_AGES as readonly number[]).includes(n) ? (n as FindingAge) : undefined;
  }

  /** The profile in force as read by core's `checkProfile` (JSON text parsed; its problems worded when listed). */
  private get profileRead() {
    return checkProfile(this.input ?? null);
  }

  /** A profile given with problems: their words load before the next update. */
  protected override get needsInputWords(): boolean {
    return this.profileRead.problems.length > 0;
  }

  /** The problems with the current input (empty when all is well). */
  override get problems(): SdmProblem[] {
    const out: SdmProblem[] = [];
    const locale = this.localeController.problem;
    if (locale) out.push(locale);
    const settings = this.settings;
    out.push(...settings.problems);
    // A link in force whose element is not on the page, once it has loaded.
    const lang = this.localeController.locale;
    const missing = this.hydrating
      ? []
      : [this.profile === undefined && this.link.missing('for', lang), this.plan === undefined && this.planLink.missing('plan-for', lang)];
    for (const m of missing) if (m) out.push(m);
    if (this.childProblem) out.push(this.childProblem);
    out.push(...profileProblems(this.profileRead.problems, () => lang));
    const plan = this.followed.problem;
    if (plan) out.push(plan);
    if (settings.age && this.verifiedAge === undefined) {
      out.push({
        code: 'invalid-age',
        field: 'age',
        message: localeText(lang).messages.problems.invalidAge(VERIFIED_FINDING_AGES.join(', '), quoteValue(settings.age)),
      });
    }
    return out;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const child = readJsonChild(this);
    if (!child.found) return;
    if (child.ok) this.childProfile = child.value;
    else this.childProblem = invalidJsonProblem(() => this.localeController.locale);
  }

  protected override firstUpdated(): void {
    // Hydrated: now follow the linked elements.
    if (this.serverDrawn && (this.for || this.planFor))
      void this.updateComplete.then(
        () => this.requestUpdate(),
        () => undefined,
      );
  }

  protected override draw(): TemplateResult {
    const { locale, match } = this.localeController.resolved;
    const settings = this.settings;
    // The services, as the plan element layers them: a region we do not know has its services
    // worded, never guessed; then the page's attributes; then the followed plan's own services.
    const services = mergeServices(
      match === 'exact' ? undefined : localeText(locale).unknownRegionServices,
      { emergency: { number: settings.emergencyNumber ?? '', service: settings.emergencyService ?? '' } },
      this.followedServices,
    );
    // The profile as read: JSON text too, so a sign the patient reported is never dropped.
    const { profile } = this.profileRead;
    const input: ExplainerInput = {
      profile,
      locale,
      variant: settings.variant,
      ...(this.verifiedAge ? { age: this.verifiedAge } : {}),
      emergencyContact: services.emergency ?? {},
      urgentContact: services.urgent ?? {},
      plan: this.followed.plan,
    };
    const model = explainerModel(input);
    // Under a summary, the full guide (without the table again) is built once the reader opens it.
    const fullGuide = {
      model: this.fullGuideOpen ? explainerModel({ ...input, variant: 'full', glance: false }) : null,
      toggle: (event: Event) => {
        this.fullGuideOpen = (event.target as HTMLDetailsElement).open;
      },
    };
    const problems = this.problems.filter((p) => p.code !== 'unknown-locale');
    return html`${this.header([{ heading: this.localeController.messages.inputProblemHeading, problems }])}
      ${benefitsHarmsView(model, {
        idPrefix: this.idPrefix,
        fullGuide,
        chooseAge: (age) => {
          this.age = String(age);
        },
      })}`;
  }
}
