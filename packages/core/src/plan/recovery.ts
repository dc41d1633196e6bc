/**
 * The registry facts the plan shows under "What to expect" (docs/evidence.md#how-back-pain-gets-better),
 * in this order.
 * A module of its own so the explainer can tell which figures a plan beside it already shows,
 * without taking in the plan's model.
 */
export const RECOVERY_FACT_IDS = [
  'pain-halves-first-month',
  'back-at-work-2-weeks',
  'back-at-work-3-months',
  'recovered-1-year',
  'another-episode-1-year',
] as const;
