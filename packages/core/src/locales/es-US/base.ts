import { spanishBase } from '../es/base.js';
import { words } from './words.js';

/** The es-US words every component needs. */
export default spanishBase(words);
