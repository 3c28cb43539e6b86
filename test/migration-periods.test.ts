import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database.js';
import { migrations } from '../src/db/migrations/index.js';

// Existing members get their membership history from what the members table already says.

const upTo = (last: string): MigrationProvider => ({
  getMigrations: async () => Object.fromEntries(Object.entries(migrations).filter(([name]) => name <= last)) as Record<string, Migration>,
});

describe('the periods migration', () => {
  it('backfills who is a member and who is away from joined_at, status and away_until', async () => {
    const { db } = openDatabase(':memory:');
    try {
      await new Migrator({ db, provider: upTo('2026-11-22-06-quiet-index') }).migrateToLatest();
      const group = await db
        .insertInto('groups')
        .values({ platform: 'console', chat_id: 'c', name: 'G', timezone: 'Europe/London', checkin_weekday: 7, checkin_time: '19:00', absence_weeks: 2, pair_every_weeks: 2, region: 'GB', nation: null, language: 'en', facilitator_role: null, prompt_paused: 0, active: 1, created_at: '2026-01-01T00:00:00.000Z' } as never)
        .returning('id')
        .executeTakeFirstOrThrow();
      const member = async (n: number, status: string, joined: string, seen: string, away: string | null) => {
        const p = await db.insertInto('people').values({ platform: 'console', user_id: `u${n}`, display_name: `P${n}`, dm_chat_id: null, private_group_id: null, created_at: joined }).returning('id').executeTakeFirstOrThrow();
        return (
          await db
            .insertInto('members')
            .values({ group_id: group.id, person_id: p.id, status, joined_at: joined, accepted_version: 1, away_until: away, last_seen_at: seen, facilitator: 0, facilitator_notes: 0, told_shared_note: 0, last_crisis_list_at: null })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id;
      };
      const here = await member(1, 'active', '2026-02-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z', null);
      const gone = await member(2, 'left', '2026-02-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z', null);
      const resting = await member(3, 'active', '2026-02-01T00:00:00.000Z', '2026-05-01T00:00:00.000Z', '9999-12-31T00:00:00.000Z');
      const timed = await member(4, 'active', '2026-02-01T00:00:00.000Z', '2026-05-01T00:00:00.000Z', '2099-01-01T00:00:00.000Z');
      const backAlready = await member(5, 'active', '2026-02-01T00:00:00.000Z', '2026-05-01T00:00:00.000Z', '2026-05-15T00:00:00.000Z');
      await new Migrator({ db, provider: upTo('9999') }).migrateToLatest();
      const spans = await db.selectFrom('member_spans').select(['member_id', 'kind', 'from_at', 'until_at']).orderBy('kind').orderBy('member_id').execute();
      expect(spans).toEqual([
        { member_id: resting, kind: 'away', from_at: '2026-05-01T00:00:00.000Z', until_at: null },
        { member_id: timed, kind: 'away', from_at: '2026-05-01T00:00:00.000Z', until_at: '2099-01-01T00:00:00.000Z' },
        { member_id: here, kind: 'member', from_at: '2026-02-01T00:00:00.000Z', until_at: null },
        { member_id: gone, kind: 'member', from_at: '2026-02-01T00:00:00.000Z', until_at: '2026-04-01T00:00:00.000Z' },
        { member_id: resting, kind: 'member', from_at: '2026-02-01T00:00:00.000Z', until_at: null },
        { member_id: timed, kind: 'member', from_at: '2026-02-01T00:00:00.000Z', until_at: null },
        { member_id: backAlready, kind: 'member', from_at: '2026-02-01T00:00:00.000Z', until_at: null },
      ]);
      expect((await db.selectFrom('groups').select('keep_months').executeTakeFirstOrThrow()).keep_months).toBe(12);
    } finally {
      await db.destroy();
    }
  });
});
