import { createCanvas } from '@napi-rs/canvas';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  MessageFlags,
  ModalBuilder,
  PermissionFlagsBits,
  StringSelectMenuBuilder,
  TextInputBuilder,
  TextInputStyle,
  type Interaction,
  type TextChannel,
} from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeDiscord, Perm, type FakeDiscordOptions } from './discord/index.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

interface Harness {
  fake: FakeDiscord;
  client: Client;
  problems: string[];
  guild: ReturnType<FakeDiscord['createGuild']>;
  channel: ReturnType<FakeDiscord['createChannel']>;
  user: ReturnType<FakeDiscord['createUser']>;
}

/** A fake with one guild, channel and member, and a real discord.js client logged in to it. */
async function boot(options: FakeDiscordOptions = {}, onInteraction?: (i: Interaction) => Promise<void>): Promise<Harness> {
  const fake = new FakeDiscord(options);
  cleanups.push(() => fake.stop());
  const guild = fake.createGuild({ name: 'Peer Support' });
  const channel = fake.createChannel(guild, { name: 'support' });
  const user = fake.createUser({ username: 'alice' });
  fake.addMember(guild, user);
  await fake.start();

  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiRoot } });
  cleanups.push(() => client.destroy());
  const problems: string[] = [];
  client.on(Events.Error, (e) => problems.push(`error: ${e.message}`));
  client.on(Events.Warn, (m) => problems.push(`warn: ${m}`));
  if (onInteraction) {
    client.on(Events.InteractionCreate, (i) => {
      onInteraction(i).catch((e: Error) => problems.push(`handler: ${e.message}`));
    });
  }
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(fake.token);
  await ready;
  return { fake, client, problems, guild, channel, user };
}

async function registerGuildCommands(h: Harness, defs: object[]): Promise<void> {
  await h.client.application!.commands.set(defs as never, h.guild.id);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('fake Discord with the real discord.js client', () => {
  it('logs in, emits clientReady and caches the guild, its channel and the bot member', async () => {
    const h = await boot();
    expect(h.client.user?.id).toBe(h.fake.bot.id);
    const guild = h.client.guilds.cache.get(h.guild.id);
    expect(guild?.name).toBe('Peer Support');
    expect(guild?.channels.cache.get(h.channel.id)?.name).toBe('support');
    expect(guild?.members.me?.id).toBe(h.fake.bot.id);
    expect(h.fake.gateway.received.identify).toBe(1);
    expect(h.fake.requests.some((r) => r.route === 'GET /gateway/bot' && r.status === 200)).toBe(true);
    expect(h.problems).toEqual([]);
  });

  it('delivers a slash command with a subcommand, and an ephemeral reply works without client errors', async () => {
    const seen: { sub: string; mood: string | null; manage: boolean | undefined }[] = [];
    const replyErrors: unknown[] = [];
    const h = await boot({}, async (i) => {
      if (!i.isChatInputCommand()) return;
      seen.push({ sub: i.options.getSubcommand(), mood: i.options.getString('mood'), manage: i.memberPermissions?.has(PermissionFlagsBits.ManageGuild) });
      await i.reply({ content: `noted: ${i.options.getString('mood')}`, flags: MessageFlags.Ephemeral }).catch((e) => replyErrors.push(e));
    });
    await registerGuildCommands(h, [
      { name: 'checkin', description: 'Check in', options: [{ type: 1, name: 'start', description: 'Start', options: [{ type: 3, name: 'mood', description: 'How are you?', required: true }] }] },
    ]);
    const mods = h.fake.createRole(h.guild, { name: 'mods', permissions: Perm.MANAGE_GUILD });
    h.fake.addMember(h.guild, h.user, { roles: [mods] });

    const handle = h.fake.slash(h.user, h.channel, 'checkin start', { mood: 'tired' });
    const reply = await handle.reply();
    expect(reply.content).toBe('noted: tired');
    expect(reply.ephemeral).toBe(true);
    expect(handle.callback).toMatchObject({ type: 4, ok: true, status: 204 });
    expect(seen).toEqual([{ sub: 'start', mood: 'tired', manage: true }]);
    await sleep(50);
    expect(replyErrors).toEqual([]);
    expect(h.problems).toEqual([]);
  });

  it('rejects a reply after the interaction timeout with 10062 and a second reply with 40060', async () => {
    const errors: unknown[] = [];
    const h = await boot({ interactionTimeoutMs: 200 }, async (i) => {
      if (!i.isChatInputCommand()) return;
      if (i.commandName === 'slow') await sleep(300);
      await i.reply('first').catch((e) => errors.push(e));
      if (i.commandName === 'twice') {
        // Bypass discord.js's own "already replied" guard to see what the API says.
        await i.client.rest.post(`/interactions/${i.id}/${i.token}/callback`, { body: { type: 4, data: { content: 'again' } }, auth: false }).catch((e) => errors.push(e));
      }
    });
    await registerGuildCommands(h, [
      { name: 'slow', description: 'Slow' },
      { name: 'twice', description: 'Twice' },
    ]);
    h.fake.slash(h.user, h.channel, 'slow');
    await h.fake.waitFor(() => errors.length === 1, 2000, 'the late reply to fail');
    expect(errors[0]).toBeInstanceOf(DiscordAPIError);
    expect((errors[0] as DiscordAPIError).code).toBe(10062);

    const twice = h.fake.slash(h.user, h.channel, 'twice');
    await h.fake.waitFor(() => errors.length === 2, 2000, 'the second reply to fail');
    expect((errors[1] as DiscordAPIError).code).toBe(40060);
    expect((await twice.reply()).content).toBe('first');
    expect(h.fake.interactionResponses.filter((r) => !r.ok).map((r) => r.code)).toEqual([10062, 40060]);
  });

  it('round-trips a button, a modal, a select menu, a deferred reply and autocomplete', async () => {
    const h = await boot({}, async (i) => {
      if (i.isChatInputCommand() && i.commandName === 'talk') {
        const row = new ActionRowBuilder<ButtonBuilder>().addComponents(new ButtonBuilder().setCustomId('open-form').setLabel('Write').setStyle(ButtonStyle.Primary));
        const select = new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(
          new StringSelectMenuBuilder().setCustomId('topic').addOptions({ label: 'Sleep', value: 'sleep' }, { label: 'Work', value: 'work' }),
        );
        await i.reply({ content: 'What would you like to do?', components: [row, select] });
      } else if (i.isChatInputCommand() && i.commandName === 'later') {
        await i.deferReply({ flags: MessageFlags.Ephemeral });
        await sleep(20);
        await i.editReply('done thinking');
        await i.followUp({ content: 'one more thing', flags: MessageFlags.Ephemeral });
      } else if (i.isAutocomplete()) {
        const typed = i.options.getFocused();
        await i.respond(['sleep', 'social', 'work'].filter((t) => t.startsWith(typed)).map((t) => ({ name: t, value: t })));
      } else if (i.isButton()) {
        const input = new TextInputBuilder().setCustomId('note').setLabel('Your note').setStyle(TextInputStyle.Paragraph);
        await i.showModal(new ModalBuilder().setCustomId('note-form').setTitle('A note').addComponents(new ActionRowBuilder<TextInputBuilder>().addComponents(input)));
      } else if (i.isModalSubmit()) {
        await i.reply({ content: `saved: ${i.fields.getTextInputValue('note')}`, flags: MessageFlags.Ephemeral });
      } else if (i.isStringSelectMenu()) {
        await i.update({ content: `topic: ${i.values.join(',')}`, components: [] });
      }
    });
    await registerGuildCommands(h, [
      { name: 'talk', description: 'Talk' },
      { name: 'later', description: 'Later' },
      { name: 'topic', description: 'Pick a topic', options: [{ type: 3, name: 'name', description: 'Topic', autocomplete: true, required: true }] },
    ]);

    const prompt = await h.fake.slash(h.user, h.channel, 'talk').reply();
    expect(prompt.components).toHaveLength(2);

    const click = h.fake.click(h.user, prompt, 'open-form');
    expect((await click.acknowledged()).type).toBe(9);
    expect(click.modal?.custom_id).toBe('note-form');
    const submitted = await h.fake.submitModal(h.user, h.channel, 'note-form', { note: 'slept badly' }).reply();
    expect(submitted).toMatchObject({ content: 'saved: slept badly', ephemeral: true });

    const picked = await h.fake.select(h.user, prompt, 'topic', ['work']).reply();
    expect(picked.id).toBe(prompt.id);
    expect(prompt.content).toBe('topic: work');
    expect(prompt.components).toEqual([]);

    const later = h.fake.slash(h.user, h.channel, 'later');
    expect((await later.acknowledged()).type).toBe(5);
    expect((await later.reply()).content).toBe('done thinking');
    await h.fake.waitFor(() => later.followUps.length === 1, 2000, 'the follow-up');
    expect(later.followUps[0]).toMatchObject({ content: 'one more thing', ephemeral: true });

    const ac = h.fake.autocomplete(h.user, h.channel, 'topic', { name: 's' }, 'name');
    await ac.acknowledged();
    expect(ac.choices?.map((c) => c.value)).toEqual(['sleep', 'social']);
    expect(h.problems).toEqual([]);
  });

  it('fails a DM to a user with closed DMs with a 50007 DiscordAPIError', async () => {
    const h = await boot();
    const bob = h.fake.createUser({ username: 'bob' });
    await h.client.users.send(h.user.id, 'hello alice');
    expect(h.fake.messages.at(-1)).toMatchObject({ content: 'hello alice' });
    h.fake.closeDms(bob);
    const error = await h.client.users.send(bob.id, 'hello bob').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(50007);
    expect((error as DiscordAPIError).status).toBe(403);
  });

  it('keeps an uploaded picture with its description, and refuses a description over 1,024 characters', async () => {
    const h = await boot();
    const channel = h.client.channels.cache.get(h.channel.id) as TextChannel;
    const png = createCanvas(960, 540).toBuffer('image/png');
    const sent = await channel.send({ content: 'chart', files: [{ attachment: png, name: 'chart.png', description: 'A chart of check-ins' }] });
    expect(sent.attachments.first()).toMatchObject({ name: 'chart.png', description: 'A chart of check-ins', width: 960, height: 540, size: png.length, contentType: 'image/png' });
    expect(h.fake.messages.at(-1)!.attachments[0]!.data.equals(png)).toBe(true);
    const error = await channel.send({ files: [{ attachment: png, name: 'chart.png', description: 'x'.repeat(1025) }] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(50035);
    expect(h.fake.messagesIn(h.channel)).toHaveLength(1);
  });

  it('lets discord.js pace a burst of channel messages by the rate-limit headers, losing none', async () => {
    const h = await boot({ rateLimits: { timeScale: 0.1 } });
    const channel = h.client.channels.cache.get(h.channel.id) as TextChannel;
    await Promise.all(Array.from({ length: 12 }, (_, n) => channel.send(`message ${n}`)));
    expect(h.fake.messagesIn(h.channel).map((m) => m.content)).toEqual(Array.from({ length: 12 }, (_, n) => `message ${n}`));
    expect(h.fake.stats.rateLimited).toBe(0);
  });

  it('has discord.js retry after a real per-channel 429 without losing or duplicating messages', async () => {
    // Hidden headers force discord.js to discover the limit through 429 + Retry-After.
    const h = await boot({ rateLimits: { timeScale: 0.1, sendHeaders: false } });
    const channel = h.client.channels.cache.get(h.channel.id) as TextChannel;
    await Promise.all(Array.from({ length: 8 }, (_, n) => channel.send(`burst ${n}`)));
    expect(h.fake.stats.rateLimited).toBeGreaterThan(0);
    expect(h.fake.messagesIn(h.channel).map((m) => m.content).sort()).toEqual(Array.from({ length: 8 }, (_, n) => `burst ${n}`).sort());
    const limited = h.fake.requests.find((r) => r.status === 429);
    expect(limited?.route).toBe('POST /channels/:id/messages');
  });

  it('returns the original message for a repeated nonce with enforce_nonce instead of a duplicate', async () => {
    const h = await boot();
    const channel = h.client.channels.cache.get(h.channel.id) as TextChannel;
    const first = await channel.send({ content: 'reminder', nonce: 'reminder-42', enforceNonce: true });
    const again = await channel.send({ content: 'reminder', nonce: 'reminder-42', enforceNonce: true });
    expect(again.id).toBe(first.id);
    expect(h.fake.messagesIn(h.channel)).toHaveLength(1);
  });

  it('tells a connected bot about a new role (GUILD_ROLE_CREATE), so GuildMember.roles knows it', async () => {
    const h = await boot();
    const role = h.fake.createRole(h.guild, { name: 'Facilitators' });
    const guild = h.client.guilds.cache.get(h.guild.id)!;
    await h.fake.waitFor(() => guild.roles.cache.has(role.id), 2000, 'the role in the cache');
    expect(guild.roles.cache.get(role.id)?.name).toBe('Facilitators');
    expect(h.problems).toEqual([]);
  });

  it('validates subcommands as Discord does, and refuses running a command with subcommands bare', async () => {
    const h = await boot();
    const sub = (name: string, options: object[] = []) => ({ type: 1, name, description: name, options });
    const error = await h.client.application!.commands
      .set([
        { name: 'mixed', description: 'x', options: [sub('show'), { type: 3, name: 'text', description: 't' }] },
        { name: 'order', description: 'x', options: [sub('set', [{ type: 3, name: 'a', description: 'a' }, { type: 6, name: 'who', description: 'w', required: true }])] },
        { name: 'caps', description: 'x', options: [sub('Show')] },
        { name: 'many', description: 'x', options: Array.from({ length: 26 }, (_, i) => sub(`s${i}`)) },
      ] as never, h.guild.id)
      .catch((e: unknown) => e);
    const raw = (error as DiscordAPIError).rawError as { errors: Record<string, any> };
    expect((error as DiscordAPIError).code).toBe(50035);
    expect(raw.errors['0'].options._errors[0].code).toBe('APPLICATION_COMMAND_OPTIONS_TYPE_INVALID');
    expect(raw.errors['1'].options['0'].options['1'].required._errors).toHaveLength(1);
    expect(raw.errors['2'].options['0'].name._errors[0].code).toBe('APPLICATION_COMMAND_INVALID_NAME');
    expect(raw.errors['3'].options._errors[0].code).toBe('BASE_TYPE_MAX_LENGTH');

    await registerGuildCommands(h, [{ name: 'buddy', description: 'b', options: [sub('show'), sub('avoid', [{ type: 6, name: 'who', description: 'w', required: true }])] }]);
    expect(() => h.fake.slash(h.user, h.channel, 'buddy')).toThrow(/has subcommands/);
    expect(() => h.fake.slash(h.user, h.channel, 'buddy avoid')).toThrow(/required option "who"/);
    const handle = h.fake.slash(h.user, h.channel, 'buddy avoid', { who: h.user });
    expect(handle.payload.data.options).toEqual([{ type: 1, name: 'avoid', options: [{ type: 6, name: 'who', value: h.user.id }] }]);
    expect(handle.payload.data.resolved.users[h.user.id]).toMatchObject({ id: h.user.id, username: 'alice' });
  });

  it('rejects a bad command definition with 50035 Invalid Form Body and an errors object', async () => {
    const h = await boot();
    const error = await h.client.application!.commands
      .set([
        { name: 'Check In', description: 'x' },
        { name: 'ok', description: 'y', options: [{ type: 3, name: 'a', description: 'a' }, { type: 3, name: 'b', description: 'b', required: true }] },
      ] as never, h.guild.id)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiscordAPIError);
    const api = error as DiscordAPIError;
    expect(api.code).toBe(50035);
    const raw = api.rawError as { errors: Record<string, any> };
    expect(raw.errors['0'].name._errors[0].code).toBe('APPLICATION_COMMAND_INVALID_NAME');
    expect(raw.errors['1'].options['1'].required._errors).toHaveLength(1);
    expect(h.fake.registeredCommands(h.guild)).toEqual([]);

    await registerGuildCommands(h, [{ name: 'ok', description: 'fine' }]);
    expect(h.fake.registeredCommands(h.guild).map((c) => c.name)).toEqual(['ok']);
  });

  it('sends GUILD_DELETE when the bot is removed, after which the guild channel answers 50001', async () => {
    const h = await boot();
    const channel = h.client.channels.cache.get(h.channel.id) as TextChannel;
    const deleted = new Promise<string>((resolve) => h.client.once(Events.GuildDelete, (g) => resolve(g.id)));
    h.fake.removeBotFromGuild(h.guild);
    expect(await deleted).toBe(h.guild.id);
    expect(h.client.guilds.cache.has(h.guild.id)).toBe(false);
    const error = await channel.send('anyone there?').catch((e: unknown) => e);
    expect((error as DiscordAPIError).code).toBe(50001);
    const unknown = await h.client.rest.post(`/channels/123/messages`, { body: { content: 'x' } }).catch((e: unknown) => e);
    expect((unknown as DiscordAPIError).code).toBe(10003);
  });

  it('survives injected 5xx responses through discord.js retries and resumes after a gateway reconnect', async () => {
    const h = await boot({}, async (i) => {
      if (i.isChatInputCommand()) await i.reply('still here');
    });
    const channel = h.client.channels.cache.get(h.channel.id) as TextChannel;
    h.fake.failNext('POST /channels/:id/messages', { status: 502, count: 2 });
    await channel.send('after a hiccup');
    expect(h.fake.stats.serverErrors).toBe(2);
    expect(h.fake.messagesIn(h.channel).map((m) => m.content)).toEqual(['after a hiccup']);

    await registerGuildCommands(h, [{ name: 'ping', description: 'Ping' }]);
    h.fake.gateway.requestReconnect();
    await h.fake.waitFor(() => h.fake.gateway.received.resume === 1 && h.fake.gateway.connected, 5000, 'the client to resume');
    expect((await h.fake.slash(h.user, h.channel, 'ping').reply()).content).toBe('still here');
    expect(h.fake.gateway.received.identify).toBe(1);
  });
});
