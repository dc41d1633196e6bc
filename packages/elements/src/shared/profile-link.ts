import type { ExpectationProfile } from '@scanwise/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a linked questionnaire offers: its current profile. */
interface ProfileSource extends Element {
  readonly profile: ExpectationProfile;
}

const isSource = (el: Element | null): el is ProfileSource =>
  el !== null && 'profile' in el && typeof (el as ProfileSource).profile === 'object';

/**
 * Follows the `<sdm-imaging-questionnaire>` named by the host's `for` attribute, the way
 * `<label for>` follows its control: found by id in the same document or shadow root, even if it
 * appears later, and re-read whenever its answers change (its `sdm-profile` event). No JavaScript
 * is needed on the host page.
 */
export class ProfileLink implements ReactiveController {
  /** The linked questionnaire's profile, or null when there is none (yet). */
  profile: ExpectationProfile | null = null;
  private source: ProfileSource | null = null;
  private observer: MutationObserver | null = null;
  private readonly refresh = () => {
    this.profile = this.source?.profile ?? null;
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly targetId: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connect();
  }

  hostDisconnected(): void {
    this.disconnect();
  }

  /** Call when the id changes. */
  retarget(): void {
    this.disconnect();
    this.connect();
  }

  private connect(): void {
    const id = this.targetId();
    if (!id) return;
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const found = root.getElementById?.(id) ?? null;
    if (isSource(found)) {
      this.source = found;
      found.addEventListener('sdm-profile', this.refresh);
      // A questionnaire defined after us gets its profile once it has upgraded.
      void customElements.whenDefined(found.localName).then(this.refresh);
      this.refresh();
      return;
    }
    // Not there yet: wait for it to be added, as <label for> would find it.
    this.observer = new MutationObserver(() => {
      if (root.getElementById?.(id)) this.retarget();
    });
    this.observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['id'] });
  }

  private disconnect(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.source?.removeEventListener('sdm-profile', this.refresh);
    this.source = null;
  }
}
