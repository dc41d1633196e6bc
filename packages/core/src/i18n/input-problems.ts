import { localeText, type Locale } from '../locales/registry.js';
import type { UnwordedProblem } from './input-messages.js';

/**
 * Problems worded in a locale (see `UnwordedProblem`). Its `input` words must be loaded when there
 * are any (the elements load them; on a server, import '@scanwise/core/locales/all'): else this
 * throws.
 */
export function wordProblems<P extends { message: string }>(problems: readonly UnwordedProblem<P>[], locale: Locale): P[] {
  if (!problems.length) return [];
  const words = localeText(locale).input;
  return problems.map(({ say, ...rest }) => ({ ...rest, message: say(words) }) as unknown as P);
}
