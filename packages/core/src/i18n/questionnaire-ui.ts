import type { BeliefTheme, ThemeLevel } from '../questionnaire/ids.js';
import type { TextLimitWords } from './text-limit.js';

/**
 * The questionnaire's working words (buttons, progress, review, messages, clinician summary).
 * The clinical wording (items, emergency questions, instructions) is in
 * `questionnaire/content.ts`.
 */
export interface QuestionnaireUi {
  noneOfThese: string;
  continue: string;
  next: string;
  back: string;
  review: string;
  reviewHeading: string;
  reviewIntro: string;
  change: (question: string) => string;
  notAnswered: string;
  submit: string;
  doneHeading: string;
  doneBody: string;
  startAgain: string;
  progress: (n: number, total: number) => string;
  answeredProgress: (n: number, total: number) => string;
  emergencyHeading: string;
  /** When the page's region is unknown: no number is guessed. */
  genericEmergency: string;
  changedMind: string;
  problemsHeading: string;
  answerThis: string;
  answerSafety: string;
  requiredMissing: string;
  badAnswersHeading: string;
  optional: string;
  /** The worry box near its limit: the count, and what is said as it fills. */
  limit: TextLimitWords;
  clinician: {
    heading: string;
    emergency: (signs: string) => string;
    safetyUnanswered: (n: number) => string;
    safetyClear: string;
    theme: Record<BeliefTheme, string>;
    level: Record<ThemeLevel, string>;
    themeColumn: string;
    levelColumn: string;
    meanColumn: string;
    stronglyAgreed: string;
    noneStronglyAgreed: string;
    harmsUnderestimated: string;
    wantsScan: string;
    worry: string;
    noAnswer: string;
    prompts: string;
    prompt: Record<BeliefTheme | 'harms', string>;
    unvalidated: string;
    /**
     * What the plan's red-flag review records for each emergency sign the patient answered yes
     * to: the same words as the plan's edit mode (`localeText(locale).plan.edit.redFlags`), kept here
     * so the questionnaire does not carry the plan's whole catalog.
     */
    inPlan: {
      heading: string;
      /** Recorded as present: an emergency referral, with what was arranged when it is recorded. */
      present: (arranged: string | null) => string;
      /** Asked again, and absent (the plan's "Asked again: absent"). */
      rechecked: string;
      /** Neither: the plan's `edit.redFlags.conflict`, word for word. */
      conflict: string;
      /** No plan given: where the sign must be recorded. */
      noPlan: string;
      /** Heading of a message about a plan that could not be read. */
      problemHeading: string;
    };
  };
}
