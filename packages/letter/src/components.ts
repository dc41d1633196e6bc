import '@scanwise/core/locales/all';
import {
  localeText,
  BELIEF_THEMES,
  briefCitation,
  citationHref,
  citationsFor,
  explainerModel,
  formatCitation,
  getFact,
  planModel,
  reviewOf,
  type EmergencyContact,
  type ExpectationProfile,
  type ExplainerVariant,
  type Fact,
  type FindingAge,
  type Locale,
  type Plan,
  type PlanModel,
  type ServiceOverrides,
} from '@scanwise/core';
import { benefitsHarmsView } from '@scanwise/elements/benefits-harms/view.js';
import { clinicianView } from '@scanwise/elements/imaging-questionnaire/view.js';
import { planView } from '@scanwise/elements/watchful-waiting-plan/view.js';
import { escapeHtml, toHtml } from './ssr.js';
import { SCOPES } from './styles.js';

/**
 * The three components as static HTML, each from the same view function its element renders,
 * wrapped in a `<div>` with the component's scope class (see styles.ts).
 */

/** A fragment names its language and the direction of its script, so it reads right in any page. */
const wrap = (kind: keyof typeof SCOPES, inner: string, lang: Locale) =>
  `<div class="${SCOPES[kind]}" lang="${escapeHtml(lang)}" dir="${localeText(lang).dir}">${inner}</div>`;

/**
 * The explainer holds nothing patient-specific (no name, no free text): it is tailored only by
 * the profile's theme levels and flags. Building its model and drawing its icon arrays is the
 * slowest part of a letter, so each tailoring's HTML is kept: a run of letters for many
 * patients draws each variant once.
 */
const explainerCache = new Map<string, ExplainerPart>();
const EXPLAINER_CACHE_SIZE = 64;

export interface ExplainerOptions {
  locale: Locale;
  variant: ExplainerVariant;
  profile: ExpectationProfile | null;
  idPrefix: string;
  age?: FindingAge;
  emergencyContact?: Partial<EmergencyContact>;
  /** The letter's plan: the explainer says what was checked today, and steps aside for a sign found. */
  plan?: Plan | null;
  /** Leave the explainer's sources list out (a letter lists every source once, in its own list). */
  omitSources?: boolean;
}

const flat = (s: string): string => Buffer.from(s, 'utf8').toString('utf8');

/** A source as a letter lists it. */
export interface LetterSource {
  short: string;
  reference: string;
  /** The short form the letter prints: "Chou et al. 2009. Lancet 2009;373(9662):463–72. doi:…." */
  brief: string;
  /** The language it is published in (BCP 47): the `lang` of its reference. */
  language: string;
  href?: string;
}

export interface ExplainerPart {
  html: string;
  sources: LetterSource[];
  version: string;
  published: string;
}

/**
 * What the explainer takes from a profile: the theme levels and the flags that tailor it. The
 * model is built from this reduced profile, and the cache is keyed by it, so the key holds
 * everything the model is made from: nothing patient-specific (answers, worry) reaches it.
 */
function tailoringOf(p: ExpectationProfile | null): unknown {
  if (!p) return null;
  return {
    themes: Object.fromEntries(BELIEF_THEMES.map((t) => [t, { level: p.themes[t]?.level ?? 'not-scored' }])),
    flags: {
      emergency: p.flags.emergency,
      emergencySigns: [...p.flags.emergencySigns],
      harmsUnderestimated: p.flags.harmsUnderestimated,
    },
    triage: p.triage,
  };
}

/**
 * What the explainer takes from a plan: the review and the kind of decision, never the
 * clinician's free text (a checked plan's decision is complete, which is all the model asks).
 */
function reviewKey(plan: Plan | null | undefined): unknown {
  return plan ? { redFlags: plan.redFlags, rechecked: plan.rechecked, decision: plan.decision?.kind ?? null } : null;
}

export function explainerHtml(o: ExplainerOptions): ExplainerPart {
  const input = {
    profile: tailoringOf(o.profile) as ExpectationProfile | null,
    locale: o.locale,
    variant: o.variant,
    ...(o.age ? { age: o.age } : {}),
    emergencyContact: { number: o.emergencyContact?.number ?? '', service: o.emergencyContact?.service ?? '' },
    review: reviewKey(o.plan),
    omitSources: !!o.omitSources,
  };
  const key = `${o.idPrefix}\u0000${JSON.stringify(input)}`;
  let part = explainerCache.get(key);
  if (part === undefined) {
    const { review: _, omitSources: __, ...given } = input;
    const model = explainerModel({ ...given, plan: o.plan ?? null });
    part = {
      // Flattened once: a string built from many small pieces is otherwise walked again by every letter that joins it.
      html: flat(wrap('explainer', toHtml(benefitsHarmsView(model, { idPrefix: o.idPrefix, open: true, omitSources: !!o.omitSources })), o.locale)),
      sources: model.sources.map((s) => ({
        short: s.short,
        reference: s.reference,
        brief: s.brief,
        language: s.language,
        ...(s.href ? { href: s.href } : {}),
      })),
      version: model.about.version,
      published: model.about.publishedDate,
    };
    if (explainerCache.size >= EXPLAINER_CACHE_SIZE) explainerCache.delete(explainerCache.keys().next().value!);
    explainerCache.set(key, part);
  }
  return part;
}

/** Empties the explainer cache (for benchmarks of the first letter). */
export function clearCache(): void {
  explainerCache.clear();
}

export function planModelFor(plan: Plan, locale: Locale, profile: ExpectationProfile | null, today: string, services?: ServiceOverrides): PlanModel {
  return planModel(plan, { locale, profile, today, ...(services ? { services } : {}) });
}

export function planHtml(model: PlanModel, idPrefix: string): string {
  return wrap('plan', toHtml(planView(model, { idPrefix, open: true })), model.locale);
}

/** The sources behind the plan's figures, for a letter without the explainer's own list. */
export function planSources(model: PlanModel): LetterSource[] {
  const used = model.factIds.map((id) => getFact(id)).filter((f): f is Fact => !!f);
  return citationsFor(used).map((c) => {
    const href = citationHref(c);
    return { short: c.short, reference: formatCitation(c), brief: briefCitation(c), language: c.language ?? 'en', ...(href ? { href } : {}) };
  });
}

/** The clinician's summary of the answers; with the plan, each emergency "yes" says what the plan records. */
export function questionnaireHtml(profile: ExpectationProfile, locale: Locale, plan: Plan | null = null): string {
  return wrap(
    'questionnaire',
    toHtml(clinicianView(profile, localeText(locale).questionnaire, localeText(locale).questionnaireUi, plan && reviewOf(plan))),
    locale,
  );
}
