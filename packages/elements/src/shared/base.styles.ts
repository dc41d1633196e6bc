import { css } from 'lit';

/**
 * Tokens and rules every Scanwise element shares. Colours follow the page's
 * `color-scheme` through light-dark(); each token can be overridden with a
 * `--sdm-…` custom property on the page.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--sdm-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--sdm-font-size, 1rem);
    line-height: var(--sdm-line-height, 1.5);
    color: var(--sdm-color-text, light-dark(#1b1f24, #eef1f4));
    --_muted: var(--sdm-color-muted, light-dark(#4a5562, #b7c0ca));
    --_link: var(--sdm-color-link, light-dark(#0b5cad, #8cc4ff));
    --_border: var(--sdm-color-border, light-dark(#c5ccd4, #56606b));
    --_focus: var(--sdm-color-focus, light-dark(#0b5cad, #8cc4ff));
    --_error-bg: var(--sdm-color-error-bg, light-dark(#fff4e5, #3a2a12));
    --_error-border: var(--sdm-color-error-border, light-dark(#b35900, #ffb366));
    --_emergency: var(--sdm-color-emergency, light-dark(#b00020, #ff8a80));
    --_emergency-bg: var(--sdm-color-emergency-bg, light-dark(#fdecee, #3b1115));
    /* "Get help today", and a sign the clinician found: the plan's and the explainer's. */
    --_urgent: var(--sdm-color-urgent, light-dark(#8a4b00, #ffc46b));
    --_urgent-bg: var(--sdm-color-urgent-bg, light-dark(#fff4e5, #3a2a12));
    --_space: var(--sdm-space, 0.75rem);
    --_radius: var(--sdm-radius, 0.375rem);
    /* Text and lines on paper (NHS.UK frontend's print text colour): black unless the page says otherwise. */
    --_print-text: var(--sdm-print-color, #000);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_link);
  }
  /* Text fields and choosers: the page's font, a quiet border, at least 44 px high. */
  input:not([type='radio'], [type='checkbox']),
  textarea,
  select {
    font: inherit;
    min-block-size: 44px;
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .error,
  .notice {
    border: 2px solid var(--_error-border);
    background: var(--_error-bg);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: 0 0 var(--_space);
  }
  .notice {
    border-width: 1px;
    font-size: 0.9em;
  }
  .review-note {
    margin: 0 0 var(--_space);
    font-size: 0.875em;
    font-style: italic;
  }
  .error p {
    margin: 0;
  }
  .error ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  @media (forced-colors: active) {
    .error,
    .notice {
      border-color: CanvasText;
    }
  }
  @media print {
    /* Paper uses a clear-print font found on every system (Arial, or the metric-compatible
       Liberation Sans on Linux), so a plan breaks into the same pages wherever it is printed. */
    :host {
      color: var(--_print-text);
      font-family: var(--sdm-print-font-family, Arial, 'Liberation Sans', Helvetica, sans-serif);
      font-size: 11pt;
    }
    a {
      color: var(--_print-text);
    }
    a[href]::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      word-break: break-all;
    }
  }
`;
