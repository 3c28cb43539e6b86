import { afterEach, describe, expect, it } from 'vitest';
import { postPromptNow } from '../src/core/prompts.js';
import { TelegramTest } from './helpers/telegram-harness.js';

// A Telegram supergroup with topics: /setup run inside a topic binds the group to it, so the
// weekly prompt (from the outbox) goes there; a command typed in another topic is answered in
// that topic. The fake refuses a topic that does not exist, as Telegram does.

let t: TelegramTest | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

describe('a forum group', () => {
  it('set up in a topic gets its weekly prompt there; a command in another topic is answered there', async () => {
    t = await TelegramTest.start();
    const sam = t.users.get('owner')!;
    const forum = t.fake.group({ title: 'Carers', type: 'supergroup', forum: true, admins: [sam] });
    const checkins = t.fake.createTopic(forum, 'Weekly check-in');
    const chat = t.fake.createTopic(forum, 'Chat');
    const inForum = () => t!.fake.sent.filter((s) => s.chat_id === forum.id);

    await t.act(() => t!.fake.userSendsInTopic(sam, forum, checkins, '/setup Europe/London sunday 19:00 Carers'));
    expect(inForum().at(-1)!.message.message_thread_id).toBe(checkins);
    expect(inForum().at(-1)!.plain).toMatch(/Welcome/);
    const group = await t.core.db.selectFrom('groups').select(['id', 'topic_id']).where('chat_id', '=', String(forum.id)).executeTakeFirstOrThrow();
    expect(group.topic_id).toBe(String(checkins));

    // Asked in the Chat topic: answered in the Chat topic.
    await t.act(() => t!.fake.userSendsInTopic(sam, forum, chat, '/help'));
    expect(inForum().at(-1)!.plain).toMatch(/\/checkin/);
    expect(inForum().at(-1)!.message.message_thread_id).toBe(chat);

    // The weekly prompt, sent from the outbox, goes to the check-in topic.
    const g = await t.core.db.selectFrom('groups').selectAll().where('id', '=', group.id).executeTakeFirstOrThrow();
    await postPromptNow(t.core, g);
    const before = t.fake.sent.length;
    await t.deliver();
    const prompt = t.fake.sent.slice(before).find((s) => s.chat_id === forum.id)!;
    expect(prompt.plain).toMatch(/check-in/i);
    expect(prompt.message.message_thread_id).toBe(checkins);
    expect(prompt.message.is_topic_message).toBe(true);
  });

  it('the fake refuses a topic that does not exist, as Telegram does', async () => {
    t = await TelegramTest.start();
    const forum = t.fake.group({ title: 'Carers', type: 'supergroup', forum: true });
    await expect(t.adapter.bot.api.sendMessage(forum.id, 'hello', { message_thread_id: 999 })).rejects.toThrow(/message thread not found/);
  });
});
