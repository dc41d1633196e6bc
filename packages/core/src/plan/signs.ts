import type { Locale } from '../i18n/locales.js';
import { questionnaireContent, type EmergencyContact } from '../questionnaire/content.js';
import { TIER1_IDS, type Tier1Id } from '../questionnaire/definition.js';

/**
 * The red-flag signs (docs/evidence.md#red-flag-signs): their ids, tiers, the guideline ages they name, their
 * words, and what to do for each tier with the locale's services. One source for every
 * component: the clinician's review and the patient's plan (via the plan catalog), the
 * explainer's lists and actions, and the letters. Kept apart from the plan catalog so that the
 * explainer does not carry the whole plan's words.
 */

/**
 * The nine Tier 2 signs (docs/evidence.md#tier-2-signs): reviewed by the clinician, never
 * self-screened, because most people with new back pain report at least one sign from the broad
 * list (registry: red-flag-answers). The Tier 1 signs reuse the questionnaire's linkIds
 * (`TIER1_IDS`).
 */
export const TIER2_IDS = [
  'rf2-fever',
  'rf2-cancer',
  'rf2-weight',
  'rf2-immune',
  'rf2-fracture-risk',
  'rf2-lump',
  'rf2-constant',
  'rf2-cough',
  'rf2-age',
] as const;
export type Tier2Id = (typeof TIER2_IDS)[number];

/**
 * Every red-flag sign of the plan's review: Tier 1 first, then Tier 2, each in the evidence
 * review's order (docs/evidence.md#red-flag-signs).
 */
export type SignId = Tier1Id | Tier2Id;
export const SIGN_IDS: readonly SignId[] = [...TIER1_IDS, ...TIER2_IDS];

/**
 * 1 = emergency now (docs/evidence.md#tier-1-signs); 2 = see a clinician the same day
 * (docs/evidence.md#tier-2-signs).
 */
export type SignTier = 1 | 2;

/** The tier of a sign. */
export function tierOf(id: SignId): SignTier {
  return (TIER2_IDS as readonly string[]).includes(id) ? 2 : 1;
}

/**
 * Background risk factors: recorded in the clinician's review, never a warning sign on their
 * own (low diagnostic accuracy, Downie 2013; docs/evidence.md#background-risk-factors). They
 * never make a plan urgent and are in no "get help today" list: the patient is asked to mention
 * them instead.
 */
export const BACKGROUND_IDS = ['rf2-age'] as const satisfies readonly Tier2Id[];
export type BackgroundId = (typeof BACKGROUND_IDS)[number];

/** True for a background risk factor (see BACKGROUND_IDS). */
export const isBackground = (id: SignId): id is BackgroundId => (BACKGROUND_IDS as readonly string[]).includes(id);

/** The warning signs of a tier, in order: what the safety net and the explainer list (no background risk factors). */
export function warningSigns(tier: SignTier): SignId[] {
  return SIGN_IDS.filter((id) => tierOf(id) === tier && !isBackground(id));
}

/**
 * The ages named in Tier 2 signs. These are guideline thresholds, not figures from a study
 * (docs/evidence.md#ages-named-in-the-signs): the fracture-risk sign ("over about 70"; Henschke
 * 2009, Downie 2013) and the background risk factor (new pain before 20 or after 50; NICE CKS
 * via G-Care, ACP 2011).
 */
export const AGE_THRESHOLDS = { young: 20, older: 50, fracture: 70 } as const;

export interface SignText {
  /** Short checklist label, for the clinician's review and "What we checked today". */
  label: string;
  /**
   * A plain "watch for" line for the patient's safety net. For a background risk factor: the
   * line that asks the patient to mention it to their clinician.
   */
  watch: string;
}

/** Where to go the same day for a Tier 2 sign. */
export interface UrgentContact {
  /** A phone line for same-day advice, worded to follow "Call", e.g. "NHS 111". */
  line: string;
  /** A same-day place or appointment, e.g. "an urgent GP appointment" or "urgent care". */
  place: string;
}

/** The services the signs' actions name: emergency now (Tier 1) and same day (Tier 2). */
export interface ServiceContacts {
  emergency: EmergencyContact;
  urgent: UrgentContact;
}

/** The words a sign's wording and actions need from its locale. */
export interface SignLocaleWords {
  /** The usual first contact: "GP" or "doctor". */
  doctor: string;
  /** Having a bowel movement, to follow "cough, sneeze or". */
  poo: string;
  /** A routine appointment, to follow "wait for a": "GP appointment". */
  appointment: string;
  /** The locale's same-day services. */
  urgent: UrgentContact;
  /** The Tier 2 action with a same-day contact: "Call NHS 111 or get an urgent GP appointment today." */
  urgentAction: (c: UrgentContact) => string;
}

const { young, older, fracture } = AGE_THRESHOLDS;

/** Every sign's words in a locale, our own plain wording of the Tier 1 and Tier 2 signs (docs/evidence.md#red-flag-signs). */
function signWording(w: SignLocaleWords): Record<SignId, SignText> {
  return {
    // Tier 1 signs (docs/evidence.md#tier-1-signs), the same signs the questionnaire asks about.
    'rf1-saddle': {
      label: 'New numbness or odd feeling around the genitals, bottom or inner thighs',
      watch: 'New numbness, tingling or an odd feeling around your genitals, bottom or inner thighs. Or it feels different when you wipe.',
    },
    'rf1-bladder': {
      label: 'New trouble peeing: a weak flow or none, or leaking',
      watch:
        'New trouble when you pee. It is hard to start, the flow is weak or will not come, you cannot feel it, you cannot tell if your bladder is full, or you leak.',
    },
    'rf1-bowel': {
      label: 'New loss of bowel control or feeling',
      watch: 'New trouble with your bowels. You cannot hold it in, or you cannot feel it when you go.',
    },
    'rf1-sexual': {
      label: 'New change in sexual function',
      watch: 'A new change in your sex life. You feel less in your genitals, or it is hard to get an erection or ejaculate.',
    },
    'rf1-both-legs': {
      label: 'Pain, numbness or weakness in both legs',
      watch: 'New pain, pins and needles, numbness or weakness in both legs. Or pain in one leg that spreads to both.',
    },
    'rf1-weakness': {
      label: 'Leg weakness that is bad or getting worse',
      watch: 'Leg weakness that is bad or getting worse. Or legs that suddenly feel heavy, wobbly or hard to walk on.',
    },
    'rf1-injury': {
      label: 'Pain after a bad injury, such as a car crash',
      watch: 'Back pain that starts after a serious injury, such as a car crash or a fall from a height.',
    },
    'rf1-chest': {
      label: 'Chest pain as well as back pain',
      watch: 'Chest pain as well as your back pain.',
    },
    // Tier 2 signs (docs/evidence.md#tier-2-signs).
    'rf2-fever': {
      label: 'Fever, chills or feeling unwell. Or a bacterial infection not long ago.',
      watch: 'You have a high temperature or chills, or you feel unwell all over. Or you had a bacterial infection not long ago.',
    },
    'rf2-cancer': {
      label: 'Cancer in the past, and this back pain is new',
      watch: 'You have had cancer in the past, and this back pain is new.',
    },
    'rf2-weight': {
      label: 'Weight loss with no clear cause',
      watch: 'You lose weight and do not know why.',
    },
    'rf2-immune': {
      label: 'Weak immune system, or injecting drugs',
      watch: 'You have a weak immune system, for example from some medicines or HIV. Or you inject drugs.',
    },
    'rf2-fracture-risk': {
      label: `Weak bones, long-term steroid tablets, or over ${fracture}, with a fall, a knock or sudden bad pain`,
      watch: `You have weak bones, take steroid tablets for a long time, or are over ${fracture}. And you have a fall, a knock or sudden bad pain.`,
    },
    'rf2-lump': {
      label: 'A lump or swelling on the back, or a change in its shape',
      watch: 'A lump or swelling on your back, or your back changes shape.',
    },
    'rf2-constant': {
      label: 'Pain all the time, not eased by rest, or worse at night',
      watch: 'Pain that is there all the time, does not ease when you rest or lie down, or is worse at night.',
    },
    'rf2-cough': {
      label: 'Pain worse when coughing or sneezing, or high up between the shoulder blades',
      watch: `Pain that gets worse when you cough, sneeze or ${w.poo}. Or pain mainly high up, between your shoulder blades.`,
    },
    // A background risk factor, not a warning sign on its own (docs/evidence.md#background-risk-factors).
    'rf2-age': {
      label: `New back pain under age ${young} or over ${older}`,
      watch: `If you are under ${young} or over ${older} and this kind of back pain is new to you, tell your ${w.doctor}.`,
    },
  };
}

/** The locale words the signs and actions use; the plan catalog takes its own from here too. */
export const SIGN_LOCALE_WORDS: Record<Locale, SignLocaleWords> = {
  'en-GB': {
    doctor: 'GP',
    poo: 'poo',
    appointment: 'GP appointment',
    urgent: { line: 'NHS 111', place: 'an urgent GP appointment' },
    urgentAction: ({ line, place }) => `Call ${line} or get ${place} today.`,
  },
  'en-US': {
    doctor: 'doctor',
    poo: 'have a bowel movement',
    appointment: "doctor's appointment",
    urgent: { line: "your doctor's office", place: 'urgent care' },
    urgentAction: ({ line, place }) => `Call ${line} or go to ${place} today.`,
  },
};

const byLocale = new Map<Locale, Record<SignId, SignText>>();

/** Every sign's words in a locale. */
export function signsFor(locale: Locale): Record<SignId, SignText> {
  let signs = byLocale.get(locale);
  if (!signs) byLocale.set(locale, (signs = signWording(SIGN_LOCALE_WORDS[locale])));
  return signs;
}

/** The locale's own services: the questionnaire's emergency contact and the same-day ones. */
export function localeServices(locale: Locale): ServiceContacts {
  return { emergency: questionnaireContent(locale).emergency.contact, urgent: SIGN_LOCALE_WORDS[locale].urgent };
}

/**
 * What to do for each tier, with the services given (the locale's, or overridden): one
 * wording for the plan's safety net, the explainer's lists and the letters.
 */
export function signActions(locale: Locale, services: ServiceContacts = localeServices(locale)): Record<SignTier, string> {
  const w = SIGN_LOCALE_WORDS[locale];
  const { number, service } = services.emergency;
  return {
    1: `Go to ${service} or call ${number} now. Do not wait for a ${w.appointment}.`,
    2: w.urgentAction(services.urgent),
  };
}

/** The action beside an emergency referral the clinician has already arranged. */
export function emergencyUnderWay({ number, service }: EmergencyContact): string {
  return `If this is not already happening, go to ${service} or call ${number} now.`;
}
