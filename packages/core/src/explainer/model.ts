import { contentMeta, FINDING_NAMES, findingFactId, VERIFIED_FINDING_AGES, type FindingAge } from '../evidence/facts.js';
import { briefCitation, citationHref, citationsFor, formatCitation, getFact } from '../evidence/registry.js';
import type { Certainty, Citation, Fact } from '../evidence/types.js';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales.js';
import { formatDate, messagesFor } from '../i18n/messages.js';
import { coverageOf, decisionNeeded, reviewOf, triageOf, type ReviewRecord } from '../plan/triage.js';
import { RECOVERY_FACT_IDS } from '../plan/recovery.js';
import type { EmergencyContact } from '../questionnaire/content.js';
import { BELIEF_THEMES, isTier1Id, type BeliefTheme, type Tier1Id } from '../questionnaire/definition.js';
import type { ExpectationProfile, ThemeLevel } from '../questionnaire/scoring.js';
import { describe, isRecord, parseIfString, problemText } from '../questionnaire/scoring.js';
import {
  explainerContent,
  GLANCE_ROW_IDS,
  OPTION_IDS,
  OPTION_SECTIONS,
  type AboutStatements,
  type ExplainerContent,
  type GlanceRowId,
  type OptionId,
  type OptionSectionId,
  type PointContent,
  type SectionId,
} from './content.js';

export type ExplainerVariant = 'full' | 'summary';

/** The tailoring modules (DECISION-AID-STANDARDS.md §D.4). */
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

/** The modules that open the explainer, in order, and the general sections each takes the place of. */
const MODULES: readonly { id: ModuleId; theme: BeliefTheme; sections: readonly SectionId[]; covers: readonly SectionId[] }[] = [
  // 'looks-for' becomes 'checked-today' when a plan records today's review.
  { id: 'threat', theme: 'thr', sections: ['looks-for', 'scan-triggers'], covers: ['serious-causes', 'scan-triggers'] },
  { id: 'legitimacy', theme: 'leg', sections: ['pain-is-real', 'findings-without-pain'], covers: ['findings-without-pain'] },
  { id: 'navigation', theme: 'nav', sections: ['care-without-scan', 'what-a-scan-shows'], covers: ['what-a-scan-shows'] },
];

const HARMS_MODULE = { id: 'harms-underestimated', sections: ['harms-and-plan'] } as const;

const INTRO_SECTIONS: readonly SectionId[] = ['condition', 'decision'];

/** The sections after the comparison in the full explainer. */
const FULL_SECTIONS: readonly SectionId[] = [
  'natural-history',
  'serious-causes',
  'scan-triggers',
  'what-a-scan-shows',
  'if-scan-finds-something',
  'if-scan-finds-nothing',
  'findings-without-pain',
  'harms-by-scan-type',
  'questions-to-ask',
];

const THEME_LEVELS: readonly ThemeLevel[] = ['low', 'mixed', 'high', 'not-scored'];
const TRIAGE_LEVELS = ['emergency', 'routine'];

/** What the explainer takes from a profile. */
interface Tailoring {
  emergency: boolean;
  signs: Tier1Id[];
  high: Set<BeliefTheme>;
  harmsUnderestimated: boolean;
}

/**
 * Reads what tailoring needs from any input, never throwing. Only clear values count, except
 * that any clear sign of an emergency wins (DESIGN.md: red flags always win).
 */
function readTailoring(input: unknown): Tailoring {
  const parsed = parseIfString(input);
  const raw = 'value' in parsed && isRecord(parsed.value) ? parsed.value : {};
  const themes = isRecord(raw.themes) ? raw.themes : {};
  const flags = isRecord(raw.flags) ? raw.flags : {};
  const signs = Array.isArray(flags.emergencySigns) ? flags.emergencySigns.filter(isTier1Id) : [];
  return {
    emergency: flags.emergency === true || raw.triage === 'emergency' || signs.length > 0,
    signs,
    high: new Set(BELIEF_THEMES.filter((t) => isRecord(themes[t]) && themes[t].level === 'high')),
    harmsUnderestimated: flags.harmsUnderestimated === true,
  };
}

/**
 * Checks a profile handed to the explainer. Never throws. Returns plain-language problems
 * (empty when the profile is sound, or when there is no profile at all). Whatever it finds,
 * `explainerModel` still works: unreadable parts are ignored, and the neutral default is shown.
 */
export function validateProfile(input: unknown): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  if (input === null || input === undefined) return problems;

  const parsed = parseIfString(input);
  if ('error' in parsed) {
    add('(input)', problemText.notJson('profile'));
    return problems;
  }
  const raw = parsed.value;
  if (!isRecord(raw)) {
    add('(input)', problemText.notObject('profile', raw));
    return problems;
  }

  const { themes, flags, triage } = raw;
  if (!isRecord(themes)) {
    add('themes', `"themes" should be an object with a level for each theme, but it is ${describe(themes)}. No tailoring is used.`);
  } else {
    for (const theme of BELIEF_THEMES) {
      const score = themes[theme];
      const level = isRecord(score) ? score.level : undefined;
      if (!THEME_LEVELS.includes(level as ThemeLevel)) {
        add(
          `themes.${theme}.level`,
          `The level of the "${theme}" theme should be "low", "mixed", "high" or "not-scored", but it is ${describe(level)}. It is taken as not scored.`,
        );
      }
    }
  }

  if (!isRecord(flags)) {
    add('flags', `"flags" should be an object, but it is ${describe(flags)}.`);
  } else {
    const fallbacks = {
      emergency: 'Emergency guidance is shown only if the triage or the listed signs report an emergency.',
      harmsUnderestimated: 'It is taken as false.',
    };
    for (const [flag, fallback] of Object.entries(fallbacks)) {
      if (typeof flags[flag] !== 'boolean') {
        add(`flags.${flag}`, `"flags.${flag}" should be true or false, but it is ${describe(flags[flag])}. ${fallback}`);
      }
    }
    const signs = flags.emergencySigns;
    if (signs !== undefined && (!Array.isArray(signs) || !signs.every(isTier1Id))) {
      add('flags.emergencySigns', `"flags.emergencySigns" should be a list of emergency question ids, but it is ${describe(signs)}.`);
    }
  }

  if (!TRIAGE_LEVELS.includes(triage as string)) {
    add('triage', `"triage" should be "emergency" or "routine", but it is ${describe(triage)}.`);
  }
  // Red flags always win: any one clear report of an emergency makes it one.
  const { emergency, signs } = readTailoring(raw);
  const reports = [isRecord(flags) && flags.emergency === true, triage === 'emergency', signs.length > 0];
  if (emergency && !reports.every(Boolean)) {
    add('triage', 'The profile says both that there is and that there is not an emergency sign. It is taken as an emergency.');
  }
  return problems;
}

/**
 * A profile handed to a component from outside (a property, a linked questionnaire), read once
 * for a component that follows it (the explainer, the plan): the profile to use, its JSON text
 * parsed (null when there is none, or it is not an object), and its problems (`validateProfile`).
 * Never throws on JSON data. Readers of the profile still read each part leniently: a part that
 * is not as it should be counts as missing.
 */
export function readProfile(input: unknown): { profile: ExpectationProfile | null; problems: ProfileProblem[] } {
  const parsed = parseIfString(input);
  const profile = 'value' in parsed && isRecord(parsed.value) ? (parsed.value as unknown as ExpectationProfile) : null;
  return { profile, problems: validateProfile(input) };
}

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
  const content = explainerContent(locale, isRecord(given.emergencyContact) ? given.emergencyContact : {});
  const certaintyText = messagesFor(locale).iconArray.certainty;

  const used: Fact[] = [];
  let showsFindingsByAge = false;

  const factRef = (id: string): FactRef[] => {
    const fact = getFact(id);
    if (!fact) return [];
    used.push(fact);
    const caveat = fact.caveat?.[locale];
    return [
      {
        factId: fact.id,
        text: fact.text[locale].statement,
        citationId: fact.citationId,
        certainty: fact.certainty,
        certaintyText: certaintyText[fact.certainty],
        ...(caveat ? { caveat } : {}),
      },
    ];
  };

  const findingIds = (): string[] => {
    showsFindingsByAge = true;
    return age === null ? ['no-pain-abnormal-disc'] : FINDING_NAMES.map((name) => findingFactId(name, age));
  };

  const point = (p: PointContent): ExplainerPoint => ({
    text: p.text,
    facts: [...(p.facts ?? []), ...(p.findingsByAge ? findingIds() : [])].flatMap(factRef),
    items: [...(p.items ?? [])],
    ...(p.action ? { action: p.action } : {}),
    ...(p.instead ? { instead: p.instead } : {}),
  });

  // With a plan that records today's review, the threat module says what it found.
  const coverage = review ? coverageOf(review) : 'none';
  const checkedToday = coverage !== 'none' && review ? content.checkedToday[decisionNeeded(review.redFlags) ? 'found' : coverage] : null;
  const section = (asked: SectionId): ExplainerSection => {
    const id = asked === 'looks-for' && checkedToday ? 'checked-today' : asked;
    const points = content.sections[id].points.map(point);
    return { id, heading: content.sections[id].heading, points: id === 'checked-today' && checkedToday ? [point({ text: checkedToday }), ...points] : points };
  };

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
    sources: sourcesFor(used),
  });

  if (guidance) return short({ title: guidance.heading, decisionQuestion: null, emergency: guidance, glance: null });

  // Built in the order shown, so the sources come in the order first used.
  // Beside a plan (a letter, or `plan-for`), the figures its "What to expect" shows are not repeated.
  const inPlan: ReadonlySet<string> = review ? new Set(RECOVERY_FACT_IDS) : new Set();
  const glance = given.glance === false && variant === 'full' ? null : glancePart(content, tailoring, point, inPlan);
  // The summary: the at-a-glance comparison alone (an Option Grid); the full guide is one step away.
  if (variant === 'summary') return short({ title: content.title, decisionQuestion: content.decisionQuestion, emergency: null, glance });
  const intro = INTRO_SECTIONS.map(section);
  const opening = MODULES.filter((m) => tailoring.high.has(m.theme));
  const modulesBefore = opening.map((m) => ({ id: m.id, sections: m.sections.map(section) }));
  const comparison = comparisonPart(content, point);
  const modulesAfter = tailoring.harmsUnderestimated
    ? [{ id: HARMS_MODULE.id, sections: HARMS_MODULE.sections.map(section) }]
    : [];
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
    findingAges: showsFindingsByAge
      ? { label: content.findingAges.label, hint: age === null ? content.findingAges.noAge : null, ages: VERIFIED_FINDING_AGES, selected: age }
      : null,
    about,
    sourceLabels: sourceLabels(content),
    sources: sourcesFor(used),
  };
}

/**
 * What the explainer shows instead of weighing a scan against waiting, or null when it weighs
 * them. With a plan: a Tier 1 sign the clinician found (emergency referral), a Tier 1 "yes" the
 * review has not settled, or a Tier 2 sign with no decision or with tests arranged. Without a
 * plan: any report of an emergency in the profile (red flags always win).
 */
function guidanceFor(content: ExplainerContent, tailoring: Tailoring, review: ReviewRecord | null): EmergencyGuidance | null {
  const { contact } = content.emergency;
  const reported = (signs: Tier1Id[]): EmergencyGuidance => {
    const { heading, action, points } = content.emergency;
    return { level: 'emergency', heading, action, points: [...points], signs, contact: { ...contact } };
  };
  // A profile that says "emergency" without naming a sign cannot be settled by a review.
  if (!review || (tailoring.emergency && !tailoring.signs.length)) return tailoring.emergency ? reported(tailoring.signs) : null;
  const triage = triageOf(review, { flags: { emergencySigns: tailoring.signs } } as unknown as ExpectationProfile);
  if (triage === 'emergency' && decisionNeeded(review.redFlags) !== 'emergency') {
    return reported(tailoring.signs.filter((id) => review.redFlags[id] !== 'present' && !review.rechecked.includes(id)));
  }
  if (triage === 'early-review' || triage === 'routine') return null;
  const first = content.planFirst[triage];
  return { level: triage === 'emergency' ? 'emergency' : 'urgent', heading: first.heading, action: first.action, points: [...first.points], signs: [], contact: { ...contact } };
}

/** The at-a-glance table: the same rows for everyone; high themes lead, and move their row up. */
function glancePart(
  content: ExplainerContent,
  tailoring: Tailoring,
  point: (p: PointContent) => ExplainerPoint,
  inPlan: ReadonlySet<string>,
): ExplainerGlance {
  const g = content.glance;
  const leads = (['thr', 'leg', 'nav'] as const).filter((t) => tailoring.high.has(t)).map((t) => g.leads[t]);
  const order = [...new Set<GlanceRowId>([...leads.map((l) => l.row), ...GLANCE_ROW_IDS])];
  return {
    heading: g.heading,
    intro: g.intro,
    columns: OPTION_IDS.map((id) => ({ id, title: g.columns[id] })),
    leads: leads.map((l) => l.text),
    rows: order.map((id) => {
      const row = g.rows[id];
      const cells = row.cells;
      const same = 'same' in cells ? point(cells.same) : null;
      return {
        id,
        question: row.question,
        cells:
          'same' in cells
            ? []
            : OPTION_IDS.map((option) => {
                const { text, facts } = point(cells[option]);
                return { option, text, facts };
              }),
        same: same && { text: same.text, facts: same.facts },
        both: point({ text: '', facts: (row.both ?? []).filter((f) => !inPlan.has(f)) }).facts,
        inPlan: row.both?.some((f) => inPlan.has(f)) ? g.figuresInPlan : null,
      };
    }),
    bothLabel: g.bothLabel,
    more: g.more,
    moreInLetter: g.moreInLetter,
  };
}

/** The two options in the one shared template. Depends on nothing but the locale's words (IPDAS C1). */
function comparisonPart(content: ExplainerContent, point: (p: PointContent) => ExplainerPoint): ExplainerComparison {
  const { heading, intro, sectionHeadings, options } = content.comparison;
  return {
    heading,
    intro,
    options: OPTION_IDS.map((id) => ({
      id,
      title: options[id].title,
      sections: OPTION_SECTIONS.map((s) => ({ id: s, heading: sectionHeadings[s], points: options[id].sections[s].map(point) })),
    })),
  };
}

function sourceLabels({ sources }: ExplainerContent): ExplainerModel['sourceLabels'] {
  return { heading: sources.heading, checked: sources.checkedLabel, toBeChecked: sources.toBeChecked };
}

/** "About this information"; the one-page summary leaves out the line its sources list already says. */
function aboutPart(content: ExplainerContent, locale: Locale, override: unknown, variant: ExplainerVariant): ExplainerAbout {
  const a = content.about;
  const statements = { ...a.statements };
  if (isRecord(override)) {
    for (const key of Object.keys(statements) as (keyof AboutStatements)[]) {
      const v = override[key];
      if (typeof v === 'string' && v.trim()) statements[key] = v.trim();
    }
  }
  return {
    heading: a.heading,
    version: contentMeta.version,
    published: contentMeta.published,
    reviewBy: contentMeta.reviewBy,
    publishedDate: formatDate(contentMeta.published, locale),
    reviewByDate: formatDate(contentMeta.reviewBy, locale),
    labels: { version: a.versionLabel, published: a.publishedLabel, reviewBy: a.reviewByLabel },
    lines: [...(variant === 'summary' ? [] : [a.evidence]), statements.updatePolicy, statements.authorship, statements.funding, statements.conflicts, a.status, a.notAdvice],
    statements,
  };
}

/** Each citation used, once, with the facts that use it and the dates they were checked. */
function sourcesFor(used: readonly Fact[]): ExplainerSource[] {
  const unique = [...new Map(used.map((f) => [f.id, f])).values()];
  return citationsFor(unique).map((c) => {
    const own = unique.filter((f) => f.citationId === c.id);
    const href = citationHref(c);
    return {
      id: c.id,
      short: c.short,
      reference: formatCitation(c),
      brief: briefCitation(c),
      ...(href ? { href } : {}),
      unverified: [...(c.unverified ?? [])],
      factIds: own.map((f) => f.id),
      checked: [...new Set(own.map((f) => f.checked))].sort(),
      citation: c,
    };
  });
}
