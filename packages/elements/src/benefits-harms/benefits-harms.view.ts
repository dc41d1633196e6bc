import {
  type EmergencyGuidance,
  type ExplainerGlance,
  type ExplainerModel,
  type ExplainerModule,
  type ExplainerPoint,
  type ExplainerSection,
  type FactRef,
  type FindingAge,
} from '@scanwise/core';
import { html, nothing, type TemplateResult } from 'lit';
import { registryFigure } from '../icon-array/icon-array.view.js';

export interface ExplainerViewOptions {
  /** Prefix for ids, unique on the page. */
  idPrefix: string;
  /** Render every `<details>` open (letters and print). */
  open?: boolean;
  /** Called with the chosen age; without it the age choice is not drawn (static letters). */
  chooseAge?: (age: FindingAge) => void;
  /**
   * The full guide under a summary, one step away: its model once the reader opens the fold
   * (null until then), and the fold's toggle handler. Without it (letters), a line says where
   * the full version is.
   */
  fullGuide?: { model: ExplainerModel | null; toggle: (event: Event) => void };
  /** Leave the sources list out: a letter lists every source it uses once, in its own list. */
  omitSources?: boolean;
}

/** The options plus a counter for this render, so every figure gets its own ids. */
interface Ctx extends ExplainerViewOptions {
  nextId(): string;
}

/** A figure: people facts as an icon array (the same view as `<sdm-icon-array>`), others as a sentence. */
function figure(ref: FactRef, m: ExplainerModel, o: Ctx): TemplateResult {
  const figure = registryFigure(ref.factId, m.locale, o.nextId());
  if (figure) return figure;
  const source = m.sources.find((s) => s.id === ref.citationId);
  return html`<p class="fact" data-fact=${ref.factId}>
    ${ref.text}
    <span class="fact-source">(${source?.short ?? ref.citationId}. ${ref.certaintyText})</span>
    ${ref.caveat ? html`<em>${ref.caveat}</em>` : nothing}
  </p>`;
}

function point(p: ExplainerPoint, m: ExplainerModel, o: Ctx): TemplateResult {
  return html`<div class="point">
    <p>${p.text}</p>
    ${p.items.length ? html`<ul>${p.items.map((i) => html`<li>${i}</li>`)}</ul>` : nothing}
    ${p.action ? html`<p class="action">${p.action}</p>` : nothing}
    ${p.facts.map((f) => figure(f, m, o))}
    ${p.instead ? html`<p class="instead">${p.instead}</p>` : nothing}
  </div>`;
}

function ageChoice(m: ExplainerModel, o: Ctx): TemplateResult | typeof nothing {
  const a = m.findingAges;
  if (!a || !o.chooseAge) return nothing;
  const id = `${o.idPrefix}-age`;
  return html`<div class="age-choice">
    <label for=${id}>${a.label}</label>
    ${a.hint ? html`<p class="hint" id="${id}-hint">${a.hint}</p>` : nothing}
    <select id=${id} aria-describedby=${a.hint ? `${id}-hint` : nothing}
      @change=${(e: Event) => o.chooseAge!(Number((e.target as HTMLSelectElement).value) as FindingAge)}>
      <option value="" ?selected=${a.selected === null}>–</option>
      ${a.ages.map((age) => html`<option value=${age} ?selected=${a.selected === age}>${age}</option>`)}
    </select>
  </div>`;
}

/**
 * A section that opens the explainer (always visible). Not a named landmark: beside a plan on
 * the same page, two regions named "What we checked today" would be one name for two places.
 */
function section(s: ExplainerSection, m: ExplainerModel, o: Ctx): TemplateResult {
  return html`<section class="section" data-section=${s.id}>
    <h3 id="${o.idPrefix}-${s.id}">${s.heading}</h3>
    ${s.points.map((p) => point(p, m, o))}
  </section>`;
}

/** A longer section further down: a native `<details>` that prints expanded. */
function foldedSection(s: ExplainerSection, m: ExplainerModel, o: Ctx): TemplateResult {
  return html`<details class="section" data-section=${s.id} ?open=${o.open}>
    <summary><h3>${s.heading}</h3></summary>
    ${s.id === 'findings-without-pain' ? ageChoice(m, o) : nothing}
    ${s.points.map((p) => point(p, m, o))}
  </details>`;
}

function module(mod: ExplainerModule, m: ExplainerModel, o: Ctx): TemplateResult {
  return html`<div class="module" data-module=${mod.id}>
    ${mod.sections.map((s) => html`${s.id === 'findings-without-pain' ? ageChoice(m, o) : nothing}${section(s, m, o)}`)}
  </div>`;
}

/** The two options in one template: same sections, same order, same numbers format (IPDAS C1). */
function comparison(m: ExplainerModel, o: Ctx): TemplateResult | typeof nothing {
  const c = m.comparison;
  if (!c) return nothing;
  return html`<section class="comparison" part="comparison" aria-labelledby="${o.idPrefix}-comparison">
    <h3 id="${o.idPrefix}-comparison">${c.heading}</h3>
    <p>${c.intro}</p>
    <div class="options">
      ${c.options.map(
        (opt) => html`<article class="option" part="option" data-option=${opt.id} aria-labelledby="${o.idPrefix}-${opt.id}">
          <h4 id="${o.idPrefix}-${opt.id}">${opt.title}</h4>
          ${opt.sections.map(
            (s) => html`<div class="option-section" data-option-section=${s.id}>
              <h5>${s.heading}</h5>
              ${s.points.map((p) => point(p, m, o))}
            </div>`,
          )}
        </article>`,
      )}
    </div>
  </section>`;
}

/** A registry figure inside the table: its sentence (with the number out of 100) and its source. */
function glanceFact(ref: FactRef, m: ExplainerModel): TemplateResult {
  const source = m.sources.find((s) => s.id === ref.citationId);
  return html`<span class="glance-fact" data-fact=${ref.factId}>${ref.text} <span class="fact-source">(${source?.short ?? ref.citationId})</span></span>`;
}

/**
 * The at-a-glance comparison: one row group per question, the question first across both
 * columns, then each option's answer under its column. Each cell names its question and column
 * (`headers`), so a screen reader says both. A figure that is the same for both options spans them.
 */
function glance(g: ExplainerGlance, m: ExplainerModel, o: Ctx): TemplateResult {
  const id = (x: string) => `${o.idPrefix}-${x}`;
  return html`<section class="glance" part="glance" aria-labelledby=${id('glance')}>
    <h3 id=${id('glance')}>${g.heading}</h3>
    ${g.leads.map((l) => html`<p class="lead">${l}</p>`)}
    <p class="glance-intro">${g.intro}</p>
    <table class="glance-table">
      <thead>
        <tr>
          ${g.columns.map((c) => html`<th scope="col" id=${id(`col-${c.id}`)} data-column=${c.id}>${c.title}</th>`)}
        </tr>
      </thead>
      ${g.rows.map((r) => {
        // A figure for one option only sits under the answers, across both columns and named
        // by its column: on a phone it reads in one line-length, not in half of one.
        const withFacts = r.cells.filter((c) => c.facts.length);
        const rows = 1 + withFacts.length + (r.both.length ? 1 : 0) + (r.inPlan ? 1 : 0);
        const head = id(`row-${r.id}`);
        return html`<tbody data-row=${r.id}>
          <tr>
            <th scope="colgroup" colspan="2" id=${head} data-rows=${rows}>${r.question}</th>
          </tr>
          <tr>
            ${
              r.same
                ? html`<td colspan="2" class="same" headers=${head}>${r.same.text} ${r.same.facts.map((f) => glanceFact(f, m))}</td>`
                : r.cells.map((c) => html`<td headers="${head} ${id(`col-${c.option}`)}" data-column=${c.option}>${c.text}</td>`)
            }
          </tr>
          ${withFacts.map(
            (c) => html`<tr>
              <td colspan="2" class="option-facts" headers="${head} ${id(`col-${c.option}`)}" data-column=${c.option}>
                <span class="both-label">${g.columns.find((x) => x.id === c.option)?.title}:</span> ${c.facts.map((f) => glanceFact(f, m))}
              </td>
            </tr>`,
          )}
          ${
            r.both.length
              ? html`<tr>
                <td colspan="2" class="both" headers=${head}>
                  <span class="both-label">${g.bothLabel}</span> ${r.both.map((f) => glanceFact(f, m))}
                </td>
              </tr>`
              : nothing
          }
          ${
            r.inPlan
              ? html`<tr>
                <td colspan="2" class="both in-plan" headers=${head}>${r.inPlan}</td>
              </tr>`
              : nothing
          }
        </tbody>`;
      })}
    </table>
    ${fullGuide(g, m, o)}
  </section>`;
}

/** Under a summary: the full guide, folded and drawn only once opened; in a letter, where to find it. */
function fullGuide(g: ExplainerGlance, m: ExplainerModel, o: Ctx): TemplateResult | typeof nothing {
  if (m.variant !== 'summary') return nothing;
  if (!o.fullGuide) return html`<p class="more">${g.moreInLetter}</p>`;
  const full = o.fullGuide.model;
  const inner: Ctx = { ...o, fullGuide: undefined };
  return html`<details class="full-guide" part="full-guide" data-print="closed" @toggle=${o.fullGuide.toggle}>
    <summary><h3>${g.more}</h3></summary>
    ${full ? html`${body(full, inner)}${sources(full, inner)}` : nothing}
  </details>`;
}

/**
 * Guidance instead of the comparison; its heading is the explainer's title. `emergency` (act now)
 * is announced at once; `urgent` (a linked plan found a sign: be seen today, or tests arranged)
 * is the clinician's decision, not an alarm, so it is a plain region in the urgent colours.
 */
function emergency(e: EmergencyGuidance, o: Ctx): TemplateResult {
  return html`<section class="emergency" part="emergency" data-level=${e.level} role=${e.level === 'emergency' ? 'alert' : nothing} aria-labelledby="${o.idPrefix}-title">
    <h2 id="${o.idPrefix}-title">${e.heading}</h2>
    <p class="emergency-text">${e.action}</p>
    <ul>${e.points.map((p) => html`<li>${p}</li>`)}</ul>
  </section>`;
}

function about(m: ExplainerModel, o: Ctx): TemplateResult {
  const a = m.about;
  return html`<details class="about" part="about" ?open=${o.open}>
    <summary><h3>${a.heading}</h3></summary>
    <dl>
      <dt>${a.labels.version}</dt><dd>${a.version}</dd>
      <dt>${a.labels.published}</dt><dd><time datetime=${a.published}>${a.publishedDate}</time></dd>
      <dt>${a.labels.reviewBy}</dt><dd><time datetime=${a.reviewBy}>${a.reviewByDate}</time></dd>
    </dl>
    ${a.lines.map((l) => html`<p>${l}</p>`)}
  </details>`;
}

/** Every source behind a figure shown; nothing when no figure is shown (guidance instead of the guide). */
function sources(m: ExplainerModel, o: Ctx): TemplateResult | typeof nothing {
  if (!m.sources.length) return nothing;
  const l = m.sourceLabels;
  return html`<details class="sources" part="sources" ?open=${o.open}>
    <summary><h3>${l.heading}</h3></summary>
    <ol>
      ${m.sources.map(
        (s) => html`<li data-source=${s.id}>
          ${
            s.href
              ? html`<a href=${s.href} rel="noopener noreferrer" target="_blank" lang=${s.language}>${m.variant === 'summary' ? s.brief : s.reference}</a>`
              : html`<span lang=${s.language}>${m.variant === 'summary' ? s.brief : s.reference}</span>`
          }
          <span class="checked">${l.checked} ${s.checked.join(', ')}.</span>
          ${
            s.unverified.length
              ? html`<span class="unverified">${l.toBeChecked}: <span lang=${s.language}>${s.unverified.join(', ')}</span>.</span>`
              : nothing
          }
        </li>`,
      )}
    </ol>
  </details>`;
}

/**
 * The whole explainer as a pure function of its model: the live element renders it in shadow
 * DOM, letters render it to static HTML.
 */
export function benefitsHarmsView(m: ExplainerModel, options: ExplainerViewOptions): TemplateResult {
  let n = 0;
  const o: Ctx = { ...options, nextId: () => `${options.idPrefix}-f${++n}` };
  return html`<article class="explainer" part="explainer" lang=${m.locale} data-variant=${m.variant} aria-labelledby="${o.idPrefix}-title">
    ${m.emergency ? emergency(m.emergency, o) : html`<h2 id="${o.idPrefix}-title">${m.title}</h2>`}
    ${m.glance ? glance(m.glance, m, o) : nothing}
    ${body(m, o)}
    ${about(m, o)}
    ${o.omitSources ? nothing : sources(m, o)}
  </article>`;
}

/** The full guide's parts after the table (none in a summary, whose full guide is folded). */
function body(m: ExplainerModel, o: Ctx): TemplateResult {
  return html`${m.intro.map((s) => section(s, m, o))}
    ${m.modulesBefore.map((mod) => module(mod, m, o))}
    ${comparison(m, o)}
    ${m.modulesAfter.map((mod) => module(mod, m, o))}
    ${m.sections.map((s) => foldedSection(s, m, o))}`;
}
