import { benefitsHarmsSheets } from '@scanwise/elements/benefits-harms/styles.js';
import { questionnaireSheets } from '@scanwise/elements/imaging-questionnaire/styles.js';
import { planSheets } from '@scanwise/elements/watchful-waiting-plan/styles.js';
import type { CSSResult } from 'lit';
import { scopeCss } from './css.js';

/** The wrapper class of each component in a letter: its element styles are scoped to it. */
export const SCOPES = {
  explainer: 'sdm-benefits-harms',
  plan: 'sdm-watchful-waiting-plan',
  questionnaire: 'sdm-imaging-questionnaire',
} as const;
export type ComponentKind = keyof typeof SCOPES;

/** The very sheets each element uses, in its order. */
const SHEETS: Record<ComponentKind, readonly CSSResult[]> = {
  explainer: benefitsHarmsSheets,
  plan: planSheets,
  questionnaire: questionnaireSheets,
};

const scoped = new Map<ComponentKind, string>();

/** A component's own styles (the very ones its element uses), scoped to its wrapper class. */
export function componentCss(kind: ComponentKind): string {
  let css = scoped.get(kind);
  if (css === undefined) {
    css = SHEETS[kind].map((s) => scopeCss(s.cssText, `.${SCOPES[kind]}`)).join('');
    scoped.set(kind, css);
  }
  return css;
}

/** The page: size and margins, light colours only. Left out of fragments (the host page has its own). The PDF leaves room at the top and bottom for its header and footer. */
export function pageCss(paper: 'a4' | 'letter', forPdf = false): string {
  const size = paper === 'letter' ? 'letter' : 'A4';
  const margin = forPdf ? '20mm 16mm 18mm' : '18mm 18mm 20mm';
  return `@page{size:${size};margin:${margin}}\n:root{color-scheme:light}\nhtml{background:#fff}\nbody{margin:0;color:#000;background:#fff}\n`;
}

/**
 * The letter's own typography, for paper first: black text in points, links printed as text,
 * headings kept with what follows, and short blocks kept off page breaks where they fit.
 * On screen the same letter reads as a narrow, centred page.
 */
const letterCssSource = `
:host{--sdm-font-family:"Liberation Sans",Arial,Helvetica,"DejaVu Sans",sans-serif;--sdm-font-size:11pt;--sdm-line-height:1.45;--sdm-color-text:#000;--sdm-color-muted:#333;--sdm-color-link:#000;--sdm-color-card-bg:#fff;--sdm-color-border:#777;--sdm-benefits-harms-max-width:none;--sdm-imaging-questionnaire-max-width:none;--sdm-watchful-waiting-plan-max-width:none;
font-family:var(--sdm-font-family);font-size:11pt;line-height:1.45;color:#000;max-width:46rem;margin:0 auto;padding:1.5rem 1.25rem 2rem;box-sizing:border-box}
*,*::before,*::after{box-sizing:border-box}
h1{font-size:18pt;line-height:1.2;margin:0 0 10pt}
h2{font-size:15pt;line-height:1.25}
h3{font-size:12.5pt;line-height:1.3}
h4{font-size:11.5pt}
h1,h2,h3,h4,h5,summary{break-after:avoid;page-break-after:avoid}
p,li{orphans:3;widows:3}
a{color:#000;text-decoration:underline}
details>summary{list-style:none;cursor:default}
details>summary::-webkit-details-marker{display:none}
details.table{display:none}
.letter-head{display:flex;justify-content:space-between;gap:12pt;align-items:flex-start;border-bottom:1.5pt solid #000;padding-bottom:8pt;margin-bottom:14pt;break-inside:avoid}
.letter-head p{margin:0}
.letter-head .practice-name{font-size:13pt;font-weight:700}
.letter-head dl{margin:0;display:grid;grid-template-columns:max-content auto;gap:2pt 8pt;text-align:start}
.letter-head dt{font-weight:700}
.letter-head dd{margin:0}
.letter-body>p{margin:0 0 8pt}
.letter-part{margin-top:16pt}
.letter-part .section,.letter-part .point,.letter-part .tier,.letter-part .phase,.letter-part .fact,.letter-part .fact-figure,.letter-part .date,.letter-part li,.letter-part figure,.letter-part table,.letter-part dl{break-inside:avoid;page-break-inside:avoid}
.letter-part .section{break-inside:auto;page-break-inside:auto}
.letter-part .glance-table,.letter-part .week-table{break-inside:auto;page-break-inside:auto}
.letter-part .glance-table tbody{break-inside:avoid;page-break-inside:avoid}
.letter-part .glance-intro,.letter-part .glance-table thead{break-after:avoid;page-break-after:avoid}
/* In a letter the written record of the visit is a box like the others, not a sheet of its own
   (the plan printed alone gives it one): four pages hold the whole letter. */
.letter-part .plan .section-statement{break-after:auto;page-break-after:auto;break-inside:avoid}
.letter-part .section-needs-to-be-seen,.letter-part .emergency{break-inside:avoid;page-break-inside:avoid}
.letter-note{border-inline-start:3pt solid #000;padding-inline-start:8pt}
.letter-sources{font-size:8.5pt}
.letter-sources h2{font-size:11pt;margin:0 0 4pt}
.letter-sources p{margin:0 0 4pt}
.letter-sources ol{padding-inline-start:16pt;margin:0;columns:3;column-gap:12pt}
.letter-sources li{margin-bottom:2pt;break-inside:avoid}
.letter-sources a[href]::after{content:none}
.sign-off{margin-top:18pt;break-inside:avoid}
.letter-explainer{margin-top:18pt}
.letter-sources>p{break-after:avoid;page-break-after:avoid}
.sign-off p{margin:0}
.clinician-copy{break-before:page;page-break-before:always;margin-top:16pt;border-top:1.5pt solid #000;padding-top:8pt}
.letter-foot{margin-top:20pt;border-top:0.75pt solid #777;padding-top:6pt;font-size:9pt;color:#333}
.letter-foot p{margin:0}
@media print{
:host{max-width:none;margin:0;padding:0}
.letter-part .plan .phase,.letter-part .plan .note,.letter-part .plan .tier{border-color:#000}
.letter-part .options{display:block}
.letter-part .option{break-inside:auto;page-break-inside:auto;margin-bottom:12pt}
.letter-part .option-section{break-inside:auto;page-break-inside:auto}
a[href]::after{content:" (" attr(href) ")";font-size:0.85em;word-break:break-all}
.letter-part .plan a[href]::after,.letter-part .explainer a[href]::after{content:none}
}
`;

/** The letter's typography, scoped to `.sdm-letter` (so a fragment leaves the host page alone). */
export const letterCss = scopeCss(letterCssSource, '.sdm-letter');
