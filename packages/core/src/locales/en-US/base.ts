import { englishBase } from '../en/base.js';
import { words } from './words.js';

/** The en-US words every component needs. */
export default englishBase(words);
