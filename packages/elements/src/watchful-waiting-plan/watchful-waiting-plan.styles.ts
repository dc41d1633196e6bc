import { baseStyles } from '../shared/base.styles.js';
import { iconArrayStyles } from '../icon-array/icon-array.styles.js';
import { planEditStyles } from './plan-edit.styles.js';
import { planPrintStyles } from './plan-print.styles.js';
import { planScreenStyles } from './plan-screen.styles.js';

export { planEditStyles, planPrintStyles, planScreenStyles };

/**
 * Every sheet the element uses, in order: the element and static letters take this same list.
 * The plan's own styles are scoped by class (`.plan` for the patient, `.plan-edit` for the
 * clinician), so a static letter can use the same CSS without a shadow root; only host-level
 * layout is under :host. Screen, form and paper each have their sheet, paper last.
 */
export const planSheets = [baseStyles, iconArrayStyles, planScreenStyles, planEditStyles, planPrintStyles];
