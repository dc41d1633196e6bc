/**
 * @scanwise/letter: patient letters as static HTML (and PDF where Chromium is present), from the
 * very same view functions as the live `<sdm-…>` elements. No JavaScript in the output.
 */
export { renderLetter, prepareLetter, composeLetter, toDocument, toFragment, type ComposedLetter, type Source } from './render.js';
export {
  checkLetter,
  LetterInputError,
  type Letter,
  type LetterCheck,
  type LetterClinician,
  type LetterInput,
  type LetterParts,
  type LetterPractice,
  type LetterProblem,
} from './input.js';
export { clearCache } from './components.js';
export { scopeCss } from './css.js';
export {
  renderPdf,
  findChromium,
  LetterPrinter,
  ChromiumNotFoundError,
  PdfDependencyError,
  LetterNavigationError,
  pageTemplates,
  headerFooter,
  type PdfOptions,
  type PrintOptions,
} from './pdf.js';
export { CSP_META, LETTER_CSP, withLetterCsp } from './template-check.js';
export { renderTemplate, renderTemplateDetailed, TemplateError, type RenderedTemplate, type TemplateData, type TemplateOptions } from './template.js';
