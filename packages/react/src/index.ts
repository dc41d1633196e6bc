/**
 * @scanwise/react: the Scanwise elements as React components (React 18 and 19), made with
 * `@lit/react`. Each one registers its element when imported; import one component's module
 * (`@scanwise/react/imaging-questionnaire.js`) to load only that element.
 */
export { SdmBenefitsHarms } from './benefits-harms.js';
export { SdmIconArray } from './icon-array.js';
export { SdmImagingQuestionnaire } from './imaging-questionnaire.js';
export { SdmWatchfulWaitingPlan } from './watchful-waiting-plan.js';
export type {
  SdmAnswersChangeDetail,
  SdmCompleteDetail,
  SdmEmergencyDetail,
  SdmErrorDetail,
  SdmPlanChangeDetail,
  SdmProblem,
} from '@scanwise/elements';
