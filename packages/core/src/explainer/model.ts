import { localeText } from '../locales/registry.js';
/**
 * The explainer's model (`explainerModel`): which parts it has for a profile, a variant and a
 * plan, in the order drawn. Each part is built in parts/; a profile is read in profile.ts; the
 * types are in types.ts.
 */
import { VERIFIED_FINDING_AGES, type FindingAge } from '../evidence/facts.js';
import { DEFAULT_LOCALE, isLocale } from '../locales/registry.js';
import { reviewOf } from '../plan/triage.js';
import { RECOVERY_FACT_IDS } from '../plan/recovery.js';
import { isRecord } from '../questionnaire/scoring.js';
import { aboutPart } from './parts/about.js';
import { comparisonPart } from './parts/comparison.js';
import { glancePart } from './parts/glance.js';
import { guidanceFor } from './parts/guidance.js';
import { pointMaker } from './parts/points.js';
import { FULL_SECTIONS, HARMS_MODULE, INTRO_SECTIONS, MODULES, sectionMaker } from './parts/sections.js';
import { sourceLabels, sourcesFor } from './parts/sources.js';
import { readTailoring } from './profile.js';
import type { ExplainerInput, ExplainerModel, ExplainerVariant } from './types.js';

const isFindingAge = (x: unknown): x is FindingAge => (VERIFIED_FINDING_AGES as readonly unknown[]).includes(x);

/**
 * The explainer's data model: a pure function of the profile, locale, variant and age.
 * Never throws. Every number comes from the evidence registry, with its citation.
 */
export function explainerModel(input: ExplainerInput): ExplainerModel {
  const given: Partial<ExplainerInput> = isRecord(input) ? input : {};
  const locale = isLocale(given.locale) ? given.locale : DEFAULT_LOCALE;
  const variant: ExplainerVariant = given.variant === 'summary' ? 'summary' : 'full';
  const age = isFindingAge(given.age) ? given.age : null;
  const tailoring = readTailoring(given.profile);
  const review = given.plan == null ? null : reviewOf(given.plan);
  const content = localeText(locale).explainer(
    isRecord(given.emergencyContact) ? given.emergencyContact : {},
    isRecord(given.urgentContact) ? given.urgentContact : {},
  );
  // The points remember the facts they show: the sources list comes last, in the order first used.
  const points = pointMaker(locale, age);
  const { point } = points;

  const about = aboutPart(content, locale, given.about, variant);
  const guidance = guidanceFor(content, tailoring, review);

  /** A model with none of the guide's parts: guidance instead of the guide, or the summary's table alone. */
  const short = (parts: Pick<ExplainerModel, 'title' | 'decisionQuestion' | 'emergency' | 'glance'>): ExplainerModel => ({
    locale,
    variant,
    ...parts,
    intro: [],
    modulesBefore: [],
    comparison: null,
    modulesAfter: [],
    sections: [],
    findingAges: null,
    about,
    sourceLabels: sourceLabels(content),
    sources: sourcesFor(points.used),
  });

  if (guidance) return short({ title: guidance.heading, decisionQuestion: null, emergency: guidance, glance: null });

  // Built in the order shown, so the sources come in the order first used.
  // Beside a plan (a letter, or `plan-for`), the figures its "What to expect" shows are not repeated.
  const inPlan: ReadonlySet<string> = review ? new Set(RECOVERY_FACT_IDS) : new Set();
  const glance = given.glance === false && variant === 'full' ? null : glancePart(content, tailoring, point, inPlan);
  // The summary: the at-a-glance comparison alone (an Option Grid); the full guide is one step away.
  if (variant === 'summary') return short({ title: content.title, decisionQuestion: content.decisionQuestion, emergency: null, glance });
  const section = sectionMaker(content, review, point);
  const intro = INTRO_SECTIONS.map(section);
  const opening = MODULES.filter((m) => tailoring.high.has(m.theme));
  const modulesBefore = opening.map((m) => ({ id: m.id, sections: m.sections.map(section) }));
  const comparison = comparisonPart(content, point);
  const modulesAfter = tailoring.harmsUnderestimated ? [{ id: HARMS_MODULE.id, sections: HARMS_MODULE.sections.map(section) }] : [];
  const covered = new Set(opening.flatMap((m) => m.covers));
  const sections = FULL_SECTIONS.filter((id) => !covered.has(id)).map(section);

  return {
    locale,
    variant,
    title: content.title,
    decisionQuestion: content.decisionQuestion,
    emergency: null,
    glance,
    intro,
    modulesBefore,
    comparison,
    modulesAfter,
    sections,
    findingAges: points.showsFindingsByAge()
      ? { label: content.findingAges.label, hint: age === null ? content.findingAges.noAge : null, ages: VERIFIED_FINDING_AGES, selected: age }
      : null,
    about,
    sourceLabels: sourceLabels(content),
    sources: sourcesFor(points.used),
  };
}
