import { inputMessages } from '../es/input-messages.js';
import type { InputPack } from '../pack.js';

/** The es-US words about bad input: the language's, the same in each of its regions. */
export default { input: inputMessages } satisfies InputPack;
