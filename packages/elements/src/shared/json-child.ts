import { localeText, type Locale } from '@scanwise/core';
import type { SdmProblem } from './events.js';

/**
 * Data from a `<script type="application/json">` child: how a page with no JavaScript of its
 * own (a letter, a server template) hands objects to a component.
 */
export type JsonChild = { found: false } | { found: true; ok: true; value: unknown } | { found: true; ok: false };

export function readJsonChild(host: Element): JsonChild {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (!script) return { found: false };
  try {
    return { found: true, ok: true, value: JSON.parse(script.textContent ?? '') };
  } catch {
    return { found: true, ok: false };
  }
}

/**
 * The problem of a JSON child that cannot be read. It is found when the element connects, before
 * its words may be loaded: the message is read in the element's locale when it is shown.
 */
export function invalidJsonProblem(locale: () => Locale): SdmProblem {
  return {
    code: 'invalid-json',
    field: 'script',
    get message() {
      return localeText(locale()).messages.problems.invalidJson;
    },
  };
}
