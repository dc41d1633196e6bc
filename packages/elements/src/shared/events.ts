/** One thing that was wrong with a component's input. */
export interface SdmProblem {
  /** A stable code, e.g. `count-above-total`, `unknown-fact`, `unknown-locale`. */
  code: string;
  /** The attribute or property at fault, when there is one. */
  field?: string;
  /** What was wrong, in plain words (the same text the component shows). */
  message: string;
}

/** `detail` of the `sdm-error` event: what was wrong, and which component says so. */
export interface SdmErrorDetail extends SdmProblem {
  /** The tag name of the component that fired it, e.g. `sdm-icon-array`. */
  component: string;
  /**
   * The first problems found (at most `PROBLEMS_SHOWN`, 5); `code`, `field` and `message` repeat
   * the first. `count` says how many there are in all.
   */
  problems: SdmProblem[];
  /** How many problems were found in all (more than `problems.length` when the list was cut). */
  count: number;
}

/** How many problems a component lists on screen and in `sdm-error`: the rest are counted. */
export const PROBLEMS_SHOWN = 5;

declare global {
  interface GlobalEventHandlersEventMap {
    'sdm-error': CustomEvent<SdmErrorDetail>;
  }
}

/**
 * Fires `sdm-error` (bubbles, composed) for a non-empty list of problems: the first
 * `PROBLEMS_SHOWN` of them and how many there are in all. Components call it once per distinct
 * set of problems, not on every render.
 */
export function fireError(host: HTMLElement, problems: readonly SdmProblem[]): void {
  const [first] = problems;
  if (!first) return;
  const shown = problems.slice(0, PROBLEMS_SHOWN).map((p) => ({ ...p }));
  host.dispatchEvent(
    new CustomEvent<SdmErrorDetail>('sdm-error', {
      bubbles: true,
      composed: true,
      detail: { ...first, component: host.localName, problems: shown, count: problems.length },
    }),
  );
}

/**
 * A stable key for a list of problems, to fire only when it changes: what `fireError` sends
 * (the count and the first few), so a list of any length costs the same.
 */
export function problemsKey(problems: readonly SdmProblem[]): string {
  return `${problems.length}#${problems
    .slice(0, PROBLEMS_SHOWN)
    .map((p) => `${p.code}:${p.field ?? ''}:${p.message}`)
    .join('|')}`;
}
