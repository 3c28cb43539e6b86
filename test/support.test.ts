import { describe, expect, it } from 'vitest';
import { NATIONS, REGIONS, regionName, supportText } from '../src/core/support.js';
import { toPlainText } from '../src/core/reply.js';
import { helplines } from './helpers/core.js';

// What someone in a hard moment reads: every region's /support list, as plain text.

const CHILDREN = /Childline|Kids Help|Youthline/;
const cases = [...REGIONS.map((r) => [r, null] as const), ...NATIONS.map((n) => ['GB', n] as const)];

describe('/support for every region', () => {
  it.each(cases)('%s %s: hours read cleanly, and lines for everyone come before children\'s lines', (region, nation) => {
    const text = toPlainText(supportText(helplines, region, nation));
    const bullets = text.split('\n').filter((l) => l.startsWith('• '));
    expect(bullets.length).toBeGreaterThan(0);
    for (const b of bullets) {
      // No brackets inside brackets, no hours in brackets, no notes meant for us.
      expect(b).not.toMatch(/\([^)]*\(/);
      expect(b).not.toMatch(/\((24\/7|Mon|every|phone|directory)/);
      expect(b).not.toMatch(/every day of the year|round the clock|not 24\/7|UNVERIFIED|individual helplines vary/i);
    }
    const firstChild = bullets.findIndex((b) => CHILDREN.test(b));
    if (firstChild >= 0) expect(bullets.slice(firstChild).every((b) => CHILDREN.test(b)), bullets.join('\n')).toBe(true);
    expect(text).not.toMatch(/\bINT\b|fallback/);
  });

  it.each(['GB', 'CA', 'AU', 'NZ'])('%s: a group for young people gets their lines first, a group for adults last', (region) => {
    const first = (groupFor: string) => toPlainText(supportText(helplines, region, null, groupFor)).split('\n').filter((l) => l.startsWith('• '));
    expect(first('young people')[0]).toMatch(CHILDREN);
    expect(first('adults')[0]).not.toMatch(CHILDREN);
    expect(first('adults').at(-1)).toMatch(CHILDREN);
    expect(first('everyone')[0]).not.toMatch(CHILDREN);
  });

  it('writes hours out as people say them', () => {
    const text = toPlainText(supportText(helplines, 'GB', 'scotland'));
    expect(text).toMatch(/• Samaritans: call 116 123, open 24\/7\n/);
    expect(text).toMatch(/• Breathing Space: call 0800 83 85 87, open Mon to Thu 6pm to 2am, Fri 6pm to Mon 6am\n/);
    expect(toPlainText(supportText(helplines, 'INT', null))).toMatch(/call your local emergency number: 112 works in any EU country\.\n/);
  });

  it('names regions in words, never the code INT', () => {
    expect(regionName('GB', null)).toBe('the UK (GB)');
    expect(regionName('GB', 'northern_ireland')).toBe('the UK (GB, Northern Ireland)');
    expect(regionName('INT', null)).toBe('international (no country set)');
  });
});
