import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiscordBed } from './helpers/discord-harness.js';

// End to end with the real discord.js client: commands with actions are Discord subcommands with
// typed, required options; /buddy avoid picks a person and /settings role a role.

let bed: DiscordBed;
beforeEach(async () => {
  bed = new DiscordBed();
  await bed.start();
});
afterEach(async () => {
  await bed.stop();
});

const db = () => bed.world.core.db;
const texts = (seen: { text: string }[]) => seen.map((s) => s.text).join('\n---\n');

async function setUp() {
  bed.makeManager('Sam');
  await bed.slash('Sam', 'group', 'setup', { timezone: 'Europe/London', day: 'sunday', time: '19:00', name: 'Tuesday Parents' });
}

async function join(name: string) {
  await bed.slash(name, 'group', 'join');
  await bed.press(name, 'Accept and join');
}

type Option = { type: number; name: string; required?: boolean; options?: Option[]; autocomplete?: boolean; choices?: unknown[] };

describe('Discord subcommands', () => {
  it('registers each action as a subcommand with its own typed options, required where needed', async () => {
    const byName = new Map(bed.fake.registeredCommands().map((c) => [c.name as string, c.options as Option[]]));
    const subs = (name: string) => Object.fromEntries(byName.get(name)!.map((o) => [o.name, o]));
    for (const [name, actions] of Object.entries({
      buddy: ['show', 'on', 'off', 'new', 'avoid'],
      prompt: ['now', 'skip', 'pause', 'resume'],
      agreement: ['show', 'set'],
      settings: ['show', 'set', 'role'],
      topics: ['show', 'offer', 'seek'],
    })) {
      expect(byName.get(name)!.map((o) => o.name), name).toEqual(actions);
      expect(byName.get(name)!.every((o) => o.type === 1), name).toBe(true);
    }
    expect(subs('buddy').avoid.options).toEqual([expect.objectContaining({ name: 'who', type: 6, required: false })]);
    expect(subs('settings').role.options).toEqual([expect.objectContaining({ name: 'role', type: 8, required: true })]);
    expect(subs('settings').set.options).toEqual([
      expect.objectContaining({ name: 'key', type: 3, required: true }),
      expect.objectContaining({ name: 'value', type: 3, required: true }),
    ]);
    expect(subs('settings').set.options![0].choices).not.toContainEqual(expect.objectContaining({ value: 'role' }));
    expect(subs('agreement').set.options).toEqual([expect.objectContaining({ name: 'text', type: 3, required: true, max_length: 3000 })]);
    expect(subs('topics').offer.options).toEqual([expect.objectContaining({ name: 'topics', type: 3, required: true, autocomplete: true })]);
    expect(subs('prompt').now.options).toEqual([]);
  });

  it('runs subcommands; Discord does not offer a command with subcommands bare, nor one without its required options', async () => {
    await setUp();
    await join('Alex');
    expect(() => bed.fake.slash(bed.user('Alex'), bed.channel, 'buddy')).toThrow(/has subcommands/);
    expect(() => bed.fake.slash(bed.user('Sam'), bed.channel, 'agreement set')).toThrow(/required option "text"/);

    const on = await bed.slash('Alex', 'group', 'buddy on');
    expect(on.handle.payload.data.options).toEqual([{ type: 1, name: 'on', options: [] }]);
    expect(texts(on.seen)).toMatch(/You're in/);
    expect(texts((await bed.slash('Alex', 'group', 'buddy show')).seen)).toMatch(/in for the next round/);

    const set = await bed.slash('Sam', 'group', 'agreement set', { text: 'We listen. We keep confidences.' });
    expect(set.handle.payload.data.options).toEqual([{ type: 1, name: 'set', options: [{ type: 3, name: 'text', value: 'We listen. We keep confidences.' }] }]);
    expect(texts(set.seen)).toMatch(/version 2/);
    // Still checked at run time: a member cannot set it, whatever Discord showed them.
    expect(texts((await bed.slash('Alex', 'group', 'agreement set', { text: 'Mine now, all of it' })).seen)).toMatch(/facilitators/);
    expect(texts((await bed.slash('Alex', 'group', 'agreement show')).seen)).toMatch(/We keep confidences/);

    expect(texts((await bed.slash('Sam', 'group', 'settings set', { key: 'absence', value: '3' })).seen)).toMatch(/absence is now 3/);
    expect(texts((await bed.slash('Sam', 'group', 'settings show')).seen)).toMatch(/\/settings set <key> <value>/);
    expect(texts((await bed.slash('Sam', 'group', 'prompt pause')).seen)).toMatch(/paused/);
    expect(texts((await bed.slash('Alex', 'group', 'topics seek', { topics: 'sleep, school' })).seen)).toMatch(/#sleep/);
    expect(texts((await bed.slash('Alex', 'group', 'topics show')).seen)).toMatch(/looking for: #sleep, #school/);
    expect(bed.problems()).toEqual([]);
  });

  it('/buddy avoid picks a person: the interaction resolves them, and the avoid list holds that member', async () => {
    await setUp();
    await join('Alex');
    const bob = bed.user('Bob');
    bed.fake.world.member(bed.guild.id, bob.id)!.nick = 'Bobby';
    await join('Bob');
    const picked = await bed.slash('Alex', 'group', 'buddy avoid', { who: bob });
    expect(picked.handle.payload.data.resolved.users[bob.id]).toMatchObject({ id: bob.id, username: 'bob' });
    expect(texts(picked.seen)).toMatch(/you won't be paired with Bobby/);
    expect(picked.seen.every((s) => s.to === 'private')).toBe(true);
    const avoids = await db()
      .selectFrom('buddy_avoids')
      .innerJoin('members', 'members.id', 'buddy_avoids.avoided_member_id')
      .innerJoin('people', 'people.id', 'members.person_id')
      .select('people.user_id')
      .execute();
    expect(avoids).toEqual([{ user_id: bob.id }]);

    // Picking someone who never joined, or oneself, gets a kind answer and records nothing.
    expect(texts((await bed.slash('Alex', 'group', 'buddy avoid', { who: bed.user('Carol') })).seen)).toMatch(/hasn't joined this group with me/);
    expect(texts((await bed.slash('Alex', 'group', 'buddy avoid', { who: bed.user('Alex') })).seen)).toMatch(/That's you/);
    expect(await db().selectFrom('buddy_avoids').select('id').execute()).toHaveLength(1);
    // Without a person: the list, with a button to take Bobby off it.
    const list = await bed.slash('Alex', 'group', 'buddy avoid');
    expect(list.seen[0].choices).toEqual(['Remove Bobby']);
    expect(bed.problems()).toEqual([]);
  });

  it('/settings role picks a role; its holders are facilitators, read through discord.js\'s public member roles', async () => {
    await setUp();
    const facilitators = bed.fake.createRole(bed.guild, { name: 'Facilitators' });
    const set = await bed.slash('Sam', 'group', 'settings role', { role: facilitators });
    expect(set.handle.payload.data.resolved.roles[facilitators.id]).toMatchObject({ id: facilitators.id, name: 'Facilitators' });
    const group = () => db().selectFrom('groups').select('facilitator_role').executeTakeFirstOrThrow();
    expect((await group()).facilitator_role).toBe(facilitators.id);

    const dana = bed.user('Dana');
    bed.fake.world.member(bed.guild.id, dana.id)!.roles.push(facilitators.id);
    expect(texts((await bed.slash('Dana', 'group', 'prompt skip')).seen)).toMatch(/No meeting this week/);
    expect(texts((await bed.slash('Eve', 'group', 'prompt resume')).seen)).toMatch(/for the group's facilitators/);

    // @everyone means no role in particular: never everyone a facilitator.
    const everyone = bed.fake.world.roles.get(bed.guild.id)!;
    await bed.slash('Sam', 'group', 'settings role', { role: everyone });
    expect((await group()).facilitator_role).toBeNull();
    expect(texts((await bed.slash('Dana', 'group', 'prompt resume')).seen)).toMatch(/for the group's facilitators/);
    expect(bed.problems()).toEqual([]);
  });
});
