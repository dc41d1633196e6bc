import type { SdmErrorDetail } from '@scanwise/elements';

/** Collects every `sdm-error` an element (or anything under `root`) fires. */
export function collectErrors(root: EventTarget): SdmErrorDetail[] {
  const seen: SdmErrorDetail[] = [];
  root.addEventListener('sdm-error', (e) => seen.push((e as CustomEvent<SdmErrorDetail>).detail));
  return seen;
}

/** The visible text of an element's shadow root, spaces folded. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** What a screen reader announces as the name of an element labelled by ids. */
export function labelledByText(el: Element): string {
  const root = el.getRootNode() as ShadowRoot | Document;
  return (el.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .map((id) => root.getElementById(id)?.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
