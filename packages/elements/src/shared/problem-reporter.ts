import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fireError, problemsKey, type SdmProblem } from './events.js';

/**
 * Fires `sdm-error` after an update whenever the host's problems change: once per distinct
 * set, never on every render, and not at all while there are none.
 */
export class ProblemReporter implements ReactiveController {
  private reported = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly problems: () => SdmProblem[],
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const problems = this.problems();
    const key = problemsKey(problems);
    if (key === this.reported) return;
    this.reported = key;
    fireError(this.host, problems);
  }
}
