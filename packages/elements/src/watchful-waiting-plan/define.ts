import { defineElement } from '../shared/define.js';
import { SdmWatchfulWaitingPlan } from './watchful-waiting-plan.js';

defineElement('sdm-watchful-waiting-plan', SdmWatchfulWaitingPlan);

export { SdmWatchfulWaitingPlan };
