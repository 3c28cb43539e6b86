import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { postPromptNow } from '../src/core/prompts.js';
import { DeliveryWorker } from '../src/jobs/delivery.js';
import type { Seen } from './contract/harness.js';
import { TelegramTest } from './helpers/telegram-harness.js';

// The bot's life in a chat: added (hello and how to /setup), kicked mid-way (the group goes
// inactive and nothing more is sent there), upgraded to a supergroup (every row kept).

const texts = (seen: Seen[]) => seen.map((s) => s.text).join('\n---\n');

let t: TelegramTest;
beforeEach(async () => {
  t = await TelegramTest.start();
});
afterEach(async () => {
  await t.stop();
  expect(t.errors()).toEqual([]);
});

async function setUpWith(members: string[]) {
  const sam = await t.user('Sam');
  t.makeAdmin(sam);
  await t.send('Sam', 'group', '/setup Europe/London sunday 19:00 Tuesday Parents');
  for (const n of members) {
    await t.send(n, 'group', '/join');
    await t.press(n, 'Accept');
  }
}

const groupRow = () => t.core.db.selectFrom('groups').selectAll().executeTakeFirstOrThrow();

describe('Telegram chat life', () => {
  it('says hello with how to /setup when added, and hello again when added back', async () => {
    const owner = t.users.get('owner')!;
    const fresh = t.fake.group({ title: 'New Circle', admins: [owner], bot: 'left' });
    const hello = await t.act(() => t.fake.addBot(fresh, { by: owner }));
    expect(hello).toHaveLength(1);
    expect(hello[0].text).toMatch(/\/setup Europe\/London sunday 19:00/);
    expect(hello[0].text).toMatch(/never your conversations/);

    await setUpWith([]);
    await t.act(() => t.fake.kickBot(t.group));
    expect((await groupRow()).active).toBe(0);
    const again = await t.act(() => t.fake.addBot(t.group, { by: owner }));
    expect(texts(again)).toMatch(/Hello again! Everything from before is still here/);
    await t.send('Owner', 'group', '/setup Europe/London sunday 19:00');
    expect((await groupRow()).active).toBe(1);
  });

  it('goes quiet when kicked mid-way: the group is inactive and a due prompt is not sent', async () => {
    await setUpWith(['Alex']);
    await t.act(() => t.fake.kickBot(t.group));
    const g = await groupRow();
    expect(g.active).toBe(0);
    await postPromptNow(t.core, g);
    const worker = new DeliveryWorker({ core: t.core, port: t.adapter.delivery });
    const m = t.mark();
    await worker.drain();
    expect(t.seenSince(m)).toEqual([]);
    expect(await t.core.db.selectFrom('outbox').select('status').execute()).toEqual([{ status: 'skipped' }]);
    // Alex's own data is untouched.
    expect(await t.core.db.selectFrom('members').select('status').execute()).toEqual([{ status: 'active' }]);
  });

  it('keeps everything when the group becomes a supergroup', async () => {
    await setUpWith(['Alex']);
    await t.send('Alex', 'group', '/checkin 4');
    const old = t.group;
    const next = await t.act(() => t.fake.migrateToSupergroup(old));
    expect(next).toEqual([]);
    const g = await groupRow();
    const superChat = t.fake.world.chats.get(Number(g.chat_id))!.chat;
    expect(superChat.type).toBe('supergroup');
    expect(g).toMatchObject({ name: 'Tuesday Parents', active: 1 });

    t.group = superChat;
    const seen = await t.send('Alex', 'group', '/checkin 5');
    expect(texts(seen)).toMatch(/Updated your check-in/);
    expect(await t.core.db.selectFrom('checkins').select('mood').execute()).toEqual([{ mood: 5 }]);
    expect(await t.core.db.selectFrom('groups').select('id').execute()).toHaveLength(1);
  });

  it('follows a migration it learns of from a 400 while delivering', async () => {
    await setUpWith([]);
    // The upgrade happened while the bot was away: no service message, only the 400.
    const next = t.fake.world.addGroup({ type: 'supergroup', title: 'Tuesday Parents' });
    t.fake.world.chatState(t.group).migratedTo = next.chat.id;
    await postPromptNow(t.core, await groupRow());
    await new DeliveryWorker({ core: t.core, port: t.adapter.delivery }).drain();
    expect((await groupRow()).chat_id).toBe(String(next.chat.id));
    expect(t.fake.sentTo(next.chat).map((s) => s.plain)).toEqual([expect.stringMatching(/weekly check-in/)]);
    expect(await t.core.db.selectFrom('outbox').select('status').execute()).toEqual([{ status: 'sent' }]);
  });
});
