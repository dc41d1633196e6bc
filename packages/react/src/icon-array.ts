import type { SdmErrorDetail } from '@scanwise/elements';
import { SdmIconArray as Element } from '@scanwise/elements/icon-array/define.js';
import { wrap, type EventName } from './wrap.js';

/** `<sdm-icon-array>` as a React component (importing it registers the element). */
export const SdmIconArray = wrap('sdm-icon-array', Element, {
  onSdmError: 'sdm-error' as EventName<CustomEvent<SdmErrorDetail>>,
});
