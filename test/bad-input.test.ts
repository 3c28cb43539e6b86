import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commandList } from '../commands/index.js';
import { actor, textOf } from './helpers/act.js';
import { type TestWorld, snapshot, testWorld } from './helpers/core.js';

// Every command in the registry, not a hand-picked few: malformed arguments get a clear answer
// and change nothing in the database.

const GARBAGE = ['~~~ ### ???', '999999 -5 ☃☃☃', 'x'.repeat(5000), '| | |', '<b>hi</b> "quoted" \\ ; drop table groups;'];
const SORRY = /something went wrong/i;

/** Seen-at stamps move on every command by design; everything else must stay put. */
function withoutSeen(s: Record<string, unknown[]>) {
  return { ...s, members: (s.members ?? []).map((m) => ({ ...(m as object), last_seen_at: null })) };
}

describe('bad input for every registered command', () => {
  let world: TestWorld;
  let act: ReturnType<typeof actor>;
  beforeEach(async () => {
    world = await testWorld();
    act = actor(world, { admins: ['Sam'] });
    await act.groupWith('Sam', ['Sam', 'Alex']);
    // Opening the private chat records where to reach someone: do that before comparing.
    for (const who of ['Sam', 'Alex']) await act.command(who, '/help', 'dm');
  });
  afterEach(() => world.close());

  for (const command of commandList) {
    it(`/${command.name} answers malformed arguments kindly and changes nothing`, async () => {
      for (const who of ['Sam', 'Alex']) {
        for (const garbage of GARBAGE) {
          for (const where of ['group', 'dm'] as const) {
            const before = withoutSeen(await snapshot(world.core));
            const replies = await act.command(who, `/${command.name} ${garbage}`, where);
            expect(replies.length, `${who} /${command.name} ${garbage.slice(0, 20)}`).toBeGreaterThan(0);
            const text = textOf(replies);
            expect(text).not.toMatch(SORRY);
            expect(text.trim().length).toBeGreaterThan(10);
            // A long garbage argument is never echoed back in full.
            expect(text.length).toBeLessThan(4500);
            // Words without a #topic make a tip under #general: that one is kept, and says so.
            if (command.name === 'tip' && /[\p{L}\p{N}]/u.test(garbage) && garbage.length <= 2000) {
              expect(text).toContain('#general');
              continue;
            }
            expect(withoutSeen(await snapshot(world.core)), `${who} /${command.name} ${garbage.slice(0, 20)} in ${where}`).toEqual(before);
          }
        }
      }
    });
  }

  it('answers a forged or stale button for every command without acting', async () => {
    for (const command of commandList) {
      const before = withoutSeen(await snapshot(world.core));
      for (const id of [`${command.name}:zzz:999`, `${command.name}:`, `${command.name}:accept:-1:x`]) {
        const replies = await act.choose('Alex', id);
        expect(textOf(replies)).not.toMatch(SORRY);
        expect(replies.length).toBeGreaterThan(0);
      }
      expect(withoutSeen(await snapshot(world.core)), command.name).toEqual(before);
    }
  });
});
