import { css } from 'lit';
import { baseStyles } from '../shared/base.styles.js';
import { emergencyStyles } from '../shared/emergency.styles.js';
import { iconArrayStyles } from '../icon-array/icon-array.styles.js';

export const benefitsHarmsStyles = css`
  :host {
    --_card-bg: var(--sdm-color-card-bg, light-dark(#f6f8fa, #1c2127));
    container-type: inline-size;
    max-inline-size: var(--sdm-benefits-harms-max-width, 60rem);
  }
  h2 {
    font-size: 1.5em;
    margin: 0 0 var(--_space);
  }
  h3 {
    font-size: 1.2em;
    margin: 0 0 0.5rem;
  }
  h4 {
    font-size: 1.15em;
    margin: 0 0 0.5rem;
  }
  h5 {
    font-size: 1em;
    margin: 0.75rem 0 0.25rem;
  }
  .section,
  .comparison,
  .about,
  .sources {
    margin: 0 0 calc(var(--_space) * 1.5);
  }
  .point p {
    margin: 0 0 0.5rem;
  }
  .point ul {
    margin: 0 0 0.5rem;
  }
  .fact-figure {
    margin: 0.5rem 0 1rem;
  }
  .fact {
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: 0.75rem;
  }
  .fact-source,
  .checked,
  .unverified,
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .instead {
    font-style: italic;
  }
  /* What to do for a list of signs: the emphasis the plan gives its tier actions. */
  .point .action {
    font-size: 1.15em;
    font-weight: 700;
    margin: 0 0 1rem;
  }
  /* A linked plan found a sign: the clinician's decision, in the plan's "get help today" colours. */
  .emergency[data-level='urgent'] {
    border-width: 3px;
    border-color: var(--_urgent);
    background: var(--_urgent-bg);
  }
  .emergency[data-level='urgent'] h2 {
    color: var(--_urgent);
  }
  .options {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: var(--_space);
  }
  @container (max-width: 40rem) {
    .options {
      grid-template-columns: 1fr;
    }
  }
  .option {
    background: var(--_card-bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    min-inline-size: 0;
  }
  details > summary {
    cursor: pointer;
    min-block-size: 44px;
    display: flex;
    align-items: center;
  }
  details > summary h3 {
    display: inline;
    margin: 0;
  }
  /* A chevron that turns when the part opens (the flex summary has no list marker). */
  details > summary::before {
    content: '';
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-inline-end: 0.75em;
    border-block-end: 0.15em solid currentColor;
    border-inline-end: 0.15em solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s;
  }
  details[open] > summary::before {
    transform: rotate(45deg);
  }
  /* Right to left, the corner is drawn on the other side: the same turns the other way. */
  details > summary:dir(rtl)::before {
    transform: rotate(45deg);
  }
  details[open] > summary:dir(rtl)::before {
    transform: rotate(-45deg);
  }
  @media (prefers-reduced-motion: reduce) {
    details > summary::before {
      transition: none;
    }
  }
  .age-choice {
    margin: 0.5rem 0 1rem;
  }
  .age-choice label {
    font-weight: 600;
    display: block;
  }
  select {
    min-inline-size: 6rem;
  }
  dl {
    display: grid;
    /* A date is never broken: its column is as wide as the date, and the labels wrap instead. */
    grid-template-columns: minmax(0, auto) minmax(max-content, 1fr);
    overflow-wrap: anywhere;
    gap: 0.25rem 1rem;
  }
  dd time {
    white-space: nowrap;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .sources li {
    margin-block-end: 0.5rem;
    /* A long DOI or address breaks anywhere rather than widen the explainer past a 320 px screen. */
    overflow-wrap: anywhere;
  }
  /* The at-a-glance comparison: each question across both columns, then an answer under each. */
  .glance {
    margin: 0 0 calc(var(--_space) * 1.5);
  }
  .glance .lead {
    font-weight: 600;
    margin: 0 0 0.5rem;
  }
  .glance-intro {
    margin: 0 0 0.5rem;
  }
  .glance-table {
    inline-size: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  .glance-table thead th {
    inline-size: 50%;
    text-align: start;
    vertical-align: bottom;
    padding: 0.5rem;
    background: var(--_card-bg);
    border-block-end: 2px solid var(--_border);
  }
  .glance-table tbody th {
    text-align: start;
    padding: 0.75rem 0.5rem 0.25rem;
    font-size: 1.05em;
  }
  .glance-table td {
    vertical-align: top;
    text-align: start;
    padding: 0 0.5rem 0.5rem;
  }
  .glance-table td + td {
    border-inline-start: 1px solid var(--_border);
  }
  .glance-table tbody {
    border-block-end: 1px solid var(--_border);
  }
  .glance-table td.both,
  .glance-table td.option-facts {
    padding-block-start: 0.25rem;
  }
  .both-label {
    font-weight: 600;
  }
  .glance-fact {
    display: block;
    margin-block-start: 0.25rem;
    font-size: 0.9em;
  }
  .full-guide {
    margin-block-start: var(--_space);
  }
  .more {
    margin-block-start: 0.5rem;
    font-style: italic;
  }
  @media (forced-colors: active) {
    .option,
    .emergency[data-level='urgent'] {
      border-color: CanvasText;
    }
    .emergency[data-level='urgent'] h2 {
      color: CanvasText;
    }
  }
  @media print {
    :host {
      max-inline-size: none;
    }
    /* Long parts print expanded. */
    details::details-content {
      content-visibility: visible;
      display: contents;
    }
    details > summary {
      list-style: none;
      min-block-size: 0;
    }
    details > summary::before {
      display: none;
    }
    .age-choice {
      display: none;
    }
    /* The summary prints as one side of paper, an Option Grid: the question on the left, an
       answer under each option; the full guide stays behind its fold. */
    .explainer[data-variant='summary'] {
      font-size: var(--sdm-benefits-harms-print-font-size, 9pt);
      line-height: 1.3;
    }
    .glance-table :is(td.both, td.option-facts) .glance-fact {
      display: inline;
    }
    .glance-table :is(td.both, td.option-facts) .glance-fact + .glance-fact {
      margin-inline-start: 0.3em;
    }
    .full-guide {
      display: none;
    }
    .glance-table,
    .glance-table thead {
      display: block;
    }
    .glance-table thead tr,
    .glance-table tbody {
      display: grid;
      grid-template-columns: 22% 1fr 1fr;
      break-inside: avoid;
    }
    .glance-table tr {
      display: contents;
    }
    .glance-table thead th {
      background: none;
      inline-size: auto;
      padding: 0.25rem 0.4rem;
    }
    .glance-table thead th:first-child {
      grid-column: 2;
    }
    .glance-table tbody th {
      grid-column: 1;
      font-size: 1em;
      padding: 0.2rem 0.4rem;
    }
    .glance-table tbody th[data-rows='2'] {
      grid-row: span 2;
    }
    .glance-table tbody th[data-rows='3'] {
      grid-row: span 3;
    }
    .glance-table tbody th[data-rows='4'] {
      grid-row: span 4;
    }
    .glance-table td {
      padding: 0.2rem 0.4rem;
    }
    .glance-table td[colspan] {
      grid-column: 2 / span 2;
    }
    .glance-table td.both,
    .glance-table td.option-facts {
      padding-block-start: 0;
    }
    .glance-fact {
      margin-block-start: 0.1rem;
    }
    /* About and sources under the table, run on as short lines. */
    .explainer[data-variant='summary'] :is(.about, .sources) {
      font-size: 0.85em;
      margin-block-end: 0.5rem;
    }
    .explainer[data-variant='summary'] .about dl,
    .explainer[data-variant='summary'] .about dl div {
      display: inline;
    }
    .explainer[data-variant='summary'] .about :is(dt, dd, p) {
      display: inline;
      margin: 0;
    }
    .explainer[data-variant='summary'] .about dt::after {
      content: ': ';
    }
    .explainer[data-variant='summary'] .about dd::after {
      content: '. ';
    }
    .explainer[data-variant='summary'] .about p::after {
      content: ' ';
    }
    .explainer[data-variant='summary'] .sources ol {
      margin: 0;
      padding-inline-start: 1.2em;
      columns: 2;
      column-gap: 1.5em;
    }
    .explainer[data-variant='summary'] :is(h2, h3) {
      margin-block-end: 0.25rem;
    }
    .explainer[data-variant='summary'] .glance {
      margin-block-end: 0.5rem;
    }
    .explainer[data-variant='summary'] .sources li {
      margin: 0;
    }
    .explainer[data-variant='summary'] .sources a[href]::after {
      content: none;
    }
    .fact-figure {
      break-inside: avoid;
    }
    /* People a little smaller than a lone icon array's, about as tall as their words. */
    .figure {
      grid-template-columns: 24mm 1fr;
    }
    /* On paper the options follow each other, as in the letters: side by side, each column ran
       on for pages beside an empty one. Both keep the same sections in the same order. */
    .options {
      display: block;
    }
    .option {
      background: none;
      margin-block-end: var(--_space);
    }
    .emergency[data-level='urgent'] {
      border-color: var(--_print-text);
      background: none;
    }
    .emergency[data-level='urgent'] h2 {
      color: var(--_print-text);
    }
    .point .action {
      break-before: avoid;
    }
    h2,
    h3,
    h4,
    h5 {
      break-after: avoid;
    }
  }
`;

/** Every sheet the element uses, in order: the element and static letters take this same list. */
export const benefitsHarmsSheets = [baseStyles, iconArrayStyles, emergencyStyles, benefitsHarmsStyles];
