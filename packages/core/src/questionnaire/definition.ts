import { localeText, type Locale } from '../locales/registry.js';
import { withContact, type EmergencyContact, type QuestionnaireContent } from './content.js';
import type { Extension, Questionnaire, QuestionnaireAnswerOption, QuestionnaireItem } from './fhir-types.js';
import {
  AGREE_CODES,
  BELIEF_THEMES,
  EMERGENCY_DISPLAY_ID,
  EMERGENCY_GROUP_ID,
  THEME_ITEMS,
  TIER1_IDS,
  WANT_SCAN_CODES,
  WANT_SCAN_ID,
  WORRY_ID,
  WORRY_MAX_LENGTH,
} from './ids.js';

// The ids live in ids.ts (content.ts needs them too); they are exported here as well, for the
// modules that import them with the questionnaire.
export {
  AGREE_CODES,
  BELIEF_THEMES,
  EMERGENCY_DISPLAY_ID,
  EMERGENCY_GROUP_ID,
  isItemId,
  isTier1Id,
  isWantScan,
  ITEM_IDS,
  THEME_ITEMS,
  TIER1_IDS,
  WANT_SCAN_CODES,
  WANT_SCAN_ID,
  WORRY_ID,
  WORRY_MAX_LENGTH,
  type AgreeCode,
  type BeliefTheme,
  type ItemId,
  type Likert,
  type Tier1Id,
  type WantScan,
} from './ids.js';

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
 * The imaging-expectation questionnaire as a FHIR R4 Questionnaire with SDC extensions, worded
 * for `locale`. Item order: the emergency self-check, the belief
 * themes (leg, thr, nav), then `want-scan` and `worry-text`. No item is required: an
 * unanswered item stays unanswered. A new object each call, so callers may change it.
 */
export function buildQuestionnaire(locale: Locale, options: QuestionnaireOptions = {}): Questionnaire {
  const t = localeText(locale).questionnaire;
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
    item: questionnaireItems(t, emergencyInstructions(locale, options.emergencyContact)),
  };
}

/**
 * The Questionnaire's items in one locale's words (`t`, with its emergency instructions); with
 * no words (`null`), only their structure, the same in every locale: linkIds, types, nesting
 * and answer codes, for reading a response before any words are loaded.
 */
export function questionnaireItems(t: QuestionnaireContent | null, emergencyText = ''): QuestionnaireItem[] {
  const say = (words: (t: QuestionnaireContent) => string) => (t ? words(t) : '');

  const emergencyCheck: QuestionnaireItem = {
    linkId: EMERGENCY_GROUP_ID,
    type: 'group',
    text: say((t) => t.emergency.intro),
    item: [
      ...TIER1_IDS.map((id): QuestionnaireItem => ({ linkId: id, type: 'boolean', text: say((t) => t.emergency.signs[id]) })),
      {
        linkId: EMERGENCY_DISPLAY_ID,
        type: 'display',
        text: emergencyText,
        enableWhen: TIER1_IDS.map((id) => ({ question: id, operator: '=', answerBoolean: true })),
        enableBehavior: 'any',
      },
    ],
  };

  const agreeOptions = (): QuestionnaireAnswerOption[] =>
    AGREE_CODES.map((code, i) => ({
      extension: [{ url: ORDINAL_VALUE_URL, valueDecimal: i + 1 }],
      valueCoding: { system: AGREE5_SYSTEM, code, display: say((t) => t.scale[code]) },
    }));

  const themeGroups = BELIEF_THEMES.map((theme): QuestionnaireItem => ({
    linkId: theme,
    type: 'group',
    text: say((t) => t.stem),
    item: THEME_ITEMS[theme].map((id) => ({
      linkId: id,
      type: 'choice',
      text: say((t) => t.items[id]),
      extension: [radioButtons(), horizontal()],
      answerOption: agreeOptions(),
    })),
  }));

  const wantScan: QuestionnaireItem = {
    linkId: WANT_SCAN_ID,
    type: 'choice',
    text: say((t) => t.wantScan.question),
    extension: [radioButtons()],
    answerOption: WANT_SCAN_CODES.map((code) => ({
      valueCoding: { system: WANT_SCAN_SYSTEM, code, display: say((t) => t.wantScan.options[code]) },
    })),
  };

  const worry: QuestionnaireItem = {
    linkId: WORRY_ID,
    type: 'text',
    text: say((t) => t.worry.question),
    required: false,
    maxLength: WORRY_MAX_LENGTH,
  };

  return [emergencyCheck, ...themeGroups, wantScan, worry];
}

/**
 * The emergency instructions for a locale, e.g. "Go to A&E or call 999 now. …".
 * `contact` overrides the locale's number or service, for example for a region that
 * shares the language but not the emergency number (en-AU: 000).
 */
export function emergencyInstructions(locale: Locale, contact: Partial<EmergencyContact> = {}): string {
  const { emergency } = localeText(locale).questionnaire;
  return emergency.instructions(withContact(emergency.contact, contact));
}
