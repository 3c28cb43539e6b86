import { describe, expect, it } from 'vitest';
import { prepared } from '../src/db/prepared.js';
import type { DB } from '../src/db/database.js';
import { memoryDatabase } from '../src/db/database.js';

describe('prepared queries', () => {
  it('runs a query compiled once with fresh values each time, inside and outside transactions', async () => {
    const { db } = await memoryDatabase();
    const add = prepared((d: DB, platform: string, userId: string, at: string) =>
      d.insertInto('people').values({ platform, user_id: userId, display_name: userId, dm_chat_id: null, private_group_id: null, created_at: at }).returning('id'),
    );
    const find = prepared((d: DB, userId: string) => d.selectFrom('people').select(['user_id', 'created_at']).where('user_id', '=', userId).limit(1));
    await add(db, 'console', 'ann', '2026-01-01');
    await db.transaction().execute(async (trx) => {
      await add(trx, 'console', 'bea', '2026-02-02');
    });
    expect(await find(db, 'bea')).toEqual([{ user_id: 'bea', created_at: '2026-02-02' }]);
    expect(await find(db, 'ann')).toEqual([{ user_id: 'ann', created_at: '2026-01-01' }]);
    expect(await find(db, 'cat')).toEqual([]);
    await db.destroy();
  });

  it('refuses a query that ignores one of its arguments, rather than running the wrong SQL', async () => {
    const { db } = await memoryDatabase();
    const wrong = prepared((d: DB, userId: string, _unused: string) => d.selectFrom('people').selectAll().where('user_id', '=', userId));
    await expect(wrong(db, 'ann', 'x')).rejects.toThrow(/every argument/);
    await db.destroy();
  });
});
