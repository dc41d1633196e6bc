import { iconArrayModel, type IconArrayResult } from '@scanwise/core';
import { html, isServer, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { baseStyles } from '../shared/base.styles.js';
import type { SdmProblem } from '../shared/events.js';
import { SdmElement } from '../shared/sdm-element.js';
import { iconArrayStyles } from './icon-array.styles.js';
import { iconArrayView } from './icon-array.view.js';

/** What a relative `source-href` is read against on the server, which has no page address: it stays relative. */
const SERVER_BASE = 'https://server.invalid/';

/**
 * Shows "N out of 100" as a block of simple person icons, with one clear sentence,
 * who and when the figure is about, its source, and a table alternative.
 *
 * Give it a registry fact (`fact="serious-cause"`), or explicit numbers and words
 * (`count`, `total`, `label`, `population`, `timeframe`, `source`, `source-href`).
 * Bad input shows a visible message and fires `sdm-error`; it never throws or renders blank.
 * Each text attribute is read up to 200 characters (longer text is cut, and reported); a
 * `source-href` that is not a web link (`https:` or `http:`) is left out, and reported.
 *
 * @summary An accessible icon array: "N out of 100 people" drawn as people.
 * @tag sdm-icon-array
 *
 * @fires {CustomEvent<SdmErrorDetail>} sdm-error - The input cannot be shown as asked (unknown fact, count above total,
 *   not a number, missing words, unknown language), an attribute was cut or left out (`too-long`,
 *   `unsafe-link`), or the figure could not be drawn (`render-failed`).
 *   `detail`: `{ code, field, message, component, problems, count }`.
 *
 * @slot table - Your own table alternative; replaces the built-in "Show these numbers as a table".
 *
 * @csspart figure - The whole figure.
 * @csspart summary - The sentence that says the numbers in words (also the array's accessible name).
 * @csspart array - The SVG grid of people.
 * @csspart legend - The key: what a filled and an outlined person mean.
 * @csspart caption - Who, when, source, rounding and caveats.
 * @csspart source - The source line with its link, checked date and certainty.
 * @csspart table - The built-in table alternative (a `<details>`).
 * @csspart error - The message shown instead of the figure when the input is bad.
 * @csspart notice - A note that does not stop the figure, such as a language fallback.
 *
 * @cssproperty [--sdm-icon-counted=light-dark(#1f5f8b, #7cc0ee)] - Fill of the counted people.
 * @cssproperty [--sdm-icon-others=light-dark(#ffffff, #1b1f24)] - Fill of the other people.
 * @cssproperty [--sdm-icon-others-stroke=light-dark(#6b7785, #9aa6b2)] - Outline of the other people.
 * @cssproperty [--sdm-icon-array-size=18rem] - Largest width of the grid.
 * @cssproperty [--sdm-icon-array-max-width=26rem] - Largest width of the whole figure.
 * @cssproperty [--sdm-font-family=system-ui] - Font of all Scanwise elements.
 * @cssproperty [--sdm-print-font-family=Arial] - Font on paper (Arial, Liberation Sans or Helvetica, so pages break the same everywhere).
 * @cssproperty [--sdm-font-size=1rem] - Base text size.
 * @cssproperty [--sdm-color-text=light-dark(#1b1f24, #eef1f4)] - Text colour.
 * @cssproperty [--sdm-color-muted=light-dark(#4a5562, #b7c0ca)] - Caption text colour.
 * @cssproperty [--sdm-color-link=light-dark(#0b5cad, #8cc4ff)] - Link colour.
 * @cssproperty [--sdm-color-error-bg=light-dark(#fff4e5, #3a2a12)] - Background of error messages.
 * @cssproperty [--sdm-color-error-border=light-dark(#b35900, #ffb366)] - Border of error messages.
 * @cssproperty [--sdm-line-height=1.5] - Line height.
 * @cssproperty [--sdm-color-border=light-dark(#c5ccd4, #56606b)] - Borders of the table alternative.
 * @cssproperty [--sdm-color-focus=light-dark(#0b5cad, #8cc4ff)] - Outline of the part that has keyboard focus.
 * @cssproperty [--sdm-space=0.75rem] - The spacing unit: space between the parts of the figure, padding of messages.
 * @cssproperty [--sdm-radius=0.375rem] - Corner radius of messages.
 * @cssproperty [--sdm-print-color=#000] - Colour of the people, their outlines and the caption on paper.
 */
export class SdmIconArray extends SdmElement {
  static override styles = [baseStyles, iconArrayStyles];
  protected static override idBase = 'sdm-icon-array-';

  /** Id of a `people` fact in the evidence registry, e.g. `serious-cause`. Wins over `count`. */
  @property({ reflect: true }) fact?: string;

  /** How many people are counted, when no `fact` is given: a whole number from 0 to `total`. */
  @property() count?: number | string;

  /** How many people in all (default 100; at most 1,000). */
  @property() total?: number | string;

  /** What happened to the counted people, e.g. "had a disc bulge". */
  @property() label?: string;

  /** What is true of the others (default "did not"). */
  @property() others?: string;

  /** Who the figure is about, e.g. "people aged 40 with no back pain". */
  @property() population?: string;

  /** When: the time frame, e.g. "within a year". */
  @property() timeframe?: string;

  /** Where explicit numbers come from, e.g. "Brinjikji et al. 2015". */
  @property() source?: string;

  /** A link to the source of explicit numbers: a web link (`https:` or `http:`) only. */
  @property({ attribute: 'source-href' }) sourceHref?: string;

  private result: IconArrayResult = { ok: false, errors: [] };
  /** The attributes that could not be used as given, as last read. */
  private attributeProblems: SdmProblem[] = [];

  /** The problems with the current input (empty when it shows as asked). */
  override get problems(): SdmProblem[] {
    const locale = this.localeController.problem;
    const figure = this.result.ok ? [] : this.result.errors;
    return [...(locale ? [locale] : []), ...this.attributeProblems, ...figure];
  }

  /** Reads the attributes within their limits, and works out the figure. */
  private read(): void {
    const { problems, ...input } = this.readAttributes((read) => {
      const count = typeof this.count === 'string' ? read.token('count', this.count) : this.count;
      const total = typeof this.total === 'string' ? read.token('total', this.total) : this.total;
      return {
        fact: read.token('fact', this.fact) ?? null,
        count,
        total,
        label: read.text('label', this.label) ?? null,
        others: read.text('others', this.others) ?? null,
        population: read.text('population', this.population) ?? null,
        timeframe: read.text('timeframe', this.timeframe) ?? null,
        source: read.text('source', this.source) ?? null,
        sourceHref: read.link('source-href', this.sourceHref, isServer ? SERVER_BASE : document.baseURI) ?? null,
      };
    });
    this.result = iconArrayModel(input, this.localeController.locale);
    this.attributeProblems = problems;
  }

  private hasOwnTable(): boolean {
    return this.querySelector(':scope > [slot="table"]') !== null;
  }

  protected override firstUpdated(): void {
    if (this.serverDrawn && this.hasOwnTable())
      void this.updateComplete.then(
        () => this.requestUpdate(),
        () => undefined,
      );
  }

  protected override draw(): TemplateResult {
    this.read();
    const t = this.localeController.messages;
    // The server cannot see the page's children: it draws the built-in table, and so does the
    // update that hydrates it (firstUpdated draws again if the page gives its own).
    const hasOwnTable = isServer || this.hydrating ? false : this.hasOwnTable();
    const { result } = this;
    // The settings that could not be used above the figure; or, with no figure, every problem.
    const problems = result.ok
      ? { heading: t.problems.settingsHeading, problems: this.attributeProblems }
      : { heading: t.errors.heading, problems: [...this.attributeProblems, ...result.errors] };
    return html`${this.header([problems])}
      ${result.ok ? iconArrayView(result.model, t.iconArray, { idPrefix: this.idPrefix, table: !hasOwnTable }) : nothing}
      <slot name="table" @slotchange=${() => this.requestUpdate()}></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sdm-icon-array': SdmIconArray;
  }
}
