import type { Answers, ExpectationProfile, Plan, QuestionnaireResponse, Tier1Id } from '@scanwise/core';

/** One thing that was wrong with a component's input. */
export interface SdmProblem {
  /** A stable code, e.g. `count-above-total`, `unknown-fact`, `unknown-locale`. */
  code: string;
  /** The attribute or property at fault, when there is one. */
  field?: string;
  /** What was wrong, in plain words (the same text the component shows). */
  message: string;
}

/** `detail` of the `sdm-error` event: what was wrong, and which component says so. */
export interface SdmErrorDetail extends SdmProblem {
  /** The tag name of the component that fired it, e.g. `sdm-icon-array`. */
  component: string;
  /**
   * The first problems found (at most `PROBLEMS_SHOWN`, 5); `code`, `field` and `message` repeat
   * the first. `count` says how many there are in all.
   */
  problems: SdmProblem[];
  /** How many problems were found in all (more than `problems.length` when the list was cut). */
  count: number;
}

/** How many problems a component lists on screen and in `sdm-error`: the rest are counted. */
export const PROBLEMS_SHOWN = 5;

/** `detail` of `sdm-emergency`: the signs answered yes, and the instructions shown. */
export interface SdmEmergencyDetail {
  signs: Tier1Id[];
  instructions: string;
}

/** `detail` of `sdm-complete`: the scored profile and the FHIR R4 QuestionnaireResponse. */
export interface SdmCompleteDetail {
  profile: ExpectationProfile;
  questionnaireResponse: QuestionnaireResponse;
}

/** `detail` of the questionnaire's `change` event: the answers as they now stand. */
export interface SdmAnswersChangeDetail {
  answers: Answers;
}

/** `detail` of the plan's `change` event (edit mode): the plan as it now stands. */
export interface SdmPlanChangeDetail {
  plan: Plan;
}

/**
 * Every `sdm-*` event, once: what `addEventListener` gives a listener on any element (the
 * events bubble or are heard on the element that fires them). `change` is typed per element:
 * see `SdmImagingQuestionnaireEventMap` and `SdmWatchfulWaitingPlanEventMap`.
 */
export interface SdmEventMap {
  /** Input could not be used; every element. */
  'sdm-error': CustomEvent<SdmErrorDetail>;
  /** An emergency sign was answered yes (questionnaire). */
  'sdm-emergency': CustomEvent<SdmEmergencyDetail>;
  /** The person sent their answers (questionnaire). */
  'sdm-complete': CustomEvent<SdmCompleteDetail>;
  /** The answers changed in any way; read the questionnaire's `profile` (does not bubble). */
  'sdm-profile': Event;
  /** The plan in force changed in any way; read the plan element's `plan` (does not bubble). */
  'sdm-plan': Event;
}

/** The questionnaire's events (with every `HTMLElement` event), `change` typed. */
export interface SdmImagingQuestionnaireEventMap
  extends Omit<HTMLElementEventMap, 'change'>, Pick<SdmEventMap, 'sdm-error' | 'sdm-emergency' | 'sdm-complete' | 'sdm-profile'> {
  change: CustomEvent<SdmAnswersChangeDetail>;
}

/** The plan's events (with every `HTMLElement` event), `change` typed. */
export interface SdmWatchfulWaitingPlanEventMap extends Omit<HTMLElementEventMap, 'change'>, Pick<SdmEventMap, 'sdm-error' | 'sdm-plan'> {
  change: CustomEvent<SdmPlanChangeDetail>;
}

/** The explainer's and the icon array's events: every `HTMLElement` event and `sdm-error`. */
export type SdmBenefitsHarmsEventMap = HTMLElementEventMap;
export type SdmIconArrayEventMap = HTMLElementEventMap;

/**
 * A listener for one of an element's own events: `SdmListener<SdmWatchfulWaitingPlanEventMap,
 * 'change'>` takes a `CustomEvent<SdmPlanChangeDetail>`.
 */
export type SdmListener<M, K extends keyof M> = (event: M[K]) => unknown;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface GlobalEventHandlersEventMap extends SdmEventMap {}
}

/**
 * Fires `sdm-error` (bubbles, composed) for a non-empty list of problems: the first
 * `PROBLEMS_SHOWN` of them and how many there are in all. Components call it once per distinct
 * set of problems, not on every render.
 */
export function fireError(host: HTMLElement, problems: readonly SdmProblem[]): void {
  const [first] = problems;
  if (!first) return;
  const shown = problems.slice(0, PROBLEMS_SHOWN).map((p) => ({ ...p }));
  host.dispatchEvent(
    new CustomEvent<SdmErrorDetail>('sdm-error', {
      bubbles: true,
      composed: true,
      detail: { ...first, component: host.localName, problems: shown, count: problems.length },
    }),
  );
}

/**
 * A stable key for a list of problems, to fire only when it changes: what `fireError` sends
 * (the count and the first few), so a list of any length costs the same.
 */
export function problemsKey(problems: readonly SdmProblem[]): string {
  return `${problems.length}#${problems
    .slice(0, PROBLEMS_SHOWN)
    .map((p) => `${p.code}:${p.field ?? ''}:${p.message}`)
    .join('|')}`;
}
