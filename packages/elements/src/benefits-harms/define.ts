import { defineElement } from '../shared/define.js';
import { SdmBenefitsHarms } from './benefits-harms.js';

defineElement('sdm-benefits-harms', SdmBenefitsHarms);

export { SdmBenefitsHarms };
