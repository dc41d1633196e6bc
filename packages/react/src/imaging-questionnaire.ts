import type { SdmAnswersChangeDetail, SdmCompleteDetail, SdmEmergencyDetail, SdmErrorDetail } from '@scanwise/elements';
import { SdmImagingQuestionnaire as Element } from '@scanwise/elements/imaging-questionnaire/define.js';
import { wrap, type EventName } from './wrap.js';

/**
 * `<sdm-imaging-questionnaire>` as a React component (importing it registers the element).
 * Callbacks: `onChange` (`detail.answers`), `onSdmEmergency`, `onSdmComplete` (`detail.profile`,
 * `detail.questionnaireResponse`), `onSdmProfile` and `onSdmError`.
 */
export const SdmImagingQuestionnaire = wrap('sdm-imaging-questionnaire', Element, {
  onChange: 'change' as EventName<CustomEvent<SdmAnswersChangeDetail>>,
  onSdmEmergency: 'sdm-emergency' as EventName<CustomEvent<SdmEmergencyDetail>>,
  onSdmComplete: 'sdm-complete' as EventName<CustomEvent<SdmCompleteDetail>>,
  onSdmProfile: 'sdm-profile' as EventName<Event>,
  onSdmError: 'sdm-error' as EventName<CustomEvent<SdmErrorDetail>>,
});
