import { englishBase } from '../en/base.js';
import { words } from './words.js';

/** The en-GB words every component needs. */
export default englishBase(words);
