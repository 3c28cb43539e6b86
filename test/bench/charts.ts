import { join } from 'node:path';
import { groupChart } from '../../src/charts/group-chart.js';
import { myWeeksChart } from '../../src/charts/my-weeks-chart.js';
import { myWeeks } from '../../src/core/my-weeks.js';
import { checkinPeriod } from '../../src/core/periods.js';
import { CHART_PERIODS, groupFigures } from '../../src/core/stats.js';
import { type Figure, median, nowMs, withTempDir } from './lib.js';
import { benchWorld, seedGroups } from './world.js';

// The pictures: /stats' chart for a group of 200 members over 12 weeks of check-ins (figures read
// from SQLite, the PNG drawn), and a member's year in /myweeks. Memory: what drawing adds to the
// resident set, after 50 pictures.

const MEMBERS = 200;
const WEEKS = 14;
const RUNS = 20;
const TARGET_MS = 100;
const TARGET_MB = 64;

export async function chartsBench(): Promise<Figure[]> {
  return withTempDir(async (dir) => {
    const w = await benchWorld(join(dir, 'charts.sqlite'), '2026-08-30T10:00:00Z');
    seedGroups(w.sqlite, { groups: 1, membersPerGroup: MEMBERS, now: w.clock.now().toISOString() });
    const group = await w.db.selectFrom('groups').selectAll().executeTakeFirstOrThrow();
    const members = await w.db.selectFrom('members').select('id').execute();
    const insert = w.sqlite.prepare(`insert into checkins (group_id, member_id, week, mood, note, note_shared, created_at, updated_at) values (?, ?, ?, ?, null, 0, ?, ?)`);
    const start = w.clock.now().getTime();
    w.sqlite.transaction(() => {
      for (let week = 0; week < WEEKS; week++) {
        const at = new Date(start + (week * 7 + 1) * 86400_000);
        members.forEach((m, i) => {
          if ((i * 7 + week) % 10 < 7) insert.run(group.id, m.id, checkinPeriod(group, at), 1 + ((i + week) % 5), at.toISOString(), at.toISOString());
        });
      }
    })();
    w.clock.set(new Date(start + WEEKS * 7 * 86400_000));
    const now = w.clock.now();
    const statsChart = async () => (await groupChart(group.name, await groupFigures(w.core, group, now, CHART_PERIODS)))!;

    const rssBefore = process.memoryUsage().rss;
    let t0 = nowMs();
    const first = await statsChart();
    const coldMs = nowMs() - t0;
    const warm: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      t0 = nowMs();
      await statsChart();
      warm.push(nowMs() - t0);
    }
    const member = await w.db.selectFrom('members').selectAll().executeTakeFirstOrThrow();
    const mine: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      t0 = nowMs();
      (await myWeeksChart(await myWeeks(w.core, group, member, now, '1y')));
      mine.push(nowMs() - t0);
    }
    for (let r = 0; r < 50 - 2 * RUNS - 1; r++) await statsChart();
    const addedMb = (process.memoryUsage().rss - rssBefore) / 2 ** 20;
    await w.db.destroy();
    const stats = median(warm);
    const year = median(mine);
    return [
      row('/stats chart, group of 200 over 12 weeks (median)', stats, `under ${TARGET_MS} ms`, `first, with the font loaded and 12 periods frozen: ${coldMs.toFixed(0)} ms; PNG ${(first.png.length / 1024).toFixed(0)} KB`),
      row('/myweeks chart, a year (median)', year, `under ${TARGET_MS} ms`),
      { section: 'charts', name: 'memory the pictures add (after 50)', value: addedMb, unit: 'MB', reference: TARGET_MB, referenceLabel: 'target', ratio: addedMb / TARGET_MB, target: `under ${TARGET_MB} MB`, met: addedMb < TARGET_MB },
    ];
  });
}

const row = (name: string, ms: number, target: string, note?: string): Figure => ({
  section: 'charts', name, value: ms, unit: 'ms', reference: TARGET_MS, referenceLabel: 'target', ratio: ms / TARGET_MS, target, met: ms < TARGET_MS, ...(note ? { note } : {}),
});
