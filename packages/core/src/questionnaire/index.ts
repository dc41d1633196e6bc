/**
 * The imaging-expectation questionnaire, DOM-free: its words per locale, the FHIR R4
 * Questionnaire, scoring into an ExpectationProfile, answer validation and the
 * QuestionnaireResponse mapping (FHIR R4 Questionnaire / QuestionnaireResponse, SDC subset).
 */
export { type EmergencyContact, type QuestionnaireContent } from './content.js';
export {
  AGREE5_SYSTEM,
  AGREE_CODES,
  BELIEF_THEMES,
  buildQuestionnaire,
  emergencyInstructions,
  EMERGENCY_DISPLAY_ID,
  EMERGENCY_GROUP_ID,
  isItemId,
  isTier1Id,
  isWantScan,
  ITEM_IDS,
  ORDINAL_VALUE_URL,
  QUESTIONNAIRE_URL,
  QUESTIONNAIRE_VERSION,
  THEME_ITEMS,
  TIER1_IDS,
  WANT_SCAN_CODES,
  WANT_SCAN_ID,
  WANT_SCAN_SYSTEM,
  WORRY_ID,
  WORRY_MAX_LENGTH,
  type AgreeCode,
  type BeliefTheme,
  type ItemId,
  type Likert,
  type QuestionnaireOptions,
  type Tier1Id,
  type WantScan,
} from './definition.js';
export {
  checkAnswers,
  LEVEL_EDGES,
  levelOf,
  MIN_ANSWERED_PER_THEME,
  score,
  type AnswerProblem,
  type Answers,
  type AnswersCheck,
  type AnswersResult,
  type ExpectationProfile,
  type ThemeLevel,
  type ThemeScore,
  type Triage,
} from './scoring.js';
export { validateAnswers, wordAnswers } from './validate.js';
export {
  checkQuestionnaireResponse,
  fromQuestionnaireResponse,
  QUESTIONNAIRE_CANONICAL,
  toQuestionnaireResponse,
  type ResponseOptions,
} from './fhir.js';
export type * from './fhir-types.js';
