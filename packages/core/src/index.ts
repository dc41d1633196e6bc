/**
 * @scanwise/core: the DOM-free heart of Scanwise. The evidence registry, content
 * catalogs per locale, and the models the elements and letters draw. Runs in Node
 * and browsers; imports no DOM and no Lit.
 */
export type { Certainty, Citation, ContentMeta, Fact, FactKind, FactText, RegistryProblem } from './evidence/types.js';
export { citations } from './evidence/citations.js';
export { contentMeta, facts, FINDING_NAMES, findingFactId, VERIFIED_FINDING_AGES, type FindingAge, type FindingName } from './evidence/facts.js';
export {
  briefCitation,
  citationHref,
  citationOf,
  citationsFor,
  formatCitation,
  getCitation,
  getFact,
  isIsoDate,
  validateRegistry,
} from './evidence/registry.js';
export {
  DEFAULT_LOCALE,
  isLocale,
  isLocaleLoaded,
  loadLocale,
  localeText,
  LOCALES,
  PACK_PARTS,
  registerLocale,
  resolveLocale,
  type Locale,
  type LocaleMatch,
  type ResolvedLocale,
} from './locales/registry.js';
export type { BasePack, GuidePack, InputPack, LocalePack, PackPart } from './locales/pack.js';
export { PACK_FIELDS } from './locales/pack.js';
export type { LetterText } from './locales/letter-text.js';
export { formatDate, formatNumber, type Messages } from './i18n/messages.js';
export type {
  CarePlanPartKind,
  InputMessages,
  InputName,
  PlanDateName,
  PlanListName,
  PlanTextName,
  ResourceName,
  Say,
  UnwordedProblem,
} from './i18n/input-messages.js';
export { wordProblems } from './i18n/input-problems.js';
export {
  iconArrayModel,
  MAX_ICON_TOTAL,
  type FigureError,
  type IconArrayInput,
  type IconArrayModel,
  type IconArrayResult,
} from './figures/icon-array-model.js';
export * from './questionnaire/index.js';
export type { QuestionnaireUi } from './i18n/questionnaire-ui.js';
export type { TextLimitWords } from './i18n/text-limit.js';
export { cutText, isWellFormed, limitState, NEAR_LIMIT, wellFormed, type LimitState } from './text.js';
export { localTodayIso, todayIso } from './dates.js';
export * from './explainer/index.js';
export * from './plan/index.js';
