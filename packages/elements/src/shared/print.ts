import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Follows the browser's printing (`beforeprint` to `afterprint`) for an element:
 * - opens every closed `<details>` in the host's shadow root (but one marked
 *   `data-print="closed"`), and closes them again
 *   afterwards, so paper never hides content behind a fold (print styles also show folded
 *   content where the browser supports `::details-content`; this covers the rest);
 * - sets `printing` and asks the host to render again, in time for the printed layout (Lit
 *   updates in a microtask, which runs before the browser lays the page out for print).
 */
export class PrintController implements ReactiveController {
  /** True between `beforeprint` and `afterprint`. */
  printing = false;
  private closed: HTMLDetailsElement[] = [];

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.start);
    addEventListener('afterprint', this.end);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.start);
    removeEventListener('afterprint', this.end);
  }

  private readonly start = () => {
    const root = this.host.shadowRoot;
    // A fold marked data-print="closed" (the full guide under a summary) stays shut: paper gets the summary.
    this.closed = root ? [...root.querySelectorAll<HTMLDetailsElement>('details:not([open]):not([data-print="closed"])')] : [];
    this.closed.forEach((d) => (d.open = true));
    this.printing = true;
    this.host.requestUpdate();
  };

  private readonly end = () => {
    this.closed.forEach((d) => (d.open = false));
    this.closed = [];
    this.printing = false;
    this.host.requestUpdate();
  };
}
