/**
 * Data from a `<script type="application/json">` child: how a page with no JavaScript of its
 * own (a letter, a server template) hands objects to a component.
 */
export type JsonChild = { found: false } | { found: true; ok: true; value: unknown } | { found: true; ok: false; message: string };

export function readJsonChild(host: Element): JsonChild {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (!script) return { found: false };
  try {
    return { found: true, ok: true, value: JSON.parse(script.textContent ?? '') };
  } catch (e) {
    return { found: true, ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
