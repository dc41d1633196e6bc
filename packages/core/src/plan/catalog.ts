import type { Locale } from '../i18n/locales.js';
import { questionnaireContent, type EmergencyContact } from '../questionnaire/content.js';
import {
  SIGN_IDS,
  SIGN_LOCALE_WORDS,
  signsFor,
  TIER2_IDS,
  type SignId,
  type SignLocaleWords,
  type SignText,
  type SignTier,
  type Tier2Id,
} from './signs.js';
import { isOneOf } from '../one-of.js';

export { AGE_THRESHOLDS, SIGN_IDS, signsFor, TIER2_IDS, type SignId, type SignText, type SignTier, type Tier2Id } from './signs.js';

/**
 * The watchful-waiting plan's vocabulary and every word it shows, per locale.
 *
 * Clinical sources: EVIDENCE.md §11 (red-flag tiers and routine review), §7 (self-care;
 * NICE NG59 medicines, §7.3, without doses), §6 (what to expect) and
 * DECISION-AID-STANDARDS.md §D.4 (tailoring), §D.5 (Tier 1 / Tier 2 split).
 * All wording is our own, in plain language: each locale reads at grade 6 or lower as a
 * whole and each string at grade 8 or lower (test/node/plan.test.ts). No figure is typed
 * here: the recovery figures come from the evidence registry by fact id.
 */

/**
 * What the clinician recorded for one sign. `not-asked` is not `absent`: a sign nobody
 * checked is shown as "not checked today", never as "not found".
 */
export const SIGN_STATUSES = ['absent', 'present', 'not-asked'] as const;
export type SignStatus = (typeof SIGN_STATUSES)[number];

/**
 * Self-care steps (EVIDENCE.md §7.1, §7.3, §7.6–7.10). `sleep-positions` is left out on
 * purpose: §7 gives no evidence for it.
 */
export const SELF_CARE_IDS = ['keep-active', 'walking', 'exercises', 'heat', 'work', 'pain-relief', 'stay-positive'] as const;
export type SelfCareId = (typeof SELF_CARE_IDS)[number];

/**
 * The stretches of time the week-by-week hints cover. They are tied to the plan's own
 * dates (check-in, then review), so no week number is typed into the text.
 */
export const PHASES = ['first-days', 'until-check-in', 'until-review'] as const;
export type Phase = (typeof PHASES)[number];

export const isSignId = (x: unknown): x is SignId => isOneOf(SIGN_IDS, x);
export const isTier2Id = (x: unknown): x is Tier2Id => isOneOf(TIER2_IDS, x);
export const isSignStatus = (x: unknown): x is SignStatus => isOneOf(SIGN_STATUSES, x);
export const isSelfCareId = (x: unknown): x is SelfCareId => isOneOf(SELF_CARE_IDS, x);

/** The tier of a sign. */
export function tierOf(id: SignId): SignTier {
  return isTier2Id(id) ? 2 : 1;
}

/** Where to go the same day for a Tier 2 sign. */
export interface UrgentContact {
  /** A phone line for same-day advice, worded to follow "Call", e.g. "NHS 111". */
  line: string;
  /** A same-day place or appointment, e.g. "an urgent GP appointment" or "urgent care". */
  place: string;
}

/** The services the plan names: emergency now (Tier 1) and same day (Tier 2). */
export interface ServiceContacts {
  emergency: EmergencyContact;
  urgent: UrgentContact;
}

/** Deployer or clinician overrides for a region that shares a locale but not its services. */
export interface ServiceOverrides {
  emergency?: Partial<EmergencyContact>;
  urgent?: Partial<UrgentContact>;
}

/** One red-flag sign, worded twice. */
/** One self-care step. */
export interface SelfCareText {
  title: string;
  /** Why it helps, in a sentence or two. */
  why: string;
  /** What to do in each stretch of the plan. */
  hints: Record<Phase, string>;
}

/** How many signs of the review were checked: decides what the written record may claim. */
export type CheckCoverage = 'all' | 'some' | 'none';

/** Everything the written record (legitimacy module) needs. */
export interface StatementInput {
  /** Today's date, formatted for the locale. */
  date: string;
  /** The clinician's name, or '' when not given. */
  clinician: string;
  /** The practice's name, or '' when not given. */
  practice: string;
  coverage: CheckCoverage;
  checkIn: string;
  review: string;
}

/** Every word of the watchful-waiting plan, in one locale. Functions fill in dates and services. */
export interface PlanCatalog {
  title: string;
  signs: Record<SignId, SignText>;
  selfCare: Record<SelfCareId, SelfCareText>;
  /** The locale's services. Overridable: see `servicesFor`. */
  services: ServiceContacts;
  /** "Go to A&E or call 999 now. …" */
  emergencyAction: (c: EmergencyContact) => string;
  /** "Call NHS 111 or get an urgent GP appointment today." */
  urgentAction: (c: UrgentContact) => string;
  /** Replaces the plan when a sign is present (DESIGN.md: red flags always win). */
  needsToBeSeen: Record<'emergency' | 'urgent', { heading: string; reason: string }> & {
    /** Heads the signs the clinician recorded as present. */
    found: string;
    /** Heads the Tier 1 signs the patient reported in the questionnaire. */
    reported: string;
  };
  safetyNet: {
    heading: string;
    intro: string;
    /** The intro when only the Tier 1 signs are shown, while someone waits to be seen today. */
    whileWaiting: string;
    tiers: Record<SignTier, { heading: string; when: string }>;
  };
  checked: {
    heading: string;
    intro: string;
    status: Record<SignStatus, string>;
    /** One line under the list: how much was checked, or that a sign was found. */
    summary: Record<CheckCoverage | 'found', string>;
  };
  recovery: { heading: string; intro: string };
  steps: {
    heading: string;
    intro: string;
    phase: (phase: Phase, dates: { checkIn: string; review: string }) => string;
    noteHeading: string;
  };
  dates: {
    heading: string;
    checkIn: { label: string; text: string };
    review: { label: string; text: string };
    atReview: string;
  };
  routineReview: { heading: string; intro: string; items: (checkIn: string) => string[] };
  scanTriggers: { heading: string; intro: string; defaults: (review: string) => string[] };
  goals: { heading: string; intro: string };
  contacts: {
    heading: string;
    practice: (name: string) => string;
    phone: (phone: string) => string;
    clinician: (name: string) => string;
    emergency: (c: EmergencyContact) => string;
    urgent: (c: UrgentContact) => string;
  };
  /** DECISION-AID-STANDARDS.md §D.4: the lead line of each high theme, and the written record. */
  tailoring: {
    threat: string;
    navigation: string;
    legitimacy: { heading: string; intro: string; statement: (p: StatementInput) => string[] };
  };
  /** The patient view's working words. */
  ui: {
    /** The link that saves the dates as a calendar file. */
    addToCalendar: string;
    /** Under the link: what the file holds. */
    calendarHint: string;
    /** The summary of the folded list of every sign checked. */
    showAllSigns: string;
    /** Heads the list of parts of a plan that could not be used. */
    problemHeading: string;
  };
  /**
   * Services for a page whose region we do not know (en-AU reads en-GB text, but 999 is wrong
   * there): no number is guessed. A page sets its own with attributes.
   */
  unknownRegionServices: ServiceContacts;
  /** The clinician's form (mode="edit"). Clinician-facing: not held to the patient reading grade. */
  edit: PlanEditText;
  ical: {
    calendarName: string;
    checkInSummary: string;
    reviewSummary: string;
    checkInText: string;
    reviewText: string;
    contact: (practice: string, phone: string) => string;
    warning: (c: EmergencyContact) => string;
    alarm: (summary: string) => string;
  };
}

/** The clinician's form: labels, hints and the warnings heading. */
export interface PlanEditText {
  heading: string;
  intro: string;
  redFlags: { legend: string; hint: string; tiers: Record<SignTier, string>; status: Record<SignStatus, string> };
  /** Shown while a sign is marked present: what the patient's plan becomes. */
  triage: Record<'emergency' | 'urgent', string>;
  selfCare: { legend: string; note: string; noteHint: string };
  goals: { label: string; hint: string };
  dates: { legend: string; checkIn: string; review: string; hint: string };
  scanTriggers: { label: string; hint: string };
  practice: { legend: string; name: string; phone: string; clinician: string };
  warningsHeading: string;
  errorsHeading: string;
}

/** The words that differ between the English locales; everything else is shared. */
interface LocaleWords extends SignLocaleWords {
  /** "physio" or "physical therapist". */
  physio: string;
  /** Where the doctor works: "GP practice" or "doctor's office". */
  practice: string;
  /** A doctor's appointment, to follow "wait for a". */
  appointment: string;
  /** The local name of paracetamol. */
  paracetamol: string;
  /** How the doctor can support changes at work. */
  workNote: string;
  services: ServiceContacts;
  urgentAction: (c: UrgentContact) => string;
}

/** Builds a locale's catalog from the shared wording and its own words. */
function buildCatalog(locale: Locale, w: LocaleWords): PlanCatalog {
  const emergencyAction = ({ number, service }: EmergencyContact) =>
    `Go to ${service} or call ${number} now. Do not wait for a ${w.appointment}.`;

  return {
    title: 'Your back pain plan',
    signs: signsFor(locale),
    selfCare: {
      'keep-active': {
        title: 'Keep moving',
        why: 'Staying active helps back pain get better sooner than resting in bed.',
        hints: {
          'first-days': 'Keep up your daily jobs as best you can. Rest for short spells if you need to, but do not stay in bed.',
          'until-check-in': 'Do a bit more each day. Some pain when you move is normal. It does not mean harm.',
          'until-review': 'Get back to all your usual things, step by step.',
        },
      },
      walking: {
        title: 'Walk every day',
        why: 'Walking is a simple and safe way to stay active.',
        hints: {
          'first-days': 'Take short walks a few times a day.',
          'until-check-in': 'Walk a little further or a little longer each day.',
          'until-review': 'Aim to walk as much as you did before your back pain.',
        },
      },
      exercises: {
        title: 'Do back exercises and stretches',
        why: 'Gentle exercise helps your back move better. Swimming, yoga or pilates can help too.',
        hints: {
          'first-days': 'Try gentle stretches that feel OK for you.',
          'until-check-in': `Add some simple back exercises. Your ${w.doctor} or a ${w.physio} can show you some.`,
          'until-review': 'Try something you enjoy, like swimming, yoga or pilates.',
        },
      },
      heat: {
        title: 'Try heat or cold',
        why: 'A warm or cold pack can ease the pain for a short time.',
        hints: {
          'first-days': 'Use a heat pack, a hot water bottle or a cold pack for short spells. Wrap it in a towel so it does not hurt your skin.',
          'until-check-in': 'Use heat or cold before you move or exercise, if it helps.',
          'until-review': 'Keep using it if it helps you stay active.',
        },
      },
      work: {
        title: 'Stay at work, or go back soon',
        why: 'Being at work, even with some pain, usually helps you get better. You do not need to be free of pain to go back.',
        hints: {
          'first-days': 'If you can, keep working. Ask if you can do lighter tasks for a while.',
          'until-check-in': `If you are off work, plan your return with your boss. ${w.workNote}`,
          'until-review': 'Build back up to your usual hours and tasks.',
        },
      },
      'pain-relief': {
        title: 'Use pain relief wisely',
        why: 'Pain relief can help you keep moving. It does not fix the cause, and it only helps a little.',
        hints: {
          'first-days': 'Ibuprofen may help, if it is safe for you. It is an anti-inflammatory painkiller. Ask your pharmacist first.',
          'until-check-in': `Take the lowest dose that works, for the shortest time. ${w.paracetamol} on its own is not advised for back pain.`,
          'until-review': `Try to use less as you get better. If you still need it, talk to your ${w.doctor}.`,
        },
      },
      'stay-positive': {
        title: 'Expect to get better',
        why: 'Most back pain gets much better in a few weeks. People who expect to get better tend to get better sooner.',
        hints: {
          'first-days': 'Pain does not mean your back is damaged. Hurt is not harm.',
          'until-check-in': 'Notice the things you can do now that you could not do at first.',
          'until-review': 'Flare-ups can happen. They usually settle, so keep going with your plan.',
        },
      },
    },
    services: w.services,
    emergencyAction,
    urgentAction: w.urgentAction,
    needsToBeSeen: {
      emergency: {
        heading: 'You need to be seen now',
        reason: 'This needs to be checked in hospital right away. The team there will decide what tests you need, such as a scan.',
      },
      urgent: {
        heading: 'You need to be seen today',
        reason: 'This needs to be checked today. The doctor will decide what tests you need, such as a scan.',
      },
      found: 'What we found:',
      reported: 'What you told us:',
    },
    safetyNet: {
      heading: 'Warning signs to watch for',
      intro: 'Keep this list. These signs are rare, but if one happens, act on it straight away.',
      whileWaiting: 'While you wait to be seen, watch for these signs too.',
      tiers: {
        1: { heading: 'Get help now', when: 'If you have back pain and any one of these:' },
        2: { heading: 'Get help today', when: 'If you have back pain and any of these:' },
      },
    },
    checked: {
      heading: 'What we checked today',
      intro: 'We looked for signs of a serious cause of back pain.',
      status: { absent: 'Checked: not found', present: 'Found', 'not-asked': 'Not checked today' },
      summary: {
        all: 'We checked for every warning sign in this plan and found none of them.',
        some: 'We found none of the signs we checked for.',
        none: 'None of these signs were written down as checked today.',
        found: 'We found one or more of these signs.',
      },
    },
    recovery: {
      heading: 'What to expect',
      intro: 'Most back pain gets much better on its own. This is what research shows for people with new back pain.',
    },
    steps: {
      heading: 'Your plan, step by step',
      intro: 'These are the steps we agreed. A little pain while you do them is normal.',
      phase: (phase, { checkIn, review }) =>
        ({
          'first-days': 'From today',
          'until-check-in': `Until your check-in on ${checkIn}`,
          'until-review': `From your check-in until your review on ${review}`,
        })[phase],
      noteHeading: 'Extra advice for you',
    },
    dates: {
      heading: 'Your dates',
      checkIn: { label: 'Your check-in', text: 'Look at how your back is doing. Is it getting better?' },
      review: { label: 'Your review', text: `See your ${w.doctor} or ${w.physio} to talk about how it is going.` },
      atReview: 'At the review, we look at how you are doing and agree the next steps with you. If you are back to normal by then, you can call to cancel it.',
    },
    routineReview: {
      heading: 'When to book an appointment sooner',
      intro: `Book a routine visit with your ${w.doctor} or a ${w.physio} if:`,
      items: (checkIn) => [
        `your back is not clearly getting better by your check-in on ${checkIn}`,
        'it still limits what you can do after a month or so',
        'the pain stops you doing your daily activities',
        'you are finding it hard to cope',
      ],
    },
    scanTriggers: {
      heading: 'When we would think again about a scan',
      intro: 'We would think again about a scan or a referral if:',
      defaults: (review) => [
        'you get any of the warning signs in this plan',
        `you are not getting better by your review on ${review}`,
      ],
    },
    goals: { heading: 'Your goals', intro: 'The things you want to get back to:' },
    contacts: {
      heading: 'Who to contact',
      practice: (name) => `Your ${w.practice}: ${name}`,
      phone: (phone) => `Phone: ${phone}`,
      clinician: (name) => `You saw: ${name}`,
      emergency: ({ number, service }) => `Emergency: call ${number} or go to ${service}.`,
      urgent: (c) => `Help the same day: ${w.urgentAction(c)}`,
    },
    tailoring: {
      threat: 'First, here is what we checked today and the signs to watch for. If one of them happens, you will know what to do.',
      navigation: 'Here are your next steps and your dates, so you know what happens next.',
      legitimacy: {
        heading: 'A written record of your visit',
        intro: 'You can show this to your work or your family.',
        statement: ({ date, clinician, practice, coverage, checkIn, review }) => {
          const who = clinician || `your ${w.doctor}`;
          const where = practice ? ` at ${practice}` : '';
          const checks = {
            all: 'We checked for signs of a serious cause and found none.',
            some: 'We checked for some signs of a serious cause and found none of them.',
            none: '',
          }[coverage];
          return [
            `On ${date}, ${who}${where} saw you about your back pain.`,
            'Your pain is real, and we believe you.',
            checks,
            'The diagnosis is non-specific low back pain. This is the most common kind of back pain.',
            'A scan is not needed to show that your pain is real.',
            `We agreed a plan to help you get back to normal. It has a check-in on ${checkIn} and a review on ${review}.`,
          ].filter(Boolean);
        },
      },
    },
    ui: {
      addToCalendar: 'Add your dates to your calendar',
      calendarHint: 'This saves a file with your check-in and review dates. Your phone or computer will remind you the day before.',
      showAllSigns: 'See all the signs we looked for',
      problemHeading: 'Some parts of this plan could not be used. The rest is shown.',
    },
    unknownRegionServices: {
      emergency: { number: 'your local number for an ambulance', service: 'the nearest hospital' },
      urgent: { line: `your ${w.practice}`, place: 'an urgent appointment' },
    },
    edit: {
      heading: 'Make the plan',
      intro: 'The patient sees the plan in plain words. Any sign marked present turns it into "needs to be seen" advice.',
      redFlags: {
        legend: 'Red-flag review',
        hint: 'Record each sign. "Not asked" is shown to the patient as "not checked today", never as "not found".',
        tiers: { 1: 'Tier 1: emergency signs (act now)', 2: 'Tier 2: signs to be seen the same day' },
        status: { absent: 'Checked: absent', present: 'Present', 'not-asked': 'Not asked' },
      },
      triage: {
        emergency: 'A Tier 1 sign is present. The patient will see emergency advice only: go now, do not wait.',
        urgent: 'A Tier 2 sign is present. The patient will see advice to be seen today, with no watchful-waiting plan.',
      },
      selfCare: { legend: 'Self-care steps', note: 'Your own advice (optional)', noteHint: 'Shown to the patient as "Extra advice for you".' },
      goals: { label: "The patient's goals", hint: 'One per line, in their words: what they want to get back to.' },
      dates: { legend: 'Dates', checkIn: 'Check-in', review: 'Review', hint: 'Usually a check-in at about 2 weeks and a review at 4 to 6 weeks.' },
      scanTriggers: {
        label: 'What would make you arrange a scan or referral',
        hint: 'One per line. Leave empty to show the standard list.',
      },
      practice: { legend: 'Practice and clinician', name: `${w.practice[0]!.toUpperCase()}${w.practice.slice(1)} name`, phone: 'Phone number', clinician: 'Clinician' },
      warningsHeading: 'Check before you share this plan',
      errorsHeading: 'Fix these before you share this plan',
    },
    ical: {
      calendarName: 'Back pain plan',
      checkInSummary: 'Back pain check-in',
      reviewSummary: 'Back pain review',
      checkInText: `Look at how your back is doing. If it is not clearly getting better, book a routine appointment with your ${w.doctor} or ${w.physio}.`,
      reviewText: `See your ${w.doctor} or ${w.physio} to talk about how your back is going.`,
      contact: (practice, phone) => `Contact: ${[practice, phone].filter(Boolean).join(', ')}.`,
      warning: (c) => `Do not wait for this date if you get a warning sign from your plan. For the signs that need help now: ${emergencyAction(c)}`,
      alarm: (summary) => `Tomorrow: ${summary}`,
    },
  };
}

const enGB = buildCatalog('en-GB', {
  ...SIGN_LOCALE_WORDS['en-GB'],
  physio: 'physio',
  practice: 'GP practice',
  appointment: 'GP appointment',
  paracetamol: 'Paracetamol',
  workNote: 'Your GP can give you a fit note that says what changes at work would help.',
  services: {
    emergency: questionnaireContent('en-GB').emergency.contact,
    urgent: { line: 'NHS 111', place: 'an urgent GP appointment' },
  },
  urgentAction: ({ line, place }) => `Call ${line} or get ${place} today.`,
});

const enUS = buildCatalog('en-US', {
  ...SIGN_LOCALE_WORDS['en-US'],
  physio: 'physical therapist',
  practice: "doctor's office",
  appointment: "doctor's appointment",
  paracetamol: 'Acetaminophen (Tylenol)',
  workNote: 'Your doctor can write a note that says what changes at work would help.',
  services: {
    emergency: questionnaireContent('en-US').emergency.contact,
    urgent: { line: "your doctor's office", place: 'urgent care' },
  },
  urgentAction: ({ line, place }) => `Call ${line} or go to ${place} today.`,
});

const catalogs: Record<Locale, PlanCatalog> = { 'en-GB': enGB, 'en-US': enUS };

/** The plan's words for a locale. */
export function planCatalog(locale: Locale): PlanCatalog {
  return catalogs[locale];
}

const pick = (override: string | undefined, fallback: string) => override?.trim() || fallback;

/**
 * The locale's services with any overrides applied. A blank override keeps the locale's
 * own value, so an empty form field can never remove an emergency number.
 */
export function servicesFor(locale: Locale, overrides: ServiceOverrides = {}): ServiceContacts {
  const { emergency, urgent } = catalogs[locale].services;
  return {
    emergency: {
      number: pick(overrides.emergency?.number, emergency.number),
      service: pick(overrides.emergency?.service, emergency.service),
    },
    urgent: {
      line: pick(overrides.urgent?.line, urgent.line),
      place: pick(overrides.urgent?.place, urgent.place),
    },
  };
}
