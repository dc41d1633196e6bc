import { localeText, type Locale, type ProfileProblem, type Say, type UnwordedProblem } from '@scanwise/core';
import type { SdmProblem } from './events.js';

/**
 * A problem core's `check…` readers found in input (see core's `UnwordedProblem`), as the
 * element reports it. Input is read when it is set, which may be before the element's words are
 * loaded: the message is worded in the element's locale when it is read (shown, or sent in
 * `sdm-error`), so it also follows a later `lang` change.
 */
export function inputProblem(code: string, field: string, say: Say, locale: () => Locale): SdmProblem {
  return {
    code,
    field,
    get message() {
      return say(localeText(locale()).input);
    },
  };
}

/** The problems of a profile handed to an element (core's `checkProfile`), as it reports them. */
export function profileProblems(problems: readonly UnwordedProblem<ProfileProblem>[], locale: () => Locale): SdmProblem[] {
  return problems.map((p) => inputProblem('invalid-profile', `profile.${p.field}`.replace(/\.$/, ''), p.say, locale));
}
