import type { FactText } from '../evidence/types.js';
import type { ExplainerContent } from '../explainer/content.js';
import type { InputMessages } from '../i18n/input-messages.js';
import type { Messages } from '../i18n/messages.js';
import type { QuestionnaireUi } from '../i18n/questionnaire-ui.js';
import type { TextLimitWords } from '../i18n/text-limit.js';
import type { PlanCatalog } from '../plan/catalog.js';
import type { ServiceContacts, SignId, SignText, SignTier, UrgentContact } from '../plan/signs.js';
import type { EmergencyContact, QuestionnaireContent } from '../questionnaire/content.js';
import type { LetterText } from './letter-text.js';

/**
 * Everything a locale's pack holds, in three parts that load separately, so that a page with
 * only the questionnaire never loads the guide's words, and a page whose input is fine never
 * loads the words about bad input:
 * - `base`: the words every component needs (messages, services, the questionnaire);
 * - `guide`: the signs, the figures' words, the explainer, the plan and the letter;
 * - `input`: the problems found in input from outside, and the plan's warnings.
 *
 * The en-GB pack is the reference: every other pack has the same type, so a missing or extra
 * string is a type error.
 */
export interface BasePack {
  /** The locale's BCP 47 tag, as the registry lists it. */
  locale: string;
  /** The locale's own name, for notices: "British English", "español (España)". */
  name: string;
  /**
   * The direction of the language's script. Letters set it on the page (`<html dir>`); a page
   * that shows the elements sets `dir` where it sets `lang`, and their layout follows it
   * (logical properties only).
   */
  dir: 'ltr' | 'rtl';
  /**
   * True only when a clinician fluent in the language has checked the text. Any other pack is
   * marked "needs clinical review" wherever it is shown.
   */
  reviewed: boolean;
  /** The region's services: emergency now (Tier 1) and same day (Tier 2). */
  services: ServiceContacts;
  /**
   * The same services worded for a reader whose region is not known (a tag that only matched
   * the language, such as plain `es` or `en-AU`): no number is ever guessed.
   */
  unknownRegionServices: ServiceContacts;
  messages: Messages;
  textLimit: TextLimitWords;
  questionnaire: QuestionnaireContent;
  questionnaireUi: QuestionnaireUi;
}

export interface GuidePack {
  /** Every sign's words: a short label and the patient's "watch for" line. */
  signs: Record<SignId, SignText>;
  /** What to do for each tier, with the services given: one wording everywhere. */
  signActions: (services: ServiceContacts) => Record<SignTier, string>;
  /** The action beside an emergency referral the clinician has already arranged. */
  emergencyUnderWay: (contact: EmergencyContact) => string;
  /** The words of every registry figure, by fact id, and the caveats some must show. */
  facts: { text: Record<string, FactText>; caveat: Record<string, string> };
  plan: PlanCatalog;
  /**
   * The explainer's words around the region's emergency and same-day contacts, or with the
   * number, service, line or place the page gives instead (a blank one keeps the region's).
   */
  explainer: (contact?: Partial<EmergencyContact>, urgent?: Partial<UrgentContact>) => ExplainerContent;
  letter: LetterText;
}

/**
 * The words of the problems found in input from outside (answers, a FHIR resource, a plan, a
 * profile) and of the plan's warnings: needed only when there is one, so a page whose input is
 * fine never loads them.
 */
export interface InputPack {
  input: InputMessages;
}

/** A locale's whole pack: what `localeText(locale)` returns. */
export interface LocalePack extends BasePack, GuidePack, InputPack {}

/** The parts of a pack, each loaded on its own. */
export type PackPart = 'base' | 'guide' | 'input';

/** Which fields each part holds: the accessor uses it to say which part is missing. */
export const PACK_FIELDS: {
  readonly [P in PackPart]: readonly (P extends 'base' ? keyof BasePack : P extends 'guide' ? keyof GuidePack : keyof InputPack)[];
} = {
  base: ['locale', 'name', 'dir', 'reviewed', 'services', 'unknownRegionServices', 'messages', 'textLimit', 'questionnaire', 'questionnaireUi'],
  guide: ['signs', 'signActions', 'emergencyUnderWay', 'facts', 'plan', 'explainer', 'letter'],
  input: ['input'],
};
