import {
  BACKGROUND_IDS,
  decisionNeeded,
  PLAN_LIMITS,
  PLAN_TEXT_LIMITS,
  SELF_CARE_IDS,
  SIGN_STATUSES,
  warningSigns,
  type Plan,
  type PlanCatalog,
  type PlanProblem,
  type PlanTextField,
  type PlanTriage,
  type PlanWarning,
  type SignId,
  type SignStatus,
  type Tier1Id,
} from '@scanwise/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { TypedText } from '../shared/text-limit.js';
import { inBrowser } from '../shared/ssr.js';
import { limitNote, type LimitNote } from '../shared/text-limit.view.js';

/**
 * The value of the fourth choice beside a Tier 1 sign the patient reported: asked again, and
 * absent. The element records it as `redFlags[id] = 'absent'` with the id in `plan.rechecked`.
 */
export const RECHECKED = 'rechecked';

/** Everything the clinician's form draws. */
export interface PlanEditViewModel {
  plan: Plan;
  t: PlanCatalog;
  /** What the plan is for the patient as it stands (triageOf with the profile). */
  triage: PlanTriage;
  /** Tier 1 signs the patient answered yes to in the questionnaire: each gets "Asked again: absent". */
  reported: readonly Tier1Id[];
  /** Reported signs the review has not settled (recorded present, or asked again and absent). */
  unsettled: readonly Tier1Id[];
  /** Things worth a second look (planWarnings). */
  warnings: PlanWarning[];
  /** Things to fix: the plan as edited is not valid (validatePlan), or a reported sign is unsettled. */
  errors: PlanProblem[];
  idPrefix: string;
  disabled: boolean;
  /**
   * The text boxes as typed and not yet taken, by field (TextLimitController): each box shows
   * its typed value, and its count near the limit follows each key.
   */
  typed?: Readonly<Record<string, TypedText>>;
}

export interface PlanEditHandlers {
  /**
   * One listener for the whole form: every control names the plan field it edits in
   * `data-field` (`redFlags.<sign>`, `decision.<key>`, `selfCare`, `selfCareNote`, `goals`,
   * `checkIn`, `review`, `scanTriggers`, `practice.<key>`), and its `change` event bubbles here.
   */
  change: (event: Event) => void;
}

const id = (vm: PlanEditViewModel, field: string) => `${vm.idPrefix}-${field.replace(/[.[\]]/g, '-')}`;

/** The messages about some fields (and the items of a list field, `goals[2]`), for aria-describedby, drawn under them. */
function fieldMessages(
  vm: PlanEditViewModel,
  ...fields: string[]
): { ids: string | undefined; invalid: boolean; view: TemplateResult | typeof nothing } {
  const about = (field: string) => fields.some((f) => field === f || (LIST_FIELDS.includes(f as PlanTextField) && field.startsWith(`${f}[`)));
  const errors = vm.errors.filter((p) => about(p.field));
  const warnings = vm.warnings.filter((w) => about(w.field));
  if (!errors.length && !warnings.length) return { ids: undefined, invalid: false, view: nothing };
  const base = `${id(vm, fields[0]!)}-msg`;
  return {
    ids: base,
    invalid: errors.length > 0,
    view: html`<div id=${base} class="field-messages">
      ${errors.map((p) => html`<p class="field-error">${p.message}</p>`)}
      ${warnings.map((w) => html`<p class="field-warning" data-code=${w.code}>${w.message}</p>`)}
    </div>`,
  };
}

/** The choice a sign shows: its status, or "asked again: absent" for a reported sign rechecked. */
function choiceOf(vm: PlanEditViewModel, sign: SignId): SignStatus | typeof RECHECKED {
  const status = vm.plan.redFlags[sign];
  const rechecked =
    status === 'absent' && (vm.reported as readonly SignId[]).includes(sign) && (vm.plan.rechecked as readonly SignId[]).includes(sign);
  return rechecked ? RECHECKED : status;
}

function signRow(vm: PlanEditViewModel, sign: SignId): TemplateResult {
  const e = vm.t.edit.redFlags;
  const reported = (vm.reported as readonly SignId[]).includes(sign);
  const unsettled = (vm.unsettled as readonly SignId[]).includes(sign);
  const chosen = choiceOf(vm, sign);
  const choices: (SignStatus | typeof RECHECKED)[] = reported ? [...SIGN_STATUSES, RECHECKED] : [...SIGN_STATUSES];
  const conflictId = `${id(vm, `redFlags.${sign}`)}-conflict`;
  return html`<fieldset
    class="sign"
    data-sign=${sign}
    data-status=${vm.plan.redFlags[sign]}
    data-choice=${chosen}
    ?data-conflict=${unsettled}
    aria-describedby=${unsettled ? conflictId : nothing}
  >
    <legend>${vm.t.signs[sign].label}</legend>
    <div class="choices">
      ${choices.map(
        (choice) => html`<label class="choice" data-choice=${choice}>
          <input
            type="radio"
            name="${vm.idPrefix}-${sign}"
            value=${choice}
            data-field="redFlags.${sign}"
            ?checked=${chosen === choice}
            .checked=${inBrowser(live(chosen === choice))}
          /><span>${choice === RECHECKED ? e.rechecked : e.status[choice]}</span>
        </label>`,
      )}
    </div>
    ${unsettled ? html`<p class="conflict" id=${conflictId}>${e.conflict}</p>` : nothing}
  </fieldset>`;
}

/** One group of signs: Tier 1, the Tier 2 warning signs, or the background risk factors (with what recording one does). */
function signGroup(vm: PlanEditViewModel, group: 1 | 2 | 'background'): TemplateResult {
  const e = vm.t.edit.redFlags;
  const signs: readonly SignId[] = group === 'background' ? BACKGROUND_IDS : warningSigns(group);
  const hintId = `${vm.idPrefix}-background-hint`;
  return html`<fieldset class="tier-group" data-tier=${group} aria-describedby=${group === 'background' ? hintId : nothing}>
    <legend>${e.tiers[group]}</legend>
    ${group === 'background' ? html`<p class="hint" id=${hintId}>${e.backgroundHint}</p>` : nothing}
    ${signs.map((sign) => signRow(vm, sign))}
  </fieldset>`;
}

/** The fields that take a list, one item a line: each line has the limit of one item. */
const LIST_FIELDS: readonly PlanTextField[] = ['goals', 'scanTriggers'];

const isTextField = (field: string): field is PlanTextField => Object.hasOwn(PLAN_TEXT_LIMITS, field);

/** A text box's value as it stands (as typed, before its change), and its count near the limit. */
function textLimit(vm: PlanEditViewModel, field: PlanTextField, fid: string, value: string): { value: string; max: number; note: LimitNote } {
  const typed = vm.typed?.[field];
  const shown = typed?.value ?? value;
  const max = PLAN_TEXT_LIMITS[field];
  const note = limitNote({
    words: vm.t.edit.limit,
    id: `${fid}-count`,
    value: shown,
    max,
    ...(LIST_FIELDS.includes(field) ? { itemMax: PLAN_LIMITS.text } : {}),
    clipped: typed?.clipped ?? false,
  });
  return { value: shown, max, note };
}

/**
 * A multi-line text box: the goals, triggers and note, and the decision's words for the patient.
 * Its `maxlength` is the plan's limit for the field; near it, a count shows (see limitNote).
 */
function textArea(
  vm: PlanEditViewModel,
  field: PlanTextField,
  label: string,
  hint: string,
  value: string,
  opts: { rows?: number; required?: boolean } = {},
): TemplateResult {
  const fid = id(vm, field);
  const msg = fieldMessages(vm, field);
  const limit = textLimit(vm, field, fid, value);
  const ids = [`${fid}-hint`, limit.note.describedBy, msg.ids].filter(Boolean).join(' ');
  return html`<div class="field">
    <label for=${fid}>${label}</label>
    <p class="hint" id="${fid}-hint">${hint}</p>
    <textarea
      id=${fid}
      rows=${opts.rows ?? 3}
      data-field=${field}
      maxlength=${limit.max}
      ?required=${opts.required}
      aria-describedby=${ids}
      aria-invalid=${msg.invalid ? 'true' : nothing}
      .value=${live(limit.value)}
    ></textarea>
    ${limit.note.view} ${msg.view}
  </div>`;
}

function input(
  vm: PlanEditViewModel,
  field: string,
  label: string,
  value: string,
  type: 'text' | 'tel' | 'date',
  opts: { describedBy?: string; hint?: string; required?: boolean } = {},
): TemplateResult {
  const fid = id(vm, field);
  const msg = fieldMessages(vm, field);
  const hintId = opts.hint ? `${fid}-hint` : undefined;
  const limit = type !== 'date' && isTextField(field) ? textLimit(vm, field, fid, value) : null;
  const ids = [opts.describedBy, hintId, limit?.note.describedBy, msg.ids].filter(Boolean).join(' ');
  return html`<div class="field">
    <label for=${fid}>${label}</label>
    ${opts.hint ? html`<p class="hint" id=${hintId}>${opts.hint}</p>` : nothing}
    <input
      id=${fid}
      type=${type}
      data-field=${field}
      maxlength=${limit?.max ?? nothing}
      autocomplete="off"
      ?required=${opts.required}
      aria-describedby=${ids || nothing}
      aria-invalid=${msg.invalid ? 'true' : nothing}
      .value=${live(limit?.value ?? value)}
    />
    ${limit?.note.view ?? nothing} ${msg.view}
  </div>`;
}

/**
 * The clinician's decision, while a sign is present: for a Tier 1 sign, what was arranged (an
 * emergency referral); for a Tier 2 warning sign, tests or referral arranged (what, by when)
 * or assessed, waiting is still right (why, and the earlier review).
 */
function decisionGroup(vm: PlanEditViewModel): TemplateResult | typeof nothing {
  const need = decisionNeeded(vm.plan.redFlags);
  if (!need) return nothing;
  const d = vm.t.edit.decision;
  const decision = vm.plan.decision;
  const kind = need === 'emergency' ? 'emergency' : decision?.kind === 'referral' || decision?.kind === 'wait' ? decision.kind : null;
  const msg = fieldMessages(vm, 'decision', 'decision.kind');
  const arranged = (value: string) => textArea(vm, 'decision.arranged', d.arranged, d.arrangedHint, value, { rows: 2, required: true });
  let fields: TemplateResult | typeof nothing = nothing;
  if (kind === 'emergency') fields = arranged(decision?.kind === 'emergency' ? decision.arranged : '');
  else if (decision?.kind === 'referral') {
    fields = html`${arranged(decision.arranged)}
      <div class="row">${input(vm, 'decision.by', d.by, decision.by, 'date', { required: true })}</div>`;
  } else if (decision?.kind === 'wait') {
    fields = html`${textArea(vm, 'decision.reason', d.reason, d.reasonHint, decision.reason, { rows: 2, required: true })}
      <div class="row">${input(vm, 'decision.review', d.review, decision.review, 'date', { hint: d.reviewHint, required: true })}</div>`;
  }
  return html`<fieldset class="group decision" part="edit-decision" data-need=${need} data-kind=${kind ?? nothing} aria-describedby=${msg.ids ?? nothing}>
    <legend>${d.legend}</legend>
    ${
      need === 'emergency'
        ? html`<p class="decision-kind"><strong>${d.kinds.emergency}</strong></p>`
        : html`<div class="choices">
          ${(['referral', 'wait'] as const).map(
            (k) => html`<label class="choice">
              <input type="radio" name="${vm.idPrefix}-decision" value=${k} data-field="decision.kind" required ?checked=${kind === k} .checked=${inBrowser(live(kind === k))} /><span
                >${d.kinds[k]}</span
              >
            </label>`,
          )}
        </div>`
    }
    ${msg.view} ${fields}
  </fieldset>`;
}

/** The notes on what the patient will see: the triage, and a questionnaire answer not settled. */
function triageNotes(vm: PlanEditViewModel): TemplateResult[] {
  const e = vm.t.edit;
  // Emergency advice that comes only from an unsettled answer is the conflict note's to explain.
  const fromReview = vm.triage !== 'routine' && !(vm.triage === 'emergency' && decisionNeeded(vm.plan.redFlags) !== 'emergency');
  const notes = [...(fromReview ? [vm.triage as Exclude<PlanTriage, 'routine'>] : []), ...(vm.unsettled.length ? (['conflict'] as const) : [])];
  return notes.map(
    (note) =>
      html`<p class="triage-note" data-note=${note} data-level=${note === 'conflict' ? 'emergency' : note}><strong>${e.triage[note]}</strong></p>`,
  );
}

/** Errors first (role="alert"), then warnings (role="status"): both read out when they change. */
function summary(vm: PlanEditViewModel): TemplateResult {
  const e = vm.t.edit;
  return html`<div class="messages">
    <div role="alert">
      ${
        vm.errors.length
          ? html`<div class="error" part="edit-errors">
            <p><strong>${e.errorsHeading}</strong></p>
            <ul>${vm.errors.map((p) => html`<li data-problem=${p.field}>${p.message}</li>`)}</ul>
          </div>`
          : nothing
      }
    </div>
    <div role="status">
      ${triageNotes(vm)}
      ${
        vm.warnings.length
          ? html`<div class="warnings" part="warnings">
            <p><strong>${e.warningsHeading}</strong></p>
            <ul>${vm.warnings.map((w) => html`<li data-code=${w.code}>${w.message}</li>`)}</ul>
          </div>`
          : nothing
      }
    </div>
  </div>`;
}

/**
 * The clinician's form (mode="edit"): native controls only, so it works with keyboard,
 * screen readers and autofill as any form does. A pure function of the plan; the element
 * turns each control's `change` into an edit. Never server-rendered (letters print the
 * patient's plan), so controls may take property bindings.
 */
export function planEditView(vm: PlanEditViewModel, on: PlanEditHandlers): TemplateResult {
  const e = vm.t.edit;
  const p = vm.plan;
  const datesHint = `${vm.idPrefix}-dates-hint`;
  return html`<fieldset class="plan-edit" part="edit" ?disabled=${vm.disabled} @change=${on.change}>
    <legend class="title">${e.heading}</legend>
    <p class="hint">${e.intro}</p>
    ${summary(vm)}

    <fieldset class="group" part="edit-red-flags">
      <legend>${e.redFlags.legend}</legend>
      <p class="hint">${e.redFlags.hint}</p>
      ${signGroup(vm, 1)} ${signGroup(vm, 2)} ${signGroup(vm, 'background')}
    </fieldset>

    ${decisionGroup(vm)}

    <fieldset class="group" part="edit-self-care">
      <legend>${e.selfCare.legend}</legend>
      <div class="checks">
        ${SELF_CARE_IDS.map(
          (sc) => html`<label class="choice">
            <input type="checkbox" value=${sc} data-field="selfCare" ?checked=${p.selfCare.includes(sc)} .checked=${inBrowser(live(p.selfCare.includes(sc)))} /><span
              >${vm.t.selfCare[sc].title}</span
            >
          </label>`,
        )}
      </div>
      ${textArea(vm, 'selfCareNote', e.selfCare.note, e.selfCare.noteHint, p.selfCareNote)}
    </fieldset>

    <div class="group" part="edit-goals">${textArea(vm, 'goals', e.goals.label, e.goals.hint, p.goals.join('\n'))}</div>

    <fieldset class="group" part="edit-dates">
      <legend>${e.dates.legend}</legend>
      <p class="hint" id=${datesHint}>${e.dates.hint}</p>
      <div class="row">
        ${input(vm, 'checkIn', e.dates.checkIn, p.checkIn, 'date', { describedBy: datesHint })}
        ${input(vm, 'review', e.dates.review, p.review, 'date', { describedBy: datesHint })}
      </div>
      ${textArea(vm, 'scanTriggers', e.scanTriggers.label, e.scanTriggers.hint, p.scanTriggers.join('\n'))}
    </fieldset>

    <fieldset class="group" part="edit-practice">
      <legend>${e.practice.legend}</legend>
      <div class="row">
        ${input(vm, 'practice.name', e.practice.name, p.practice.name, 'text')} ${input(vm, 'practice.phone', e.practice.phone, p.practice.phone, 'tel')}
        ${input(vm, 'practice.clinician', e.practice.clinician, p.practice.clinician, 'text')}
      </div>
    </fieldset>
  </fieldset>`;
}
