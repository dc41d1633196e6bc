import { defineElement } from '../shared/define.js';
import { SdmImagingQuestionnaire } from './imaging-questionnaire.js';

defineElement('sdm-imaging-questionnaire', SdmImagingQuestionnaire);

export { SdmImagingQuestionnaire };
