import { signingKeys } from '../src/core/signing.js';
import { afterEach, describe, expect, it } from 'vitest';
import { TelegramAdapter } from '../src/adapters/telegram/bot.js';
import { memoryLogger, type LogEntry, TelegramTest } from './helpers/telegram-harness.js';

// Nothing a chat sends can stop the bot; a second process polling the same token is told plainly.

let t: TelegramTest;
afterEach(async () => {
  await t.stop();
});

describe('Telegram robustness', () => {
  it('survives malformed and unexpected updates and keeps answering', async () => {
    t = await TelegramTest.start();
    const alex = await t.user('Alex');
    const seen = await t.act(() => {
      t.fake.queue.push({ callback_query: { id: 'nope', from: alex, chat_instance: '1', data: 'zzz' } } as never); // no message
      t.fake.queue.push({ message: { message_id: 99, date: 0, chat: t.group, text: '/help' } } as never); // no sender
      t.fake.queue.push({ message: { message_id: 100, date: 0, chat: { id: alex.id, type: 'private', first_name: 'Alex' }, from: alex, text: '/' } } as never);
      t.fake.queue.push({ message: { message_id: 101, date: 0, chat: t.group, from: alex, text: `/checkin ${'x'.repeat(5000)}` } } as never);
      t.fake.queue.push({ something_new: { at: 1 } } as never);
      t.fake.queue.push({ my_chat_member: { chat: { id: 5, type: 'channel', title: 'News' }, from: alex, date: 0 } } as never); // no member fields
    });
    expect(seen.length).toBeLessThanOrEqual(3);
    const after = await t.send('Alex', 'group', '/help');
    expect(after[0].text).toMatch(/\/support/);
    expect(t.adapter.health()).toEqual({ connected: true, state: 'polling' });
  });

  it('reports a second poller of the same token (409 Conflict) instead of fighting it', async () => {
    let fatal!: (e: unknown) => void;
    const stopped = new Promise<unknown>((resolve) => (fatal = resolve));
    let why = '';
    t = await TelegramTest.start({ adapter: { onFatal: (e, w) => ((why = w), fatal(e)) } });
    const logs: LogEntry[] = [];
    const second = new TelegramAdapter({ app: t.world.app, token: t.fake.token, signing: await signingKeys(t.world.core), apiRoot: t.apiRoot, log: memoryLogger(logs), onUpdateHandled: (id) => void t.handled.add(id) });
    await second.start();
    expect(await stopped).toMatchObject({ error_code: 409 });
    // One clear line, logged by whoever stops the platform (main.ts).
    expect(why).toMatch(/another process is polling this bot token \(409 Conflict\)/);
    // The newcomer polls on and answers.
    const seen = await t.send('Alex', 'dm', '/help');
    expect(seen[0].text).toMatch(/\/support/);
    await second.stop();
  });
});
