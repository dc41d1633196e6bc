import { css } from 'lit';

/**
 * The "get help now" box the questionnaire and the explainer show for an emergency sign:
 * a heavy red border, the action in bold, black on paper, system colours in forced-colours mode.
 * (Its colour tokens, `--_emergency`, `--_emergency-bg` and `--_print-text`, are in baseStyles.)
 */
export const emergencyStyles = css`
  .emergency {
    border: 4px solid var(--_emergency);
    background: var(--_emergency-bg);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: 0 0 calc(var(--_space) * 1.5);
  }
  .emergency h2 {
    color: var(--_emergency);
    font-size: 1.4em;
    margin-block-start: 0;
  }
  .emergency-text {
    font-size: 1.15em;
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .emergency {
      border-color: CanvasText;
    }
    .emergency h2 {
      color: CanvasText;
    }
  }
  @media print {
    .emergency {
      break-inside: avoid;
      border-color: var(--_print-text);
      background: none;
    }
    .emergency h2 {
      color: var(--_print-text);
    }
  }
`;
