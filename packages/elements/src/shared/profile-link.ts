import { localeText, type ExpectationProfile, type Locale, type Plan } from '@scanwise/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { quoteValue } from './attributes.js';
import type { SdmProblem } from './events.js';

/**
 * What a follower reads from the element it links to: one property (an object), read again
 * whenever the element fires one event. The event may be a plain `Event` that does not bubble:
 * the link listens on the element itself.
 * - `<sdm-imaging-questionnaire>`: `profile`, and `sdm-profile` whenever its answers change;
 * - `<sdm-watchful-waiting-plan>`: `plan`, and `sdm-plan` whenever the plan changes.
 */
export type LinkSource = 'profile' | 'plan';

type Root = Document | ShadowRoot;

/**
 * Follows the element named by an id attribute of the host (`for`, `plan-for`), the way
 * `<label for>` follows its control: found by id in the host's document or shadow root, and
 * re-read whenever the element says its value changed. It keeps following whatever the order
 * of events on the page:
 * - the element is inserted after the host, gets its id later, or is replaced by another with
 *   the same id (a MutationObserver on the host's root watches for that while an id is set);
 * - the element upgrades after the host (its tag is defined later, as when the host's script
 *   registers first): the link listens on the element before it upgrades, and reads it again
 *   once `customElements.whenDefined` resolves, even if the element fires nothing then;
 * - the host's id attribute changes: the link notices before the host's next render
 *   (`hostUpdate`), so the host need not call `retarget()` itself.
 * No JavaScript is needed on the host page. While the host is disconnected it follows nothing.
 *
 * An id that names nothing is a problem (`missing()`, code `missing-target`) only once the
 * document has finished loading and the element is still absent: until then it may yet come.
 * The host renders again when the page finishes loading, and when the element appears.
 */
export class ElementLink<T> implements ReactiveController {
  /** The linked element's value, or null when there is none (yet). */
  value: T | null = null;
  private id: string | undefined;
  private root: Root | null = null;
  private target: Element | null = null;
  private observer: MutationObserver | null = null;
  private connected = false;

  private readonly event: string;

  /**
   * Reads the value again (an un-upgraded element has no such property yet: null). A getter
   * that throws gives null too: the follower shows what it shows with nothing linked, and goes
   * on following (this runs in event listeners and observers, where a throw would stop it).
   */
  private readonly refresh = () => {
    let value: unknown;
    try {
      value = (this.target as Record<string, unknown> | null)?.[this.source];
    } catch {
      value = null;
    }
    this.value = typeof value === 'object' && value !== null ? (value as T) : null;
    this.host.requestUpdate();
  };

  constructor(
    protected readonly host: ReactiveControllerHost & HTMLElement,
    private readonly targetId: () => string | null | undefined,
    private readonly source: LinkSource,
  ) {
    this.event = `sdm-${source}`;
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.connect();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.disconnect();
  }

  /** Before each render: follow a changed id. */
  hostUpdate(): void {
    if (this.connected && (this.targetId() || undefined) !== this.id) this.retarget();
  }

  /**
   * The problem to report while the id names no element, once the page has loaded (`field`:
   * the host's attribute, e.g. `for`); null while the link is found, has no id, or may yet be.
   */
  missing(field: string, locale: Locale): SdmProblem | null {
    if (!this.connected || !this.id || !this.root || this.target || !pageLoaded()) return null;
    return { code: 'missing-target', field, message: localeText(locale).messages.problems.missingTarget(field, quoteValue(this.id)) };
  }

  /** Looks the id up again (the host may call this when its id attribute changes). */
  retarget(): void {
    this.disconnect();
    if (this.connected) this.connect();
  }

  private connect(): void {
    this.id = this.targetId() || undefined;
    const root = this.host.getRootNode();
    if (!this.id || !(root instanceof Document || root instanceof ShadowRoot)) {
      this.follow(null);
      return;
    }
    this.root = root;
    // An id not found yet is reported only once the page has loaded: render again then.
    if (!pageLoaded()) addEventListener('load', this.loaded, { once: true });
    // Keeps watching while an id is set: the element may come, go, or change its id at any time.
    this.observer = new MutationObserver(() => this.find());
    this.observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['id'] });
    this.follow(this.lookup());
  }

  private readonly loaded = () => this.host.requestUpdate();

  private lookup(): Element | null {
    return this.id ? (this.root?.getElementById(this.id) ?? null) : null;
  }

  private find(): void {
    const found = this.lookup();
    if (found !== this.target) this.follow(found);
  }

  private follow(target: Element | null): void {
    this.target?.removeEventListener(this.event, this.refresh);
    this.target = target;
    if (target) {
      target.addEventListener(this.event, this.refresh);
      // Not upgraded yet: read it again once its tag is defined.
      const name = target.localName;
      if (name.includes('-') && !customElements.get(name)) {
        customElements.whenDefined(name).then(
          () => {
            if (this.target === target) this.refresh();
          },
          () => undefined,
        );
      }
    }
    this.refresh();
  }

  private disconnect(): void {
    removeEventListener('load', this.loaded);
    this.observer?.disconnect();
    this.observer = null;
    this.root = null;
    this.target?.removeEventListener(this.event, this.refresh);
    this.target = null;
  }
}

/** Whether the document has finished loading (every element of the page is in it). */
function pageLoaded(): boolean {
  return typeof document === 'undefined' || document.readyState === 'complete';
}

/** Follows an `<sdm-imaging-questionnaire>` by id (the host's `for`): its current profile. */
export class ProfileLink extends ElementLink<ExpectationProfile> {
  constructor(host: ReactiveControllerHost & HTMLElement, targetId: () => string | null | undefined) {
    super(host, targetId, 'profile');
  }

  /** The linked questionnaire's profile, or null when there is none (yet). */
  get profile(): ExpectationProfile | null {
    return this.value;
  }
}

/** Follows an `<sdm-watchful-waiting-plan>` by id (the host's `plan-for`): its current plan. */
export class PlanLink extends ElementLink<Plan> {
  constructor(host: ReactiveControllerHost & HTMLElement, targetId: () => string | null | undefined) {
    super(host, targetId, 'plan');
  }

  /** The linked plan element's plan, or null when there is none (yet). */
  get plan(): Plan | null {
    return this.value;
  }
}
