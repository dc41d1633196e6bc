import { localeText } from '../locales/registry.js';
/**
 * The model a plan view draws (`planModel`): which kind of plan the review calls for, which
 * sections it has and in which order. Each section is built in sections/; the plan is read by
 * validate.ts; the types are in types.ts.
 */
import { formatDate } from '../i18n/messages.js';
import type { ExpectationProfile } from '../questionnaire/scoring.js';
import type { ServiceOverrides } from './catalog.js';
import { servicesFor } from './services.js';
import { safeToday } from './defaults.js';
import { checkedSection } from './sections/checked.js';
import { contactsSection } from './sections/contacts.js';
import { dateLine, type SectionContext } from './sections/context.js';
import { datesSection } from './sections/dates.js';
import { arrangedSection, earlyReviewSection } from './sections/decision.js';
import { glanceSection } from './sections/glance.js';
import { goalsSection, routineReviewSection, scanTriggersSection } from './sections/lists.js';
import { needsToBeSeenSection } from './sections/needs-to-be-seen.js';
import { recoverySection } from './sections/recovery.js';
import { safetyNetSection, whileWaitingSection } from './sections/safety-net.js';
import { statementSection } from './sections/statement.js';
import { stepsSection } from './sections/steps.js';
import { decisionOf, triageOf, type ClinicalDecision } from './triage.js';
import type { Plan, PlanModel, PlanModelOptions, PlanSection, PlanSectionId } from './types.js';
import { soundPlan } from './validate.js';

/** A section of a model by id, typed, or undefined when the model has none. */
export function planSection<K extends PlanSectionId>(model: PlanModel, id: K): Extract<PlanSection, { id: K }> | undefined {
  return model.sections.find((s): s is Extract<PlanSection, { id: K }> => s.id === id);
}

/**
 * The standard order, when no theme is high (no tailoring module: the standard plan): what we
 * checked, what to expect, what to do and when, then when to get help, and who to call.
 */
const STANDARD_ORDER: readonly PlanSectionId[] = [
  'checked',
  'recovery',
  'goals',
  'steps',
  'dates',
  'safety-net',
  'routine-review',
  'scan-triggers',
  'contacts',
];

/** What each high theme moves to the top, in module order Threat → Legitimacy → Navigation. */
const MODULES = [
  { theme: 'threat', key: 'thr', lead: ['safety-net', 'checked'] },
  { theme: 'legitimacy', key: 'leg', lead: ['statement'] },
  { theme: 'navigation', key: 'nav', lead: ['steps', 'dates', 'scan-triggers'] },
] as const satisfies readonly { theme: string; key: string; lead: readonly PlanSectionId[] }[];

/** The section order for a tailoring: the leading sections of each high theme, then the rest. */
export function sectionOrder(tailoring: PlanModel['tailoring']): PlanSectionId[] {
  const lead = MODULES.flatMap((m) => (tailoring[m.theme] ? m.lead : []));
  return [...new Set<PlanSectionId>([...lead, ...STANDARD_ORDER])];
}

/**
 * With tests arranged: the card, what happens next, then the warning signs, the steps that still
 * apply, what we checked and who to call.
 */
const TESTS_ARRANGED_ORDER: readonly PlanSectionId[] = ['glance', 'arranged', 'safety-net', 'steps', 'checked', 'goals', 'contacts'];

function tailoringOf(profile: ExpectationProfile | null | undefined): PlanModel['tailoring'] {
  const high = (key: 'thr' | 'leg' | 'nav') => profile?.themes?.[key]?.level === 'high';
  return { threat: high('thr'), legitimacy: high('leg'), navigation: high('nav') };
}

/** No theme high: the tailoring of a plan that is not one of waiting. */
const untailored = (): PlanModel['tailoring'] => ({ threat: false, legitimacy: false, navigation: false });

/** Overrides layered: each later one wins, key by key; blank values do not count (see servicesFor). */
export function mergeServices(...layers: (ServiceOverrides | undefined)[]): ServiceOverrides {
  const merged = (pick: (l: ServiceOverrides | undefined) => object | undefined): Record<string, string> =>
    Object.fromEntries(
      layers.flatMap((l) => Object.entries(pick(l) ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== '')),
    );
  return { emergency: merged((l) => l?.emergency), urgent: merged((l) => l?.urgent) };
}

/** The parts of a model that depend on its kind. */
type KindParts = Pick<PlanModel, 'kind' | 'lead' | 'tailoring' | 'sections' | 'factIds'>;

/** The sections that exist, in `order`. */
const inOrder = (order: readonly PlanSectionId[], built: Partial<Record<PlanSectionId, PlanSection>>): PlanSection[] =>
  order.flatMap((id) => built[id] ?? []);

/**
 * Emergency advice only (or "be seen today"), with the safety net while waiting to be seen
 * today. "What we checked" only when the review itself found the sign: beside a sign the
 * patient reported, a list of "not found" could falsely reassure.
 */
function needsToBeSeenPlan(c: SectionContext, level: 'emergency' | 'urgent', profile: ExpectationProfile | null | undefined): KindParts {
  const needs = needsToBeSeenSection(c, level, profile);
  const review = needs.found.length ? [checkedSection(c)] : [];
  return {
    kind: 'needs-to-be-seen',
    lead: [],
    tailoring: untailored(),
    sections:
      level === 'emergency' ? [needs, ...review, contactsSection(c, false)] : [needs, whileWaitingSection(c), ...review, contactsSection(c, true)],
    factIds: [],
  };
}

/**
 * Tests or a referral arranged: what happens next, with the self-care that still applies (no
 * week-by-week stretches: their dates belong to a plan of waiting), and no recovery figures.
 */
function testsArrangedPlan(c: SectionContext, decision: Extract<ClinicalDecision, { kind: 'referral' }>): KindParts {
  const next = { kind: 'arranged' as const, ...dateLine(c, decision.by, c.t.glance.arranged), arranged: decision.arranged };
  return {
    kind: 'tests-arranged',
    lead: [],
    tailoring: untailored(),
    sections: inOrder(TESTS_ARRANGED_ORDER, {
      glance: glanceSection(c, next),
      arranged: arrangedSection(c, decision),
      'safety-net': safetyNetSection(c),
      steps: stepsSection(c, false),
      checked: checkedSection(c),
      goals: goalsSection(c),
      contacts: contactsSection(c, true),
    }),
    factIds: [],
  };
}

/**
 * The plan of watchful waiting, tailored to the profile's high themes. The card first, whatever
 * the tailoring; after a sign assessed as safe to wait (`early`), the reason and the earlier
 * review come next, and the card's date is that earlier review.
 */
function watchfulWaitingPlan(
  c: SectionContext,
  early: Extract<ClinicalDecision, { kind: 'wait' }> | null,
  profile: ExpectationProfile | null | undefined,
  today: string,
): KindParts {
  const { plan, t } = c;
  const tailoring = tailoringOf(profile);
  const next = early
    ? { kind: 'early-review' as const, ...dateLine(c, early.review, t.dates.early), arranged: null }
    : { kind: 'review' as const, ...dateLine(c, plan.review, t.dates.review), arranged: null };
  const recovery = recoverySection(c);
  const order: PlanSectionId[] = ['glance', ...(early ? ['early-review' as const] : []), ...sectionOrder(tailoring)];
  return {
    kind: 'watchful-waiting',
    lead: [tailoring.threat && t.tailoring.threat, tailoring.navigation && t.tailoring.navigation].filter((x): x is string => !!x),
    tailoring,
    sections: inOrder(order, {
      glance: glanceSection(c, next),
      'early-review': early ? earlyReviewSection(c, early) : undefined,
      statement: tailoring.legitimacy ? statementSection(c, today) : undefined,
      checked: checkedSection(c),
      recovery,
      goals: goalsSection(c),
      steps: stepsSection(c, true),
      dates: datesSection(c, early),
      'safety-net': safetyNetSection(c),
      'routine-review': routineReviewSection(c),
      'scan-triggers': scanTriggersSection(c),
      contacts: contactsSection(c, true),
    }),
    factIds: recovery.facts.map((f) => f.id),
  };
}

/**
 * The data a plan view renders, worded for `options.locale`. Pure: the same input gives the
 * same model. The plan is checked first (invalid parts fall back as in `validatePlan`, so a
 * decision that is not complete counts as none).
 *
 * Brief by default: a plan opens with a card (`glance`), so a patient who reads nothing else
 * knows it: the next date to keep, the first GLANCE_STEPS self-care steps chosen, and the safety
 * net's two actions. The detailed sections follow, each thing in them once.
 *
 * A Tier 1 sign (present, or reported and not settled) gives emergency advice only. A Tier 2
 * sign gives the clinician's decision: tests arranged, or the plan with an earlier review; with
 * no decision yet, "be seen today". A background risk factor alone changes nothing.
 */
export function planModel(input: Plan, options: PlanModelOptions): PlanModel {
  const { locale, profile } = options;
  const today = safeToday(options.today);
  const plan = soundPlan(input, today);
  const services = servicesFor(locale, mergeServices(options.services, plan.services));
  const c: SectionContext = { plan, locale, t: localeText(locale).plan, services, date: (iso) => formatDate(iso, locale) };
  const triage = triageOf(plan, profile);
  const common = { locale, triage, title: c.t.title, services };
  if (triage === 'emergency' || triage === 'urgent') return { ...common, ...needsToBeSeenPlan(c, triage, profile) };
  const decision = decisionOf(plan);
  if (decision?.kind === 'referral') return { ...common, ...testsArrangedPlan(c, decision) };
  return { ...common, ...watchfulWaitingPlan(c, decision?.kind === 'wait' ? decision : null, profile, today) };
}
