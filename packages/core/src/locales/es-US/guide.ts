import { spanishGuide } from '../es/guide.js';
import { words } from './words.js';

/** The es-US words of the guide: signs, figures, explainer, plan and letter. */
export default spanishGuide(words);
