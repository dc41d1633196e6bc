import { css } from 'lit';

/** Scoped to the view's own root (.figure), so the explainer can compose the view and its styles. */
export const iconArrayStyles = css`
  .figure {
    --_counted: var(--sdm-icon-counted, light-dark(#1f5f8b, #7cc0ee));
    --_others: var(--sdm-icon-others, light-dark(#ffffff, #1b1f24));
    --_others-stroke: var(--sdm-icon-others-stroke, light-dark(#6b7785, #9aa6b2));
    max-inline-size: var(--sdm-icon-array-max-width, 26rem);
    margin: 0;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .summary {
    margin: 0;
    font-size: 1.125em;
    font-weight: 600;
  }
  .array {
    display: block;
    inline-size: 100%;
    max-inline-size: var(--sdm-icon-array-size, 18rem);
    block-size: auto;
  }
  /* The people are placed from the left of the picture; right to left, the counted ones come
     first from the right, as the text reads (the person shape is symmetric). */
  .array:dir(rtl) {
    transform: scaleX(-1);
  }
  .counted {
    fill: var(--_counted);
  }
  .others {
    fill: var(--_others);
    stroke: var(--_others-stroke);
    stroke-width: 1.5;
  }
  .legend {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.4rem;
  }
  .legend-icon {
    inline-size: 1.1em;
    block-size: 1.7em;
    flex: none;
  }
  .caption {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .caveat {
    font-style: italic;
  }
  details.table > summary {
    cursor: pointer;
    color: var(--_link);
    text-decoration: underline;
    min-block-size: 44px;
    display: flex;
    align-items: center;
  }
  table {
    border-collapse: collapse;
    margin-block-start: 0.25rem;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25rem;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.25rem 0.5rem;
    text-align: start;
  }
  td {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  @media (forced-colors: active) {
    .counted {
      fill: CanvasText;
    }
    .others {
      fill: Canvas;
      stroke: CanvasText;
    }
  }
  @media print {
    /* On paper the people sit small beside their words, so a figure takes a few lines, not a page. */
    .figure {
      break-inside: avoid;
      max-inline-size: none;
      grid-template-columns: 32mm 1fr;
      align-items: start;
      gap: 1mm 5mm;
    }
    .figure > * {
      grid-column: 2;
    }
    .figure > .array {
      grid-column: 1;
      grid-row: 1 / span 4;
    }
    .counted {
      fill: var(--_print-text);
    }
    .others {
      fill: #fff;
      stroke: var(--_print-text);
    }
    .caption {
      color: var(--_print-text);
    }
    details.table {
      display: none;
    }
    /* The sentence already names who and when (core builds it from both), and the legend
       repeats its counts: paper keeps the sentence, the people and the source. */
    .legend,
    .caption .who,
    .caption .when {
      display: none;
    }
  }
`;
