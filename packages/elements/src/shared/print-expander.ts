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
