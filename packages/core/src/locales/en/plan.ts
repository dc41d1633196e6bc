import type { TextLimitWords } from '../../i18n/text-limit.js';
import type { PlanCatalog } from '../../plan/catalog.js';
import type { SignTier, UrgentContact } from '../../plan/signs.js';
import type { EmergencyContact } from '../../questionnaire/content.js';
import { unknownRegionServices } from './services.js';
import { emergencyUnderWay, signActions, signWording } from './signs.js';
import type { EnglishWords } from './words.js';

/** Every word of the plan in English, with the locale's own words. */
export function plan(w: EnglishWords, limit: TextLimitWords): PlanCatalog {
  const services = { emergency: w.emergency, urgent: w.urgent };
  const emergencyAction = (emergency: EmergencyContact) => signActions(w, { emergency, urgent: services.urgent })[1];
  const urgentAction = (urgent: UrgentContact) => signActions(w, { emergency: services.emergency, urgent })[2];
  const tiers: Record<SignTier, { heading: string; when: string }> = {
    1: { heading: 'Get help now', when: 'If you have back pain and any one of these:' },
    2: { heading: 'Get help today', when: 'If you have back pain and any of these:' },
  };

  return {
    title: 'Your back pain plan',
    signs: signWording(w),
    selfCare: {
      'keep-active': {
        title: 'Keep moving',
        brief: 'Do a bit more each day.',
        why: 'Staying active helps back pain get better sooner than resting in bed.',
        hints: {
          'first-days': 'Keep up your daily jobs as best you can. Rest for short spells if you need to, but do not stay in bed.',
          'until-check-in': 'Do a bit more each day. Some pain when you move is normal. It does not mean harm.',
          'until-review': 'Get back to all your usual things, step by step.',
        },
      },
      walking: {
        title: 'Walk every day',
        brief: 'Go a little further each day.',
        why: 'Walking is a simple and safe way to stay active.',
        hints: {
          'first-days': 'Take short walks a few times a day.',
          'until-check-in': 'Walk a little further or a little longer each day.',
          'until-review': 'Aim to walk as much as you did before your back pain.',
        },
      },
      exercises: {
        title: 'Do back exercises and stretches',
        brief: 'Start gently, with what feels OK.',
        why: 'Gentle exercise helps your back move better. Swimming, yoga or pilates can help too.',
        hints: {
          'first-days': 'Try gentle stretches that feel OK for you.',
          'until-check-in': `Add some simple back exercises. Your ${w.doctor} or a ${w.physio} can show you some.`,
          'until-review': 'Try something you enjoy, like swimming, yoga or pilates.',
        },
      },
      heat: {
        title: 'Try heat or cold',
        brief: 'Use it for short spells, if it helps.',
        why: 'A warm or cold pack can ease the pain for a short time.',
        hints: {
          'first-days': 'Use a heat pack, a hot water bottle or a cold pack for short spells. Wrap it in a towel so it does not hurt your skin.',
          'until-check-in': 'Use heat or cold before you move or exercise, if it helps.',
          'until-review': 'Keep using it if it helps you stay active.',
        },
      },
      work: {
        title: 'Stay at work, or go back soon',
        brief: 'You do not need to be free of pain.',
        why: 'Being at work, even with some pain, usually helps you get better. You do not need to be free of pain to go back.',
        hints: {
          'first-days': 'If you can, keep working. Ask if you can do lighter tasks for a while.',
          'until-check-in': `If you are off work, plan your return with your boss. ${w.workNote}`,
          'until-review': 'Build back up to your usual hours and tasks.',
        },
      },
      'pain-relief': {
        title: 'Use pain relief wisely',
        brief: 'Ask your pharmacist what is safe for you.',
        why: 'Pain relief can help you keep moving. It does not fix the cause, and it only helps a little.',
        hints: {
          'first-days': 'Ibuprofen may help, if it is safe for you. It is an anti-inflammatory painkiller. Ask your pharmacist first.',
          'until-check-in': `Take the lowest dose that works, for the shortest time. ${w.paracetamol} on its own is not advised for back pain.`,
          'until-review': `Try to use less as you get better. If you still need it, talk to your ${w.doctor}.`,
        },
      },
      'stay-positive': {
        title: 'Expect to get better',
        brief: 'Most back pain gets much better in a few weeks.',
        why: 'Most back pain gets much better in a few weeks. People who expect to get better tend to get better sooner.',
        hints: {
          'first-days': 'Pain does not mean your back is damaged. Hurt is not harm.',
          'until-check-in': 'Notice the things you can do now that you could not do at first.',
          'until-review': 'Flare-ups can happen. They usually settle, so keep going with your plan.',
        },
      },
    },
    services,
    emergencyAction,
    urgentAction,
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
      arranged: 'What we arranged for you:',
      underWay: emergencyUnderWay,
    },
    glance: {
      heading: 'Your plan at a glance',
      arranged: { label: 'What we arranged for you', text: 'It should happen by:' },
      // "three": the model's GLANCE_STEPS.
      steps: { all: 'What to do', first: 'The three steps that matter most' },
      help: {
        heading: 'When to get help',
        when: {
          1: `If you get a “${tiers[1].heading}” sign:`,
          2: `If you get a “${tiers[2].heading}” sign:`,
        },
      },
    },
    arranged: {
      heading: 'What happens next',
      intro: 'Today we found a sign that needs a closer look. So we arranged this for you:',
      by: (date) => `This should happen by ${date}.`,
      chase: `If you have not heard anything by then, call your ${w.practice}.`,
    },
    earlyReview: {
      heading: 'Why waiting is still right for you',
      intro: 'Today we found a sign that needed a closer look:',
      reasonIntro: 'We checked it. This is why it is safe to wait:',
      next: (date) => `We will see you again sooner, on ${date}. If things get worse before then, do not wait. Use the warning signs in this plan.`,
    },
    safetyNet: {
      heading: 'Warning signs to watch for',
      intro: 'Keep this list. These signs are rare, but if one happens, act on it straight away.',
      whileWaiting: 'While you wait to be seen, watch for these signs too.',
      tiers,
    },
    checked: {
      heading: 'What we checked today',
      intro: 'We looked for signs of a serious cause of back pain.',
      status: { found: 'We found this', noted: 'We noted this', absent: 'Checked: not found', 'not-asked': 'Not checked today' },
      groups: {
        found: 'We found:',
        noted: 'We noted this. By itself, it is not a warning sign:',
        absent: 'We checked for these signs and did not find them:',
        'not-asked': 'We did not check these today:',
      },
      summary: {
        all: 'We checked for every warning sign in this plan and found none of them.',
        some: 'We found none of the signs we checked for.',
        none: 'None of these signs were written down as checked today.',
        found: 'What we decided about what we found is in this plan.',
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
      early: { label: 'Your early review', text: 'We check again the sign we found today.' },
      checkIn: { label: 'Your check-in', text: 'Look at how your back is doing. Is it getting better?' },
      review: { label: 'Your review', text: `See your ${w.doctor} or ${w.physio} to talk about how it is going.` },
      atReview:
        'At the review, we look at how you are doing and agree the next steps with you. If you are back to normal by then, you can call to cancel it.',
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
      defaults: (review) => ['you get any of the warning signs in this plan', `you are not getting better by your review on ${review}`],
    },
    goals: { heading: 'Your goals', intro: 'The things you want to get back to:' },
    contacts: {
      heading: 'Who to contact',
      practice: (name) => `Your ${w.practice}: ${name}`,
      phone: (phone) => `Phone: ${phone}`,
      clinician: (name) => `You saw: ${name}`,
      emergency: ({ number, service }) => `Emergency: call ${number} or go to ${service}.`,
      urgent: (c) => {
        const action = urgentAction(c);
        return `If you need help the same day, ${action[0]!.toLowerCase()}${action.slice(1)}`;
      },
    },
    tailoring: {
      threat: 'First, here is what we checked today and the signs to watch for. If one of them happens, you will know what to do.',
      navigation: 'Here are your next steps and your dates, so you know what happens next.',
      legitimacy: {
        heading: 'A written record of your visit',
        intro: 'You can show this to your work or your family.',
        statement: ({ date, clinician, practice, coverage, found, checkIn, review }) => {
          const who = clinician || `your ${w.doctor}`;
          const where = practice ? ` at ${practice}` : '';
          const checks = found
            ? 'We checked for signs of a serious cause. We found one, looked at it closely, and agreed that waiting is still right.'
            : {
                all: 'We checked for signs of a serious cause and found none.',
                some: 'We checked for some signs of a serious cause and found none of them.',
                none: '',
              }[coverage];
          return [
            `On ${date}, ${who}${where} saw you about your back pain.`,
            'Your pain is real, and we believe you.',
            checks,
            found ? '' : 'The diagnosis is non-specific low back pain. This is the most common kind of back pain.',
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
    unknownRegionServices: unknownRegionServices(w),
    edit: {
      heading: 'Make the plan',
      intro: 'The patient sees the plan in plain words. A sign you record as present asks for your decision, and the patient sees that decision.',
      redFlags: {
        legend: 'Red-flag review',
        hint: 'Record each sign. "Not asked" is shown to the patient as "not checked today", never as "not found".',
        tiers: {
          1: 'Tier 1: emergency signs (act now)',
          2: 'Tier 2: signs to be seen the same day',
          background: 'Background risk factor (noted only)',
        },
        backgroundHint: 'Recorded for the review. On its own it never makes the plan urgent, and it is not in the patient\u2019s warning signs.',
        status: { absent: 'Checked: absent', present: 'Present', 'not-asked': 'Not asked' },
        rechecked: 'Asked again: absent',
        conflict: 'The patient answered yes to this in the questionnaire. Record it as present, or ask again and record "Asked again: absent".',
      },
      triage: {
        emergency:
          'A Tier 1 sign is present: this is an emergency referral. Write what you arranged. The patient sees it, and is told to call the emergency number now if it is not already happening.',
        urgent: 'A Tier 2 sign is present. Record your decision below. Until then the patient sees advice to be seen today.',
        referral:
          'A Tier 2 sign is present, and tests or a referral are arranged. The patient sees what you arranged, the self-care steps and the warning signs.',
        'early-review': 'A Tier 2 sign is present, and waiting is still right. The patient sees the plan with your reason and the earlier review.',
        conflict:
          'The patient reported an emergency sign in the questionnaire that this review does not record as present. Until you record it, the patient sees emergency advice.',
      },
      decision: {
        legend: 'Your decision',
        kinds: {
          emergency: 'Emergency referral',
          referral: 'Tests or referral arranged',
          wait: 'Assessed: waiting is still right',
        },
        arranged: 'What you arranged (the patient sees this)',
        arrangedHint: 'In plain words, for example: "We called an ambulance to take you to hospital" or "An MRI scan at City Hospital".',
        by: 'To happen by',
        reason: 'What you checked, and why waiting is still safe (the patient sees this)',
        reasonHint: 'In plain words, for example: "Your temperature and blood tests were normal."',
        review: 'Earlier review',
        reviewHint: 'Usually in 7 days, and no later than 14.',
      },
      selfCare: { legend: 'Self-care steps', note: 'Your own advice (optional)', noteHint: 'Shown to the patient as "Extra advice for you".' },
      goals: { label: "The patient's goals", hint: 'One per line, in their words: what they want to get back to.' },
      dates: { legend: 'Dates', checkIn: 'Check-in', review: 'Review', hint: 'Usually a check-in at about 2 weeks and a review at 4 to 6 weeks.' },
      scanTriggers: {
        label: 'What would make you arrange a scan or referral',
        hint: 'One per line. Leave empty to show the standard list.',
      },
      practice: {
        legend: 'Practice and clinician',
        name: `${w.practice[0]!.toUpperCase()}${w.practice.slice(1)} name`,
        phone: 'Phone number',
        clinician: 'Clinician',
      },
      warningsHeading: 'Check before you share this plan',
      errorsHeading: 'Fix these before you share this plan',
      limit,
    },
    ical: {
      calendarName: 'Back pain plan',
      earlyReviewSummary: 'Back pain early review',
      earlyReviewText: `See your ${w.doctor} again about the sign we found, as we agreed.`,
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
