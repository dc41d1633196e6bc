import { radiationFactId } from '../../evidence/facts.js';
import type { AboutStatements, ExplainerContent, PointContent, SignLists } from '../../explainer/content.js';
import type { EmergencyContact } from '../../questionnaire/content.js';
import type { EnglishWords } from './words.js';

/** Default "About this information" statements: honest placeholders, data a deployer can override. */
export const aboutStatements: AboutStatements = {
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

/** Every word of the explainer in English, around an emergency contact. */
export function explainer(w: EnglishWords, contact: EmergencyContact, signs: SignLists): ExplainerContent {
  const gp = w.doctor;
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
      statements: aboutStatements,
    },
    sources: {
      heading: 'Sources',
      checkedLabel: 'Checked',
      toBeChecked: 'To be checked',
    },
  };
}
