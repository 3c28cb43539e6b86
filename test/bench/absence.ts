import { join } from 'node:path';
import { dueForCheckIn } from '../../src/core/absence.js';
import { type Figure, median, nowMs, withTempDir } from './lib.js';
import { benchWorld, seedGroups } from './world.js';

// Who is due a gentle check-in among 100,000 members in 10,000 groups (target: under 100 ms).

const GROUPS = 10_000;
const PER_GROUP = 10;

export async function absenceBench(): Promise<Figure[]> {
  return withTempDir(async (dir) => {
    const w = await benchWorld(join(dir, 'bench.db'), '2026-11-23T10:00:00Z');
    seedGroups(w.sqlite, { groups: GROUPS, membersPerGroup: PER_GROUP });
    // Most members were seen in the last ten days; one in eight has been quiet up to ten weeks;
    // one in ten is away.
    w.sqlite.exec(`update members set last_seen_at = strftime('%Y-%m-%dT%H:%M:%fZ', '2026-11-23T10:00:00Z',
      '-' || (case when id % 8 = 5 then (id * 7919) % 70 else (id * 7919) % 10 end) || ' days')`);
    w.sqlite.exec(`update members set away_until = '2027-01-01T00:00:00.000Z' where id % 10 = 3`);
    w.sqlite.exec('analyze');
    const now = w.clock.now();
    // Half of those quiet were already told in this quiet spell: they must not come up again.
    const quiet = await dueForCheckIn(w.db, now);
    const told = w.sqlite.prepare(`insert into nudges (group_id, member_id, quiet_since, stage, created_at) values (?, ?, ?, 'member', ?)`);
    w.sqlite.transaction(() => quiet.filter((_, i) => i % 2 === 0).forEach((d) => told.run(d.groupId, d.memberId, d.quietSince, now.toISOString())))();
    const scan = async () => (await dueForCheckIn(w.db, now)).length;
    let due = await scan(); // warm-up
    const times: number[] = [];
    for (let r = 0; r < 5; r++) {
      const t0 = nowMs();
      due = await scan();
      times.push(nowMs() - t0);
    }
    await w.db.destroy();
    const t = median(times);
    return [
      { section: 'absence', name: `scan ${(GROUPS * PER_GROUP).toLocaleString('en-GB')} members in ${GROUPS.toLocaleString('en-GB')} groups`, value: t, unit: 'ms', reference: 100, referenceLabel: 'target', ratio: t / 100, target: '< 100 ms', met: t < 100, note: `${due} members due a check-in` },
    ];
  });
}
