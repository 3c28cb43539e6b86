import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiscordBed, fromDiscord, labels } from './helpers/discord-harness.js';
import { Perm } from './fakes/discord/index.js';

// End to end with the real discord.js client: what people in the server see, and what the
// database holds, for setup, joining, check-ins, the weekly prompt and who may do what.

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
  const { seen } = await bed.slash('Sam', 'group', 'setup', { timezone: 'Europe/London', day: 'sunday', time: '19:00', name: 'Tuesday Parents' });
  expect(seen.filter((s) => s.to === 'group').map((s) => s.text).join()).toMatch(/Tuesday Parents/);
}

async function join(name: string) {
  const { seen } = await bed.slash(name, 'group', 'join');
  expect(seen).toHaveLength(1);
  expect(seen[0]).toMatchObject({ to: 'private', choices: ['Accept and join', 'Not now'] });
  return bed.press(name, 'Accept and join');
}

async function checkins() {
  return db().selectFrom('checkins').innerJoin('members', 'members.id', 'checkins.member_id').innerJoin('people', 'people.id', 'members.person_id').select(['people.display_name as name', 'mood', 'note', 'note_shared']).orderBy('checkins.id').execute();
}

describe('Discord: setting up, joining and checking in', () => {
  it('sets up with Manage Server, joins by button, and checks in by button, by options and with a note in a modal', async () => {
    await setUp();
    const group = await db().selectFrom('groups').selectAll().executeTakeFirstOrThrow();
    expect([group.platform, group.chat_id, group.timezone, group.checkin_weekday, group.checkin_time]).toEqual(['discord', bed.channel.id, 'Europe/London', 7, '19:00']);

    // Joining: the agreement is ephemeral; accepting turns it into the welcome-in, and the group sees a welcome.
    const joined = await join('Alex');
    expect(joined.find((s) => s.to === 'group')?.text).toBe('Welcome, Alex! 👋');
    const agreementMsg = bed.fake.messages.find((m) => m.history[0].content.includes('our agreement'))!;
    expect(agreementMsg.ephemeral).toBe(true);
    expect(agreementMsg.components).toEqual([]); // the buttons went once pressed
    expect(await db().selectFrom('members').select(['status', 'accepted_version']).execute()).toEqual([{ status: 'active', accepted_version: 1 }]);

    // By button: /checkin offers the five moods (and a note), privately.
    const ask = await bed.slash('Alex', 'group', 'checkin');
    expect(ask.seen).toHaveLength(1);
    expect(ask.seen[0].to).toBe('private');
    expect(ask.seen[0].choices).toHaveLength(5);
    const thanks = await bed.press('Alex', 'good');
    expect(texts(thanks)).toMatch(/Thank you for checking in/);
    expect(thanks.every((s) => s.to === 'private')).toBe(true);

    // By options: a note typed into /checkin stays private (slash options are not shown to the channel).
    await join('Bob');
    const typed = await bed.slash('Bob', 'group', 'checkin', { mood: 3, note: 'tired but ok' });
    expect(typed.seen.map((s) => s.to)).toEqual(['private']);
    expect(texts(typed.seen)).toMatch(/note is private/);

    // With a note in a modal, shared with the group.
    await join('Cara');
    await bed.slash('Cara', 'group', 'checkin');
    const opener = bed.findChoice('Cara', 'Add a note')!;
    const opened = await bed.click('Cara', opener.message, opener.customId);
    expect(opened.handle.modal?.title).toBe('/checkin');
    const shared = await bed.submit('Cara', { mood: '5', note: 'a *good* week', share: 'yes' });
    expect(shared.filter((s) => s.to === 'group').map((s) => s.text)).toEqual(['Cara shared: a *good* week']);
    // People's text is escaped: no bold sneaks in.
    expect(bed.groupMessages().at(-1)!.content).toBe('**Cara** shared: a \\*good\\* week');

    expect(await checkins()).toEqual([
      { name: 'Alex', mood: 4, note: null, note_shared: 0 },
      { name: 'Bob', mood: 3, note: 'tired but ok', note_shared: 0 },
      { name: 'Cara', mood: 5, note: 'a *good* week', note_shared: 1 },
    ]);
    // Nothing private ever reached the channel.
    const channelText = bed.groupMessages().map((m) => fromDiscord(m.content)).join('\n');
    expect(channelText).not.toMatch(/tired but ok|Thank you for checking in|our agreement/);
    expect(bed.fake.interactionResponses.every((r) => r.ok && r.afterMs < 3000)).toBe(true);
    expect(bed.problems()).toEqual([]);
  });

  it('posts the weekly prompt with mood buttons; a press records the presser and the prompt shows how many have checked in', async () => {
    await setUp();
    await join('Alex');
    await join('Bob');
    const now = await bed.slash('Sam', 'group', 'prompt now');
    expect(texts(now.seen)).toMatch(/on its way/);
    await bed.drain();
    const prompt = bed.groupMessages().find((m) => m.content.includes('weekly check-in'))!;
    expect(labels(prompt)).toEqual(['1 😣 struggling', '2 😕 low', '3 😐 okay', '4 🙂 good', '5 😄 great']);
    expect(labels(prompt, true)).toContain('✏️ Add a note');

    // Bob presses a button on the group's message: it records Bob's check-in, answered only to Bob.
    const mood = prompt.components[0].components[1];
    const pressed = await bed.click('Bob', prompt, mood.custom_id);
    // The thanks, and the offer to add a few words (a ✏️ form).
    expect(pressed.seen.map((s) => [s.to, s.who])).toEqual([['private', 'Bob'], ['private', 'Bob']]);
    expect(await checkins()).toEqual([{ name: 'Bob', mood: 2, note: null, note_shared: 0 }]);
    await bed.drain();
    expect(fromDiscord(prompt.content)).toMatch(/1 person has checked in so far\./);
    expect(fromDiscord(prompt.content)).not.toMatch(/Bob|Alex|low|😕 2/);
    expect(prompt.history.length).toBeGreaterThan(1);

    // Alex presses the same message a little later: the tally is edited again, a count by default.
    bed.world.clock.set(new Date(bed.world.clock.now().getTime() + 10_000));
    await bed.click('Alex', prompt, prompt.components[0].components[4].custom_id);
    await bed.drain();
    expect(fromDiscord(prompt.content)).toMatch(/2 people have checked in so far\./);
    expect(bed.groupMessages().filter((m) => m.content.includes('weekly check-in'))).toHaveLength(1);
    expect(bed.problems()).toEqual([]);
  });

  it("refuses someone else's private buttons, forged and stale ids politely, and records nothing", async () => {
    await setUp();
    await join('Alex');
    await join('Bob');
    await bed.slash('Alex', 'group', 'checkin');
    const alexMoods = bed.findChoice('Alex', 'great')!;

    // Bob gets hold of Alex's ephemeral buttons (a modified client): refused, nothing recorded.
    const notYours = await bed.click('Bob', alexMoods.message, alexMoods.customId);
    expect(notYours.seen).toEqual([expect.objectContaining({ to: 'private', who: 'Bob', text: expect.stringMatching(/for someone else/) })]);

    // A forged id (right shape, wrong signature) and an id that is not ours at all.
    for (const forged of ['checkin:mood:1||AAAAAAAAAAAA', 'checkin:mood:1', '~form:checkin:options||x']) {
      const row = alexMoods.message.components[0];
      row.components[0] = { ...row.components[0], custom_id: forged };
      const r = await bed.click('Alex', alexMoods.message, forged);
      expect(texts(r.seen)).toMatch(/doesn't work any more/);
      expect(r.handle.callback?.ephemeral).toBe(true);
    }
    const modal = await bed.act(() => bed.fake.submitModal(bed.user('Bob'), bed.channel, 'checkin:options||zzzzzzzzzzzz', { mood: '1' }, { unsolicited: true }));
    expect(texts(modal.seen)).toMatch(/doesn't work any more/);

    // A stale button: the agreement changed after the Accept button was shown.
    await bed.slash('Dee', 'group', 'join');
    await bed.slash('Sam', 'group', 'agreement set', { text: 'We listen. We are kind.' });
    const stale = await bed.press('Dee', 'Accept and join');
    expect(texts(stale)).toMatch(/agreement has changed/i);

    expect(await checkins()).toEqual([]);
    expect(await db().selectFrom('members').select('id').execute()).toHaveLength(2);
    expect(bed.problems().filter((p) => !/custom id refused/.test(p))).toEqual([]);
  });

  it('opens a form for /setup given nothing, and sets the group up from it', async () => {
    bed.makeManager('Sam');
    const opened = await bed.slash('Sam', 'group', 'setup');
    expect(opened.handle.modal?.title).toBe('Set up the group');
    const done = await bed.submit('Sam', { timezone: 'America/New_York', day: 'tuesday', time: '18:30', name: 'Evening Circle' });
    expect(done.filter((s) => s.to === 'group').map((s) => s.text).join()).toMatch(/Evening Circle[\s\S]*Tuesday at 18:30/);
    expect(await db().selectFrom('groups').select(['timezone', 'checkin_time', 'name']).execute()).toEqual([{ timezone: 'America/New_York', checkin_time: '18:30', name: 'Evening Circle' }]);
    expect(bed.problems()).toEqual([]);
  });

  it('registers facilitator commands for Manage Server, and checks at run time: role holders yes, others no', async () => {
    const registered = bed.fake.registeredCommands();
    const byName = new Map(registered.map((c) => [c.name, c]));
    for (const name of ['setup', 'settings', 'prompt', 'pair', 'stats', 'export']) expect(byName.get(name)?.default_member_permissions).toBe(String(Perm.MANAGE_GUILD));
    for (const name of ['join', 'checkin', 'support', 'agreement']) expect(byName.get(name)?.default_member_permissions).toBeNull();
    const mood = byName.get('checkin')!.options.find((o: { name: string }) => o.name === 'mood');
    expect(mood).toMatchObject({ type: 4, min_value: 1, max_value: 5 });
    expect(byName.get('setup')!.options.find((o: { name: string }) => o.name === 'timezone')).toMatchObject({ type: 3, autocomplete: true });
    expect(byName.get('setup')!.options.find((o: { name: string }) => o.name === 'day').choices).toHaveLength(7);

    await setUp();
    const facilitators = bed.fake.createRole(bed.guild, { name: 'Facilitators' });
    await bed.slash('Sam', 'group', 'settings role', { role: facilitators });
    expect((await db().selectFrom('groups').select('facilitator_role').executeTakeFirstOrThrow()).facilitator_role).toBe(facilitators.id);

    // The server granted /prompt to the Facilitators role in Integrations; Discord shows it to Dana and Eve alike here.
    const dana = bed.user('Dana');
    bed.fake.world.member(bed.guild.id, dana.id)!.roles.push(facilitators.id);
    const allowed = await bed.slash('Dana', 'group', 'prompt pause');
    expect(texts(allowed.seen)).toMatch(/paused/);
    expect((await db().selectFrom('groups').select('prompt_paused').executeTakeFirstOrThrow()).prompt_paused).toBe(1);

    const refused = await bed.slash('Eve', 'group', 'prompt resume');
    expect(refused.seen).toEqual([expect.objectContaining({ to: 'private', text: expect.stringMatching(/facilitators/) })]);
    expect((await db().selectFrom('groups').select('prompt_paused').executeTakeFirstOrThrow()).prompt_paused).toBe(1);
    const settings = await bed.slash('Eve', 'group', 'agreement set', { text: 'Mine now' });
    expect(texts(settings.seen)).toMatch(/facilitators/);

    // In a DM, the run-time check asks Discord about the member of the group's server.
    await join('Dana');
    await join('Eve');
    const inDm = await bed.slash('Dana', 'dm', 'stats');
    expect(texts(inDm.seen)).toMatch(/Tuesday Parents/);
    expect(texts(inDm.seen)).not.toMatch(/for the group's facilitators/);
    const eveDm = await bed.slash('Eve', 'dm', 'stats');
    expect(texts(eveDm.seen)).toMatch(/for the group's facilitators/);
    expect(bed.problems()).toEqual([]);
  });

  it('suggests time zones and the group\'s topics while typing', async () => {
    bed.makeManager('Sam');
    const tz = bed.fake.autocomplete(bed.user('Sam'), bed.channel, 'setup', { timezone: 'lond' }, 'timezone');
    await tz.acknowledged();
    expect(tz.choices?.map((c) => c.value)).toContain('Europe/London');
    await setUp();
    await join('Alex');
    await bed.slash('Alex', 'group', 'topics offer', { topics: 'sleep, school' });
    const topics = bed.fake.autocomplete(bed.user('Alex'), bed.channel, 'topics seek', { topics: 'benefits, sl' }, 'topics');
    await topics.acknowledged();
    expect(topics.choices?.map((c) => c.value)).toEqual(['benefits, sleep']);
    const inDm = bed.fake.autocomplete(bed.user('Alex'), bed.where('Alex', 'dm'), 'tips', { search: 'sch' }, 'search');
    await inDm.acknowledged();
    expect(inDm.choices?.map((c) => c.value)).toEqual(['school']);
    expect(bed.problems()).toEqual([]);
  });
});
