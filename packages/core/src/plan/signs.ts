import type { Locale } from '../i18n/locales.js';
import { TIER1_IDS, type Tier1Id } from '../questionnaire/definition.js';

/**
 * The red-flag signs (EVIDENCE.md §11): their ids, the guideline ages they name, and their
 * words. One source for every component: the clinician's review and the patient's plan (via
 * the plan catalog), and the explainer's "signs we check" and scan triggers. Kept apart from
 * the plan catalog so that the explainer does not carry the whole plan's words.
 */

/**
 * The nine Tier 2 signs (EVIDENCE.md §11.2): reviewed by the clinician, never self-screened
 * (DECISION-AID-STANDARDS.md §D.5 item 4). The Tier 1 signs reuse the questionnaire's
 * linkIds (`TIER1_IDS`).
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

/** Every red-flag sign of the plan's review: Tier 1 first, then Tier 2, each in EVIDENCE.md order. */
export type SignId = Tier1Id | Tier2Id;
export const SIGN_IDS: readonly SignId[] = [...TIER1_IDS, ...TIER2_IDS];

/** 1 = emergency now (§11.1); 2 = see a clinician the same day (§11.2). */
export type SignTier = 1 | 2;

/**
 * The ages named in Tier 2 signs. These are guideline thresholds, not figures from a study:
 * EVIDENCE.md §11.2 item 5 ("over about 70"; Henschke 2009, Downie 2013) and item 9
 * (new pain before 20 or after 50; NICE CKS via G-Care, ACP 2011).
 */
export const AGE_THRESHOLDS = { young: 20, older: 50, fracture: 70 } as const;

export interface SignText {
  /** Short checklist label, for the clinician's review and "What we checked today". */
  label: string;
  /** A plain "watch for" line for the patient's safety net. */
  watch: string;
}

/** The words a sign's wording needs from its locale. */
export interface SignLocaleWords {
  /** The usual first contact: "GP" or "doctor". */
  doctor: string;
  /** Having a bowel movement, to follow "cough, sneeze or". */
  poo: string;
}

const { young, older, fracture } = AGE_THRESHOLDS;

/** Every sign's words in a locale, our own plain wording of EVIDENCE.md §11.1 and §11.2. */
function signWording(w: SignLocaleWords): Record<SignId, SignText> {
  return {
    // Tier 1 (EVIDENCE.md §11.1), the same signs the questionnaire asks about.
    'rf1-saddle': {
      label: 'New numbness or odd feeling around the genitals, bottom or inner thighs',
      watch: 'New numbness, tingling or an odd feeling around your genitals, bottom or inner thighs. Or it feels different when you wipe.',
    },
    'rf1-bladder': {
      label: 'New trouble peeing, or leaking',
      watch: 'New trouble when you pee. It is hard to start, you cannot feel it, you cannot tell if your bladder is full, or you leak.',
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
    // Tier 2 (EVIDENCE.md §11.2).
    'rf2-fever': {
      label: 'Fever, chills or feeling unwell',
      watch: 'A high temperature, chills, or feeling unwell all over.',
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
    'rf2-age': {
      label: `New back pain under age ${young} or over ${older}`,
      watch: `You are under ${young} or over ${older}, and this kind of back pain is new to you. Tell your ${w.doctor}.`,
    },
  };
}

/** The locale words the signs use; the plan catalog takes its own from here too. */
export const SIGN_LOCALE_WORDS: Record<Locale, SignLocaleWords> = {
  'en-GB': { doctor: 'GP', poo: 'poo' },
  'en-US': { doctor: 'doctor', poo: 'have a bowel movement' },
};

const byLocale = new Map<Locale, Record<SignId, SignText>>();

/** Every sign's words in a locale. */
export function signsFor(locale: Locale): Record<SignId, SignText> {
  let signs = byLocale.get(locale);
  if (!signs) byLocale.set(locale, (signs = signWording(SIGN_LOCALE_WORDS[locale])));
  return signs;
}
