import type { PackPart } from '@scanwise/core';
import { LitElement, type TemplateResult } from 'lit';
import { AttributeReader } from './attributes.js';
import type { SdmProblem } from './events.js';
import { LocaleController } from './locale-controller.js';
import { ProblemReporter } from './problem-reporter.js';
import { problemHeaderView, type ProblemGroup } from './problem.view.js';
import { drawnOnServer, idPrefixFor } from './ssr.js';

/**
 * What every Scanwise element shares:
 * - its locale, read from `lang` (`localeController`), with its pack loaded before each update
 *   that needs it (`localeParts`, and `input` while `needsInputWords`): the first render is
 *   already in the page's language;
 * - its problems, reported (`sdm-error` once per distinct set) and shown: `problems` lists them,
 *   `header()` draws the language note and the problems above the content;
 * - a guarded render: a subclass draws in `draw()`, and whatever throws there shows one message
 *   instead (see `ProblemReporter`);
 * - the prefix of the ids in its shadow root (`idPrefix`, from the class's `idBase`), and whether
 *   the server drew it (`serverDrawn`, `hydrating`);
 * - its attributes read within their limits (`readAttributes`);
 * - one way to fire its events (`emit`): they bubble and are composed unless said otherwise.
 */
export abstract class SdmElement extends LitElement {
  /** The start of the ids in the shadow root: `sdm-q` gives `sdm-q1-…` (see `idPrefixFor`). */
  protected static idBase = 'sdm-';

  /**
   * The parts of a locale's pack the element's words come from: `base` and `guide` unless a
   * subclass needs only `base` (the questionnaire), so that a page with it alone never loads the
   * guide's words. The `input` part (the words about bad input) is loaded as well only while
   * `needsInputWords` says so.
   */
  protected static localeParts: readonly PackPart[] = ['base', 'guide'];

  /**
   * True while the element has input whose problems it must word (read without words, by core's
   * `check…` readers), or a form that words its checks: the next update loads the pack's `input`
   * part first. Must not read any words itself.
   */
  protected get needsInputWords(): boolean {
    return false;
  }

  /** The locale in force, from `lang` on the element, an ancestor or the document. */
  protected readonly localeController = new LocaleController(this);
  /** Reports `problems` (`sdm-error`) and guards `draw()`. */
  protected readonly reporter = new ProblemReporter(this, () => this.problems);
  /** Drawn on the server: the first update hydrates what the server drew (see shared/ssr.ts). */
  protected readonly serverDrawn = drawnOnServer(this);
  /** The prefix of the ids in the shadow root. */
  protected readonly idPrefix = idPrefixFor(this, (this.constructor as typeof SdmElement).idBase);

  /** The problems with the current input (empty when all is well). */
  abstract get problems(): SdmProblem[];

  /** The element's content: `render()` draws it through the reporter, which shows a message instead if it throws. */
  protected abstract draw(): TemplateResult;

  /** `needsInputWords`, or true when reading the input throws (the update then reports it, in words). */
  private inputWordsNeeded(): boolean {
    try {
      return this.needsInputWords;
    } catch {
      return true;
    }
  }

  /** Loads tried in a row before an update goes ahead without them (a part that cannot load). */
  private wordLoads = 0;

  /**
   * Waits for the locale's pack when it is not loaded yet, so no update draws without its words.
   * Once they are loaded it checks again: input set while they loaded (a property set right
   * after the element was added) may need the `input` part too.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const parts = (this.constructor as typeof SdmElement).localeParts;
    const loading = this.wordLoads < 3 ? this.localeController.load(this.inputWordsNeeded() ? [...parts, 'input'] : parts) : undefined;
    if (!loading) {
      this.wordLoads = 0;
      return super.scheduleUpdate();
    }
    this.wordLoads++;
    return loading.then(() => this.scheduleUpdate());
  }

  protected override render(): TemplateResult {
    return this.reporter.render(this.localeController.locale, () => this.draw());
  }

  /**
   * Until the update that hydrates what the server drew is done: like the server, that update
   * does not follow linked elements nor read what only the browser knows; the next does.
   */
  protected get hydrating(): boolean {
    return this.serverDrawn && !this.hasUpdated;
  }

  /**
   * The attributes, read within their limits by `read` (see AttributeReader), with what could
   * not be used as `problems`.
   */
  protected readAttributes<T extends object>(read: (reader: AttributeReader) => T): T & { problems: SdmProblem[] } {
    const reader = new AttributeReader(this.localeController.locale);
    const values = read(reader);
    return { ...values, problems: reader.problems };
  }

  /**
   * The top of the content: the language note (and any other `notices`), then each group of
   * problems that has any, under its heading.
   */
  protected header(groups: readonly ProblemGroup[], notices: readonly (SdmProblem | null | undefined)[] = []): TemplateResult {
    return problemHeaderView([this.localeController.problem, ...notices], groups, this.localeController.locale);
  }

  /**
   * Fires an event from this element: a `CustomEvent` with `detail` when one is given, else a
   * plain `Event`. Every event bubbles and is composed (heard outside the shadow root) unless
   * `options` says otherwise: `sdm-profile` and `sdm-plan`, which only linked elements listen
   * for (on this element), pass `{ bubbles: false, composed: false }`. False when cancelled.
   */
  protected emit<T>(type: string, detail?: T, options: EventInit = {}): boolean {
    const init: EventInit = { bubbles: true, composed: true, ...options };
    return this.dispatchEvent(detail === undefined ? new Event(type, init) : new CustomEvent<T>(type, { ...init, detail }));
  }
}
