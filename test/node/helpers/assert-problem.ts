import assert from 'node:assert/strict';

/** A validation result of core: ok, or problems named by field in plain words. */
type Checked = { ok: true } | { ok: false; problems: readonly { field: string; message: string }[] };

/**
 * Asserts a failed result with a problem at `field` whose message matches `pattern`, and that
 * every message reads as a sentence (no "undefined", "[object …]" or "NaN").
 */
export function assertProblem(result: Checked, field: string, pattern: RegExp): void {
  assert.equal(result.ok, false, 'expected a failure');
  if (result.ok) return;
  const p = result.problems.find((x) => x.field === field);
  assert.ok(p, `no problem at "${field}": ${JSON.stringify(result.problems)}`);
  assert.match(p.message, pattern);
  for (const { message } of result.problems) {
    assert.ok(message.length > 15 && !/undefined|\[object|NaN/.test(message), `unclear message: ${message}`);
  }
}
