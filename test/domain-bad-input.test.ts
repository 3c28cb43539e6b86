import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textOf } from './helpers/act.js';
import { snapshot } from './helpers/core.js';
import { type DomainWorld, domainWorld } from './helpers/domain-world.js';

// Every new command, through the registry and the dispatcher: bad input gets an answer that says
// what was wrong and how to do it right, and nothing is written.

const withoutSeen = (s: Record<string, unknown[]>) => ({ ...s, members: s.members.map((m) => ({ ...(m as object), last_seen_at: null })) });

type Case = [who: string, where: 'group' | 'dm', text: string, expected: RegExp];

const CASES: Case[] = [
  ['Alex', 'group', '/buddy dance', /I don't know "\/buddy dance"\. You can use \/buddy, \/buddy on/],
  ['Alex', 'dm', '/buddy avoid Nobody Here', /couldn't find a member called "Nobody Here".*\/buddy avoid Sam/],
  ['Alex', 'dm', '/buddy avoid alex', /That's you/],
  ['Alex', 'group', '/buddy avoid Bea', /private chat/],
  ['Stranger', 'group', '/buddy on', /haven't joined.*\/join/],
  ['Alex', 'group', '/topics swap sleep', /either offer or seek.*\/topics offer/],
  ['Alex', 'group', '/topics offer', /Which topics\?.*\/topics offer none/],
  ['Alex', 'group', '/topics seek ### , ,', /couldn't find a topic/],
  ['Alex', 'group', '/topics offer a,b,c,d,e,f,g,h,i,j,k', /Up to 10 topics/],
  ['Alex', 'group', `/topics offer ${'x'.repeat(40)}`, /up to 30 characters each, like #benefits/],
  ['Alex', 'group', '/tip #### just hashes', /no letters or numbers.*\/tip #benefits/],
  ['Alex', 'group', '/tip remove abc', /Which tip\?.*\/tip remove 12/],
  ['Alex', 'group', '/tip remove 999', /couldn't find a tip of yours numbered 999/],
  ['Stranger', 'group', '/tip #x hello', /haven't joined/],
  ['Alex', 'group', '/tips %%%', /No tips yet for "%%%"\. Share one with \/tip #topic text/],
  ['Alex', 'group', '/meetup 30 Feb 7pm | Coffee | Café', /couldn't read|doesn't seem to exist|already passed/],
  ['Alex', 'group', '/meetup last week 7pm | Coffee | Café', /already passed/],
  ['Alex', 'group', '/meetup | Coffee | Café', /a time, a title and a place/],
  ['Alex', 'group', '/meetup friday | Coffee | Café', /Nearly there: \*\*Coffee\*\* at Café/],
  ['Alex', 'group', `/meetup 3 Dec 7pm | Coffee | ${'p'.repeat(201)}`, /place under 200 characters/],
  ['Alex', 'group', '/meetups please', /No meetups coming up\. Suggest one with \/meetup/],
  ['Alex', 'group', '/pair now', /for the group's facilitators/],
  ['Sam', 'group', '/pair', /send \/pair now/],
  ['Sam', 'group', '/pair later', /send \/pair now/],
  ['Sam', 'group', '/pair now', /aren't enough people for a round yet.*\/buddy on/],
  ['Alex', 'group', '/stats', /for the group's facilitators/],
  ['Alex', 'group', '/export', /for the group's facilitators/],
  ['Alex', 'group', '/mydata', /private chat/],
  ['Alex', 'group', '/forgetme', /private chat/],
  ['Loner', 'dm', '/buddy', /not in a group with me yet/],
  ['Loner', 'dm', '/tips', /not in a group with me yet/],
];

const STALE: [who: string, where: 'group' | 'dm', id: string, expected: RegExp][] = [
  ['Alex', 'group', 'meetup:ok:999', /isn't waiting any more.*\/meetup/],
  ['Alex', 'group', 'meetup:ok:abc', /isn't waiting any more/],
  ['Alex', 'group', 'meetups:r:999:y', /isn't on any more/],
  ['Alex', 'group', 'meetups:r:1:q', /doesn't work any more/],
  ['Alex', 'group', 'meetups:x:999', /isn't on any more/],
  ['Alex', 'group', 'tip:rm:999', /couldn't find a tip of yours/],
  ['Alex', 'group', 'tips:zz', /doesn't work any more/],
  ['Sam', 'group', 'pair:ok:2020-W01', /earlier period/],
  ['Sam', 'group', 'pair:ok:junk', /doesn't work any more/],
  ['Alex', 'group', 'pair:ok:2026-W48', /facilitators/],
  ['Alex', 'group', 'buddy:unavoid:999', /doesn't work any more/],
  ['Alex', 'dm', 'buddy:dance', /doesn't work any more/],
  ['Alex', 'group', 'forgetme:yes', /private chat/],
  ['Stranger', 'group', 'meetups:r:1:y', /haven't joined/],
];

describe('bad input to the domain commands', () => {
  let w: DomainWorld;
  beforeEach(async () => {
    w = await domainWorld(['Alex', 'Bea']);
    // First contact creates a person row: get that out of the way before comparing.
    for (const n of ['Stranger', 'Loner', 'Alex', 'Sam']) await w.act.command(n, '/help', n === 'Stranger' ? 'group' : 'dm');
  });
  afterEach(() => w.close());

  it.each(CASES)('%s in %s: %s', async (who, where, text, expected) => {
    const before = withoutSeen(await snapshot(w.world.core));
    const replies = await w.act.command(who, text, where);
    expect(replies.length).toBeGreaterThan(0);
    expect(textOf(replies)).toMatch(expected);
    expect(textOf(replies)).not.toMatch(/something went wrong/i);
    expect(withoutSeen(await snapshot(w.world.core))).toEqual(before);
  });

  it.each(STALE)('%s presses a stale or forged %s button: %s', async (who, where, id, expected) => {
    const before = withoutSeen(await snapshot(w.world.core));
    const replies = await w.act.choose(who, id, where);
    expect(textOf(replies)).toMatch(expected);
    expect(textOf(replies)).not.toMatch(/something went wrong/i);
    expect(withoutSeen(await snapshot(w.world.core))).toEqual(before);
  });
});
