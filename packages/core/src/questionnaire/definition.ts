import type { Locale } from '../i18n/locales.js';
import { emergencyInstructions, questionnaireContent, type EmergencyContact } from './content.js';
import type { Extension, Questionnaire, QuestionnaireAnswerOption, QuestionnaireItem } from './fhir-types.js';
import { isOneOf } from '../one-of.js';

/** Canonical URL and version of the imaging-expectation Questionnaire. */
export const QUESTIONNAIRE_URL = 'https://scanwise.dev/fhir/Questionnaire/imaging-expectations';
export const QUESTIONNAIRE_VERSION = '0.1.0';

/** Our local code systems for the answers. */
export const AGREE5_SYSTEM = 'https://scanwise.dev/fhir/CodeSystem/agree5';
export const WANT_SCAN_SYSTEM = 'https://scanwise.dev/fhir/CodeSystem/want-scan';

/** FHIR R4 core extension that gives each answer option its score. */
export const ORDINAL_VALUE_URL = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
const ITEM_CONTROL_URL = 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl';
const ITEM_CONTROL_SYSTEM = 'http://hl7.org/fhir/questionnaire-item-control';
const CHOICE_ORIENTATION_URL = 'http://hl7.org/fhir/StructureDefinition/questionnaire-choiceOrientation';

/** The three belief themes (§D.2): legitimacy, threat, navigation. */
export const BELIEF_THEMES = ['leg', 'thr', 'nav'] as const;
export type BeliefTheme = (typeof BELIEF_THEMES)[number];

/** The four belief items of each theme, in the order asked. */
export const THEME_ITEMS = {
  leg: ['leg-1', 'leg-2', 'leg-3', 'leg-4'],
  thr: ['thr-1', 'thr-2', 'thr-3', 'thr-4'],
  nav: ['nav-1', 'nav-2', 'nav-3', 'nav-4'],
} as const satisfies Record<BeliefTheme, readonly string[]>;
export type ItemId = (typeof THEME_ITEMS)[BeliefTheme][number];

/** All 12 belief items, theme by theme. */
export const ITEM_IDS: readonly ItemId[] = BELIEF_THEMES.flatMap((theme) => THEME_ITEMS[theme]);

/** The eight Tier 1 emergency signs (EVIDENCE.md §11.1), in the order asked. */
export const TIER1_IDS = [
  'rf1-saddle',
  'rf1-bladder',
  'rf1-bowel',
  'rf1-sexual',
  'rf1-both-legs',
  'rf1-weakness',
  'rf1-injury',
  'rf1-chest',
] as const;
export type Tier1Id = (typeof TIER1_IDS)[number];

/** linkIds of the other items. */
export const EMERGENCY_GROUP_ID = 'emergency-check';
export const EMERGENCY_DISPLAY_ID = 'rf1-emergency';
export const WANT_SCAN_ID = 'want-scan';
export const WORRY_ID = 'worry-text';

/** The longest free-text worry kept, in characters (UTF-16 units, as the box's `maxlength` counts them). */
export const WORRY_MAX_LENGTH = 2000;

/** Agreement codes; a code's position + 1 is its score (sd = 1 … sa = 5). */
export const AGREE_CODES = ['sd', 'd', 'ns', 'a', 'sa'] as const;
export type AgreeCode = (typeof AGREE_CODES)[number];
/** A belief item's score: 1 Strongly disagree … 5 Strongly agree. */
export type Likert = 1 | 2 | 3 | 4 | 5;

export const WANT_SCAN_CODES = ['yes', 'no', 'not-sure'] as const;
export type WantScan = (typeof WANT_SCAN_CODES)[number];

export const isTier1Id = (x: unknown): x is Tier1Id => isOneOf(TIER1_IDS, x);
export const isItemId = (x: unknown): x is ItemId => isOneOf(ITEM_IDS, x);
export const isWantScan = (x: unknown): x is WantScan => isOneOf(WANT_SCAN_CODES, x);

export interface QuestionnaireOptions {
  /** Overrides the locale's emergency number or service in the instructions. */
  emergencyContact?: Partial<EmergencyContact>;
}

const radioButtons = (): Extension => ({
  url: ITEM_CONTROL_URL,
  valueCodeableConcept: { coding: [{ system: ITEM_CONTROL_SYSTEM, code: 'radio-button', display: 'Radio Button' }] },
});

const horizontal = (): Extension => ({ url: CHOICE_ORIENTATION_URL, valueCode: 'horizontal' });

/**
 * The imaging-expectation questionnaire as a FHIR R4 Questionnaire (DECISION-AID-STANDARDS.md
 * §D.2, §D.5, §E.1), worded for `locale`. Item order: the emergency self-check, the belief
 * themes (leg, thr, nav), then `want-scan` and `worry-text`. No item is required: an
 * unanswered item stays unanswered. A new object each call, so callers may change it.
 */
export function buildQuestionnaire(locale: Locale, options: QuestionnaireOptions = {}): Questionnaire {
  const t = questionnaireContent(locale);

  const emergencyCheck: QuestionnaireItem = {
    linkId: EMERGENCY_GROUP_ID,
    type: 'group',
    text: t.emergency.intro,
    item: [
      ...TIER1_IDS.map((id): QuestionnaireItem => ({ linkId: id, type: 'boolean', text: t.emergency.signs[id] })),
      {
        linkId: EMERGENCY_DISPLAY_ID,
        type: 'display',
        text: emergencyInstructions(locale, options.emergencyContact),
        enableWhen: TIER1_IDS.map((id) => ({ question: id, operator: '=', answerBoolean: true })),
        enableBehavior: 'any',
      },
    ],
  };

  const agreeOptions = (): QuestionnaireAnswerOption[] =>
    AGREE_CODES.map((code, i) => ({
      extension: [{ url: ORDINAL_VALUE_URL, valueDecimal: i + 1 }],
      valueCoding: { system: AGREE5_SYSTEM, code, display: t.scale[code] },
    }));

  const themeGroups = BELIEF_THEMES.map(
    (theme): QuestionnaireItem => ({
      linkId: theme,
      type: 'group',
      text: t.stem,
      item: THEME_ITEMS[theme].map((id) => ({
        linkId: id,
        type: 'choice',
        text: t.items[id],
        extension: [radioButtons(), horizontal()],
        answerOption: agreeOptions(),
      })),
    }),
  );

  const wantScan: QuestionnaireItem = {
    linkId: WANT_SCAN_ID,
    type: 'choice',
    text: t.wantScan.question,
    extension: [radioButtons()],
    answerOption: WANT_SCAN_CODES.map((code) => ({
      valueCoding: { system: WANT_SCAN_SYSTEM, code, display: t.wantScan.options[code] },
    })),
  };

  const worry: QuestionnaireItem = {
    linkId: WORRY_ID,
    type: 'text',
    text: t.worry.question,
    required: false,
    maxLength: WORRY_MAX_LENGTH,
  };

  return {
    resourceType: 'Questionnaire',
    id: 'imaging-expectations',
    language: locale,
    url: QUESTIONNAIRE_URL,
    version: QUESTIONNAIRE_VERSION,
    name: 'ImagingExpectations',
    title: t.title,
    status: 'draft',
    subjectType: ['Patient'],
    publisher: 'Scanwise',
    copyright: 'CC BY 4.0 (draft, unvalidated)',
    item: [emergencyCheck, ...themeGroups, wantScan, worry],
  };
}
