/**
 * The types of the benefits-versus-harms explainer: what it takes (`ExplainerInput`) and the
 * model its view draws (`ExplainerModel` and its parts). Types only: the model is built in
 * model.ts and parts/; a profile is read in profile.ts.
 */
import type { FindingAge } from '../evidence/facts.js';
import type { Certainty, Citation } from '../evidence/types.js';
import type { Locale } from '../locales/registry.js';
import type { EmergencyContact } from '../questionnaire/content.js';
import type { UrgentContact } from '../plan/signs.js';
import type { Tier1Id } from '../questionnaire/ids.js';
import type { ExpectationProfile } from '../questionnaire/scoring.js';
import type { AboutStatements, GlanceRowId, OptionId, OptionSectionId, SectionId } from './content.js';

export type ExplainerVariant = 'full' | 'summary';

/**
 * The tailoring modules: one per high belief theme, plus a note when harms are underestimated.
 * They change the framing around the option comparison, never the comparison itself (IPDAS C1).
 */
export type ModuleId = 'threat' | 'legitimacy' | 'navigation' | 'harms-underestimated';

/** A registry figure, resolved for one locale. Every number in the model comes as one of these. */
export interface FactRef {
  factId: string;
  /** The fact's plain-language statement, with its number. */
  text: string;
  citationId: string;
  certainty: Certainty;
  /** The standard hedge phrase for the certainty (IPDAS C5). */
  certaintyText: string;
  /** A caveat that must be shown with the figure. */
  caveat?: string;
}

export interface ExplainerPoint {
  text: string;
  /** The registry figures that back this point (may be empty). */
  facts: FactRef[];
  /** A short list under the text (may be empty). */
  items: string[];
  /** What to do, after the list (a sign tier's action). */
  action?: string;
  /** For a harm: what the plan offers instead. */
  instead?: string;
}

export interface ExplainerSection {
  id: SectionId;
  heading: string;
  points: ExplainerPoint[];
}

export interface ExplainerModule {
  id: ModuleId;
  sections: ExplainerSection[];
}

export interface ExplainerOption {
  id: OptionId;
  title: string;
  /** Always the four sections of OPTION_SECTIONS, in that order (IPDAS C1). */
  sections: { id: OptionSectionId; heading: string; points: ExplainerPoint[] }[];
}

/** One answer in the at-a-glance comparison. */
export interface GlanceCell {
  option: OptionId;
  text: string;
  /** The registry figures behind this answer, for this option only. */
  facts: FactRef[];
}

export interface GlanceRow {
  id: GlanceRowId;
  question: string;
  /** One cell per option, in OPTION_IDS order. */
  cells: GlanceCell[];
  /** One answer for both options, across both columns (then `cells` is empty). */
  same: { text: string; facts: FactRef[] } | null;
  /** Figures that apply to both options alike, shown once across the row. */
  both: FactRef[];
  /**
   * Beside a plan, where the figures of this row are instead (the plan's "What to expect"
   * shows them): shown once in a letter or on a page, never twice. Null otherwise.
   */
  inPlan: string | null;
}

/**
 * The at-a-glance comparison (an Option Grid: questions as rows, options as columns). The table
 * is the same for everyone (IPDAS C1); tailoring adds a lead sentence per high theme and moves
 * the row that answers it to the top.
 */
export interface ExplainerGlance {
  heading: string;
  intro: string;
  columns: { id: OptionId; title: string }[];
  /** One sentence per high theme, in module order. */
  leads: string[];
  rows: GlanceRow[];
  bothLabel: string;
  /** The fold or link to the full explainer. */
  more: string;
  /** In a letter: where the full version is. */
  moreInLetter: string;
}

export interface ExplainerComparison {
  heading: string;
  intro: string;
  options: ExplainerOption[];
}

export interface EmergencyGuidance {
  /** `emergency`: act now. `urgent`: a linked plan found a Tier 2 sign (be seen today, or tests arranged). */
  level: 'emergency' | 'urgent';
  heading: string;
  /** "Go to A&E or call 999 now. …" */
  action: string;
  points: string[];
  /** The Tier 1 signs the person reported and the review has not settled. */
  signs: Tier1Id[];
  contact: EmergencyContact;
}

export interface ExplainerSource {
  id: string;
  /** Short form, e.g. "Henschke et al. 2009". */
  short: string;
  /** The full reference, Vancouver style. */
  reference: string;
  /** A short reference for the one-page summary: "Chou et al. 2009. Lancet 2009;373(9662):463–72. doi:…." */
  brief: string;
  href?: string;
  /** Parts of the citation not yet verified against the original ("to be checked"). */
  unverified: string[];
  /**
   * The language of the reference and of its "to be checked" notes (BCP 47): a page in another
   * language marks them with it (`lang`), so a screen reader reads them in theirs.
   */
  language: string;
  /** The facts in this model that rest on this source, in the order first shown. */
  factIds: string[];
  /** The dates (YYYY-MM-DD) those facts were last checked, oldest first. */
  checked: string[];
  citation: Citation;
}

export interface ExplainerAbout {
  heading: string;
  version: string;
  /** ISO dates, and the same dates written for the locale. */
  published: string;
  reviewBy: string;
  publishedDate: string;
  reviewByDate: string;
  labels: { version: string; published: string; reviewBy: string };
  /** Plain-language lines, in the order shown. */
  lines: string[];
  statements: AboutStatements;
}

/**
 * Everything `<sdm-benefits-harms>` draws, already worded for one locale. Render in this order:
 * `emergency`, `intro`, `modulesBefore`, `comparison`, `modulesAfter`, `sections`, `about`, `sources`.
 */
export interface ExplainerModel {
  locale: Locale;
  variant: ExplainerVariant;
  title: string;
  /** The decision (IPDAS Q2); null in emergency mode. */
  decisionQuestion: string | null;
  /** Set when the profile reports an emergency sign: then nothing else argues for waiting. */
  emergency: EmergencyGuidance | null;
  /** The at-a-glance comparison, first; null in emergency mode and in a full guide folded under a summary. */
  glance: ExplainerGlance | null;
  /** What the condition is (Q1) and the decision (Q2). */
  intro: ExplainerSection[];
  /** Modules for high themes, in the order threat → legitimacy → navigation. */
  modulesBefore: ExplainerModule[];
  /** The two options: identical for every profile (IPDAS C1); null in emergency mode. */
  comparison: ExplainerComparison | null;
  /** The harms-underestimated note, after the comparison. */
  modulesAfter: ExplainerModule[];
  /** The remaining sections, in order. */
  sections: ExplainerSection[];
  /** The age picker for the findings-by-age figures, when they are shown. */
  findingAges: { label: string; hint: string | null; ages: readonly FindingAge[]; selected: FindingAge | null } | null;
  about: ExplainerAbout;
  /** The words around the sources list. */
  sourceLabels: { heading: string; checked: string; toBeChecked: string };
  /** Every citation behind a figure in this model, each once, in the order first used. */
  sources: ExplainerSource[];
}

export interface ExplainerInput {
  /** The questionnaire's result. Missing or unreadable: the neutral default is shown. */
  profile?: ExpectationProfile | null;
  locale: Locale;
  variant?: ExplainerVariant;
  /** The reader's age band for the findings-by-age figures (verified ages only). */
  age?: FindingAge;
  /** Overrides the locale's emergency number or service. */
  emergencyContact?: Partial<EmergencyContact>;
  /** Overrides the locale's same-day line or place (Tier 2). */
  urgentContact?: Partial<UrgentContact>;
  /** Overrides the "About this information" statements (authorship, funding, conflicts, update policy). */
  about?: Partial<AboutStatements>;
  /**
   * `false` leaves the at-a-glance table out of a full model: for the full guide folded under a
   * summary, which already shows it. Default true.
   */
  glance?: boolean;
  /**
   * The patient's plan (core's `Plan`, or its JSON), when there is one: its red-flag review
   * says what was checked today, and a sign the clinician found puts the plan first.
   */
  plan?: unknown;
}

/** One problem with a profile, in plain words; `field` names where it is. */
export interface ProfileProblem {
  field: string;
  message: string;
}
