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
  /** Every problem found; `code`, `field` and `message` repeat the first. */
  problems: SdmProblem[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sdm-error': CustomEvent<SdmErrorDetail>;
  }
}

/**
 * Fires `sdm-error` (bubbles, composed) for a non-empty list of problems. Components call it
 * once per distinct set of problems, not on every render.
 */
export function fireError(host: HTMLElement, problems: SdmProblem[]): void {
  const [first] = problems;
  if (!first) return;
  host.dispatchEvent(
    new CustomEvent<SdmErrorDetail>('sdm-error', {
      bubbles: true,
      composed: true,
      detail: { ...first, component: host.localName, problems },
    }),
  );
}

/** A stable key for a list of problems, to fire only when it changes. */
export function problemsKey(problems: SdmProblem[]): string {
  return problems.map((p) => `${p.code}:${p.field ?? ''}:${p.message}`).join('|');
}
