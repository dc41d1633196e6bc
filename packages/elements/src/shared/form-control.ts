import { LitElement } from 'lit';

/**
 * A Lit element that takes part in forms like a native field: it submits a value under its
 * `name`, has validity, and answers `form`, `checkValidity()` and `reportValidity()`.
 * Subclasses set the value and validity through `internals`.
 */
export abstract class FormControlElement extends LitElement {
  static formAssociated = true;

  protected readonly internals: ElementInternals;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  /** The form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  /** The validity state, as for native form controls. */
  get validity(): ValidityState {
    return this.internals.validity;
  }
  /** Why the element is invalid, in words ('' when valid). */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  /** Whether the form validates this element on submit. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  /** True when valid; otherwise fires `invalid` and returns false. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  /** As `checkValidity()`, and shows the browser's message. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }
}
