import { onPostgres } from './helpers/test-database.js';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { queueNudges } from '../src/core/absence.js';
import { runPairRound } from '../src/core/pairing/rounds.js';
import { textOf } from './helpers/act.js';
import { type DomainWorld, domainWorld } from './helpers/domain-world.js';
import { type PersonTrace, allTables, scanFor } from './helpers/domain-scan.js';

// /mydata shows a member everything kept about them; /forgetme erases it, by id, from every table
// the database reports. (test/erasure.test.ts checks that every column pointing at a person is
// known to the erasure, and that nothing else changes.)

const WROTE = ['zq-private-note', 'zq-shared-note', 'zq-tip-body', 'zq-offer', 'zq-seek', 'zq-meetup-title', 'zq-meetup-place'];

describe('privacy rights', () => {
  let w: DomainWorld;
  let trace: PersonTrace;

  /** A member who has done a bit of everything, and others who interacted with her. */
  beforeEach(async () => {
    w = await domainWorld(['Alex', 'Bea', 'Cy', 'Zephyrine']);
    const { act } = w;
    const db = w.world.core.db;
    for (const n of ['Sam', 'Alex', 'Bea', 'Cy', 'Zephyrine']) await act.command(n, '/help', 'dm');
    await act.command('Sam', '/settings notes on');
    await act.command('Zephyrine', '/checkin 2 zq-private-note', 'dm');
    await act.command('Zephyrine', '/tip #zq-topic zq-tip-body and some advice', 'dm');
    await act.command('Zephyrine', '/topics offer zq-offer');
    await act.command('Zephyrine', '/topics seek zq-seek');
    await act.command('Zephyrine', '/buddy on');
    await act.command('Cy', '/buddy on');
    await act.command('Zephyrine', '/buddy avoid Alex', 'dm');
    await act.command('Bea', '/buddy avoid Zephyrine', 'dm');
    await act.command('Alex', '/tip #forms Ask Zephyrine about the forms', 'dm');
    const draft = await act.command('Zephyrine', '/meetup 3 Dec 19:00 | zq-meetup-title | zq-meetup-place');
    await act.choose('Zephyrine', draft[0].choices![0].id);
    const other = await act.command('Alex', '/meetup 4 Dec 18:00 | Walk | The park');
    await act.choose('Alex', other[0].choices![0].id);
    const walk = await db.selectFrom('meetups').select('id').where('title', '=', 'Walk').executeTakeFirstOrThrow();
    await act.choose('Zephyrine', `meetups:r:${walk.id}:m`);
    await runPairRound(w.world.core, await w.group(), w.world.clock.now());
    w.advanceDays(14); // the next check-in period: the first runs from setup to the second prompt
    await act.command('Zephyrine', '/checkin 4 zq-shared-note', 'group');
    // Then she goes quiet for a month: nudge, her buddy told, a facilitator note.
    for (let i = 0; i < 5; i++) {
      w.advanceDays(7);
      for (const n of ['Sam', 'Alex', 'Bea', 'Cy']) await act.command(n, '/checkin 3', 'dm');
      await queueNudges(w.world.core, await w.group(), w.world.clock.now());
    }
    const z = await w.member('Zephyrine');
    trace = { personIds: [z.person_id], memberIds: [z.id], platformIds: ['zephyrine', 'dm:zephyrine'], texts: WROTE };
  });
  afterEach(() => w.close());

  it('has data about her in many tables to begin with (so the tests below mean something)', async () => {
    const tables = new Set((await scanFor(w.world.core.db, trace)).map((h) => h.table));
    for (const t of ['people', 'members', 'checkins', 'tips', 'member_topics', 'buddy_prefs', 'buddy_avoids', 'pair_members', 'nudges', 'meetups', 'meetup_rsvps', 'outbox'])
      expect(tables, t).toContain(t);
    const kinds = (await w.outbox()).map((o) => `${o.kind}>${o.to}`);
    expect(kinds).toEqual(expect.arrayContaining(['nudge>Zephyrine', 'buddy_told>Cy', 'facilitator_note>Sam', 'pair_intro>Zephyrine', 'pair_intro>Cy']));
  });

  it('/mydata includes a row from every table that holds something of hers, and nothing others keep private', async () => {
    const replies = await w.act.command('Zephyrine', '/mydata', 'dm');
    const file = replies.find((r) => r.file)!.file!;
    expect(file.mime).toBe('application/json');
    const data = JSON.parse(file.content) as { tables: Record<string, Record<string, unknown>[]> };
    // Hers: every table where a row points at her, except rows that are someone else's (Bea's avoid list).
    const hits = await scanFor(w.world.core.db, { ...trace, platformIds: [] }, { skipColumns: ['buddy_avoids.avoided_member_id'] });
    const tables = new Set(hits.map((h) => h.table));
    expect(tables.size).toBeGreaterThanOrEqual(12);
    for (const t of tables) expect(data.tables[t]?.length ?? 0, `mydata has ${t}`).toBeGreaterThan(0);
    expect(file.content).toContain('zq-private-note');
    const z = await w.member('Zephyrine');
    // Bea's wish not to be paired with her is Bea's, and never revealed.
    expect((data.tables.buddy_avoids ?? []).every((r) => r.member_id === z.id)).toBe(true);
    // Messages to others about her (her buddy, facilitators) are theirs.
    expect((data.tables.outbox ?? []).every((r) => r.person_id === z.person_id)).toBe(true);
    // Used in the group: a private link, no file there.
    const inGroup = await w.act.command('Zephyrine', '/mydata', 'group');
    expect(inGroup.every((r) => !r.file)).toBe(true);
    expect(textOf(inGroup)).toMatch(/private/);
  });

  it('/forgetme asks first, then leaves none of her ids or words in any table', async () => {
    const inGroup = await w.act.command('Zephyrine', '/forgetme', 'group');
    expect(textOf(inGroup)).toMatch(/private chat/);
    expect(inGroup.every((r) => !r.choices?.length)).toBe(true);
    const ask = await w.act.command('Zephyrine', '/forgetme', 'dm');
    expect(ask[0].choices!.map((c) => c.id)).toEqual(['forgetme:yes', 'forgetme:no']);
    expect((await scanFor(w.world.core.db, trace)).length).toBeGreaterThan(20); // nothing erased yet
    expect(textOf(await w.act.choose('Zephyrine', 'forgetme:no', 'dm'))).toMatch(/Nothing was erased/);
    expect(textOf(await w.act.choose('Zephyrine', 'forgetme:yes', 'dm'))).toMatch(/erased/);

    const left = await scanFor(w.world.core.db, trace);
    expect(left, JSON.stringify(left.slice(0, 5))).toEqual([]);
    expect(await allTables(w.world.core.db)).toContain('checkins');
    // Everyone else's data is still there, word for word, even where it mentions her by name.
    const db = w.world.core.db;
    expect(await db.selectFrom('checkins').selectAll().execute()).not.toHaveLength(0);
    const tip = await db.selectFrom('tips').select('text').where('topic', '=', 'forms').executeTakeFirstOrThrow();
    expect(tip.text).toBe('Ask Zephyrine about the forms');
    expect((await db.selectFrom('people').select('display_name').execute()).map((p) => p.display_name).sort()).toEqual(['Alex', 'Bea', 'Cy', 'Sam']);
    expect((await db.selectFrom('meetups').select('title').execute()).map((m) => m.title)).toEqual(['Walk']);
    // SQLite: erased pages are overwritten, not merely unlinked. (Postgres reclaims them by vacuum.)
    if (!onPostgres()) {
      const secure = await sql<{ secure_delete: number }>`pragma secure_delete`.execute(db);
      expect(secure.rows[0].secure_delete).toBe(1);
    }
  });

  it('a forged or stale erase button does nothing', async () => {
    for (const id of ['forgetme:yes:1', 'forgetme:', 'forgetme:YES', 'forgetme:no:yes']) await w.act.choose('Zephyrine', id, 'dm');
    await w.act.choose('Zephyrine', 'forgetme:yes', 'group');
    expect((await scanFor(w.world.core.db, trace)).length).toBeGreaterThan(20);
  });
});
