import { warningSigns, type ServiceContacts, type SignId, type SignText, type SignTier } from '../plan/signs.js';
import type { EmergencyContact } from '../questionnaire/content.js';

/**
 * Every word of the benefits-versus-harms explainer (`<sdm-benefits-harms>`), per locale.
 * Our own plain-language wording, never copied from the sources: short sentences,
 * grade 6 or lower per locale and grade 8 or lower per string (test/node/explainer.test.ts).
 *
 * No figure is typed here. A point that rests on a number names the registry facts that
 * carry it (`facts`), and the model resolves them with their citations (IPDAS C2, C5).
 */

/** The two options, in the order shown: have a scan now, or wait and watch with a plan (IPDAS Q3). */
export const OPTION_IDS = ['scan-now', 'wait-and-watch'] as const;
export type OptionId = (typeof OPTION_IDS)[number];

/** The one option-card template: the same sections in the same order for both options (IPDAS C1, Q3–Q6). */
export const OPTION_SECTIONS = ['whatHappens', 'goodPoints', 'downsides', 'whatItIsLike'] as const;
export type OptionSectionId = (typeof OPTION_SECTIONS)[number];

/**
 * The rows of the at-a-glance comparison: questions patients ask about a scan, as qualitative
 * studies of why people want one report them, in the Option Grid format (Elwyn et al.: rows are
 * patients' questions, columns the options), in the standard order.
 */
export const GLANCE_ROW_IDS = ['better-sooner', 'cause', 'serious', 'harmless-findings', 'radiation', 'what-next', 'how-soon'] as const;
export type GlanceRowId = (typeof GLANCE_ROW_IDS)[number];

/** One row of the at-a-glance comparison. */
export interface GlanceRowContent {
  question: string;
  /**
   * The answer for each option, one or two short sentences, with the registry figures behind
   * it; or, where the answer is the same for both, one answer across both columns (`same`).
   */
  cells: Record<OptionId, PointContent> | { same: PointContent };
  /**
   * Figures that apply to both options alike (the chance of a serious cause, how soon people get
   * better): shown once, across both columns, so both options carry the same number.
   */
  both?: readonly string[];
}

/** Every section of the explainer outside the option comparison. */
export const SECTION_IDS = [
  'condition', // Q1
  'decision', // Q2
  'natural-history', // quality criterion 1
  'serious-causes', // quality criterion 28
  'checked-today', // threat module, when a plan records today's review
  'looks-for', // threat module, when no plan is given: no claim about today
  'scan-triggers', // threat module and the plan's triggers
  'what-a-scan-shows', // C7
  'if-scan-finds-something', // C8
  'if-scan-finds-nothing', // C9
  'findings-without-pain', // C10
  'harms-by-scan-type',
  'pain-is-real', // legitimacy module
  'care-without-scan', // navigation module
  'harms-and-plan', // harms-underestimated note
  'questions-to-ask', // quality criterion 11
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** One point as written: its words, and the registry facts that carry any number in it. */
export interface PointContent {
  text: string;
  /** Registry fact ids, shown with the point. */
  facts?: readonly string[];
  /** Show the "findings in people without back pain" facts for the reader's age here. */
  findingsByAge?: true;
  /** A short list under the text, such as signs to look out for. */
  items?: readonly string[];
  /** What to do, after the list (a sign tier's action, from core's `signActions`). */
  action?: string;
  /** For a harm: what the plan offers instead (harms-underestimated note). */
  instead?: string;
}

export interface SectionContent {
  heading: string;
  points: readonly PointContent[];
}

export interface OptionContent {
  title: string;
  sections: Record<OptionSectionId, readonly PointContent[]>;
}

/**
 * Who wrote the content, who paid for it, conflicts of interest and the update policy
 * (IPDAS C4, C6; quality criterion 20). Deployers may override any of them.
 */
export interface AboutStatements {
  authorship: string;
  funding: string;
  conflicts: string;
  updatePolicy: string;
}

export interface ExplainerContent {
  title: string;
  /** The decision, said plainly (IPDAS Q2). */
  decisionQuestion: string;
  sections: Record<SectionId, SectionContent>;
  comparison: {
    heading: string;
    intro: string;
    sectionHeadings: Record<OptionSectionId, string>;
    options: Record<OptionId, OptionContent>;
  };
  /** The at-a-glance comparison: the whole of `variant="summary"`, and the start of "full". */
  glance: {
    heading: string;
    intro: string;
    /** The column headings, in OPTION_IDS order. */
    columns: Record<OptionId, string>;
    rows: Record<GlanceRowId, GlanceRowContent>;
    /** The lead sentence each high theme adds above the table; its row moves to the top. */
    leads: Record<'thr' | 'leg' | 'nav', { text: string; row: GlanceRowId }>;
    /** Under a figure shown once across both columns. */
    bothLabel: string;
    /** The link or fold to the full explainer. */
    more: string;
    /** In a letter: where the full version is. */
    moreInLetter: string;
    /** Refers to the plan's safety net instead of listing the signs again (a letter, or beside a plan). */
    signsInPlan: string;
    /** Beside a plan: its "What to expect" shows how soon people get better, so the table says where. */
    figuresInPlan: string;
  };
  /** Shown instead of everything else when the person reported an emergency sign (a Tier 1 "yes" overrides all tailoring). */
  emergency: { heading: string; action: string; points: readonly string[]; contact: EmergencyContact };
  /**
   * Shown instead of everything else when a linked plan records a sign the clinician found:
   * Tier 1 (an emergency referral), Tier 2 with no decision yet (be seen today), or Tier 2 with
   * tests arranged. The guide weighs waiting against a scan, which is not the question then.
   */
  planFirst: Record<'emergency' | 'urgent' | 'referral', { heading: string; action: string; points: readonly string[] }>;
  /** The first line of "What we checked today", from a linked plan's review. */
  checkedToday: Record<'all' | 'some' | 'found', string>;
  /** The age picker beside the findings-by-age figures. */
  findingAges: { label: string; noAge: string };
  about: {
    heading: string;
    versionLabel: string;
    publishedLabel: string;
    reviewByLabel: string;
    evidence: string;
    status: string;
    notAdvice: string;
    statements: AboutStatements;
  };
  sources: { heading: string; checkedLabel: string; toBeChecked: string };
}

/**
 * The red-flag signs, short, in the plan's words (docs/evidence.md#red-flag-signs), with each
 * tier's action: the explainer, the plan and the clinician's review name each sign and action
 * the same way, from one source. Background risk factors are in no list: the patient is asked
 * to mention them (`mention`).
 */
export interface SignLists {
  tier1: readonly string[];
  tier2: readonly string[];
  actions: Record<SignTier, string>;
  mention: string;
  underWay: string;
}

export function signLists(
  pack: {
    signs: Record<SignId, SignText>;
    signActions: (services: ServiceContacts) => Record<SignTier, string>;
    emergencyUnderWay: (contact: EmergencyContact) => string;
    services: ServiceContacts;
  },
  contact: EmergencyContact,
): SignLists {
  const labels = (tier: SignTier) => warningSigns(tier).map((id) => pack.signs[id].label);
  return {
    tier1: labels(1),
    tier2: labels(2),
    actions: pack.signActions({ emergency: contact, urgent: pack.services.urgent }),
    mention: pack.signs['rf2-age'].watch,
    underWay: pack.emergencyUnderWay(contact),
  };
}
