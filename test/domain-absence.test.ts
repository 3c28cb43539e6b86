import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { missedMembers, queueNudges } from '../src/core/absence.js';
import { runPairRound } from '../src/core/pairing/rounds.js';
import { textOf } from './helpers/act.js';
import { type DomainWorld, domainWorld } from './helpers/domain-world.js';

// One warm private check-in per quiet spell; buddies told; facilitators who opted in told after
// twice the threshold; nobody who is away or has left; nothing ever to the group.

const NEVER = /absen|missed|you haven't|streak|!!/i;

describe('absence check-ins', () => {
  let w: DomainWorld;
  const seen = async (...names: string[]) => {
    for (const n of names) await w.act.command(n, '/checkin 4', 'dm');
  };
  const missed = async () => (await missedMembers(w.world.core, await w.group(), w.world.clock.now())).map((m) => m.name);
  const nudge = async () => queueNudges(w.world.core, await w.group(), w.world.clock.now());
  beforeEach(async () => {
    w = await domainWorld(['Alex', 'Bea', 'Cy', 'Dee', 'Eve']);
  });
  afterEach(() => w.close());

  it('sends one nudge per quiet spell, privately and warmly, never to the group', async () => {
    w.advanceDays(8);
    await seen('Sam', 'Alex', 'Bea', 'Dee', 'Eve');
    w.advanceDays(5); // Cy: 13 days quiet, not yet two whole weeks
    expect(await missed()).toEqual([]);
    w.advanceDays(2); // 15 days
    expect(await missed()).toEqual(['Cy']);
    expect(await nudge()).toBe(1);
    expect(await nudge()).toBe(0);
    w.advanceDays(1);
    expect(await nudge()).toBe(0); // still the same quiet spell
    const out = await w.outbox();
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ kind: 'nudge', audience: 'person', to: 'Cy', status: 'pending' });
    expect(out[0].text).toMatch(/thinking of you/);
    expect(out[0].text).toMatch(/check-in/);
    expect(out[0].text).not.toMatch(NEVER);
    expect(await w.world.core.db.selectFrom('outbox').where('audience', '=', 'group').selectAll().execute()).toEqual([]);
  });

  it('ends the quiet spell on any sign, and a later spell gets its own single nudge', async () => {
    w.advanceDays(15);
    await nudge();
    // Cy taps a mood on the nudge, in the private chat: that is a sign.
    expect(textOf(await w.act.choose('Cy', 'checkin:mood:3', 'dm'))).toMatch(/Thank you/);
    expect(await missed()).not.toContain('Cy');
    w.advanceDays(13);
    expect(await missed()).not.toContain('Cy');
    w.advanceDays(2);
    expect(await missed()).toContain('Cy');
    await nudge();
    expect((await w.outbox('nudge')).filter((o) => o.to === 'Cy')).toHaveLength(2);
  });

  it('says a short "good to see you" to a member who was sent a check-in, even if they did something else first', async () => {
    w.advanceDays(15);
    await nudge();
    await w.act.command('Cy', '/help', 'dm'); // a sign: no longer quiet, but not checked in yet
    const back = textOf(await w.act.choose('Cy', 'checkin:mood:3', 'dm'));
    expect(back).toMatch(/good to see you/i);
    expect(back).not.toMatch(/weeks?\b|days?\b|long|missed/i);
    w.advanceDays(1);
    expect(textOf(await w.act.choose('Cy', 'checkin:mood:4', 'dm'))).not.toMatch(/good to see you/i);
  });

  it('leaves members who are away in peace, and weeks away do not count', async () => {
    await w.act.command('Dee', '/away 3'); // day 0 to day 21
    w.advanceDays(20);
    expect(await missed()).not.toContain('Dee');
    w.advanceDays(2); // away ended a day ago: one day quiet, not 22
    expect(await missed()).not.toContain('Dee');
    w.advanceDays(12); // 13 days after the break ended
    expect(await missed()).not.toContain('Dee');
    w.advanceDays(1); // 14 days after the break ended
    expect(await missed()).toContain('Dee');
    // Open-ended away: never nudged however long.
    await w.act.command('Eve', '/away');
    w.advanceDays(60);
    expect(await missed()).not.toContain('Eve');
    await nudge();
    expect((await w.outbox()).some((o) => o.to === 'Eve')).toBe(false);
  });

  it('never nudges someone who has left', async () => {
    await w.act.command('Eve', '/leave');
    await w.act.choose('Eve', 'leave:yes');
    w.advanceDays(30);
    expect(await missed()).not.toContain('Eve');
    await nudge();
    expect((await w.outbox()).some((o) => o.to === 'Eve')).toBe(false);
  });

  it('tells the buddy, by name, so a person can reach out; only if the quiet member opted in', async () => {
    await w.buddiesOn('Bea', 'Cy');
    const round = await runPairRound(w.world.core, await w.group(), w.world.clock.now());
    expect(round.groups).toHaveLength(1);
    w.advanceDays(8);
    await seen('Sam', 'Alex', 'Bea', 'Dee', 'Eve');
    w.advanceDays(7);
    const m = (await missedMembers(w.world.core, await w.group(), w.world.clock.now()))[0];
    expect(m).toMatchObject({ name: 'Cy', nudge: true, tellFacilitators: false });
    expect(m.buddies.map((b) => b.name)).toEqual(['Bea']);
    expect(await nudge()).toBe(2);
    const told = await w.outbox('buddy_told');
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ to: 'Bea', audience: 'person' });
    expect(told[0].text).toMatch(/\*\*Cy\*\*/);
    expect(told[0].text).not.toMatch(NEVER);
    // Alex never opted in: when Alex goes quiet, nobody is told.
    w.advanceDays(15);
    await seen('Bea', 'Cy');
    const alex = (await missedMembers(w.world.core, await w.group(), w.world.clock.now())).find((x) => x.name === 'Alex')!;
    expect(alex.buddies).toEqual([]);
  });

  it('names the member to facilitators only after twice the threshold, and only to those who opted in', async () => {
    await w.act.command('Sam', '/settings notes on');
    await w.act.command('Alex', '/settings notes on'); // a member: refused, stays off
    const keep = ['Sam', 'Alex', 'Bea', 'Dee', 'Eve'];
    for (let week = 1; week <= 5; week++) {
      w.advanceDays(7);
      await seen(...keep);
      await nudge();
      const notes = await w.outbox('facilitator_note');
      if (week < 4) expect(notes, `week ${week}`).toEqual([]);
      else {
        expect(notes.map((n) => n.to)).toEqual(['Sam']);
        expect(notes[0].text).toMatch(/\*\*Cy\*\*/);
        expect(notes[0].text).toMatch(/4 weeks/);
      }
    }
    expect((await w.outbox('nudge')).map((o) => o.to)).toEqual(['Cy']);
  });

  it('waits for sending hours: a nudge found at night goes out after 09:00 local', async () => {
    w.advanceDays(15);
    w.world.clock.advance(12 * 3600000); // 22:00 London
    await nudge();
    const [row] = await w.outbox('nudge');
    expect(row.not_before).toBe('2026-12-09T09:00:00.000Z');
  });
});
