import { describe, expect, it } from 'vitest';
import { REGION_ZONES, addWeeks, canonicalZone, checkinInstant, localInstant, parseTimeOfDay, parseWeekday, privateSendTime, regionForZone, weekKey } from '../src/core/time.js';

const london = { timezone: 'Europe/London', checkin_weekday: 7, checkin_time: '19:00' };
const sydney = { timezone: 'Australia/Sydney', checkin_weekday: 7, checkin_time: '19:00' };

describe('weeks in the group’s own time zone', () => {
  it('rolls a London week over at local midnight between Sunday and Monday, not at UTC midnight', () => {
    // Summer: London is UTC+1, so local Monday 00:30 is Sunday 23:30 UTC.
    expect(weekKey(new Date('2026-06-28T22:59:00Z'), 'Europe/London')).toBe('2026-W26');
    expect(weekKey(new Date('2026-06-28T23:30:00Z'), 'Europe/London')).toBe('2026-W27');
    expect(weekKey(new Date('2026-06-28T23:30:00Z'), 'UTC')).toBe('2026-W26');
  });

  it('rolls a Sydney week over at Sydney’s midnight, hours before UTC does', () => {
    // Sydney is UTC+11 in summer: Monday 00:00 local is Sunday 13:00 UTC.
    expect(weekKey(new Date('2026-11-29T12:59:00Z'), 'Australia/Sydney')).toBe('2026-W48');
    expect(weekKey(new Date('2026-11-29T13:00:00Z'), 'Australia/Sydney')).toBe('2026-W49');
  });

  it('counts ISO weeks across the new year', () => {
    expect(weekKey(new Date('2026-12-31T12:00:00Z'), 'Europe/London')).toBe('2026-W53');
    expect(addWeeks('2026-W53', 1, 'Europe/London')).toBe('2027-W01');
  });
});

describe('the weekly check-in lands on the right instant across daylight saving', () => {
  it('keeps 19:00 London time on the last Sundays of March and October', () => {
    // 29 March 2026: clocks go forward at 01:00 UTC. 25 October 2026: back at 01:00 UTC.
    expect(checkinInstant(london, '2026-W12').toISOString()).toBe('2026-03-22T19:00:00.000Z');
    expect(checkinInstant(london, '2026-W13').toISOString()).toBe('2026-03-29T18:00:00.000Z');
    expect(checkinInstant(london, '2026-W43').toISOString()).toBe('2026-10-25T19:00:00.000Z');
    expect(checkinInstant(london, '2026-W42').toISOString()).toBe('2026-10-18T18:00:00.000Z');
  });

  it('keeps 19:00 Sydney time when Sydney’s clocks change in April and October', () => {
    // Sydney: back on 5 April 2026 (UTC+11 → +10), forward on 4 October 2026 (+10 → +11).
    expect(checkinInstant(sydney, '2026-W14').toISOString()).toBe('2026-04-05T09:00:00.000Z');
    expect(checkinInstant(sydney, '2026-W13').toISOString()).toBe('2026-03-29T08:00:00.000Z');
    expect(checkinInstant(sydney, '2026-W40').toISOString()).toBe('2026-10-04T08:00:00.000Z');
    expect(checkinInstant(sydney, '2026-W39').toISOString()).toBe('2026-09-27T09:00:00.000Z');
  });

  it('runs a time inside the spring gap at the first valid moment after it', () => {
    // 01:30 on 29 March 2026 does not exist in London: the clocks jump from 01:00 to 02:00 local.
    expect(localInstant('Europe/London', '2026-W13', 7, '01:30').toISOString()).toBe('2026-03-29T01:00:00.000Z');
    // New York skips 02:00–03:00 on 8 March 2026.
    expect(localInstant('America/New_York', '2026-W10', 7, '02:15').toISOString()).toBe('2026-03-08T07:00:00.000Z');
  });

  it('runs a time inside the autumn overlap once, at its first occurrence', () => {
    // 01:30 happens twice in London on 25 October 2026 (BST, then GMT).
    expect(localInstant('Europe/London', '2026-W43', 7, '01:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });
});

describe('reading days and times as people type them', () => {
  it.each([
    ['sunday', 7], ['Sun', 7], ['tu', 2], ['THURSDAY', 4], ['7', 7], ['sundays', 7],
  ])('reads %s as weekday %i', (input, day) => expect(parseWeekday(input)).toBe(day));

  it.each(['s', 't', 'someday', '8', ''])('does not guess a day from %j', (input) => expect(parseWeekday(input)).toBeNull());

  it.each([
    ['19:00', '19:00'], ['7pm', '19:00'], ['7:30 pm', '19:30'], ['12am', '00:00'], ['9.15', '09:15'], ['0930', '09:30'],
  ])('reads %s as %s', (input, out) => expect(parseTimeOfDay(input)).toBe(out));

  it.each(['25:00', '7:75', '13pm', 'teatime', '123'])('does not guess a time from %j', (input) => expect(parseTimeOfDay(input)).toBeNull());
});

describe('sending hours and regions', () => {
  it('holds a private message sent at night until 09:00 in the group’s zone', () => {
    expect(privateSendTime(new Date('2026-11-23T22:30:00Z'), 'Europe/London').toISOString()).toBe('2026-11-24T09:00:00.000Z');
    expect(privateSendTime(new Date('2026-11-23T06:30:00Z'), 'Europe/London').toISOString()).toBe('2026-11-23T09:00:00.000Z');
    expect(privateSendTime(new Date('2026-11-23T12:00:00Z'), 'Europe/London').toISOString()).toBe('2026-11-23T12:00:00.000Z');
  });

  it('defaults the helpline region from the time zone', () => {
    expect(regionForZone('Europe/London').region).toBe('GB');
    expect(regionForZone('Europe/Dublin').region).toBe('IE');
    expect(regionForZone('America/Chicago').region).toBe('US');
    expect(regionForZone('America/Toronto').region).toBe('CA');
    expect(regionForZone('Australia/Perth').region).toBe('AU');
    expect(regionForZone('Pacific/Auckland').region).toBe('NZ');
    expect(regionForZone('Europe/Berlin').region).toBe('INT');
  });

  it('reads every zone a helpline region is named by in any case, and keeps its region', () => {
    for (const [region, names] of Object.entries(REGION_ZONES)) {
      const zones = names.flatMap((z) => (z.endsWith('/') ? Intl.supportedValuesOf('timeZone').filter((x) => x.startsWith(z)) : [z]));
      for (const zone of zones) {
        for (const typed of [zone.toLowerCase(), zone.toUpperCase(), ` ${zone} `]) {
          expect(canonicalZone(typed), typed).toBe(zone);
          expect(regionForZone(typed).region, typed).toBe(region);
        }
      }
    }
    expect(regionForZone('europe/belfast')).toEqual({ region: 'GB', nation: 'northern_ireland' });
  });

  it('turns an alias typed in any case into the zone it stands for, and refuses a made-up one', () => {
    expect(canonicalZone('us/eastern')).toBe('America/New_York');
    expect(regionForZone('us/eastern').region).toBe('US');
    expect(canonicalZone('canada/pacific')).toBe('America/Vancouver');
    expect(canonicalZone('utc')).toBe('UTC');
    expect(canonicalZone('mars/olympus')).toBeNull();
    expect(canonicalZone('')).toBeNull();
  });
});
