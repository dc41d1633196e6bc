import { CHECK_GROUPS, type PlanModel, type PlanSection, type RecoveryFact, type DateLine, type SafetyNetTier, type SignLine } from '@scanwise/core';
import { html, nothing, type TemplateResult } from 'lit';
import { registryFigure } from '../icon-array/icon-array.view.js';

export { planEditView, type PlanEditViewModel, type PlanEditHandlers } from './watchful-waiting-plan.edit.view.js';

export interface PlanViewOptions {
  /** Prefix for ids, unique on the page (a letter may hold several plans). */
  idPrefix: string;
  /** Render every `<details>` open (letters and print). */
  open?: boolean;
  /** A URL of the plan's iCalendar file. Without it no "add to calendar" link is drawn (static letters). */
  calendarHref?: string;
  /** The file name the calendar link downloads as. */
  calendarFileName?: string;
}

type Section<K extends PlanSection['id']> = Extract<PlanSection, { id: K }>;

/** The heading every section starts with, with its id for aria-labelledby. */
const heading = (s: PlanSection, o: PlanViewOptions) => html`<h3 id="${o.idPrefix}-${s.id}">${s.heading}</h3>`;

const list = (items: readonly string[]) => html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`;

/** A section's frame: a landmark named by its heading, exposed as a part by its id. */
function frame(s: PlanSection, o: PlanViewOptions, body: TemplateResult, role?: 'alert'): TemplateResult {
  return html`<section
    class="section section-${s.id}"
    part="section ${s.id}"
    data-section=${s.id}
    role=${role ?? nothing}
    aria-labelledby="${o.idPrefix}-${s.id}"
  >
    ${heading(s, o)} ${body}
  </section>`;
}

/** Signs as a list, each marked with its id. */
const signList = (lines: readonly SignLine[]) => html`<ul class="signs">${lines.map((l) => html`<li data-sign=${l.id}>${l.text}</li>`)}</ul>`;

/** Words the clinician wrote for the patient (what was arranged, why waiting is safe), kept as typed. */
const clinicianText = (text: string) => html`<p class="clinician-text free-text">${text}</p>`;

/**
 * The card the plan opens with, so a patient who reads nothing else knows the plan: the next
 * date (or what was arranged, by when), the first steps, and what to do if a warning sign comes,
 * in the colours of the safety net's boxes. The signs themselves are listed once, in the safety net.
 */
function glance(s: Section<'glance'>): TemplateResult {
  const { next, steps, help } = s;
  const day = html`<p class="glance-day"><time class="date-value" datetime=${next.iso}>${next.formatted}</time></p>`;
  const note = html`<p class="glance-note">${next.text}</p>`;
  // A review: the date, then what it is for. Tests arranged: what, then "it should happen by:" the date.
  return html`<div class="glance-date" data-date=${next.kind}>
      <h4>${next.label}</h4>
      ${next.arranged ? html`${clinicianText(next.arranged)} ${note} ${day}` : html`${day} ${note}`}
    </div>
    ${
      steps
        ? html`<div class="glance-steps">
          <h4>${steps.heading}</h4>
          <ul>
            ${steps.items.map((i) => html`<li data-step=${i.id}><strong>${i.title}.</strong> <span class="glance-brief">${i.text}</span></li>`)}
          </ul>
        </div>`
        : nothing
    }
    <div class="glance-help">
      <h4>${help.heading}</h4>
      ${help.tiers.map(
        (h) => html`<div class="glance-tier" data-tier=${h.tier}>
          <p class="glance-when">${h.when}</p>
          <p class="glance-action">${h.action}</p>
        </div>`,
      )}
    </div>`;
}

function needsToBeSeen(s: Section<'needs-to-be-seen'>, o: PlanViewOptions): TemplateResult {
  const signs = (title: string, lines: SignLine[]) => (lines.length ? html`<p class="signs-heading">${title}</p>${signList(lines)}` : nothing);
  // An emergency referral already arranged comes first, in the clinician's words; the action
  // then covers the case where it is not happening.
  const arranged = s.arranged
    ? html`<div class="arranged-now" data-arranged>
        <h4>${s.arranged.heading}</h4>
        ${clinicianText(s.arranged.text)}
      </div>`
    : nothing;
  return frame(
    s,
    o,
    html`${arranged}
      <p class="action" data-level=${s.level}>${s.action}</p>
      <p>${s.reason}</p>
      ${signs(s.foundHeading, s.found)} ${signs(s.reportedHeading, s.reported)}`,
    'alert',
  );
}

/** Tier 2 sign, tests or a referral arranged: what, by when, and whom to call if nothing comes. */
function arranged(s: Section<'arranged'>, o: PlanViewOptions): TemplateResult {
  return frame(
    s,
    o,
    html`<div class="decision-part">
        <p>${s.intro}</p>
        ${clinicianText(s.text)}
      </div>
      <div class="decision-part">
        <p class="by">${s.by}</p>
        <p>${s.chase}</p>
      </div>`,
  );
}

/** Tier 2 sign, assessed: the sign, the clinician's reason, and the earlier review. */
function earlyReview(s: Section<'early-review'>, o: PlanViewOptions): TemplateResult {
  return frame(
    s,
    o,
    html`<div class="decision-part">
        <p>${s.intro}</p>
        ${signList(s.found)}
      </div>
      <div class="decision-part">
        <p>${s.reasonIntro}</p>
        ${clinicianText(s.reason)}
      </div>
      <p class="next">${s.next}</p>`,
  );
}

function statement(s: Section<'statement'>, o: PlanViewOptions): TemplateResult {
  return frame(s, o, html`<p>${s.intro}</p><div class="statement">${s.paragraphs.map((p) => html`<p>${p}</p>`)}</div>`);
}

function checked(s: Section<'checked'>, m: PlanModel, o: PlanViewOptions): TemplateResult {
  // Folded unless it leads (threat high) or a sign was found; letters and print open it.
  const open = o.open || m.tailoring.threat || m.kind === 'needs-to-be-seen' || s.items.some((i) => i.group === 'found');
  // When every sign was checked and none found, the summary line says it all on paper; when
  // only a background risk factor is noted besides, the summary and that note do.
  const allAbsent = s.items.every((i) => i.status === 'absent');
  const noneFound = !allAbsent && s.items.every((i) => i.group === 'absent' || i.group === 'noted');
  // Each group under a heading that says what it is, in plain words (found, noted, checked
  // and not found, not checked): no "Status: sign" lines.
  const groups = CHECK_GROUPS.map((group) => ({ group, items: s.items.filter((i) => i.group === group) })).filter((g) => g.items.length);
  return frame(
    s,
    o,
    html`<p>${s.intro}</p>
      <p class="summary-line">${s.summary}</p>
      <details class=${allAbsent ? 'all-absent' : noneFound ? 'none-found' : ''} ?open=${open}>
        <summary>${s.showAll}</summary>
        <div class="checklist">
          ${groups.map(
            ({ group, items }) => html`<div class="check-group" data-group=${group}>
              <h4 id="${o.idPrefix}-checked-${group}">${s.groupHeadings[group]}</h4>
              <ul aria-labelledby="${o.idPrefix}-checked-${group}">
                ${items.map((i) => html`<li data-sign=${i.id} data-status=${i.status}>${i.text}</li>`)}
              </ul>
            </div>`,
          )}
        </div>
      </details>`,
  );
}

function tier(t: SafetyNetTier, o: PlanViewOptions): TemplateResult {
  return html`<div class="tier tier-${t.tier}" data-tier=${t.tier}>
    <h4 id="${o.idPrefix}-tier-${t.tier}">${t.heading}</h4>
    <p>${t.when}</p>
    <ul>${t.signs.map((l) => html`<li data-sign=${l.id}>${l.text}</li>`)}</ul>
    <p class="action">${t.action}</p>
  </div>`;
}

function safetyNet(s: Section<'safety-net'>, o: PlanViewOptions): TemplateResult {
  return frame(s, o, html`<p>${s.intro}</p>${s.tiers.map((t) => tier(t, o))}`);
}

/** A recovery figure: people facts as an icon array with its source; others as the model's sentence, source and certainty. */
function fact(f: RecoveryFact, s: Section<'recovery'>, m: PlanModel, o: PlanViewOptions, n: number): TemplateResult {
  const figure = registryFigure(f.id, m.locale, `${o.idPrefix}-f${n}`);
  if (figure) return figure;
  const c = f.source;
  const source = c ? (c.href ? html`<a href=${c.href} rel="noopener noreferrer" target="_blank">${c.short}</a>` : c.short) : s.sourceLabels.notGiven;
  return html`<div class="fact" data-fact=${f.id}>
    <p class="fact-statement">${f.statement}</p>
    <p class="fact-source">${s.sourceLabels.source}: ${source}.${f.certaintyText ? ` ${f.certaintyText}` : ''}</p>
    ${f.caveat ? html`<p class="caveat">${f.caveat}</p>` : nothing}
  </div>`;
}

function recovery(s: Section<'recovery'>, m: PlanModel, o: PlanViewOptions): TemplateResult {
  return frame(s, o, html`<p>${s.intro}</p><div class="facts">${s.facts.map((f, n) => fact(f, s, m, o, n + 1))}</div>`);
}

/**
 * The same steps on paper: one row per step (what and why), one column per stretch of time.
 * Screens show the list and the stretches instead (a four-column table does not fit a phone);
 * print shows only this, so each step's title is printed once instead of four times.
 */
function weekTable(s: Section<'steps'>): TemplateResult | typeof nothing {
  if (!s.items.length || !s.phases.length) return nothing;
  return html`<table class="week-table">
    <thead>
      <tr>
        <td></td>
        ${s.phases.map((p) => html`<th scope="col">${p.heading}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${s.items.map(
        (i, n) => html`<tr data-step=${i.id}>
          <th scope="row"><strong>${i.title}.</strong> ${i.why}</th>
          ${s.phases.map((p) => html`<td>${p.hints[n]?.text}</td>`)}
        </tr>`,
      )}
    </tbody>
  </table>`;
}

function steps(s: Section<'steps'>, o: PlanViewOptions): TemplateResult {
  // With tests arranged there are no stretches of time, so no table: the list prints instead.
  const table = weekTable(s);
  return frame(
    s,
    o,
    html`<p>${s.intro}</p>
      <ul class="step-list ${table === nothing ? '' : 'in-table'}">
        ${s.items.map((i) => html`<li data-step=${i.id}><strong>${i.title}.</strong> ${i.why}</li>`)}
      </ul>
      ${s.phases.map(
        (p) => html`<div class="phase" data-phase=${p.phase}>
          <h4>${p.heading}</h4>
          <dl class="phase-steps">
            ${p.hints.map((h) => html`<div data-step=${h.id}><dt>${h.title}</dt><dd>${h.text}</dd></div>`)}
          </dl>
        </div>`,
      )}
      ${table}
      ${s.note ? html`<div class="note"><h4>${s.note.heading}</h4><p class="free-text">${s.note.text}</p></div>` : nothing}`,
  );
}

/** The dates in order: the early review (after a Tier 2 sign, waiting) first, then the check-in and the review. */
const dateLines = (s: Section<'dates'>) =>
  (
    [
      ['early', s.early],
      ['check-in', s.checkIn],
      ['review', s.review],
    ] as const
  ).filter((x): x is readonly ['early' | 'check-in' | 'review', DateLine] => x[1] !== null);

function dates(s: Section<'dates'>, o: PlanViewOptions): TemplateResult {
  const hintId = `${o.idPrefix}-calendar-hint`;
  return frame(
    s,
    o,
    html`<dl class="dates">
        ${dateLines(s).map(
          ([which, d]) => html`<div class="date" data-date=${which}>
            <dt>${d.label}</dt>
            <dd><time class="date-value" datetime=${d.iso}>${d.formatted}</time> <span>${d.text}</span></dd>
          </div>`,
        )}
      </dl>
      <p>${s.atReview}</p>
      ${
        o.calendarHref
          ? html`<p class="calendar-row">
            <a class="calendar" part="calendar" href=${o.calendarHref} download=${o.calendarFileName ?? 'back-pain-plan.ics'}
              aria-describedby=${hintId}>${s.calendar.link}</a>
            <span class="hint" id=${hintId}>${s.calendar.hint}</span>
          </p>`
          : nothing
      }`,
  );
}

function listSection(s: Section<'goals' | 'routine-review' | 'scan-triggers'>, o: PlanViewOptions): TemplateResult {
  return frame(s, o, html`<p>${s.intro}</p>${list(s.items)}`);
}

/** Who to contact; the emergency and same-day services, last, are marked (paper leaves them to the card). */
function contacts(s: Section<'contacts'>, o: PlanViewOptions): TemplateResult {
  const first = s.lines.length - s.serviceLines;
  return frame(s, o, html`<ul>${s.lines.map((l, n) => html`<li class=${n >= first ? 'service' : nothing}>${l}</li>`)}</ul>`);
}

function section(s: PlanSection, m: PlanModel, o: PlanViewOptions): TemplateResult {
  switch (s.id) {
    case 'glance':
      return frame(s, o, glance(s));
    case 'needs-to-be-seen':
      return needsToBeSeen(s, o);
    case 'arranged':
      return arranged(s, o);
    case 'early-review':
      return earlyReview(s, o);
    case 'statement':
      return statement(s, o);
    case 'checked':
      return checked(s, m, o);
    case 'safety-net':
      return safetyNet(s, o);
    case 'recovery':
      return recovery(s, m, o);
    case 'steps':
      return steps(s, o);
    case 'dates':
      return dates(s, o);
    case 'contacts':
      return contacts(s, o);
    default:
      return listSection(s, o);
  }
}

/**
 * Sections that take the full width on paper: the card on top, the written record (a sheet of
 * its own), "needs to be seen", the clinician's decision (tests arranged, or why waiting is
 * still right), the week-by-week table and the two warning boxes side by side.
 */
const WIDE_ON_PAPER: ReadonlySet<PlanSection['id']> = new Set([
  'glance',
  'statement',
  'needs-to-be-seen',
  'arranged',
  'early-review',
  'steps',
  'safety-net',
]);

/**
 * The patient's plan as a pure function of its model: the live element renders it in shadow
 * DOM, letters render it to static HTML (so it binds no properties on native elements: Lit SSR
 * would write them as attributes). It draws the sections in the model's order and nothing
 * else: the model decides what a sign found makes of the plan.
 */
export function planView(m: PlanModel, options: PlanViewOptions): TemplateResult {
  // Consecutive narrow sections share one run, which paper sets in two columns; wide ones
  // stand alone between runs (a spanner inside the columns pushed them all to a new page).
  const runs: PlanSection[][] = [];
  for (const s of m.sections) {
    const last = runs.at(-1);
    if (!WIDE_ON_PAPER.has(s.id) && last && !WIDE_ON_PAPER.has(last[0]!.id)) last.push(s);
    else runs.push([s]);
  }
  // A narrow section alone between wide ones takes the full width too: in two columns it
  // would leave the second one empty.
  return html`<article class="plan" part="plan" data-kind=${m.kind} data-triage=${m.triage} aria-labelledby="${options.idPrefix}-title">
    <h2 id="${options.idPrefix}-title">${m.title}</h2>
    ${m.lead.map((l) => html`<p class="lead">${l}</p>`)}
    ${runs.map((run) => (run.length === 1 ? section(run[0]!, m, options) : html`<div class="columns">${run.map((s) => section(s, m, options))}</div>`))}
  </article>`;
}
