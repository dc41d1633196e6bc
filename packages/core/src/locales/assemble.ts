import { signLists, type SignLists } from '../explainer/content.js';
import type { ExplainerContent } from '../explainer/content.js';
import { formatNumber, type Messages } from '../i18n/messages.js';
import type { QuestionnaireUi } from '../i18n/questionnaire-ui.js';
import type { TextLimitWords } from '../i18n/text-limit.js';
import type { PlanCatalog } from '../plan/catalog.js';
import type { ServiceContacts, SignId, SignText, SignTier } from '../plan/signs.js';
import { withContact, type EmergencyContact, type QuestionnaireContent } from '../questionnaire/content.js';
import type { LetterText } from './letter-text.js';
import type { BasePack, GuidePack } from './pack.js';

/** What every locale gives its language's text: its tag, name and services. */
export interface RegionWords {
  locale: string;
  name: string;
  emergency: EmergencyContact;
  urgent: ServiceContacts['urgent'];
}

/** A language's text for the base part, as functions of a region's words `W`. */
export interface BaseText<W extends RegionWords> {
  /** True only once a clinician fluent in the language has checked it. */
  reviewed: boolean;
  /** The direction of the language's script. */
  dir: 'ltr' | 'rtl';
  messages: Messages;
  textLimit: (n: (x: number) => string) => TextLimitWords;
  questionnaire: (w: W) => QuestionnaireContent;
  questionnaireUi: (w: W, limit: TextLimitWords) => QuestionnaireUi;
  unknownRegionServices: (w: W) => ServiceContacts;
}

/** A language's text for the guide part. */
export interface GuideText<W extends RegionWords> {
  textLimit: (n: (x: number) => string) => TextLimitWords;
  signWording: (w: W) => Record<SignId, SignText>;
  signActions: (w: W, services: ServiceContacts) => Record<SignTier, string>;
  emergencyUnderWay: (contact: EmergencyContact) => string;
  facts: (w: W) => GuidePack['facts'];
  plan: (w: W, limit: TextLimitWords) => PlanCatalog;
  explainer: (w: W, contact: EmergencyContact, signs: SignLists) => ExplainerContent;
  letter: (w: W) => LetterText;
}

const servicesOf = (w: RegionWords): ServiceContacts => ({ emergency: w.emergency, urgent: w.urgent });
const limitOf = (w: RegionWords, text: { textLimit: BaseText<RegionWords>['textLimit'] }) => text.textLimit((x) => formatNumber(x, w.locale));

/** A locale's base part: its language's text with its own words. */
export function basePack<W extends RegionWords>(w: W, text: BaseText<W>): BasePack {
  const limit = limitOf(w, text);
  return {
    locale: w.locale,
    name: w.name,
    dir: text.dir,
    reviewed: text.reviewed,
    services: servicesOf(w),
    unknownRegionServices: text.unknownRegionServices(w),
    messages: text.messages,
    textLimit: limit,
    questionnaire: text.questionnaire(w),
    questionnaireUi: text.questionnaireUi(w, limit),
  };
}

/** A locale's guide part: its language's text with its own words. */
export function guidePack<W extends RegionWords>(w: W, text: GuideText<W>): GuidePack {
  const signs = text.signWording(w);
  const signActions = (services: ServiceContacts) => text.signActions(w, services);
  const { emergencyUnderWay } = text;
  return {
    signs,
    signActions,
    emergencyUnderWay,
    facts: text.facts(w),
    plan: text.plan(w, limitOf(w, text)),
    explainer: (given, givenUrgent = {}) => {
      const contact = withContact(w.emergency, given);
      const urgent = { line: givenUrgent.line?.trim() || w.urgent.line, place: givenUrgent.place?.trim() || w.urgent.place };
      return text.explainer(w, contact, signLists({ signs, signActions, emergencyUnderWay, services: { emergency: contact, urgent } }, contact));
    },
    letter: text.letter(w),
  };
}
