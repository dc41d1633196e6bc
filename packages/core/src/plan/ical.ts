import { localeText } from '../locales/registry.js';
import { todayIso } from '../dates.js';
import type { Locale } from '../locales/registry.js';
import { wellFormed } from '../text.js';
import type { ServiceOverrides } from './catalog.js';
import { servicesFor } from './services.js';
import { mergeServices } from './model.js';
import type { Plan } from './types.js';
import { checkPlan } from './validate.js';
import { decisionOf } from './triage.js';

/**
 * The plan's dates as an RFC 5545 iCalendar file: one all-day event for the check-in and
 * one for the review, each with a display reminder the day before. CRLF line endings, lines
 * folded at 75 octets, text escaped. All-day DATE values carry no time zone; the plan's time
 * zone, when given, is named in X-WR-TIMEZONE for calendar apps that use it.
 */

export interface ICalOptions {
  locale: Locale;
  /** The moment of writing (DTSTAMP), as an ISO date-time; defaults to now. */
  now?: string;
  /** The page's own services, beneath the plan's (as in `PlanModelOptions.services`). */
  services?: ServiceOverrides;
}

export const ICAL_PRODID = '-//Scanwise//Watchful-waiting plan//EN';
/** Reminder at 09:00 the day before: 15 hours before the all-day event starts at midnight. */
export const ALARM_TRIGGER = '-PT15H';
/** The longest physical line, in octets, not counting CRLF (RFC 5545 §3.1). */
export const MAX_LINE_OCTETS = 75;

const CRLF = '\r\n';

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11). Other control characters are dropped; a lone
 * surrogate (which UTF-8 cannot hold) becomes U+FFFD.
 */
export function escapeText(text: string): string {
  const escaped = wellFormed(text)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
  return [...escaped].filter((ch) => ch === '\t' || (ch >= ' ' && ch !== '\u007f')).join('');
}

const utf8Length = (ch: string): number => {
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
};

/**
 * Folds one content line so no physical line is longer than 75 octets. It breaks only
 * between characters, never inside a UTF-8 sequence; each continuation starts with a space.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch);
    const room = parts.length ? MAX_LINE_OCTETS - 1 : MAX_LINE_OCTETS;
    if (octets + size > room) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** A short stable hash (FNV-1a, 32 bits) as 8 hex digits, for UIDs. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

const compactDate = (iso: string) => iso.replace(/-/g, '');
const nextDay = (iso: string) => new Date(Date.parse(iso) + 86_400_000).toISOString().slice(0, 10);

/** A date-time in UTC as iCalendar writes it, e.g. 20261123T101500Z. */
function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}/, '')
    .replace(/[-:]/g, '');
}

/**
 * The plan's check-in and review as an iCalendar file. Never throws: an invalid plan is
 * read as `validatePlan` would (valid parts kept). The same plan always gives the same UIDs,
 * so importing the same file twice updates the events rather than adding copies. The text is
 * well formed (no lone surrogate), so it can always be written as UTF-8 or put in a link.
 */
export function toICalendar(input: Plan, options: ICalOptions): string {
  const parsed = options.now === undefined ? Number.NaN : Date.parse(options.now);
  const now = Number.isNaN(parsed) ? new Date() : new Date(parsed);
  const checked = checkPlan(input, todayIso(now));
  const plan = checked.ok ? checked.plan : checked.partial;
  const { locale } = options;
  const t = localeText(locale).plan.ical;
  const services = servicesFor(locale, mergeServices(options.services, plan.services));
  const planHash = hash(JSON.stringify(plan));
  // After a Tier 2 sign assessed as safe to wait: the earlier review too.
  const decision = decisionOf(plan);
  const early = decision?.kind === 'wait' ? decision : null;
  const { name, phone } = plan.practice;

  const text = (property: string, value: string) => `${property};LANGUAGE=${locale}:${escapeText(value)}`;
  const event = (kind: 'early-review' | 'check-in' | 'review', date: string, summary: string, body: string): string[] => [
    'BEGIN:VEVENT',
    `UID:${kind}-${compactDate(date)}-${planHash}@scanwise.dev`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART;VALUE=DATE:${compactDate(date)}`,
    `DTEND;VALUE=DATE:${compactDate(nextDay(date))}`,
    text('SUMMARY', summary),
    text('DESCRIPTION', [body, (name || phone) && t.contact(name, phone), t.warning(services.emergency)].filter(Boolean).join('\n')),
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `TRIGGER:${ALARM_TRIGGER}`,
    text('DESCRIPTION', t.alarm(summary)),
    'END:VALARM',
    'END:VEVENT',
  ];

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICAL_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(t.calendarName)}`,
    ...(plan.timeZone ? [`X-WR-TIMEZONE:${plan.timeZone}`] : []),
    ...(early ? event('early-review', early.review, t.earlyReviewSummary, t.earlyReviewText) : []),
    ...event('check-in', plan.checkIn, t.checkInSummary, t.checkInText),
    ...event('review', plan.review, t.reviewSummary, t.reviewText),
    'END:VCALENDAR',
  ];
  return wellFormed(lines.map(foldLine).join(CRLF) + CRLF);
}
