import { AGE_THRESHOLDS, type ServiceContacts, type SignId, type SignText, type SignTier } from '../../plan/signs.js';
import type { EmergencyContact } from '../../questionnaire/content.js';
import type { EnglishWords } from './words.js';

const { young, older, fracture } = AGE_THRESHOLDS;

/** Every sign's words in a locale, our own plain wording of the Tier 1 and Tier 2 signs (docs/evidence.md#red-flag-signs). */
export function signWording(w: EnglishWords): Record<SignId, SignText> {
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

/**
 * What to do for each tier, with the services given (the locale's, or overridden): one
 * wording for the plan's safety net, the explainer's lists and the letters.
 */
export function signActions(w: EnglishWords, { emergency, urgent }: ServiceContacts): Record<SignTier, string> {
  return {
    1: `Go to ${emergency.service} or call ${emergency.number} now. Do not wait for a ${w.appointment}.`,
    2: w.urgentAction(urgent),
  };
}

/** The action beside an emergency referral the clinician has already arranged. */
export function emergencyUnderWay({ number, service }: EmergencyContact): string {
  return `If this is not already happening, go to ${service} or call ${number} now.`;
}
