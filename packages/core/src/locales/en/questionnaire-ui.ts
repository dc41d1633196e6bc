import type { QuestionnaireUi } from '../../i18n/questionnaire-ui.js';
import type { TextLimitWords } from '../../i18n/text-limit.js';
import type { EnglishWords } from './words.js';

/** The questionnaire's working words in English. */
export function questionnaireUi(w: EnglishWords, limit: TextLimitWords): QuestionnaireUi {
  return {
    noneOfThese: 'I have none of these',
    continue: 'Continue',
    next: 'Next',
    back: 'Back',
    review: 'Check your answers',
    reviewHeading: 'Check your answers',
    reviewIntro: 'You can change any answer before you send them.',
    change: (question) => `Change your answer to: ${question}`,
    notAnswered: 'Not answered',
    submit: 'Send my answers',
    doneHeading: 'Thank you',
    doneBody: `Your answers have been saved. Your ${w.doctor} or ${w.physio} will talk them through with you.`,
    startAgain: 'Start again',
    progress: (n, total) => `Question ${n} of ${total}`,
    answeredProgress: (n, total) => `${n} of ${total} answered`,
    emergencyHeading: 'You need help now',
    genericEmergency: `Get help now: call your local emergency number or go to the nearest ${w.emergencyDepartment}. What you told us needs to be checked right away.`,
    changedMind: 'If you picked "Yes" by mistake, change it to "No".',
    problemsHeading: 'There is a problem',
    answerThis: 'Please choose an answer.',
    answerSafety: 'Please answer every safety question, or choose "I have none of these".',
    requiredMissing: 'Please answer all the questions.',
    badAnswersHeading: 'Some saved answers could not be used.',
    optional: '(optional)',
    limit,
    clinician: {
      heading: 'Imaging expectations: summary for the clinician',
      // The signs are the patient's questions: most end in "?", so no full stop is added after them.
      emergency: (signs) => `EMERGENCY SIGN REPORTED: ${signs}${/[.?!]$/.test(signs) ? '' : '.'} Assess now.`,
      safetyUnanswered: (n) => `${n} emergency safety question${n === 1 ? ' was' : 's were'} not answered: ask about them.`,
      safetyClear: 'No emergency signs reported (all 8 safety questions answered "No").',
      theme: { leg: 'Legitimacy (scan as proof)', thr: 'Threat (fear of missing something)', nav: 'Navigation (scan as a map)' },
      level: { low: 'Low', mixed: 'Mixed', high: 'High', 'not-scored': 'Not scored (fewer than 3 of 4 answered)' },
      themeColumn: 'Belief',
      levelColumn: 'Level',
      meanColumn: 'Mean (1–5)',
      stronglyAgreed: 'Strongly agreed',
      noneStronglyAgreed: 'No statement strongly agreed.',
      harmsUnderestimated: 'Thinks a scan cannot do any harm.',
      wantsScan: 'Wants a scan',
      worry: 'What worries them most',
      noAnswer: 'No answer',
      prompts: 'Suggested focus',
      prompt: {
        thr: 'Explore the fear of a missed serious cause; say what you examined and why it rules serious causes out.',
        leg: 'Make sure they feel listened to, valued and believed.',
        nav: 'Explain what a scan can and cannot show; agree the next steps and who owns them.',
        harms: 'Talk about the possible harms of a scan.',
      },
      unvalidated: 'Draft questionnaire, not yet validated: use as a conversation aid, not a measure.',
      inPlan: {
        heading: 'EMERGENCY SIGN REPORTED in the questionnaire. What the plan\u2019s red-flag review records:',
        present: (arranged) =>
          arranged
            ? `Recorded as present: emergency referral. Arranged: ${arranged}`
            : 'Recorded as present: emergency referral. Record what you arranged.',
        rechecked: 'Recorded as "Asked again: absent".',
        conflict: 'The patient answered yes to this in the questionnaire. Record it as present, or ask again and record "Asked again: absent".',
        noPlan:
          'Record this in the plan\u2019s red-flag review: as present (an emergency referral), or ask again and record "Asked again: absent". Until then the patient sees emergency advice.',
        problemHeading: 'The plan could not be used.',
      },
    },
  };
}
