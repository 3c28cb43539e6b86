import { join } from 'node:path';
import { type Figure, median, nowMs, withTempDir } from './lib.js';
import { benchWorld, command, consoleIncoming, seedGroups } from './world.js';

// Check-ins a second through the core (the full path of a /checkin, dispatcher included) against
// the same SQL statements through plain better-sqlite3 prepared statements, same data, same run.

const MEMBERS = 2000;
const ROUNDS = 5;

export async function checkinBench(): Promise<Figure[]> {
  return withTempDir(async (dir) => {
    const w = await benchWorld(join(dir, 'bench.db'));
    seedGroups(w.sqlite, { groups: 1, membersPerGroup: MEMBERS });
    const names = Array.from({ length: MEMBERS }, (_, i) => `u0-${i}`);

    const viaCore = async () => {
      const t0 = nowMs();
      for (const n of names) await command(w.app, consoleIncoming(n, 'dm'), '/checkin 4 a steady week');
      return MEMBERS / ((nowMs() - t0) / 1000);
    };

    const s = w.sqlite;
    const q = {
      person: s.prepare('select * from people where platform = ? and user_id = ?'),
      groupsOf: s.prepare(`select groups.* from members inner join groups on groups.id = members.group_id
        where members.person_id = ? and members.status = 'active' and groups.active = 1 order by groups.id`),
      member: s.prepare('select * from members where group_id = ? and person_id = ?'),
      agreement: s.prepare('select * from agreements where group_id = ? order by version desc limit 1'),
      seen: s.prepare('update members set last_seen_at = ? where id = ?'),
      existing: s.prepare('select id from checkins where member_id = ? and week = ?'),
      upsert: s.prepare(`insert into checkins (group_id, member_id, week, mood, note, note_shared, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)
        on conflict (member_id, week) do update set mood = excluded.mood, note = coalesce(excluded.note, checkins.note),
          note_shared = case when excluded.note is null then checkins.note_shared else excluded.note_shared end, updated_at = excluded.updated_at returning *`),
    };
    const record = s.transaction((memberId: number, groupId: number, at: string) => {
      q.existing.get(memberId, '2026-W48');
      q.upsert.get(groupId, memberId, '2026-W48', 4, 'a steady week', 0, at, at);
    });
    const viaPlain = async () => {
      const at = w.clock.now().toISOString();
      const t0 = nowMs();
      for (const n of names) {
        const person = q.person.get('console', n) as { id: number };
        const group = (q.groupsOf.all(person.id) as { id: number }[])[0];
        const member = q.member.get(group.id, person.id) as { id: number };
        q.agreement.get(group.id);
        q.seen.run(at, member.id);
        record(member.id, group.id, at);
      }
      return MEMBERS / ((nowMs() - t0) / 1000);
    };

    await viaCore(); // warm-up (also creates the rows both sides then update)
    await viaPlain();
    const core: number[] = [];
    const plain: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      core.push(await viaCore());
      plain.push(await viaPlain());
    }
    await w.db.destroy();
    const c = median(core);
    const p = median(plain);
    return [
      { section: 'check-ins', name: 'check-ins per second through the core', value: c, unit: '/s', reference: p, referenceLabel: 'plain better-sqlite3, same statements', ratio: c / p, target: 'ratio ≥ 0.5', met: c / p >= 0.5 },
    ];
  });
}
