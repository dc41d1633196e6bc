import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Printing from the browser opens every closed `<details>` in the host's shadow root, and closes
 * them again afterwards, so paper never hides content behind a fold. (Print styles also show
 * folded content where the browser supports `::details-content`; this covers the rest.)
 */
export class PrintExpander implements ReactiveController {
  private closed: HTMLDetailsElement[] = [];

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.expand);
    addEventListener('afterprint', this.restore);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.expand);
    removeEventListener('afterprint', this.restore);
  }

  private readonly expand = () => {
    const root = this.host.shadowRoot;
    this.closed = root ? [...root.querySelectorAll<HTMLDetailsElement>('details:not([open])')] : [];
    this.closed.forEach((d) => (d.open = true));
  };

  private readonly restore = () => {
    this.closed.forEach((d) => (d.open = false));
    this.closed = [];
  };
}

/**
 * Whether the browser is printing (between `beforeprint` and `afterprint`). The host renders
 * again on each change, in time for the printed layout (Lit updates in a microtask, which runs
 * before the browser lays out the page for print).
 */
export class PrintState implements ReactiveController {
  printing = false;

  constructor(private readonly host: ReactiveControllerHost) {
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

  private readonly start = () => this.set(true);
  private readonly end = () => this.set(false);

  private set(printing: boolean): void {
    this.printing = printing;
    this.host.requestUpdate();
  }
}
