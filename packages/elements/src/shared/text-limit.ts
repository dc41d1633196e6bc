import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A text box as its count sees it: what is typed and not yet taken, and whether the last thing typed did not all fit. */
export interface TypedText {
  /** The box's value as typed, before its `change` event; undefined when the box has not been typed in. */
  value?: string;
  /** The last thing typed, pasted or dropped did not all fit in the box's `maxlength`: the browser cut it, or left it out. */
  clipped: boolean;
}

type TextBox = HTMLInputElement | HTMLTextAreaElement;

/** The text box an event came from: a textarea or input with a `maxlength`, or null. */
function boxOf(event: Event): TextBox | null {
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement)) return null;
  return target.maxLength >= 0 ? target : null;
}

/** A box is known by the field it edits (`data-field`), else by its id. */
const keyOf = (box: TextBox) => box.dataset.field ?? box.id;

/** What would be inserted by a `beforeinput` event, with line breaks as a text box keeps them. */
function incoming(event: InputEvent): string {
  if (!event.inputType.startsWith('insert')) return '';
  if (event.inputType === 'insertLineBreak' || event.inputType === 'insertParagraph') return '\n';
  const text = event.data ?? event.dataTransfer?.getData('text/plain') ?? '';
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Follows the host's text boxes that have a `maxlength` as they are typed in, so their count
 * near the limit can follow each key, not only each `change`: what is typed and not yet taken
 * (a view shows it rather than the value last taken, so a render never undoes typing), and
 * whether the browser cut or refused the last insertion because the box was full (the box's
 * note says so, rather than the text being lost without a word). A box is forgotten as its
 * value is taken (`change`, heard before the host's own listeners, so the render that follows
 * shows the value taken) and when it loses focus.
 */
export class TextLimitController implements ReactiveController {
  private readonly boxes = new Map<string, TypedText>();
  private root: EventTarget | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: EventTarget }) {
    host.addController(this);
  }

  /** What each box followed holds, by field (or id). */
  get typed(): Readonly<Record<string, TypedText>> {
    return Object.fromEntries(this.boxes);
  }

  /** Forgets every box (new data came in from outside). */
  clear(): void {
    this.boxes.clear();
  }

  hostConnected(): void {
    this.root = this.host.renderRoot;
    this.root.addEventListener('beforeinput', this.onBeforeInput);
    this.root.addEventListener('input', this.onInput);
    this.root.addEventListener('change', this.forget, true);
    this.root.addEventListener('focusout', this.forget);
  }

  hostDisconnected(): void {
    this.root?.removeEventListener('beforeinput', this.onBeforeInput);
    this.root?.removeEventListener('input', this.onInput);
    this.root?.removeEventListener('change', this.forget, true);
    this.root?.removeEventListener('focusout', this.forget);
    this.root = null;
  }

  private update(box: TextBox, patch: Partial<TypedText>): void {
    const key = keyOf(box);
    const old = this.boxes.get(key) ?? { clipped: false };
    const next = { ...old, ...patch };
    this.boxes.set(key, next);
    if (next.value !== old.value || next.clipped !== old.clipped) this.host.requestUpdate();
  }

  private readonly onBeforeInput = (event: Event): void => {
    const box = boxOf(event);
    if (!box) return;
    const text = incoming(event as InputEvent);
    const selected = Math.abs((box.selectionEnd ?? 0) - (box.selectionStart ?? 0));
    this.update(box, { clipped: text.length > 0 && box.value.length - selected + text.length > box.maxLength });
  };

  private readonly onInput = (event: Event): void => {
    const box = boxOf(event);
    if (box) this.update(box, { value: box.value });
  };

  private readonly forget = (event: Event): void => {
    const box = boxOf(event);
    if (!box) return;
    const key = keyOf(box);
    const clipped = this.boxes.get(key)?.clipped;
    this.boxes.delete(key);
    if (clipped) this.host.requestUpdate();
  };
}
