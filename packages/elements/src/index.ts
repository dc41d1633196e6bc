/**
 * @scanwise/elements: the Scanwise custom elements. Importing a class does not register
 * it: import `@scanwise/elements/define.js` (all) or `@scanwise/elements/<name>/define.js`.
 */
export { SdmBenefitsHarms } from './benefits-harms/benefits-harms.js';
export { benefitsHarmsView, type ExplainerViewOptions } from './benefits-harms/benefits-harms.view.js';
export { SdmIconArray } from './icon-array/icon-array.js';
export { iconArrayView, type IconArrayViewOptions } from './icon-array/icon-array.view.js';
export { SdmImagingQuestionnaire } from './imaging-questionnaire/imaging-questionnaire.js';
export { clinicianView } from './imaging-questionnaire/imaging-questionnaire.view.js';
export { SdmWatchfulWaitingPlan } from './watchful-waiting-plan/watchful-waiting-plan.js';
export { planEditView, planView, type PlanViewOptions } from './watchful-waiting-plan/watchful-waiting-plan.view.js';
export { defineElement } from './shared/define.js';
export type {
  SdmAnswersChangeDetail,
  SdmBenefitsHarmsEventMap,
  SdmCompleteDetail,
  SdmEmergencyDetail,
  SdmErrorDetail,
  SdmEventMap,
  SdmListener,
  SdmIconArrayEventMap,
  SdmImagingQuestionnaireEventMap,
  SdmPlanChangeDetail,
  SdmProblem,
  SdmWatchfulWaitingPlanEventMap,
} from './shared/events.js';
