// The small check runner of the release scripts (check-dist.mjs, examples.mjs): each check prints
// ✓ or ✗ with why, and `summary()` prints the "N passed, N failed" line CI reads.
const results = [];

/** Runs one named check; a throw is a failure, printed with its message (or, with `stack`, its first stack lines). */
export async function check(name, fn, { stack = false } = {}) {
  try {
    await fn();
    results.push(true);
    console.log(`  ✓ ${name}`);
  } catch (e) {
    results.push(false);
    const text = stack
      ? String(e?.stack ?? e)
          .split('\n')
          .slice(0, 12)
      : String(e?.message ?? e).split('\n');
    console.log(`  ✗ ${name}\n    ${text.join('\n    ')}`);
  }
}

export const assert = (ok, msg) => {
  if (!ok) throw new Error(msg);
};

/** Prints "N passed, N failed"; true when all passed. */
export function summary() {
  const passed = results.filter(Boolean).length;
  console.log(`\n${passed} passed, ${results.length - passed} failed`);
  return results.every(Boolean);
}
