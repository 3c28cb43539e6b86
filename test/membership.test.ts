import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actor, textOf } from './helpers/act.js';
import { type TestWorld, testWorld } from './helpers/core.js';

describe('joining, breaks and leaving', () => {
  let world: TestWorld;
  let act: ReturnType<typeof actor>;
  const member = (name: string) =>
    world.core.db.selectFrom('members').innerJoin('people', 'people.id', 'members.person_id').selectAll('members').where('people.display_name', '=', name).executeTakeFirstOrThrow();
  beforeEach(async () => {
    world = await testWorld();
    act = actor(world, { admins: ['Sam'] });
    await act.groupWith('Sam', ['Alex']);
  });
  afterEach(() => world.close());

  it('takes a break for some weeks, then ends it on /back', async () => {
    expect(textOf(await act.command('Alex', '/away 3'))).toMatch(/until .*Dec/);
    expect((await member('Alex')).away_until).toBe('2026-12-14T10:00:00.000Z');
    expect(textOf(await act.command('Alex', '/back'))).toMatch(/Welcome back/);
    expect((await member('Alex')).away_until).toBeNull();
  });

  it('takes an open-ended break with no number, and refuses a nonsense number kindly', async () => {
    expect(textOf(await act.command('Alex', '/away'))).toMatch(/until you send \/back/);
    expect(textOf(await act.command('Alex', '/away 99'))).toMatch(/1 to 52 weeks/);
    expect(textOf(await act.command('Alex', '/away soon'))).toMatch(/1 to 52 weeks/);
  });

  it('leaves only after confirming, and can join again later', async () => {
    await act.command('Alex', '/leave');
    expect((await member('Alex')).status).toBe('active');
    expect(textOf(await act.choose('Alex', 'leave:yes'))).toMatch(/You've left/);
    expect((await member('Alex')).status).toBe('left');
    expect(textOf(await act.command('Alex', '/checkin 3'))).toMatch(/Send \/join/);
    expect(textOf(await act.choose('Alex', 'join:accept:1'))).toMatch(/Welcome back, \*\*Alex\*\*/);
  });

  it('keeps one person in several groups apart, and asks which group in a private chat', async () => {
    const other = { ...act };
    // A second group in another chat, through the dispatcher directly.
    const { handle } = await import('../commands/dispatch.js');
    const incoming = (name: string) => ({
      platform: 'console' as const, chatId: 'second-group', inPrivateChat: false, seenByGroup: true,
      user: { id: name.toLowerCase(), name }, isChatAdmin: name === 'Sam', botName: 'bot',
    });
    await handle(world.app, incoming('Sam'), { kind: 'command', name: 'setup', text: 'America/New_York monday 18:00 Night Owls' });
    await handle(world.app, incoming('Alex'), { kind: 'choice', id: 'join:accept:1' });
    const ask = await other.command('Alex', '/checkin 4', 'dm');
    expect(textOf(ask)).toMatch(/more than one group/);
    expect(ask[0].choices?.map((c) => c.label)).toEqual(['Tuesday Parents', 'Night Owls']);
    await other.choose('Alex', ask[0].choices![1].id, 'dm');
    await other.command('Alex', '/checkin 4', 'dm');
    const rows = await world.core.db.selectFrom('checkins').select(['group_id', 'week']).execute();
    expect(rows).toEqual([{ group_id: 2, week: '2026-W48' }]);
  });

  it('marks a member seen on any command or button press', async () => {
    world.clock.advance(5 * 86400e3);
    await act.command('Alex', '/agreement');
    expect((await member('Alex')).last_seen_at).toBe('2026-11-28T10:00:00.000Z');
    world.clock.advance(86400e3);
    await act.choose('Alex', 'leave:no');
    expect((await member('Alex')).last_seen_at).toBe('2026-11-29T10:00:00.000Z');
  });
});
