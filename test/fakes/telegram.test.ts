import { createCanvas } from '@napi-rs/canvas';
import { autoRetry } from '@grammyjs/auto-retry';
import { Bot, GrammyError, HttpError, InputFile, type Context } from 'grammy';
import type { Update } from 'grammy/types';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeTelegram, type FakeTelegramOptions } from './telegram/index.js';

const fakes: FakeTelegram[] = [];
const bots: Bot[] = [];
const botErrors: unknown[] = [];

async function startFake(opts: FakeTelegramOptions = {}) {
  const fake = new FakeTelegram(opts);
  fakes.push(fake);
  const { apiRoot } = await fake.start();
  return { fake, apiRoot };
}

function makeBot(fake: FakeTelegram, apiRoot: string, retry = false): Bot {
  const bot = new Bot(fake.token, { client: { apiRoot } });
  if (retry) bot.api.config.use(autoRetry());
  bot.catch((err) => void botErrors.push(err.error));
  bots.push(bot);
  return bot;
}

/** Starts long polling and resolves once grammY has called getMe and is about to poll. */
function startPolling(bot: Bot): { started: Promise<void>; done: Promise<void> } {
  let done!: Promise<void>;
  const started = new Promise<void>((resolve) => {
    done = bot.start({ onStart: () => resolve() });
  });
  done.catch(() => {}); // observed by the tests that expect it to fail
  return { started, done };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection');
}

afterEach(async () => {
  for (const bot of bots.splice(0)) if (bot.isRunning()) await bot.stop();
  for (const fake of fakes.splice(0)) await fake.stop();
  botErrors.length = 0;
});

describe('fake Telegram Bot API', () => {
  it('answers getMe, 401 for a wrong token and 404 for an unknown method', async () => {
    const { fake, apiRoot } = await startFake();
    const me = await (await fetch(`${apiRoot}/bot${fake.token}/getMe`)).json();
    expect(me).toMatchObject({ ok: true, result: { is_bot: true, username: 'PeerSupportTestBot' } });

    const wrong = await fetch(`${apiRoot}/bot123:nope/getMe`);
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ ok: false, error_code: 401, description: 'Unauthorized' });

    const unknown = await fetch(`${apiRoot}/bot${fake.token}/sendTelepathy`, { method: 'POST' });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ ok: false, error_code: 404, description: 'Not Found' });
  });

  it('delivers a group command by long polling and records the bot reply', async () => {
    const { fake, apiRoot } = await startFake();
    const bot = makeBot(fake, apiRoot);
    const seen: string[] = [];
    bot.on('message', (ctx, next) => (seen.push(ctx.message.text ?? ''), next()));
    bot.command('hello', (ctx) => ctx.reply(`Hi <b>${ctx.from?.first_name}</b> &amp; welcome`, { parse_mode: 'HTML' }));
    const { started } = startPolling(bot);
    await started;

    const ada = fake.user({ first_name: 'Ada' });
    const group = fake.group({ title: 'Circle', admins: [ada] });
    fake.userSends(ada, group, 'just chatting, privacy mode hides this');
    const command = fake.userSends(ada, group, '/hello@PeerSupportTestBot');
    expect(command.entities).toEqual([{ type: 'bot_command', offset: 0, length: '/hello@PeerSupportTestBot'.length }]);

    const reply = await fake.waitFor((sent) => sent.find((s) => s.chat_id === group.id), 3000, 'reply in group');
    expect(reply).toMatchObject({ text: 'Hi <b>Ada</b> &amp; welcome', plain: 'Hi Ada & welcome', parse_mode: 'HTML' });
    expect(seen).toEqual(['/hello@PeerSupportTestBot']);
    expect(fake.messagesIn(group).map((m) => m.text)).toEqual([
      'just chatting, privacy mode hides this',
      '/hello@PeerSupportTestBot',
      'Hi Ada & welcome',
    ]);
    expect(botErrors).toEqual([]);
  });

  it('holds getUpdates open while idle, so grammY does not spin', async () => {
    const { fake, apiRoot } = await startFake();
    const bot = makeBot(fake, apiRoot);
    const got: number[] = [];
    bot.on('message', (ctx) => void got.push(Date.now()));
    const { started } = startPolling(bot);
    await started;
    await sleep(300);
    expect(fake.countRequests('getUpdates')).toBeLessThanOrEqual(2);

    const sentAt = Date.now();
    fake.userStartsBot(fake.user());
    await fake.waitFor(() => got.length === 1, 2000, 'update handled');
    expect(got[0]! - sentAt).toBeLessThan(500); // the held poll is answered as soon as the update exists
  });

  it('confirms updates through offset: no update is delivered twice, even across a restart', async () => {
    const { fake, apiRoot } = await startFake({ rateLimits: false });
    const handled: number[] = [];
    const first = makeBot(fake, apiRoot);
    first.on('message', (ctx) => void handled.push(ctx.update.update_id));
    await startPolling(first).started;

    const users = Array.from({ length: 5 }, (_, i) => fake.user({ first_name: `U${i}` }));
    for (let round = 0; round < 3; round++) for (const u of users) fake.userSends(u, u.id, `hello ${round}`);
    await fake.waitFor(() => handled.length >= 15, 3000, '15 updates handled');
    await first.stop();

    const again: Update[] = [];
    const second = makeBot(fake, apiRoot);
    second.on('message', (ctx) => void again.push(ctx.update));
    await startPolling(second).started;
    fake.userSends(users[0]!, users[0]!.id, 'after restart');
    await fake.waitFor(() => again.length >= 1, 2000, 'update after restart');
    await sleep(100);

    expect(new Set(handled).size).toBe(15);
    expect(again.map((u) => u.message?.text)).toEqual(['after restart']);
    expect(new Set(fake.queue.served).size).toBe(fake.queue.served.length);
  });

  it('answers 403 to a user who never started the bot, and to one who blocked it', async () => {
    const { fake, apiRoot } = await startFake();
    const bot = makeBot(fake, apiRoot);
    const stranger = fake.user({ first_name: 'Stranger' });

    const never = await rejection(bot.api.sendMessage(stranger.id, 'hi'));
    expect(never).toBeInstanceOf(GrammyError);
    expect(never).toMatchObject({ error_code: 403, description: "Forbidden: bot can't initiate conversation with a user" });

    fake.userStartsBot(stranger, 'ref_abc-1');
    expect(fake.messagesIn(stranger.id)[0]?.text).toBe('/start ref_abc-1');
    await expect(bot.api.sendMessage(stranger.id, 'welcome')).resolves.toMatchObject({ text: 'welcome' });

    fake.userBlocksBot(stranger);
    const blocked = await rejection(bot.api.sendMessage(stranger.id, 'still there?'));
    expect(blocked).toMatchObject({ error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    expect(fake.sent.map((s) => s.text)).toEqual(['welcome']);
  });

  it('answers 429 with retry_after past the per-group limit, and auto-retry recovers without losing or duplicating', async () => {
    const { fake, apiRoot } = await startFake({ rateLimits: { group: { max: 3, windowMs: 1000 } } });
    const admin = fake.user();
    const plain = makeBot(fake, apiRoot);
    const g1 = fake.group({ admins: [admin] });
    for (let i = 0; i < 3; i++) await plain.api.sendMessage(g1.id, `burst ${i}`);
    const limited = await rejection(plain.api.sendMessage(g1.id, 'one too many'));
    expect(limited).toBeInstanceOf(GrammyError);
    expect(limited).toMatchObject({ error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } });

    const retrying = makeBot(fake, apiRoot, true);
    const g2 = fake.group({ admins: [admin] });
    const texts = Array.from({ length: 5 }, (_, i) => `message ${i}`);
    for (const text of texts) await retrying.api.sendMessage(g2.id, text);

    expect(fake.sentTo(g2).map((s) => s.text)).toEqual(texts);
    expect(fake.tooManyRequests).toBeGreaterThanOrEqual(2);
  });

  it('turns a 502 nginx HTML page into an HttpError, then serves the next call', async () => {
    const { fake, apiRoot } = await startFake();
    const bot = makeBot(fake, apiRoot);
    const u = fake.user();
    fake.userStartsBot(u);
    fake.failNext('sendMessage', { status: 502, html: true });
    const err = await rejection(bot.api.sendMessage(u.id, 'lost'));
    expect(err).toBeInstanceOf(HttpError);
    expect(err).not.toBeInstanceOf(GrammyError);
    await expect(bot.api.sendMessage(u.id, 'kept')).resolves.toMatchObject({ text: 'kept' });
    expect(fake.sent.map((s) => s.text)).toEqual(['kept']);
  });

  it('rejects callback_data over 64 bytes with BUTTON_DATA_INVALID', async () => {
    const { fake, apiRoot } = await startFake();
    const bot = makeBot(fake, apiRoot);
    const u = fake.user();
    fake.userStartsBot(u);
    const keyboard = (data: string) => ({ reply_markup: { inline_keyboard: [[{ text: 'Go', callback_data: data }]] } });

    const err = await rejection(bot.api.sendMessage(u.id, 'pick', keyboard('é'.repeat(33)))); // 66 bytes, 33 characters
    expect(err).toMatchObject({ error_code: 400, description: 'Bad Request: BUTTON_DATA_INVALID' });
    await expect(bot.api.sendMessage(u.id, 'pick', keyboard('x'.repeat(64)))).resolves.toMatchObject({ message_id: 2 });
  });

  it('delivers a button press with the full message; a second answer is rejected as too old', async () => {
    const { fake, apiRoot } = await startFake();
    const bot = makeBot(fake, apiRoot);
    bot.command('start', (ctx) => ctx.reply('Ready?', { reply_markup: { inline_keyboard: [[{ text: 'Yes', callback_data: 'ready:yes' }]] } }));
    let query: Context['callbackQuery'];
    bot.callbackQuery('ready:yes', async (ctx) => {
      query = ctx.callbackQuery;
      await ctx.answerCallbackQuery({ text: 'Noted', show_alert: true });
    });
    await startPolling(bot).started;

    const u = fake.user();
    fake.userStartsBot(u);
    const prompt = await fake.waitFor((sent) => sent[0], 2000, 'prompt');
    fake.pressButton(u, prompt.message, 'ready:yes');
    await fake.waitFor(() => fake.callbackAnswers.length === 1, 2000, 'callback answer');

    expect(fake.callbackAnswers[0]).toMatchObject({ text: 'Noted', show_alert: true, data: 'ready:yes' });
    expect(query?.message).toMatchObject({ text: 'Ready?', reply_markup: { inline_keyboard: [[{ callback_data: 'ready:yes' }]] } });
    const twice = await rejection(bot.api.answerCallbackQuery(query!.id));
    expect(twice).toMatchObject({ error_code: 400, description: 'Bad Request: query is too old and response timeout expired or query ID is invalid' });
  });

  it('answers 409 to the held poller when a second bot polls the same token', async () => {
    const { fake, apiRoot } = await startFake();
    const a = makeBot(fake, apiRoot);
    const pollA = startPolling(a);
    await pollA.started;
    await fake.waitFor(() => fake.requests.some((r) => r.method === 'getUpdates' && r.status === 0), 2000, 'A holding a poll');

    const b = makeBot(fake, apiRoot);
    const got: string[] = [];
    b.on('message', (ctx) => void got.push(ctx.message.text ?? ''));
    await startPolling(b).started;
    const err = await rejection(pollA.done);
    expect(err).toBeInstanceOf(GrammyError);
    expect(err).toMatchObject({ error_code: 409, description: expect.stringContaining('terminated by other getUpdates request') });

    fake.userStartsBot(fake.user());
    await fake.waitFor(() => got.length === 1, 2000, 'B still polling');
  });

  it("answers 409 to the newcomer instead with conflictPolicy 'reject-new'", async () => {
    const { fake, apiRoot } = await startFake({ conflictPolicy: 'reject-new' });
    const url = `${apiRoot}/bot${fake.token}/getUpdates?timeout=1`;
    const held = fetch(url);
    await fake.waitFor(() => fake.countRequests('getUpdates') === 1, 1000, 'first poll held');
    const second = await fetch(url);
    expect(second.status).toBe(409);
    expect(await (await held).json()).toEqual({ ok: true, result: [] }); // after the 1 s timeout
  });

  it('rejects broken HTML and over-long text with 400', async () => {
    const { fake, apiRoot } = await startFake();
    const bot = makeBot(fake, apiRoot);
    const u = fake.user();
    fake.userStartsBot(u);
    const html = (text: string) => rejection(bot.api.sendMessage(u.id, text, { parse_mode: 'HTML' }));
    expect(await html('<b>bold')).toMatchObject({ error_code: 400, description: expect.stringContaining("can't parse entities") });
    expect(await html('line<br>break')).toMatchObject({ description: expect.stringContaining('Unsupported start tag "br"') });
    expect(await html('<b><i>x</b></i>')).toMatchObject({ description: expect.stringContaining('Unmatched end tag') });
    expect(await rejection(bot.api.sendMessage(u.id, 'x'.repeat(4097)))).toMatchObject({ description: 'Bad Request: message is too long' });
    await expect(bot.api.sendMessage(u.id, `<b>${'x'.repeat(4000)}</b>`, { parse_mode: 'HTML' })).resolves.toBeTruthy();
  });

  it('accepts a multipart sendDocument upload and urlencoded parameters', async () => {
    const { fake, apiRoot } = await startFake();
    const bot = makeBot(fake, apiRoot);
    const u = fake.user();
    fake.userStartsBot(u);
    const msg = await bot.api.sendDocument(u.id, new InputFile(Buffer.from('hello file'), 'notes.txt'), { caption: 'Your <i>notes</i>', parse_mode: 'HTML' });
    expect(msg.document).toMatchObject({ file_name: 'notes.txt', file_size: 10 });
    expect(fake.sent[0]).toMatchObject({ method: 'sendDocument', caption: 'Your <i>notes</i>', document: { file_name: 'notes.txt', size: 10 } });
    expect(fake.sent[0]!.document!.data!.toString()).toBe('hello file');

    const form = await fetch(`${apiRoot}/bot${fake.token}/sendMessage`, {
      method: 'POST',
      body: new URLSearchParams({ chat_id: String(u.id), text: 'via form', reply_markup: JSON.stringify({ force_reply: true }) }),
    });
    expect(await form.json()).toMatchObject({ ok: true, result: { text: 'via form' } });
    expect(fake.sent[1]).toMatchObject({ text: 'via form', reply_markup: { force_reply: true } });
  });

  it('takes a PNG with sendPhoto and answers its sizes; refuses what is not a picture, or out of proportion', async () => {
    const { fake, apiRoot } = await startFake();
    const bot = makeBot(fake, apiRoot);
    const u = fake.user();
    fake.userStartsBot(u);
    const png = (width: number, height: number) => createCanvas(width, height).toBuffer('image/png');
    const msg = await bot.api.sendPhoto(u.id, new InputFile(png(960, 540), 'chart.png'), { caption: 'A chart of <b>check-ins</b>', parse_mode: 'HTML' });
    expect(msg.photo!.map((p) => [p.width, p.height])).toEqual([[90, 51], [320, 180], [800, 450], [960, 540]]);
    expect(msg.caption).toBe('A chart of check-ins');
    expect(fake.sent[0]).toMatchObject({ method: 'sendPhoto', document: { file_name: 'chart.png' } });
    expect(await rejection(bot.api.sendPhoto(u.id, new InputFile(Buffer.from('not a picture'), 'x.png')))).toMatchObject({ error_code: 400, description: 'Bad Request: IMAGE_PROCESS_FAILED' });
    expect(await rejection(bot.api.sendPhoto(u.id, new InputFile(png(2100, 100), 'x.png')))).toMatchObject({ description: 'Bad Request: PHOTO_INVALID_DIMENSIONS' });
    expect(await rejection(bot.api.sendPhoto(u.id, new InputFile(png(100, 100), 'x.png'), { caption: 'x'.repeat(1025) }))).toMatchObject({ error_code: 400 });
    expect(fake.sent).toHaveLength(1);
  });

  it('reports kicks and migrations: 403 after a kick, 400 with migrate_to_chat_id after an upgrade', async () => {
    const { fake, apiRoot } = await startFake();
    const bot = makeBot(fake, apiRoot);
    const statuses: string[] = [];
    const migrations: number[] = [];
    bot.on('my_chat_member', (ctx) => void statuses.push(ctx.myChatMember.new_chat_member.status));
    bot.on('message:migrate_to_chat_id', (ctx) => void migrations.push(ctx.message.migrate_to_chat_id));
    await startPolling(bot).started;

    const owner = fake.user();
    const kicked = fake.group({ admins: [owner] });
    fake.kickBot(kicked);
    const moving = fake.group({ admins: [owner] });
    const supergroup = fake.migrateToSupergroup(moving);
    await fake.waitFor(() => statuses.length === 1 && migrations.length === 1, 2000, 'kick and migration updates');

    expect(statuses).toEqual(['kicked']);
    expect(migrations).toEqual([supergroup.id]);
    expect(await rejection(bot.api.sendMessage(kicked.id, 'hello?'))).toMatchObject({ error_code: 403, description: 'Forbidden: bot was kicked from the group chat' });
    expect(await rejection(bot.api.sendMessage(moving.id, 'hello?'))).toMatchObject({ error_code: 400, parameters: { migrate_to_chat_id: supergroup.id } });
    await expect(bot.api.sendMessage(supergroup.id, 'hello!')).resolves.toMatchObject({ chat: { type: 'supergroup' } });

    fake.addBot(kicked);
    await fake.waitFor(() => statuses.length === 2, 2000, 'bot re-added');
    await expect(bot.api.sendMessage(kicked.id, 'back')).resolves.toBeTruthy();
  });

  it('records setMyCommands per scope and language, and answers member lookups', async () => {
    const { fake, apiRoot } = await startFake();
    const bot = makeBot(fake, apiRoot);
    const owner = fake.user({ first_name: 'Owner' });
    const member = fake.user({ first_name: 'Member' });
    const group = fake.group({ title: 'Circle', admins: [owner], members: [member] });
    await bot.api.setMyCommands([{ command: 'help', description: 'Get help' }]);
    await bot.api.setMyCommands([{ command: 'hilfe', description: 'Hilfe' }], { language_code: 'de', scope: { type: 'all_group_chats' } });

    expect(await bot.api.getMyCommands()).toEqual([{ command: 'help', description: 'Get help' }]);
    expect(fake.commandsFor({ type: 'all_group_chats' }, 'de')).toEqual([{ command: 'hilfe', description: 'Hilfe' }]);
    expect(await rejection(bot.api.setMyCommands([{ command: 'Bad-Name', description: 'x' }]))).toMatchObject({ error_code: 400 });

    expect(await bot.api.getChatMember(group.id, owner.id)).toMatchObject({ status: 'creator' });
    expect(await bot.api.getChatMember(group.id, member.id)).toMatchObject({ status: 'member' });
    expect((await bot.api.getChatAdministrators(group.id)).map((m) => m.user.id)).toEqual([owner.id]);
    expect(await bot.api.getChat(group.id)).toMatchObject({ title: 'Circle', type: 'group' });
  });

  it('delivers anonymous-admin messages and force_reply answers, under realistic latency', async () => {
    const { fake, apiRoot } = await startFake();
    fake.delay({ min: 50, max: 150 });
    const bot = makeBot(fake, apiRoot);
    const seen: Array<{ sender?: number; from?: number; replyTo?: number; text?: string }> = [];
    bot.on('message', (ctx, next) => {
      seen.push({ sender: ctx.message.sender_chat?.id, from: ctx.from?.id, replyTo: ctx.message.reply_to_message?.message_id, text: ctx.message.text });
      return next();
    });
    bot.command('ask', (ctx) => ctx.reply('What should we call you?', { reply_markup: { force_reply: true } }));
    await startPolling(bot).started;

    const owner = fake.user();
    const group = fake.group({ type: 'supergroup', title: 'Support', admins: [owner] });
    fake.anonymousAdminSends(group, '/ask');
    const prompt = await fake.waitFor((sent) => sent.find((s) => s.reply_markup?.force_reply), 3000, 'force_reply prompt');
    fake.reply(owner, group, prompt.message, 'Sam');
    fake.userSends(owner, group, 'ignored chatter');
    await fake.waitFor(() => seen.length === 2, 3000, 'anonymous command and reply');

    expect(seen).toEqual([
      { sender: group.id, from: 1087968824, replyTo: undefined, text: '/ask' },
      { sender: undefined, from: owner.id, replyTo: prompt.message_id, text: 'Sam' },
    ]);
  });
});
