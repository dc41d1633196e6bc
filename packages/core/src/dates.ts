const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Is this a real calendar date written as YYYY-MM-DD? (Kept apart from the registry, so a module that needs only this carries no facts.) */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}
