import { SdmElement } from './sdm-element.js';

/**
 * A Scanwise element that takes part in forms like a native field: it submits a value under its
 * `name`, has validity, and answers `form`, `checkValidity()` and `reportValidity()`.
 * Subclasses set the value and validity through `internals`.
 */
export abstract class FormControlElement extends SdmElement {
  static formAssociated = true;

  protected readonly internals: ElementInternals;
  /** The form this element belongs to, whose `submit` it listens for. */
  private owner: HTMLFormElement | null = null;
  private readonly submitted = () => this.formSubmitted();

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  /** The browser tells a form-associated element its form owner whenever it changes. */
  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.owner?.removeEventListener('submit', this.submitted);
    this.owner = form;
    form?.addEventListener('submit', this.submitted);
  }

  /**
   * The form this element belongs to fired `submit` (a native submit or `requestSubmit()`,
   * whether or not the page then cancels it): its value went with it.
   */
  protected formSubmitted(): void {
    /* subclasses act on it */
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
