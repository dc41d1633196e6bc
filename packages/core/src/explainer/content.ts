import { radiationFactId } from '../evidence/facts.js';
import type { Locale } from '../i18n/locales.js';
import { emergencyUnderWay, localeServices, signActions, signsFor, warningSigns, type SignTier } from '../plan/signs.js';
import { questionnaireContent, type EmergencyContact } from '../questionnaire/content.js';

/**
 * Every word of the benefits-versus-harms explainer (`<sdm-benefits-harms>`), per locale.
 * Our own plain-language wording, never copied from the sources: short sentences,
 * grade 6 or lower per locale and grade 8 or lower per string (test/node/explainer.test.ts).
 *
 * No figure is typed here. A point that rests on a number names the registry facts that
 * carry it (`facts`), and the model resolves them with their citations (IPDAS C2, C5).
 */

/** The two options, in the order shown: have a scan now, or wait and watch with a plan (IPDAS Q3). */
export const OPTION_IDS = ['scan-now', 'wait-and-watch'] as const;
export type OptionId = (typeof OPTION_IDS)[number];

/** The one option-card template: the same sections in the same order for both options (IPDAS C1, Q3–Q6). */
export const OPTION_SECTIONS = ['whatHappens', 'goodPoints', 'downsides', 'whatItIsLike'] as const;
export type OptionSectionId = (typeof OPTION_SECTIONS)[number];

/**
 * The rows of the at-a-glance comparison: questions patients ask about a scan, as qualitative
 * studies of why people want one report them, in the Option Grid format (Elwyn et al.: rows are
 * patients' questions, columns the options), in the standard order.
 */
export const GLANCE_ROW_IDS = ['better-sooner', 'cause', 'serious', 'harmless-findings', 'radiation', 'what-next', 'how-soon'] as const;
export type GlanceRowId = (typeof GLANCE_ROW_IDS)[number];

/** One row of the at-a-glance comparison. */
export interface GlanceRowContent {
  question: string;
  /**
   * The answer for each option, one or two short sentences, with the registry figures behind
   * it; or, where the answer is the same for both, one answer across both columns (`same`).
   */
  cells: Record<OptionId, PointContent> | { same: PointContent };
  /**
   * Figures that apply to both options alike (the chance of a serious cause, how soon people get
   * better): shown once, across both columns, so both options carry the same number.
   */
  both?: readonly string[];
}

/** Every section of the explainer outside the option comparison. */
export const SECTION_IDS = [
  'condition', // Q1
  'decision', // Q2
  'natural-history', // quality criterion 1
  'serious-causes', // quality criterion 28
  'checked-today', // threat module, when a plan records today's review
  'looks-for', // threat module, when no plan is given: no claim about today
  'scan-triggers', // threat module and the plan's triggers
  'what-a-scan-shows', // C7
  'if-scan-finds-something', // C8
  'if-scan-finds-nothing', // C9
  'findings-without-pain', // C10
  'harms-by-scan-type',
  'pain-is-real', // legitimacy module
  'care-without-scan', // navigation module
  'harms-and-plan', // harms-underestimated note
  'questions-to-ask', // quality criterion 11
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** One point as written: its words, and the registry facts that carry any number in it. */
export interface PointContent {
  text: string;
  /** Registry fact ids, shown with the point. */
  facts?: readonly string[];
  /** Show the "findings in people without back pain" facts for the reader's age here. */
  findingsByAge?: true;
  /** A short list under the text, such as signs to look out for. */
  items?: readonly string[];
  /** What to do, after the list (a sign tier's action, from core's `signActions`). */
  action?: string;
  /** For a harm: what the plan offers instead (harms-underestimated note). */
  instead?: string;
}

export interface SectionContent {
  heading: string;
  points: readonly PointContent[];
}

export interface OptionContent {
  title: string;
  sections: Record<OptionSectionId, readonly PointContent[]>;
}

/**
 * Who wrote the content, who paid for it, conflicts of interest and the update policy
 * (IPDAS C4, C6; quality criterion 20). Deployers may override any of them.
 */
export interface AboutStatements {
  authorship: string;
  funding: string;
  conflicts: string;
  updatePolicy: string;
}

export interface ExplainerContent {
  title: string;
  /** The decision, said plainly (IPDAS Q2). */
  decisionQuestion: string;
  sections: Record<SectionId, SectionContent>;
  comparison: {
    heading: string;
    intro: string;
    sectionHeadings: Record<OptionSectionId, string>;
    options: Record<OptionId, OptionContent>;
  };
  /** The at-a-glance comparison: the whole of `variant="summary"`, and the start of "full". */
  glance: {
    heading: string;
    intro: string;
    /** The column headings, in OPTION_IDS order. */
    columns: Record<OptionId, string>;
    rows: Record<GlanceRowId, GlanceRowContent>;
    /** The lead sentence each high theme adds above the table; its row moves to the top. */
    leads: Record<'thr' | 'leg' | 'nav', { text: string; row: GlanceRowId }>;
    /** Under a figure shown once across both columns. */
    bothLabel: string;
    /** The link or fold to the full explainer. */
    more: string;
    /** In a letter: where the full version is. */
    moreInLetter: string;
    /** Refers to the plan's safety net instead of listing the signs again (a letter, or beside a plan). */
    signsInPlan: string;
    /** Beside a plan: its "What to expect" shows how soon people get better, so the table says where. */
    figuresInPlan: string;
  };
  /** Shown instead of everything else when the person reported an emergency sign (a Tier 1 "yes" overrides all tailoring). */
  emergency: { heading: string; action: string; points: readonly string[]; contact: EmergencyContact };
  /**
   * Shown instead of everything else when a linked plan records a sign the clinician found:
   * Tier 1 (an emergency referral), Tier 2 with no decision yet (be seen today), or Tier 2 with
   * tests arranged. The guide weighs waiting against a scan, which is not the question then.
   */
  planFirst: Record<'emergency' | 'urgent' | 'referral', { heading: string; action: string; points: readonly string[] }>;
  /** The first line of "What we checked today", from a linked plan's review. */
  checkedToday: Record<'all' | 'some' | 'found', string>;
  /** The age picker beside the findings-by-age figures. */
  findingAges: { label: string; noAge: string };
  about: {
    heading: string;
    versionLabel: string;
    publishedLabel: string;
    reviewByLabel: string;
    evidence: string;
    status: string;
    notAdvice: string;
    statements: AboutStatements;
  };
  sources: { heading: string; checkedLabel: string; toBeChecked: string };
}

/** The few words that differ between locales (the emergency contact comes from the questionnaire's catalog). */
interface LocaleWords {
  /** The usual first clinician: "GP" or "doctor". */
  gp: string;
}

const LOCALE_WORDS: Record<Locale, LocaleWords> = {
  'en-GB': { gp: 'GP' },
  'en-US': { gp: 'doctor' },
};

/**
 * The red-flag signs, short, in the plan's words (docs/evidence.md#red-flag-signs), with each
 * tier's action: the explainer, the plan and the clinician's review name each sign and action
 * the same way, from one source. Background risk factors are in no list: the patient is asked
 * to mention them (`mention`).
 */
interface SignLists {
  tier1: readonly string[];
  tier2: readonly string[];
  actions: Record<SignTier, string>;
  mention: string;
  underWay: string;
}

function signLists(locale: Locale, contact: EmergencyContact): SignLists {
  const signs = signsFor(locale);
  const labels = (tier: SignTier) => warningSigns(tier).map((id) => signs[id].label);
  return {
    tier1: labels(1),
    tier2: labels(2),
    actions: signActions(locale, { emergency: contact, urgent: localeServices(locale).urgent }),
    mention: signs['rf2-age'].watch,
    underWay: emergencyUnderWay(contact),
  };
}

/** Default "About this information" statements: honest placeholders, data a deployer can override. */
const ABOUT_STATEMENTS: AboutStatements = {
  authorship: 'This guide was written by the Scanwise open-source project.',
  funding: 'Funding: there is no external funding.',
  conflicts: 'Conflicts of interest: none declared.',
  updatePolicy:
    'We check this information at least once a year, and sooner if important new research comes out. Each version says when it was published and when it must be checked again.',
};

const XRAY = radiationFactId('xray');
const CT = radiationFactId('ct');
const MRI = radiationFactId('mri');
const LEADS_TO_MORE = ['xray-more-visits', 'surgery-after-early-mri', 'surgery-after-early-xray'] as const;

function build({ gp }: LocaleWords, contact: EmergencyContact, signs: SignLists): ExplainerContent {
  // Points used in more than one place are written once.
  const seriousRare: PointContent = { text: 'Serious causes of back pain are rare.', facts: ['serious-cause'] };
  const wholePicture: PointContent = {
    text: 'Many people have one of these signs and still have no serious cause. So we look at the whole picture, not one answer.',
    facts: ['red-flag-answers'],
  };
  const signsWeCheck: PointContent = {
    text: 'We ask about your health and check your back. We look for signs of a serious cause, such as:',
    items: signs.tier2,
  };
  const mention: PointContent = { text: signs.mention };
  const notForYou = 'Our guide about scans and waiting is for back pain with no warning signs. It is not for you right now.';
  const decisionQuestion = 'Should I have a scan now, or wait and watch with a plan?';
  const leadsToMore = 'A scan can lead to more visits and more tests. Sometimes it leads to an operation, with no better results.';

  return {
    title: 'Back pain: should I have a scan?',
    decisionQuestion,
    sections: {
      condition: {
        heading: 'About low back pain',
        points: [
          { text: 'Low back pain is pain between the bottom of your ribs and the top of your legs.' },
          {
            text: 'Most of the time, no one cause can be found, and there is no sign of anything serious. Doctors call this "non-specific" low back pain.',
          },
          { text: 'It can hurt a lot. But pain does not mean that your back is damaged.' },
        ],
      },
      decision: {
        heading: 'The choice',
        points: [
          { text: decisionQuestion },
          { text: 'There are two options. This guide sets out the good points and the downsides of each, in the same way.' },
          {
            text: `Doctors' guides say that most people with back pain and no warning signs do not need a scan. But you can talk it over with your ${gp} and choose together.`,
          },
          { text: 'Think about what matters most to you. For example, feeling sure now, or staying clear of extra tests.' },
        ],
      },
      'natural-history': {
        heading: 'What usually happens with back pain',
        points: [
          {
            text: 'Most back pain gets a lot better within a few weeks.',
            facts: ['pain-halves-first-month', 'mean-pain-6-weeks'],
          },
          {
            text: 'Most people are soon back at work and doing their usual things.',
            facts: ['back-at-work-2-weeks', 'back-at-work-3-months'],
          },
          { text: 'Some people still have some pain after a year, but it is often mild.', facts: ['recovered-1-year'] },
          { text: 'Back pain often comes back at some point. Flare-ups usually settle again.', facts: ['another-episode-1-year'] },
          { text: 'Staying active tends to help more than resting in bed.' },
        ],
      },
      'serious-causes': {
        heading: 'How we check for serious causes without a scan',
        points: [
          seriousRare,
          signsWeCheck,
          mention,
          wholePicture,
          { text: 'If we find a sign of a serious cause, we arrange a scan or other tests.' },
        ],
      },
      'checked-today': {
        heading: 'What we checked today',
        // The first point is the linked plan's result (checkedToday), put in by the model.
        points: [{ text: 'Your plan lists each sign we checked, and the signs to watch for from now on.' }, seriousRare, wholePicture],
      },
      'looks-for': {
        heading: `What your ${gp} looks for`,
        points: [
          {
            text: `Your ${gp} asks about your health and checks your back. They look for signs of a serious cause, such as:`,
            items: signs.tier2,
          },
          mention,
          seriousRare,
          wholePicture,
        ],
      },
      'scan-triggers': {
        heading: 'What would make us arrange a scan',
        points: [
          {
            text: 'If you get any of these, you may need a scan or other checks straight away:',
            items: signs.tier1,
            action: signs.actions[1],
          },
          {
            text: 'If you get any of these, you need to be seen soon, and a scan may be needed:',
            items: signs.tier2,
            action: signs.actions[2],
          },
          {
            text: 'If you are not getting better by your review, we will talk about next steps. A scan may help then, if an injection or an operation is an option.',
          },
        ],
      },
      'what-a-scan-shows': {
        heading: 'What a scan can and cannot show',
        points: [
          {
            text: 'An X-ray shows your bones. A CT scan shows the bones in more detail. An MRI scan shows bones, discs, nerves and other soft parts.',
          },
          { text: 'A scan is a picture of the shape of your back. It cannot show pain, or where pain comes from.' },
          { text: 'A scan can help to find rare serious causes, such as a broken bone or an infection.' },
        ],
      },
      'if-scan-finds-something': {
        heading: 'If a scan finds something',
        points: [
          { text: 'Most scans of adults show some changes, such as a bulging or worn disc. These are also common in people with no back pain.' },
          { text: 'Most of the time, nothing changes. You get the same advice and the same plan.' },
          { text: 'Sometimes a finding leads to more tests, or to a visit to a back specialist.' },
          { text: 'Now and then, a scan finds a serious cause that needs treatment.' },
        ],
      },
      'if-scan-finds-nothing': {
        heading: 'If a scan finds nothing',
        points: [
          { text: 'Your plan stays the same.' },
          {
            text: 'Many people find that a clear scan does not make them feel calmer. The pain is still real, and it is still likely to get better.',
          },
        ],
      },
      'findings-without-pain': {
        heading: 'Changes that would never cause trouble',
        points: [
          {
            text: 'Scans often find changes that would never have caused you any trouble. They are a normal part of getting older, like wrinkles on the skin.',
          },
          { text: 'These changes are common in people with no back pain at all:', findingsByAge: true },
          { text: 'Once a change has a name, it can be hard to stop worrying about it.' },
        ],
      },
      'harms-by-scan-type': {
        heading: 'Downsides of each type of scan',
        points: [
          {
            text: 'Any scan can find changes that are normal for your age. The words on the report can sound scary.',
            facts: ['report-words-misunderstood'],
          },
          { text: leadsToMore, facts: LEADS_TO_MORE },
          { text: 'An X-ray of the back uses radiation.', facts: [XRAY] },
          { text: 'A CT scan uses more radiation than an X-ray.', facts: [CT] },
          { text: 'An MRI scan uses no radiation. You lie still in a narrow, noisy tube for a while.', facts: [MRI] },
          { text: 'Radiation can raise the chance of getting cancer later in life. So doctors use it only when it helps.' },
        ],
      },
      'pain-is-real': {
        heading: 'Your pain is real',
        points: [
          { text: 'Your pain is real. We believe you.' },
          { text: 'A scan cannot show pain, and you do not need one to prove it.' },
          { text: 'Many people with no pain at all have changes on a scan. So a scan is a poor way to show pain.' },
        ],
      },
      'care-without-scan': {
        heading: 'How your care is chosen without a scan',
        points: [
          { text: `Your ${gp} chooses your care from what you say and from checking your back.` },
          { text: 'For most people, the care would be the same whatever a scan showed.' },
          { text: 'A scan is not good at finding where back pain comes from.' },
          { text: 'Your plan sets out the next steps: what to do each week, who to contact, and when we will check how you are.' },
        ],
      },
      'harms-and-plan': {
        heading: 'How a scan now can lead to more tests',
        points: [
          { text: 'Many people think a scan cannot do any harm. Here is how it sometimes can, and what your plan offers instead.' },
          {
            text: 'A scan often finds changes that are normal for your age. The report may give them names that sound scary.',
            facts: ['report-words-misunderstood'],
            instead: 'Your plan explains your back pain in plain words.',
          },
          {
            text: leadsToMore,
            facts: LEADS_TO_MORE,
            instead: 'Your plan has a date to check how you are, and clear signs that would lead to a scan.',
          },
          {
            text: 'Waiting for a scan and its report can hold up getting back to normal.',
            instead: 'Your plan helps you get moving again from today.',
          },
        ],
      },
      'questions-to-ask': {
        heading: 'Questions you might ask',
        points: [
          {
            text: `You might like to ask your ${gp}:`,
            items: [
              'What did you check today, and what did you find?',
              'Would a scan change my care?',
              'What could go wrong if I have a scan?',
              'What can I do to help my back get better?',
              'Which signs mean I should get help sooner?',
              'When will we check how I am doing?',
            ],
          },
        ],
      },
    },
    glance: {
      heading: 'The two options at a glance',
      intro: 'The same questions, answered for both options.',
      columns: { 'scan-now': 'Have a scan now', 'wait-and-watch': 'Wait and watch with a plan' },
      rows: {
        'better-sooner': {
          question: 'Will it help me get better sooner?',
          cells: { same: { text: 'No. People who have a scan straight away get better no faster than people who wait.' } },
          both: ['early-scan-no-faster-recovery'],
        },
        cause: {
          question: 'Will it show what is causing my pain?',
          cells: {
            'scan-now': { text: 'Not often. A scan shows the shape of your back, not pain.' },
            'wait-and-watch': { text: `Your ${gp} finds what will help from what you say and from checking your back.` },
          },
        },
        serious: {
          question: 'Could it find something serious?',
          cells: {
            'scan-now': { text: 'Yes, if there is one. But serious causes are rare.' },
            'wait-and-watch': { text: `Your ${gp} checks for warning signs. If one appears, you get a scan or other tests.` },
          },
          both: ['serious-cause'],
        },
        'harmless-findings': {
          question: 'Could it find things that are not a problem?',
          cells: {
            'scan-now': {
              text: 'Often. These changes are common in people with no back pain, and the report can cause worry.',
              facts: ['no-pain-abnormal-disc'],
            },
            'wait-and-watch': { text: 'No. Without a scan there is no report to worry about.' },
          },
        },
        radiation: {
          question: 'What about radiation?',
          cells: {
            'scan-now': { text: 'X-rays and CT scans use radiation. An MRI scan does not.', facts: [XRAY, CT] },
            'wait-and-watch': { text: 'No radiation.' },
          },
        },
        'what-next': {
          question: 'What might happen next?',
          cells: {
            'scan-now': {
              text: 'More visits and more tests. Sometimes an operation, with no better results.',
              // The trial's two arms together: a compared figure is never shown for one arm only.
              facts: ['xray-more-visits', 'surgery-after-early-mri', 'surgery-after-early-xray'],
            },
            'wait-and-watch': {
              text: 'You follow your plan. A scan or referral follows if a warning sign appears or you are not better by your review.',
            },
          },
        },
        'how-soon': {
          question: 'How soon will I feel better?',
          cells: { same: { text: 'Most people are much better within a few weeks, with or without a scan.' } },
          both: ['pain-halves-first-month', 'back-at-work-2-weeks'],
        },
      },
      leads: {
        thr: { text: 'You may worry that something serious could be missed. Here is how we check for it, with or without a scan.', row: 'serious' },
        leg: { text: 'Your pain is real. A scan cannot show pain, and you do not need one to prove it.', row: 'cause' },
        nav: { text: 'You may wonder what happens next without a scan. Your plan sets out each step.', row: 'what-next' },
      },
      bothLabel: 'The same for both options:',
      more: 'Read the full guide',
      moreInLetter: 'Ask us for the full guide, with more detail and more numbers.',
      signsInPlan: 'The warning signs and what to do are in your plan.',
      figuresInPlan: 'How many people get better, and how soon, is in your plan under “What to expect”.',
    },
    comparison: {
      heading: 'Your two options',
      intro: 'Both options are set out in the same way, so you can compare them.',
      sectionHeadings: {
        whatHappens: 'What happens',
        goodPoints: 'Good points',
        downsides: 'Downsides',
        whatItIsLike: 'What it is like',
      },
      options: {
        'scan-now': {
          title: 'Have a scan now',
          sections: {
            whatHappens: [
              { text: 'You have an X-ray, a CT scan or an MRI scan of your lower back.' },
              { text: `A doctor who reads scans writes a report. Your ${gp} goes through it with you.` },
              { text: 'Your care after that is most often the same as it would be without a scan.' },
            ],
            goodPoints: [
              { text: 'Some people feel calmer for a while after a scan.' },
              { text: 'If there is a rare serious cause, a scan can help to show it.', facts: ['serious-cause'] },
              { text: 'You see a picture of your back, which some people find helpful.' },
            ],
            downsides: [
              { text: 'It does not help you get better any faster.', facts: ['early-scan-no-faster-recovery'] },
              { text: 'It often finds changes that are normal for your age. These can cause worry.', facts: ['no-pain-abnormal-disc'] },
              { text: leadsToMore, facts: LEADS_TO_MORE },
              { text: 'X-rays and CT scans use radiation. An MRI scan does not.', facts: [XRAY, CT] },
            ],
            whatItIsLike: [
              { text: 'You may have to wait for the scan, and then for the report.' },
              { text: 'The report may use words like "wear and tear" or "degeneration". These often sound worse than they are.' },
              { text: 'If the scan shows nothing, you may still wonder why you hurt.' },
            ],
          },
        },
        'wait-and-watch': {
          title: 'Wait and watch with a plan, and scan later if a set trigger appears',
          sections: {
            whatHappens: [
              { text: `Your ${gp} checks you for signs of a serious cause.` },
              { text: 'You get a plan: how to look after your back, which signs to watch for, and a date to check how you are.' },
              { text: 'You have a scan later if a set sign appears, or if you are not getting better as expected.' },
            ],
            goodPoints: [
              {
                text: 'You are just as likely to get better as with a scan. Most people are much better within weeks.',
                facts: ['early-scan-no-faster-recovery', 'pain-halves-first-month'],
              },
              { text: 'You stay clear of radiation, and of scan reports about changes that are normal for your age.' },
              { text: 'You can still have a scan later if it is needed.' },
            ],
            downsides: [
              { text: 'You do not get a picture of your back. Some people find it hard not to know for sure.' },
              { text: 'Waiting can be hard while you are still in pain.' },
              { text: `You may feel you are not being taken seriously. If so, please tell your ${gp}.` },
              { text: 'Now and then, a serious cause shows up later, not at the first visit. That is why your plan lists signs to watch for.' },
            ],
            whatItIsLike: [
              { text: 'You keep doing your usual things as much as you can, even if it hurts a bit.' },
              { text: 'You watch for a few set signs, and you know what to do if one appears.' },
              { text: `You see your ${gp} on a set date to check how you are doing.` },
            ],
          },
        },
      },
    },
    emergency: {
      heading: 'Get help now',
      action: signs.actions[1],
      points: [
        'You told us about a new sign that needs to be checked right away.',
        'You may need a scan or an urgent check by a doctor. The team who sees you will decide.',
        'If you can, tell them what you noticed and when it started.',
        'Our guide about scans and waiting is for back pain with no warning signs. It is not for you right now.',
      ],
      contact,
    },
    planFirst: {
      emergency: {
        heading: 'You need to be seen now',
        action: signs.underWay,
        points: ['Today we found a sign that needs to be checked in hospital right away. Your plan says what we arranged.', notForYou],
      },
      urgent: {
        heading: 'You need to be seen today',
        action: signs.actions[2],
        points: ['Today we found a sign that needs to be checked soon. The doctor will decide what tests you need, such as a scan.', notForYou],
      },
      referral: {
        heading: 'Your plan comes first',
        action: 'We arranged tests or a referral for you. Your plan says what happens next.',
        points: [notForYou],
      },
    },
    checkedToday: {
      all: 'Today we asked about your health and checked your back for signs of a serious cause. We found none.',
      some: 'Today we asked about your health and checked your back for some signs of a serious cause. We found none of them.',
      found: 'Today we found a sign that needed a closer look. We checked it, and waiting with a plan is still right for you.',
    },
    findingAges: {
      label: 'Pick the age closest to yours',
      noAge: 'Pick your age to see the numbers for people your age.',
    },
    about: {
      heading: 'About this information',
      versionLabel: 'Version',
      publishedLabel: 'Published',
      reviewByLabel: 'To be checked again by',
      evidence:
        'Every number here comes from published research. The list of sources shows where each number comes from and when we last checked it.',
      status: 'This is a draft. It has not yet been tested with patients.',
      notAdvice: `This guide does not take the place of advice from your ${gp}.`,
      statements: ABOUT_STATEMENTS,
    },
    sources: {
      heading: 'Sources',
      checkedLabel: 'Checked',
      toBeChecked: 'To be checked',
    },
  };
}

/**
 * The explainer's words for a locale. `contact` overrides the locale's emergency number or
 * service (as for the questionnaire), e.g. for a region that shares the language but not the number.
 */
export function explainerContent(locale: Locale, contact: Partial<EmergencyContact> = {}): ExplainerContent {
  const fallback = questionnaireContent(locale).emergency.contact;
  const used = { number: contact.number?.trim() || fallback.number, service: contact.service?.trim() || fallback.service };
  return build(LOCALE_WORDS[locale], used, signLists(locale, used));
}
