import {
  PLAN_LIMITS,
  SELF_CARE_IDS,
  SIGN_IDS,
  SIGN_STATUSES,
  tierOf,
  type Plan,
  type PlanCatalog,
  type PlanProblem,
  type PlanTriage,
  type PlanWarning,
  type SignTier,
} from '@scanwise/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

/** Everything the clinician's form draws. */
export interface PlanEditViewModel {
  plan: Plan;
  t: PlanCatalog;
  triage: PlanTriage;
  /** Things worth a second look (planWarnings). */
  warnings: PlanWarning[];
  /** Things to fix: the plan as edited is not valid (validatePlan). */
  errors: PlanProblem[];
  idPrefix: string;
  disabled: boolean;
}

export interface PlanEditHandlers {
  /**
   * One listener for the whole form: every control names the plan field it edits in
   * `data-field` (`redFlags.<sign>`, `selfCare`, `selfCareNote`, `goals`, `checkIn`, `review`,
   * `scanTriggers`, `practice.<key>`), and its `change` event bubbles here.
   */
  change(event: Event): void;
}

const id = (vm: PlanEditViewModel, field: string) => `${vm.idPrefix}-${field.replace(/\./g, '-')}`;

/** The messages about one field, for aria-describedby, drawn under it. */
function fieldMessages(vm: PlanEditViewModel, field: string): { ids: string | undefined; view: TemplateResult | typeof nothing } {
  const errors = vm.errors.filter((p) => p.field === field);
  const warnings = vm.warnings.filter((w) => w.field === field);
  if (!errors.length && !warnings.length) return { ids: undefined, view: nothing };
  const base = `${id(vm, field)}-msg`;
  return {
    ids: base,
    view: html`<div id=${base}>
      ${errors.map((p) => html`<p class="field-error">${p.message}</p>`)}
      ${warnings.map((w) => html`<p class="field-warning">${w.message}</p>`)}
    </div>`,
  };
}

function signGroup(vm: PlanEditViewModel, tier: SignTier): TemplateResult {
  const e = vm.t.edit.redFlags;
  return html`<fieldset class="tier-group" data-tier=${tier}>
    <legend>${e.tiers[tier]}</legend>
    ${SIGN_IDS.filter((s) => tierOf(s) === tier).map(
      (sign) => html`<fieldset class="sign" data-sign=${sign} data-status=${vm.plan.redFlags[sign]}>
        <legend>${vm.t.signs[sign].label}</legend>
        <div class="choices">
          ${SIGN_STATUSES.map(
            (status) => html`<label class="choice">
              <input
                type="radio"
                name="${vm.idPrefix}-${sign}"
                value=${status}
                data-field="redFlags.${sign}"
                .checked=${live(vm.plan.redFlags[sign] === status)}
              /><span>${e.status[status]}</span>
            </label>`,
          )}
        </div>
      </fieldset>`,
    )}
  </fieldset>`;
}

function textArea(vm: PlanEditViewModel, field: 'goals' | 'scanTriggers' | 'selfCareNote', label: string, hint: string, value: string): TemplateResult {
  const fid = id(vm, field);
  const msg = fieldMessages(vm, field);
  return html`<div class="field">
    <label for=${fid}>${label}</label>
    <p class="hint" id="${fid}-hint">${hint}</p>
    <textarea
      id=${fid}
      rows="3"
      data-field=${field}
      maxlength=${field === 'selfCareNote' ? PLAN_LIMITS.note : nothing}
      aria-describedby="${fid}-hint${msg.ids ? ` ${msg.ids}` : ''}"
      .value=${live(value)}
    ></textarea>
    ${msg.view}
  </div>`;
}

function input(vm: PlanEditViewModel, field: string, label: string, value: string, type: 'text' | 'tel' | 'date', describedBy?: string): TemplateResult {
  const fid = id(vm, field);
  const msg = fieldMessages(vm, field);
  const ids = [describedBy, msg.ids].filter(Boolean).join(' ');
  return html`<div class="field">
    <label for=${fid}>${label}</label>
    <input
      id=${fid}
      type=${type}
      data-field=${field}
      maxlength=${type === 'date' ? nothing : field === 'practice.phone' ? PLAN_LIMITS.phone : PLAN_LIMITS.text}
      autocomplete="off"
      aria-describedby=${ids || nothing}
      aria-invalid=${vm.errors.some((p) => p.field === field) ? 'true' : nothing}
      .value=${live(value)}
    />
    ${msg.view}
  </div>`;
}

/** Errors first (role="alert"), then warnings (role="status"): both read out when they change. */
function summary(vm: PlanEditViewModel): TemplateResult {
  const e = vm.t.edit;
  return html`<div class="messages">
    <div role="alert">
      ${vm.errors.length
        ? html`<div class="error" part="edit-errors">
            <p><strong>${e.errorsHeading}</strong></p>
            <ul>${vm.errors.map((p) => html`<li>${p.message}</li>`)}</ul>
          </div>`
        : nothing}
    </div>
    <div role="status">
      ${vm.triage !== 'routine' ? html`<p class="triage-note" data-level=${vm.triage}><strong>${e.triage[vm.triage]}</strong></p>` : nothing}
      ${vm.warnings.length
        ? html`<div class="warnings" part="warnings">
            <p><strong>${e.warningsHeading}</strong></p>
            <ul>${vm.warnings.map((w) => html`<li data-code=${w.code}>${w.message}</li>`)}</ul>
          </div>`
        : nothing}
    </div>
  </div>`;
}

/**
 * The clinician's form (mode="edit"): native controls only, so it works with keyboard,
 * screen readers and autofill as any form does. A pure function of the plan; the element
 * turns each control's `change` into an edit.
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
      ${signGroup(vm, 1)} ${signGroup(vm, 2)}
    </fieldset>

    <fieldset class="group" part="edit-self-care">
      <legend>${e.selfCare.legend}</legend>
      <div class="checks">
        ${SELF_CARE_IDS.map(
          (sc) => html`<label class="choice">
            <input type="checkbox" value=${sc} data-field="selfCare" .checked=${live(p.selfCare.includes(sc))} /><span
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
        ${input(vm, 'checkIn', e.dates.checkIn, p.checkIn, 'date', datesHint)} ${input(vm, 'review', e.dates.review, p.review, 'date', datesHint)}
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
