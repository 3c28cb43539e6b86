import { afterEach, describe, expect, it } from 'vitest';
import { TelegramAdapter } from '../src/adapters/telegram/bot.js';
import { signingKeys } from '../src/core/signing.js';
import { FollowUps, QUESTION_TTL_MS, databaseStore } from '../src/adapters/follow-ups.js';
import { testWorld } from './helpers/core.js';
import { TelegramTest, memoryLogger } from './helpers/telegram-harness.js';

// A form asked one question at a time waits for its answer in the database: the bot can restart
// between two answers and carry on; a question nobody answers lapses after an hour.

let t: TelegramTest | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

const texts = (seen: { text: string }[]) => seen.map((s) => s.text).join('\n');

/** The bot stops and a new one starts on the same database (a restart, or a deploy). */
async function restart(test: TelegramTest): Promise<void> {
  await test.adapter.stop();
  test.adapter = new TelegramAdapter({ app: test.world.app, token: test.fake.token, signing: await signingKeys(test.core), apiRoot: test.apiRoot, log: memoryLogger(test.logs), adminTtlMs: 0, onUpdateHandled: (id) => void test.handled.add(id) });
  await test.adapter.start();
}

describe('follow-up questions', () => {
  it('carry on after a restart: the next answer continues the same /setup', async () => {
    t = await TelegramTest.start();
    t.makeAdmin(await t.user('Sam'));
    expect(texts(await t.send('Sam', 'group', '/setup'))).toMatch(/Time zone/);
    await restart(t);
    expect(texts(await t.answer('Sam', 'group', 'Europe/London'))).toMatch(/Check-in day/);
    await t.answer('Sam', 'group', 'Sunday');
    await t.answer('Sam', 'group', '19:00');
    const done = texts(await t.answer('Sam', 'group', 'Tuesday Parents'));
    expect(done).toMatch(/Welcome, Tuesday Parents/);
    expect(await t.core.db.selectFrom('pending_questions').selectAll().execute()).toEqual([]);
  });

  it('lapse after an hour: a late answer is not taken for the old question', async () => {
    t = await TelegramTest.start();
    t.makeAdmin(await t.user('Sam'));
    await t.send('Sam', 'group', '/setup');
    t.world.clock.advance(QUESTION_TTL_MS + 60_000);
    const late = await t.answer('Sam', 'group', 'Europe/London');
    expect(texts(late)).not.toMatch(/Check-in day/);
    expect(await t.core.db.selectFrom('groups').selectAll().execute()).toEqual([]);
  });

  it('/forgetme erases a question waiting for its answer', async () => {
    t = await TelegramTest.start();
    t.makeAdmin(await t.user('Sam'));
    await t.send('Sam', 'group', '/setup');
    const waiting = await t.core.db.selectFrom('pending_questions').selectAll().execute();
    expect(waiting).toHaveLength(1);
    expect(waiting[0].person_id).not.toBeNull();
    await t.send('Sam', 'dm', '/forgetme');
    await t.press('Sam', 'Yes, erase everything');
    expect(await t.core.db.selectFrom('pending_questions').selectAll().execute()).toEqual([]);
  });

  it('remember, across a restart, the group a form from a private button acts for', async () => {
    const world = await testWorld();
    try {
      const form = { id: 'checkin:note', title: 'A few words', fields: [{ id: 'note', label: 'Your words', required: true }] };
      await new FollowUps(databaseStore(world.core, 'telegram')).start('55/55', form, 42);
      // A new process: a new FollowUps on the same database.
      const step = await new FollowUps(databaseStore(world.core, 'telegram')).answer('55/55', 'a hard week');
      expect(step).toEqual({ done: true, formId: 'checkin:note', values: { note: 'a hard week' }, actsForGroupId: 42 });
    } finally {
      await world.close();
    }
  });
});
