import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { localTodayIso, todayIso } from '@scanwise/core';
import '@scanwise/core/locales/all';

describe('todayIso: the one place a default "today" is computed', () => {
  // [instant, zone or UTC, the date there]
  const cases: [string, string | undefined, string][] = [
    // Just before midnight UTC: already tomorrow east of UTC, still today west of it.
    ['2026-11-23T23:30:00Z', undefined, '2026-11-23'],
    ['2026-11-23T23:30:00Z', 'UTC', '2026-11-23'],
    ['2026-11-23T23:30:00Z', 'Europe/London', '2026-11-23'],
    ['2026-11-23T23:30:00Z', 'Europe/Berlin', '2026-11-24'],
    ['2026-11-23T23:30:00Z', 'Pacific/Auckland', '2026-11-24'],
    ['2026-11-23T23:30:00Z', 'America/New_York', '2026-11-23'],
    // Just after midnight UTC: still yesterday west of UTC.
    ['2026-11-24T00:30:00Z', undefined, '2026-11-24'],
    ['2026-11-24T00:30:00Z', 'America/New_York', '2026-11-23'],
    ['2026-11-24T00:30:00Z', 'America/Los_Angeles', '2026-11-23'],
    ['2026-11-24T00:30:00Z', 'Asia/Kolkata', '2026-11-24'],
    // Summer time: London is an hour ahead of UTC in July.
    ['2026-07-01T23:30:00Z', undefined, '2026-07-01'],
    ['2026-07-01T23:30:00Z', 'Europe/London', '2026-07-02'],
    // Across a year's end, and a leap day.
    ['2026-12-31T20:00:00Z', 'Australia/Sydney', '2027-01-01'],
    ['2028-02-29T12:00:00Z', 'Pacific/Kiritimati', '2028-03-01'],
    ['2028-02-29T12:00:00Z', 'Pacific/Pago_Pago', '2028-02-29'],
  ];
  for (const [instant, zone, expected] of cases) {
    it(`${instant} is ${expected} in ${zone ?? 'UTC (the default)'}`, () => {
      assert.equal(todayIso(new Date(instant), zone), expected);
    });
  }

  it('defaults to now, in UTC', () => {
    const before = new Date().toISOString().slice(0, 10);
    const today = todayIso();
    const after = new Date().toISOString().slice(0, 10);
    assert.ok(today === before || today === after, today);
  });

  it('throws a RangeError for a name that is not a time zone', () => {
    assert.throws(() => todayIso(new Date('2026-11-23T12:00:00Z'), 'Not/AZone'), RangeError);
  });
});

describe('localTodayIso: the date where the code runs', () => {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  for (const instant of ['2026-11-23T23:30:00Z', '2026-11-24T00:30:00Z', '2026-07-01T11:59:59Z', '2026-12-31T23:59:59Z']) {
    it(`${instant}: the same date as todayIso in this runtime's zone (${zone})`, () => {
      const now = new Date(instant);
      assert.equal(localTodayIso(now), todayIso(now, zone));
      assert.match(localTodayIso(now), /^\d{4}-\d{2}-\d{2}$/);
    });
  }

  it('follows the runtime zone, not UTC, around midnight', () => {
    const saved = process.env.TZ;
    try {
      // Node reads TZ again when it changes.
      process.env.TZ = 'Pacific/Auckland';
      assert.equal(localTodayIso(new Date('2026-11-23T23:30:00Z')), '2026-11-24');
      process.env.TZ = 'America/Los_Angeles';
      assert.equal(localTodayIso(new Date('2026-11-24T00:30:00Z')), '2026-11-23');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
