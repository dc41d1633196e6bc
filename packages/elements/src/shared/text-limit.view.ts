import { limitState, type LimitState, type TextLimitWords } from '@scanwise/core';
import { html, nothing, type TemplateResult } from 'lit';

export interface LimitNoteInput {
  words: TextLimitWords;
  /** The id the count gets, for the box's `aria-describedby`. */
  id: string;
  /** The box's value as it stands (as typed, when it has been typed in). */
  value: string;
  /** The box's `maxlength`. */
  max: number;
  /** A box that takes a list, one item a line: the most each line holds (its lines are trimmed, as the plan keeps them). */
  itemMax?: number;
  /** The last thing typed or pasted did not all fit (see TextLimitController). */
  clipped?: boolean;
}

export interface LimitNote {
  /** The count's id while it is shown (for `aria-describedby`), else undefined. */
  describedBy: string | undefined;
  /** The count, shown from 90 % of the limit, and a polite live region that speaks only when a threshold is crossed. */
  view: TemplateResult;
}

const RANK: Record<LimitState, number> = { under: 0, near: 1, full: 2, over: 3 };

/**
 * What a text box says near its limit. The count ("1,950 of 2,000 characters", and for a list
 * each line near its own limit) is shown from 90 % and linked to the box by `aria-describedby`,
 * so it is read with the box; it is not live, so it is not read out at every key. A separate
 * polite live region says only when a threshold is crossed (close to the limit, the limit
 * reached, a line too long, something that did not fit): its words change only then.
 * A pure function of its input.
 */
export function limitNote(input: LimitNoteInput): LimitNote {
  const { words: w, id, value, max, itemMax, clipped = false } = input;
  const whole = limitState(value.length, max);
  const lines =
    itemMax === undefined
      ? []
      : value.split('\n').flatMap((line, i) => {
          const used = line.trim().length;
          const state = limitState(used, itemMax);
          return state === 'under' ? [] : [{ n: i + 1, used, state }];
        });
  const parts = [
    ...(whole === 'under' ? [] : [w.count(value.length, max)]),
    ...lines.map((l) =>
      l.state === 'over' ? `${w.lineCount(l.n, l.used, itemMax!)}. ${w.lineOver(l.n, itemMax!)}` : `${w.lineCount(l.n, l.used, itemMax!)}.`,
    ),
    ...(clipped ? [w.clipped(max)] : []),
  ];
  const over = lines.find((l) => l.state === 'over');
  const announce = clipped
    ? w.clipped(max)
    : over
      ? w.lineOver(over.n, itemMax!)
      : whole === 'full' || whole === 'over'
        ? w.full(max)
        : whole === 'near'
          ? w.near(max)
          : lines[0]
            ? w.lineNear(lines[0].n, itemMax!)
            : '';
  const worst = [whole, ...lines.map((l) => l.state)].reduce((a, b) => (RANK[b] > RANK[a] ? b : a), 'under' as LimitState);
  const shown = parts.length > 0;
  return {
    describedBy: shown ? id : undefined,
    view: html`${
      shown
        ? html`<p class="hint count" id=${id} data-state=${clipped && worst === 'under' ? 'full' : worst}>
            ${parts.map((p, i) => html`<span>${i < parts.length - 1 && !/[.!?]$/.test(p) ? `${p}.` : p}</span> `)}
          </p>`
        : nothing
    }<span class="visually-hidden" role="status">${announce}</span>`,
  };
}
