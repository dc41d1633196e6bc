import { defineElement } from '../shared/define.js';
import { SdmIconArray } from './icon-array.js';

defineElement('sdm-icon-array', SdmIconArray);

export { SdmIconArray };
