import { REST } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { Command } from '../commands/command.js';
import { commandList } from '../commands/index.js';
import { registerCommands } from '../src/adapters/discord/register.js';
import { toGroup, toPrivate } from '../src/core/reply.js';
import { type BedOptions, DiscordBed, labels } from './helpers/discord-harness.js';

// Answers on time whatever the work takes, errors that never take the bot down, select menus,
// forms that arrive late, group answers caused from a DM, and registration as a deploy step.

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const testCommand = (name: string, run: Command['run'], extra: Partial<Command> = {}): Command => ({
  name,
  description: `Test command ${name}`,
  usage: `/${name}`,
  access: 'anyone',
  scope: 'anywhere',
  options: [],
  run,
  ...extra,
});

const picked: string[] = [];
const extras: Command[] = [
  testCommand('boom', async () => {
    throw new Error('secret note text that must not be logged');
  }),
  testCommand('slow', async () => (await sleep(800), [toPrivate('Thought about it: **done**.'), toPrivate('And one more thing.')])),
  testCommand('slowgroup', async () => (await sleep(800), [toGroup('Everyone: the slow news.')])),
  testCommand('slowform', async () => (await sleep(800), [toPrivate('Tell me more.', { form: { id: 'slowform:f', title: 'More', fields: [{ id: 'what', label: 'What?', required: true }] } })]), {
    forms: { access: 'anyone', run: async (_ctx, _d, v) => [toPrivate(`Got: ${v.what}`)] },
  }),
  testCommand('many', async () => [toPrivate('Pick one.', { choices: Array.from({ length: 12 }, (_, n) => ({ id: `many:${n}`, label: `Option ${n}` })) })], {
    choices: { access: 'anyone', run: async (ctx, data) => (picked.push(`${ctx.person.display_name}:${data[0]}`), [toPrivate(`You picked ${data[0]}.`)]) },
  }),
];

let bed: DiscordBed;
afterEach(async () => {
  await bed?.stop();
});

async function start(opts: BedOptions = {}) {
  bed = new DiscordBed({ commands: [...commandList, ...extras], ackAfterMs: 100, ...opts });
  await bed.start();
}

describe('Discord: answering on time, and errors', () => {
  it('defers work that takes longer, then edits the answer in: never a 10062', async () => {
    await start({ fake: { interactionTimeoutMs: 600 } });
    const slow = await bed.slash('Alex', 'group', 'slow');
    expect(slow.handle.callback).toMatchObject({ type: 5, ephemeral: true, ok: true });
    expect(slow.handle.callback!.afterMs).toBeLessThan(600);
    expect(slow.seen.map((s) => [s.to, s.text])).toEqual([['private', 'Thought about it: done.'], ['private', 'And one more thing.']]);

    // A slow answer for the whole group: the private placeholder is resolved, the news follows for everyone.
    const group = await bed.slash('Alex', 'group', 'slowgroup');
    expect(group.seen.filter((s) => s.to === 'group').map((s) => s.text)).toEqual(['Everyone: the slow news.']);

    // A form that is ready too late for a modal comes as a button that opens it.
    const form = await bed.slash('Alex', 'group', 'slowform');
    expect(form.seen.map((s) => s.text)).toEqual(['Tell me more.']);
    const opener = bed.findChoice('Alex', 'Fill in')!;
    expect(labels(opener.message, true)).toEqual(['✏️ Fill in']);
    const opened = await bed.click('Alex', opener.message, opener.customId);
    expect(opened.handle.modal?.title).toBe('More');
    const done = await bed.submit('Alex', { what: 'this' });
    expect(done.map((s) => s.text)).toEqual(['Got: this']);

    expect(bed.fake.interactionResponses.filter((r) => !r.ok)).toEqual([]);
    expect(bed.problems()).toEqual([]);
  });

  it('logs a failing command with ids only, answers kindly, and keeps running', async () => {
    await start();
    const boom = await bed.slash('Alex', 'group', 'boom');
    expect(boom.seen).toEqual([expect.objectContaining({ to: 'private', text: expect.stringMatching(/something went wrong on my side/) })]);
    const errors = bed.logs.filter((l) => l.level === 'error');
    expect(errors).toHaveLength(1);
    expect(JSON.stringify(errors)).not.toMatch(/secret note|Alex/);
    expect(errors[0].obj).toMatchObject({ platform: 'discord', chat: bed.channel.id, name: 'boom' });

    // The answer itself fails at Discord: logged with ids, and the person still gets a kind word.
    bed.fake.failNext('POST /interactions/:id/:token/callback', { status: 400 });
    const failed = await bed.slash('Alex', 'group', 'support');
    expect(failed.seen.map((s) => s.text).join()).toMatch(/something went wrong on my side/);
    expect(bed.logs.filter((l) => l.msg === 'interaction failed')[0]?.obj).toMatchObject({ interaction: failed.handle.id, command: 'support', user: bed.user('Alex').id });

    expect((await bed.slash('Alex', 'group', 'support')).seen[0].text).toMatch(/danger/);
  });

  it('shows many choices as a select menu; a pick acts for whoever picks', async () => {
    await start();
    const menu = await bed.slash('Alex', 'group', 'many');
    const msg = bed.findChoice('Alex', 'Option 11')!;
    expect(msg.kind).toBe('select');
    expect(menu.seen[0].choices).toHaveLength(12);
    await bed.press('Alex', 'Option 7');
    expect(picked).toEqual(['Alex:7']);
    // A value that is not one of ours is refused.
    await bed.slash('Alex', 'group', 'many');
    const again = bed.findChoice('Alex', 'Option 11')!;
    const row = again.message.components[0].components[0];
    row.options.push({ label: 'Forged', value: 'many:99||AAAAAAAAAAAA' });
    const forged = await bed.act(() => bed.fake.select(bed.user('Alex'), again.message, row.custom_id, ['many:99||AAAAAAAAAAAA']));
    expect(forged.seen[0].text).toMatch(/doesn't work any more/);
    expect(picked).toEqual(['Alex:7']);
  });

  it('posts a note shared from a DM in the group channel, and nothing else', async () => {
    await start();
    bed.makeManager('Sam');
    await bed.slash('Sam', 'group', 'setup', { timezone: 'Europe/London', day: 'sunday', time: '19:00', name: 'Parents' });
    await bed.slash('Alex', 'group', 'join');
    await bed.press('Alex', 'Accept and join');
    const before = bed.groupMessages().length;
    const dm = await bed.slash('Alex', 'dm', 'checkin', { mood: 4, note: 'better _now_', share: 'yes' });
    expect(dm.seen.map((s) => s.to).sort()).toEqual(['group', 'private']);
    const posted = bed.groupMessages().slice(before);
    expect(posted.map((m) => m.content)).toEqual(['**Alex** shared: better \\_now\\_']);
    expect(bed.problems()).toEqual([]);
  });
});

describe('Discord: registering slash commands', () => {
  it('writes nothing when the definitions have not changed, and one bulk overwrite when they have', async () => {
    await start();
    const rest = new REST({ api: bed.fake.apiRoot }).setToken(bed.fake.token);
    const writes = () => bed.fake.requests.filter((r) => r.method !== 'GET' && r.path.includes('/commands')).length;
    const before = writes();
    const same = await registerCommands({ rest, appId: bed.fake.applicationId, commands: [...commandList, ...extras] });
    expect(same).toMatchObject({ changed: false, scope: 'global' });
    expect(writes()).toBe(before);

    const changed = await registerCommands({ rest, appId: bed.fake.applicationId, commands: [...commandList, { ...extras[0], description: 'Changed' }] });
    expect(changed.changed).toBe(true);
    expect(writes()).toBe(before + 1);
    const guild = await registerCommands({ rest, appId: bed.fake.applicationId, guildId: bed.guild.id, commands: commandList });
    expect(guild).toMatchObject({ changed: true, scope: 'guild', count: commandList.length });
    expect(bed.fake.registeredCommands(bed.guild).map((c) => c.name).sort()).toEqual(commandList.map((c) => c.name).sort());
    expect((await registerCommands({ rest, appId: bed.fake.applicationId, guildId: bed.guild.id, commands: commandList })).changed).toBe(false);
  });
});
