import { localeText, getFact, iconArrayModel, type IconArrayModel, type Locale, type Messages } from '@scanwise/core';
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/** Icons per row: 100 people make a 10 × 10 block. */
export const COLUMNS = 10;
const CELL_W = 24;
const CELL_H = 36;

/** A simple standing person, 20 × 32. */
const PERSON = 'M10 1a4.5 4.5 0 1 1 0 9a4.5 4.5 0 1 1 0-9zM5 12h10a3 3 0 0 1 3 3v7h-3.5v9h-9v-9h-3.5v-7a3 3 0 0 1 3-3z';
const kind = (counted: boolean) => (counted ? 'counted' : 'others');

/** One icon for the legend, the same shape as in the array. Solid when counted, outline when not. */
function legendIcon(counted: boolean): TemplateResult {
  return html`<svg class="legend-icon" viewBox="-1 0 22 33" aria-hidden="true" focusable="false">
    <path class=${kind(counted)} d=${PERSON} />
  </svg>`;
}

/**
 * The grid of people: counted people first, filled row by row from the top-left corner
 * as one block: no scatter (read as a higher risk; Ancker 2011), no partial icons (misread;
 * IMI PROTECT).
 * One `role="img"`, named by the summary sentence; the icons themselves are hidden.
 */
function grid(model: IconArrayModel, idPrefix: string, labelledBy: string): TemplateResult {
  const rows = Math.ceil(model.total / COLUMNS);
  const width = COLUMNS * CELL_W;
  const height = rows * CELL_H;
  // The shape is drawn once and each person reuses it (`fill` and `stroke` inherit through
  // <use>): a figure is a few KB of markup instead of 100 copies of the path.
  const shape = `${idPrefix}-person`;
  const href = `#${shape}`;
  const icons = Array.from(
    { length: model.total },
    (_, i): SVGTemplateResult =>
      svg`<use href=${href} class=${kind(i < model.count)} x=${(i % COLUMNS) * CELL_W + 2} y=${Math.floor(i / COLUMNS) * CELL_H + 2} />`,
  );
  return html`<svg class="array" part="array" role="img" aria-labelledby=${labelledBy}
    viewBox="0 0 ${width} ${height}" focusable="false"><defs><path id=${shape} d=${PERSON} /></defs>${icons}</svg>`;
}

function sourceLine(model: IconArrayModel, t: Messages['iconArray']): TemplateResult {
  const s = model.source;
  if (!s) return html`<span class="source" part="source">${t.sourceNotGiven}.</span>`;
  const name = s.href ? html`<a href=${s.href} rel="noopener noreferrer" target="_blank">${s.label}</a>` : s.label;
  return html`<span class="source" part="source"
    >${t.source}: ${name}${s.checked ? html`, ${s.checked}` : nothing}.${s.certainty ? html` ${s.certainty}` : nothing}</span
  >`;
}

function table(model: IconArrayModel, t: Messages['iconArray']): TemplateResult {
  return html`<details class="table" part="table">
    <summary>${t.showTable}</summary>
    <table>
      <caption>${t.tableCaption}</caption>
      <thead>
        <tr><th scope="col">${t.tableGroup}</th><th scope="col">${t.tablePeople}</th></tr>
      </thead>
      <tbody>
        <tr><th scope="row">${model.outcome}</th><td>${model.countText}</td></tr>
        <tr><th scope="row">${model.others}</th><td>${model.restText}</td></tr>
      </tbody>
      <tfoot>
        <tr><th scope="row">${t.total}</th><td>${model.totalText}</td></tr>
      </tfoot>
    </table>
  </details>`;
}

export interface IconArrayViewOptions {
  /** Prefix for ids, unique on the page (letters put many arrays in one document). */
  idPrefix: string;
  /** Draw the built-in table alternative (off when the host slots its own). */
  table?: boolean;
}

/**
 * The icon array as a pure function of its model and words: the same template renders
 * in the live element (in shadow DOM) and in static letters (light DOM, no script).
 */
export function iconArrayView(
  model: IconArrayModel,
  t: Messages['iconArray'],
  { idPrefix, table: withTable = true }: IconArrayViewOptions,
): TemplateResult {
  const sentenceId = `${idPrefix}-sentence`;
  return html`<figure class="figure" part="figure">
    <p class="summary" part="summary" id=${sentenceId}>${model.sentence}</p>
    ${
      model.fewerThanOne
        ? nothing
        : html`${grid(model, idPrefix, sentenceId)}
          <ul class="legend" part="legend" aria-hidden="true">
            <li>${legendIcon(true)}<span><strong>${model.countText}</strong> ${model.outcome}</span></li>
            <li>${legendIcon(false)}<span><strong>${model.restText}</strong> ${model.others}</span></li>
          </ul>`
    }
    <figcaption class="caption" part="caption">
      <span class="who"><strong>${t.who}:</strong> ${model.population}.</span>
      <span class="when"><strong>${t.when}:</strong> ${model.timeframe}.</span>
      ${sourceLine(model, t)}
      ${model.roundedNote ? html`<span>${model.roundedNote}</span>` : nothing}
      ${model.caveat ? html`<span class="caveat">${model.caveat}</span>` : nothing}
    </figcaption>
    ${withTable && !model.fewerThanOne ? table(model, t) : nothing}
  </figure>`;
}

/**
 * A registry fact as an icon array, wrapped with its fact id, when it is a "people" fact;
 * null otherwise (the caller words it as a sentence). Used by the explainer and the plan.
 */
export function registryFigure(factId: string, locale: Locale, idPrefix: string): TemplateResult | null {
  const fact = getFact(factId);
  if (fact?.kind !== 'people') return null;
  const r = iconArrayModel({ fact }, locale);
  if (!r.ok) return null;
  return html`<div class="fact-figure" data-fact=${factId}>${iconArrayView(r.model, localeText(locale).messages.iconArray, { idPrefix })}</div>`;
}
