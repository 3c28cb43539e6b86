import { toPlainText } from '../src/core/reply.js';
import { type Kysely, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { setAgreement } from '../src/core/agreements.js';
import { queueMeetupReminders } from '../src/core/meetups.js';
import { runPairRound } from '../src/core/pairing/rounds.js';
import { PERSON_LINKS, forgetPerson } from '../src/core/privacy.js';
import type { DB } from '../src/db/database.js';
import { DeliveryWorker } from '../src/jobs/delivery.js';
import { PACING } from '../src/jobs/pacing.js';
import { textOf } from './helpers/act.js';
import { refOf } from './helpers/domain-scan.js';
import { type DomainWorld, domainWorld } from './helpers/domain-world.js';
import { RecordingPort, virtualTimer } from './helpers/schedule-world.js';

// /forgetme erases by id and by structure. A name is not an id: people called "active", "the",
// "Will", "prompt", '"}' or "someone" are erased without touching a word anyone else wrote.

const NAMES = ['active', 'the', 'Will', 'prompt', '"}', 'someone'];
/** What other members wrote, mentioning every one of those names. */
const THEIR_WORDS = 'Will the prompt stay active? "} someone said so';
const AGREEMENT = `We listen. Will the prompt stay active? "} someone will know, and the group decides.`;

let w: DomainWorld;
afterEach(() => w?.close());

// ---- a full dump of every table, and the difference between two ----

type Dump = Map<string, string>;

/** Every row of every table the database reports, keyed `table#<first column>` (its primary key here). */
async function dump(db: DB): Promise<Dump> {
  const out: Dump = new Map();
  const any = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  for (const t of await db.introspection.getTables()) {
    let q = any.selectFrom(t.name).selectAll();
    for (const c of t.columns) q = q.orderBy(c.name);
    for (const row of await q.execute()) {
      const key = `${t.name}#${String(row[t.columns[0].name])}`;
      expect(out.has(key), key).toBe(false);
      out.set(key, JSON.stringify(row));
    }
  }
  return out;
}

function diff(before: Dump, after: Dump) {
  return {
    deleted: [...before.keys()].filter((k) => !after.has(k)).sort(),
    added: [...after.keys()].filter((k) => !before.has(k)).sort(),
    changed: [...before.keys()].filter((k) => after.has(k) && after.get(k) !== before.get(k)).sort(),
  };
}

const rowsOf = (d: Dump, table: string) => [...d].filter(([k]) => k.startsWith(`${table}#`)).map(([k, v]) => ({ key: k, row: JSON.parse(v) as Record<string, unknown> }));

// ---- a group where everything has happened ----

const deliver = async () => {
  const port = new RecordingPort();
  // Tally edits are spaced a few seconds apart: move the clock until nothing due is left.
  const stats = { sent: 0, failed: 0 };
  for (let i = 0; i < 5; i++) {
    w.world.clock.advance(6000);
    const s = await new DeliveryWorker({ core: w.world.core, port, pacing: PACING.console, timer: virtualTimer() }).drain();
    stats.sent += s.sent;
    stats.failed += s.failed;
  }
  return { port, stats };
};

async function meetup(who: string, text: string): Promise<number> {
  const draft = await w.act.command(who, `/meetup ${text}`);
  await w.act.choose(who, draft[0].choices![0].id);
  const db = w.world.core.db;
  return (await db.selectFrom('meetups').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow()).id;
}

/** Sam (facilitator), Alex, Bea, Cy and Dee, whose agreement, notes and tips mention every name. */
async function groupAround(name: string, joined: boolean) {
  w = await domainWorld([]);
  const { act } = w;
  const core = w.world.core;
  await setAgreement(core, (await w.group()).id, AGREEMENT);
  for (const n of ['Sam', 'Alex', 'Bea', 'Cy', 'Dee']) await act.choose(n, 'join:accept:2');
  await act.command('Alex', `/tip #forms Ask Will: ${THEIR_WORDS}`, 'dm');
  const walk = await meetup('Alex', `24 Nov 09:30 | Will the prompt "} walk | the park, someone's bench`);
  await act.choose('Bea', `meetups:r:${walk}:y`);
  await act.command('Cy', '/buddy on');
  let own: number | undefined;
  if (joined) {
    await act.choose(name, 'join:accept:2');
    await act.command(name, '/buddy on');
    await act.command(name, '/topics offer zq-own-offer');
    await act.command(name, '/tip #zq-own-topic zq-own-tip', 'dm');
    await act.command(name, '/buddy avoid Dee', 'dm');
    await act.command('Bea', `/buddy avoid ${name}`, 'dm');
    await act.choose(name, `meetups:r:${walk}:m`);
    own = await meetup(name, '4 Dec 18:00 | zq-own-meetup | zq-own-place');
    await act.choose('Cy', `meetups:r:${own}:y`);
    await act.choose('Dee', `meetups:r:${own}:n`);
  } else {
    await act.command(name, '/support', 'dm');
  }
  // This period's prompt goes out, then people check in and the tally follows.
  await act.command('Sam', '/prompt now');
  await deliver();
  await act.command('Alex', '/checkin 4', 'dm');
  if (joined) await act.command(name, '/checkin 2 zq-own-note', 'dm');
  await act.command('Bea', `/checkin 3 ${THEIR_WORDS}`, 'dm');
  await runPairRound(core, await w.group(), core.clock.now());
  await deliver();
  // Reminders for tomorrow's walk wait in the outbox, their JSON holding '"}'.
  expect(await queueMeetupReminders(core, core.clock.now())).toBeGreaterThan(0);
  return { walk, own };
}

describe('/forgetme erases by id and structure, never by name', () => {
  for (const name of NAMES)
    for (const joined of [true, false])
      it(`changes exactly the expected rows for someone called ${JSON.stringify(name)} who ${joined ? 'joined' : 'never joined'}`, async () => {
        const { own } = await groupAround(name, joined);
        const db = w.world.core.db;
        const person = await db.selectFrom('people').selectAll().where('display_name', '=', name).executeTakeFirstOrThrow();
        const memberIds = (await db.selectFrom('members').select('id').where('person_id', '=', person.id).execute()).map((m) => m.id);
        expect(memberIds.length).toBe(joined ? 1 : 0);
        await w.act.command(name, '/forgetme', 'dm');
        const before = await dump(db);
        expect(textOf(await w.act.choose(name, 'forgetme:yes', 'dm'))).toMatch(/erased/);
        const after = await dump(db);
        const d = diff(before, after);

        // Deleted: every row pointing at them by id, and the answers to the meetup they suggested.
        const pointsAtThem = (table: string, row: Record<string, unknown>) =>
          Object.entries(row).some(([c, v]) => {
            const ref = refOf(table, c);
            return (ref === 'people' && v === person.id) || (ref === 'members' && memberIds.includes(v as number));
          }) || (table === 'meetup_rsvps' && row.meetup_id === own);
        const tables = (await db.introspection.getTables()).map((t) => t.name);
        const expected = tables.flatMap((t) => rowsOf(before, t).filter((r) => pointsAtThem(t, r.row)).map((r) => r.key)).sort();
        expect(d.deleted).toEqual(expected);
        if (joined) {
          // Including Bea's wish not to be paired with them, and Cy's and Dee's answers to their meetup.
          const deletedRows = d.deleted.map((k) => JSON.parse(before.get(k)!));
          expect(deletedRows.filter((r) => r.avoided_member_id === memberIds[0]).length).toBe(1);
          expect(d.deleted.filter((k) => k.startsWith('meetup_rsvps#')).length).toBe(4); // theirs on the walk, and three on their meetup
        } else {
          expect(d.deleted).toEqual([`people#${person.id}`]);
        }

        // Added: only the kind notices to others (their buddy, who answered their meetup), the tally edit,
        // and the edit of their meetup's post in the group (it named them).
        const added = d.added.map((k) => JSON.parse(after.get(k)!) as Record<string, unknown>);
        const names = new Map((await db.selectFrom('people').select(['id', 'display_name']).execute()).map((p) => [p.id, p.display_name]));
        const addedKinds = added.map((r) => `${r.kind}>${r.person_id ? names.get(r.person_id as number) : 'group'}`).sort();
        expect(addedKinds).toEqual(joined ? ['buddy_left>Cy', 'meetup_cancelled>Cy', 'meetup_cancelled>Dee', 'meetup_off>group', 'tally>group'] : []);
        expect(d.added.every((k) => k.startsWith('outbox#'))).toBe(true);
        for (const r of added) {
          expect(r.payload as string).not.toContain('zq-own');
          expect(r.payload as string).not.toMatch(/erase/i);
        }

        // Changed: nothing. Others' notes, tips, agreement, memberships, keys and queued JSON are byte-identical.
        expect(d.changed).toEqual([]);
        expect((await db.selectFrom('agreements').select('text').orderBy('version', 'desc').executeTakeFirstOrThrow()).text).toBe(AGREEMENT);
        expect((await db.selectFrom('checkins').select('note').where('note', 'is not', null).execute()).map((c) => c.note)).toEqual([THEIR_WORDS]);

        // The next delivery pass sends everything that waited, and the tally no longer shows them.
        const { port, stats } = await deliver();
        expect(stats.failed).toBe(0);
        expect(await db.selectFrom('outbox').select('id').where('status', '=', 'pending').execute()).toEqual([]);
        expect(port.texts('meetup_reminder').length).toBe(2); // Alex and Bea, for the walk
        if (joined) expect(port.texts('tally')).toEqual([expect.stringMatching(/2 people have checked in so far\.$/)]);
      });
});

describe('their buddy is told, kindly and once', () => {
  it('tells a pair partner once that their buddy has left, without a name, and that a new one comes next round', async () => {
    w = await domainWorld(['Alex', 'Bea']);
    await w.buddiesOn('Alex', 'Bea');
    await runPairRound(w.world.core, await w.group(), w.world.clock.now());
    await deliver();
    await forgetPerson(w.world.core, await w.personId('Alex'));
    const told = await w.outbox('buddy_left');
    expect(told.map((o) => [o.to, o.status])).toEqual([['Bea', 'pending']]);
    expect(told[0].text).toMatch(/your buddy in \*\*Tuesday Parents\*\* has left the group/);
    expect(told[0].text).toMatch(/new buddy comes with the next round/);
    expect(told[0].text).not.toMatch(/Alex|erase/i);
    const { port } = await deliver();
    expect(port.texts('buddy_left').length).toBe(1);
    // Nobody is left to pair her with this round, and nothing is said twice.
    expect(textOf(await w.act.command('Bea', '/buddy'))).not.toMatch(/Alex/);
    await forgetPerson(w.world.core, await w.personId('Sam'));
    expect((await w.outbox('buddy_left')).length).toBe(1);
  });

  it('in a trio, each one left is told once per buddy who leaves', async () => {
    w = await domainWorld(['Alex', 'Bea', 'Cy']);
    await w.buddiesOn('Alex', 'Bea', 'Cy');
    await runPairRound(w.world.core, await w.group(), w.world.clock.now());
    await deliver();
    await forgetPerson(w.world.core, await w.personId('Alex'));
    let told = await w.outbox('buddy_left');
    expect(told.map((o) => o.to).sort()).toEqual(['Bea', 'Cy']);
    expect(told.every((o) => /one of your buddies .* has left the group\. Your other buddy is still with you/.test(o.text))).toBe(true);
    await forgetPerson(w.world.core, await w.personId('Cy'));
    told = await w.outbox('buddy_left');
    expect(told.map((o) => o.to)).toEqual(['Bea', 'Bea']);
    expect(told[1].text).toMatch(/your buddy in .* has left the group, so you're without a buddy/);
  });

  it('an introduction not yet sent is rewritten without them instead', async () => {
    w = await domainWorld(['Alex', 'Bea', 'Cy', 'Dee', 'Eve']);
    await w.buddiesOn('Alex', 'Bea', 'Cy', 'Dee', 'Eve'); // a pair and a trio
    const round = await runPairRound(w.world.core, await w.group(), w.world.clock.now());
    const nameOf = async (id: number) => (await w.world.core.db.selectFrom('members').innerJoin('people', 'people.id', 'members.person_id').select('display_name').where('members.id', '=', id).executeTakeFirstOrThrow()).display_name;
    const pair = await Promise.all(round.groups.find((g) => g.length === 2)!.map(nameOf));
    const trio = await Promise.all(round.groups.find((g) => g.length === 3)!.map(nameOf));
    await forgetPerson(w.world.core, await w.personId(pair[0]));
    await forgetPerson(w.world.core, await w.personId(trio[0]));
    const intros = await w.outbox('pair_intro');
    expect(intros.map((o) => o.to).sort()).toEqual([pair[1], trio[1], trio[2]].sort());
    expect(intros.find((o) => o.to === pair[1])!.text).toMatch(/There wasn't a buddy I could pair you with/);
    expect(intros.find((o) => o.to === trio[1])!.text).toMatch(new RegExp(`Your buddy in .* is \\*\\*${trio[2]}\\*\\*\\.`));
    expect(intros.find((o) => o.to === trio[2])!.text).toMatch(new RegExp(`Your buddy in .* is \\*\\*${trio[1]}\\*\\*\\.`));
    for (const o of intros) expect(o.text).not.toContain(`**${pair[0]}**`);
    for (const o of intros) expect(o.text).not.toContain(`**${trio[0]}**`);
    expect(await w.outbox('buddy_left')).toEqual([]);
  });

  it('drops unsent messages to others about them (their buddy told they went quiet, facilitators’ notes)', async () => {
    const { queueNudges } = await import('../src/core/absence.js');
    w = await domainWorld(['Alex', 'Bea']);
    await w.act.command('Sam', '/settings notes on');
    await w.buddiesOn('Alex', 'Bea');
    await runPairRound(w.world.core, await w.group(), w.world.clock.now());
    await deliver();
    for (let i = 0; i < 5; i++) {
      w.advanceDays(7);
      for (const n of ['Sam', 'Bea']) await w.act.command(n, '/checkin 3', 'dm');
      await queueNudges(w.world.core, await w.group(), w.world.clock.now());
    }
    await w.act.command('Alex', '/checkin 3', 'dm'); // named in this week's note to facilitators
    const { queueFacilitatorNotes } = await import('../src/jobs/facilitator-note.js');
    const { weekKey } = await import('../src/core/time.js');
    await queueFacilitatorNotes(w.world.core, await w.group(), weekKey(w.world.clock.now(), 'Europe/London'), w.world.clock.now());
    const kinds = (await w.outbox()).filter((o) => o.status === 'pending').map((o) => `${o.kind}>${o.to}`);
    expect(kinds).toEqual(expect.arrayContaining(['nudge>Alex', 'buddy_told>Bea', 'facilitator_note>Sam', 'facilitator_weekly>Sam']));
    await forgetPerson(w.world.core, await w.personId('Alex'));
    // What is left for others: only the kind word that their buddy has left.
    expect((await w.outbox()).filter((o) => o.status === 'pending').map((o) => `${o.kind}>${o.to}`)).toEqual(['buddy_left>Bea']);
  });
});

describe('a meetup they suggested', () => {
  it('is called off: everyone who answered is told (without its title), their answers go with it, other meetups keep theirs', async () => {
    w = await domainWorld(['Alex', 'Bea', 'Cy', 'Dee']);
    const db = w.world.core.db;
    const theirs = await meetup('Alex', '3 Dec 19:00 | zq-title | zq-place');
    const other = await meetup('Bea', '4 Dec 19:00 | Walk | The park');
    await w.act.choose('Bea', `meetups:r:${theirs}:y`);
    await w.act.choose('Cy', `meetups:r:${theirs}:m`);
    await w.act.choose('Dee', `meetups:r:${theirs}:n`);
    await w.act.choose('Alex', `meetups:r:${other}:y`);
    await w.act.choose('Cy', `meetups:r:${other}:y`);
    await forgetPerson(w.world.core, await w.personId('Alex'));
    const told = await w.outbox('meetup_cancelled');
    expect(told.map((o) => o.to)).toEqual(['Bea', 'Cy', 'Dee']);
    for (const o of told) {
      expect(toPlainText(o.text)).toMatch(/A meetup you answered in Tuesday Parents, on Thu 3 Dec, 19:00, has been called off\. Sorry!/);
      expect(o.text).not.toMatch(/zq-|Alex/);
    }
    expect(await db.selectFrom('meetups').select('id').execute()).toEqual([{ id: other }]);
    expect(await db.selectFrom('meetup_rsvps').select(['meetup_id', 'answer']).orderBy('id').execute()).toEqual([
      { meetup_id: other, answer: 'yes' },
      { meetup_id: other, answer: 'yes' },
    ]);
    expect(textOf(await w.act.command('Cy', '/meetups'))).not.toMatch(/zq-title/);
  });

  it('one already over goes quietly; unsent reminders for it are dropped and an unsent call-off loses its title', async () => {
    w = await domainWorld(['Alex', 'Bea', 'Cy']);
    const core = w.world.core;
    const past = await meetup('Alex', '24 Nov 12:00 | zq-past | zq-place');
    await w.act.choose('Bea', `meetups:r:${past}:y`);
    const soon = await meetup('Alex', '24 Nov 18:00 | zq-soon | zq-place');
    await w.act.choose('Cy', `meetups:r:${soon}:y`);
    const off = await meetup('Alex', '2 Dec 18:00 | zq-off | zq-place');
    await w.act.choose('Bea', `meetups:r:${off}:y`);
    const { cancelMeetup } = await import('../src/core/meetups.js');
    await cancelMeetup(core, await w.group(), await w.member('Alex'), false, off, 'Alex');
    w.world.clock.set(new Date('2026-11-24T06:00:00Z'));
    await queueMeetupReminders(core, core.clock.now());
    expect((await w.outbox('meetup_reminder')).map((o) => o.to).sort()).toEqual(['Alex', 'Alex', 'Bea', 'Cy']);
    w.world.clock.set(new Date('2026-11-24T16:00:00Z')); // the first is over; the second starts in two hours
    await forgetPerson(core, await w.personId('Alex'));
    expect(await core.db.selectFrom('meetups').select('id').execute()).toEqual([]);
    expect(await w.outbox('meetup_reminder')).toEqual([]);
    const told = await w.outbox('meetup_cancelled');
    expect(told.map((o) => o.to).sort()).toEqual(['Bea', 'Cy']);
    for (const o of told) expect(o.text).not.toMatch(/zq-/);
  });
});

describe('the weekly prompt', () => {
  it('a posted prompt of this period gets its tally re-rendered without them, through the usual tally edit', async () => {
    w = await domainWorld(['Alex', 'Bea']);
    await w.world.core.db.updateTable('groups').set({ tally: 'names' }).execute(); // check-ins typed in the group are named
    await w.act.command('Sam', '/prompt now');
    await deliver();
    for (const n of ['Alex', 'Bea']) await w.act.command(n, '/checkin 3');
    const first = await deliver();
    expect(first.port.texts('tally').at(-1)).toMatch(/2 people have checked in so far: \*\*Alex\*\*, \*\*Bea\*\*\.$/);
    await forgetPerson(w.world.core, await w.personId('Alex'));
    const { port } = await deliver();
    const edits = port.sent.filter((s) => s.delivery.kind === 'tally');
    expect(edits.map((s) => s.delivery.reply.text)).toEqual([expect.stringMatching(/1 person has checked in so far: \*\*Bea\*\*\.$/)]);
    expect(edits[0].delivery.reply.edits?.messageId).toBe(await promptMessageId());
  });

  it('a prompt still waiting to be posted goes out without them, and needs no edit after', async () => {
    w = await domainWorld(['Alex', 'Bea']);
    await w.world.core.db.updateTable('groups').set({ tally: 'names' }).execute(); // check-ins typed in the group are named
    await w.act.command('Alex', '/checkin 3');
    await w.act.command('Bea', '/checkin 3');
    await w.act.command('Sam', '/prompt now');
    expect((await w.outbox('prompt'))[0].text).toMatch(/2 people have checked in so far: \*\*Alex\*\*, \*\*Bea\*\*\.$/);
    await forgetPerson(w.world.core, await w.personId('Alex'));
    expect((await w.outbox('prompt'))[0].text).toMatch(/1 person has checked in so far: \*\*Bea\*\*\.$/);
    const { port } = await deliver();
    expect(port.texts('prompt')).toEqual([expect.stringMatching(/1 person has checked in so far: \*\*Bea\*\*\.$/)]);
    expect(port.texts('tally')).toEqual([]);
  });
});

async function promptMessageId() {
  return (await w.world.core.db.selectFrom('outbox').select('platform_message_id').where('kind', '=', 'prompt').executeTakeFirstOrThrow()).platform_message_id;
}

// ---- the list of columns that point at a person, checked against the schema ----

/** Columns named like an id that are known not to point at a person. */
const NOT_A_PERSON = new Set(['groups.chat_id', 'pair_members.round_id', 'meetup_rsvps.meetup_id', 'outbox.platform_message_id', 'incoming_updates.update_id', 'groups.topic_id']);

/** Every `*_id` column of every table, except the ids of groups, that PERSON_LINKS does not list. */
async function unlisted(db: DB): Promise<string[]> {
  const listed = new Set(PERSON_LINKS.map((l) => `${l.table}.${l.column}`));
  const out: string[] = [];
  for (const t of await db.introspection.getTables()) {
    // A person's and a member's own rows go whole (people by id, members by person_id).
    if (t.name === 'people' || t.name === 'members') continue;
    for (const c of t.columns) {
      const col = `${t.name}.${c.name}`;
      if (!/_id$/.test(c.name) || c.name === 'group_id' || NOT_A_PERSON.has(col) || listed.has(col)) continue;
      out.push(col);
    }
  }
  return out;
}

describe('the columns erasure knows', () => {
  it('cover every column of the schema that points at a member or a person', async () => {
    w = await domainWorld([]);
    const db = w.world.core.db;
    expect(await unlisted(db)).toEqual([]);
    // And the list names real columns, each pointing where it says.
    const tables = new Map((await db.introspection.getTables()).map((t) => [t.name, t.columns.map((c) => c.name)]));
    for (const l of PERSON_LINKS) {
      expect(tables.get(l.table), `${l.table}.${l.column}`).toContain(l.column);
      expect(refOf(l.table, l.column)).toBe(l.target);
    }
  });

  it('a table added later with a column pointing at a member fails the check until it is listed', async () => {
    w = await domainWorld([]);
    const db = w.world.core.db;
    await db.schema.createTable('later_feature').addColumn('id', 'integer', (c) => c.primaryKey()).addColumn('reporter_member_id', 'integer').addColumn('owner_person_id', 'integer').addColumn('helper_id', 'integer').execute();
    expect(await unlisted(db)).toEqual(['later_feature.reporter_member_id', 'later_feature.owner_person_id', 'later_feature.helper_id']);
    await sql`drop table later_feature`.execute(db);
  });
});
