import { inputMessages } from '../en/input-messages.js';
import type { InputPack } from '../pack.js';

/** The en-GB words about bad input: the language's, the same in each of its regions. */
export default { input: inputMessages } satisfies InputPack;
