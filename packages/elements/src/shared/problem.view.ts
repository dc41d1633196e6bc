import { html, nothing, type TemplateResult } from 'lit';
import type { SdmProblem } from './events.js';

/**
 * The visible, announced message for input a component cannot show.
 * `role="alert"` so screen readers hear it as soon as it appears.
 */
export function problemView(heading: string, problems: SdmProblem[]): TemplateResult {
  return html`<div class="error" role="alert" part="error">
    <p><strong>${heading}</strong></p>
    <ul>
      ${problems.map((p) => html`<li>${p.message}</li>`)}
    </ul>
  </div>`;
}

/** A quieter note that does not stop the component, such as a language fallback. */
export function noticeView(problem: SdmProblem | undefined): TemplateResult | typeof nothing {
  return problem ? html`<p class="notice" role="status" part="notice">${problem.message}</p>` : nothing;
}
