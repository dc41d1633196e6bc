import { englishGuide } from '../en/guide.js';
import { words } from './words.js';

/** The en-GB words of the guide: signs, figures, explainer, plan and letter. */
export default englishGuide(words);
