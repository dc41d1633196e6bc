const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Is this a real calendar date written as YYYY-MM-DD? (Kept apart from the registry, so a module that needs only this carries no facts.) */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The date of `now` as YYYY-MM-DD: in UTC by default, or in the IANA time zone `timeZone`
 * (e.g. "Europe/London"), where the day may differ near midnight. The one place a default
 * "today" is computed. Throws a RangeError for a name that is not a time zone.
 */
export function todayIso(now: Date = new Date(), timeZone?: string): string {
  if (timeZone === undefined) return now.toISOString().slice(0, 10);
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    calendar: 'gregory',
    numberingSystem: 'latn',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(now);
  const part = (type: 'year' | 'month' | 'day') => Number(parts.find((p) => p.type === type)?.value);
  return `${pad(part('year'), 4)}-${pad(part('month'))}-${pad(part('day'))}`;
}

/**
 * The date of `now` as YYYY-MM-DD in the time zone the code runs in (the browser's, for a
 * patient's plan: a plan is about the patient's days). On a server, prefer `todayIso` with
 * the patient's zone.
 */
export function localTodayIso(now: Date = new Date()): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
