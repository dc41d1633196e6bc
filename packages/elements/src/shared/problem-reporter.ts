import { localeText, type Locale } from '@scanwise/core';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { fireError, problemsKey, type SdmProblem } from './events.js';
import { renderFailedView } from './problem.view.js';

/** The code of the problem a component reports when it could not draw itself. */
export const RENDER_FAILED = 'render-failed';

const NONE = Symbol('none');

/**
 * Reports a component's problems, and guards its drawing: the one place where both rules are
 * written (DESIGN.md: bad input never throws out of a component and never renders a blank).
 *
 * Problems: fires `sdm-error` after an update whenever the host's problems change: once per
 * distinct set (`problemsKey`: the count and the first few), never on every render, and not at
 * all while there are none.
 *
 * Drawing: a component's `render()` returns `reporter.render(locale, () => …)`. Whatever throws
 * while it draws (or in a step of the update run through `run()`, or while its problems are
 * listed) makes that render show one visible message alone (`role="alert"`, the catalog's words
 * for the locale): never the content of an earlier render. The error is logged, `sdm-error` fires
 * with code `render-failed` (then any problems that could still be listed), and the host's data
 * (its answers, its plan) is left as it was: the next render that works shows it again.
 */
export class ProblemReporter implements ReactiveController {
  private reported = problemsKey([]);
  /** What went wrong in this update before render (see `run`), or NONE. */
  private failed: unknown = NONE;
  /** The problems listed by the last guarded render, or null when the host has none. */
  private listed: SdmProblem[] | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly problems: () => SdmProblem[],
  ) {
    host.addController(this);
  }

  /**
   * Runs one step of an update that is not drawing (a `willUpdate` step, say). If it throws,
   * the error is kept and the next guarded render shows the message instead of the content.
   */
  run(step: () => void): void {
    try {
      step();
    } catch (error) {
      if (this.failed === NONE) this.failed = error;
    }
  }

  /** Draws the host with `draw`, or, if anything throws, the "cannot be shown" message alone. */
  render(locale: Locale, draw: () => TemplateResult): TemplateResult {
    try {
      if (this.failed !== NONE) throw this.failed;
      const view = draw();
      this.listed = this.problems();
      return view;
    } catch (error) {
      console.error(`[scanwise] <${this.host.localName}> could not be drawn:`, error);
      const failure: SdmProblem = { code: RENDER_FAILED, message: localeText(locale).messages.problems.renderFailed.message };
      let others: SdmProblem[] = [];
      try {
        others = this.problems();
      } catch {
        /* the problems themselves cannot be listed: the failure is enough */
      }
      this.listed = [failure, ...others];
      return renderFailedView(locale);
    } finally {
      this.failed = NONE;
    }
  }

  hostUpdated(): void {
    let problems = this.listed;
    this.listed = null;
    if (!problems) {
      // A host that does not draw through render(): list its problems here.
      try {
        problems = this.problems();
      } catch (error) {
        console.error(`[scanwise] <${this.host.localName}> could not list its problems:`, error);
        problems = [];
      }
    }
    const key = problemsKey(problems);
    if (key === this.reported) return;
    this.reported = key;
    fireError(this.host, problems);
  }
}
