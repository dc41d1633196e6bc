/** Registers every Scanwise element. Import once per page. */
import './benefits-harms/define.js';
import './icon-array/define.js';
import './imaging-questionnaire/define.js';
import './watchful-waiting-plan/define.js';

export * from './index.js';
