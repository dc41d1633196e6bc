import type { SdmErrorDetail } from '@scanwise/elements';
import { SdmBenefitsHarms as Element } from '@scanwise/elements/benefits-harms/define.js';
import { wrap, type EventName } from './wrap.js';

/**
 * `<sdm-benefits-harms>` as a React component (importing it registers the element). Give it
 * the questionnaire's `profile` (or `for`, the questionnaire's id) and a `plan` if there is one.
 */
export const SdmBenefitsHarms = wrap('sdm-benefits-harms', Element, {
  onSdmError: 'sdm-error' as EventName<CustomEvent<SdmErrorDetail>>,
});
