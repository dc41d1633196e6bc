import type { SdmErrorDetail, SdmPlanChangeDetail } from '@scanwise/elements';
import { SdmWatchfulWaitingPlan as Element } from '@scanwise/elements/watchful-waiting-plan/define.js';
import { wrap, type EventName } from './wrap.js';

/**
 * `<sdm-watchful-waiting-plan>` as a React component (importing it registers the element).
 * Callbacks: `onChange` (edit mode, `detail.plan`), `onSdmPlan` (read the element's `plan`) and
 * `onSdmError`.
 */
export const SdmWatchfulWaitingPlan = wrap('sdm-watchful-waiting-plan', Element, {
  onChange: 'change' as EventName<CustomEvent<SdmPlanChangeDetail>>,
  onSdmPlan: 'sdm-plan' as EventName<Event>,
  onSdmError: 'sdm-error' as EventName<CustomEvent<SdmErrorDetail>>,
});
