import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enqueue } from '../src/core/outbox.js';
import { recordRun } from '../src/core/job-runs.js';
import { upkeep } from '../src/core/retention.js';
import { toGroup } from '../src/core/reply.js';
import { domainJobs } from '../src/jobs/domain.js';
import { Scheduler } from '../src/jobs/scheduler.js';
import { textOf } from './helpers/act.js';
import { type DomainWorld, domainWorld } from './helpers/domain-world.js';

// How long things are kept: check-ins and their notes for the group's `keep` months (12 unless
// changed), delivered messages 30 days, records of scheduled runs 90 days. Deleted daily.

describe('keeping and deleting', () => {
  let w: DomainWorld;
  beforeEach(async () => {
    w = await domainWorld(['Alex', 'Bea', 'Cy'], { start: '2026-01-05T10:00:00Z' });
  });
  afterEach(() => w.close());
  const at = (iso: string) => w.world.clock.set(new Date(iso));
  const db = () => w.world.core.db;
  const weeks = async () => (await db().selectFrom('checkins').select('week').orderBy('id').execute()).map((r) => r.week);

  it('/settings keep takes 1 to 36 months, and says how to set it when it is wrong', async () => {
    expect(textOf(await w.act.command('Sam', '/settings'))).toMatch(/keep\*\*: 12 months/);
    for (const bad of ['0', '37', 'forever', '2.5'])
      expect(textOf(await w.act.command('Sam', `/settings keep ${bad}`)), bad).toMatch(/1 to 36 months.*\/settings keep 12/);
    expect((await w.group()).keep_months).toBe(12);
    expect(textOf(await w.act.command('Sam', '/settings keep 6 months'))).toMatch(/keep is now 6 months/);
    expect((await w.group()).keep_months).toBe(6);
    expect(textOf(await w.act.command('Alex', '/settings keep 1'))).toMatch(/facilitator/);
  });

  it('deletes check-ins and their notes once they are older than the group keeps them', async () => {
    await w.act.command('Sam', '/settings keep 6');
    await w.act.command('Alex', '/checkin 2 zq-old-note', 'dm'); // Mon 5 Jan
    await w.act.command('Cy', '/away 1');
    at('2026-01-12T10:00:00Z');
    await w.act.command('Bea', '/checkin 4 zq-newer-note', 'dm');
    const spans = async () => (await db().selectFrom('member_spans').select('kind').where('member_id', '=', (await w.member('Cy')).id).orderBy('id').execute()).map((r) => r.kind);
    expect(await spans()).toEqual(['member', 'away']);
    at('2026-07-08T10:00:00Z'); // six months after 8 Jan: Alex's is older, Bea's is not
    await upkeep(w.world.core, await w.group(), w.world.clock.now());
    expect(await weeks()).toEqual(['2026-W02']);
    expect(await spans()).toEqual(['member', 'away']);
    at('2026-07-13T10:00:00Z');
    await upkeep(w.world.core, await w.group(), w.world.clock.now());
    expect(await weeks()).toEqual([]);
    // The break that ended on 12 Jan is past keeping; Cy is still a member, so that span stays.
    expect(await spans()).toEqual(['member']);
  });

  it('prunes delivered messages after 30 days and run records after 90, and nothing still to send', async () => {
    const g = await w.group();
    const now = new Date('2026-01-05T10:00:00Z');
    for (const [key, status] of [['a', 'sent'], ['b', 'failed'], ['c', 'skipped'], ['d', 'pending'], ['e', 'held']] as const) {
      await enqueue(db(), { idemKey: `test:${key}`, groupId: g.id, kind: 'test', audience: 'group', reply: toGroup('hello'), notBefore: now, now });
      await db().updateTable('outbox').set({ status }).where('idem_key', '=', `test:${key}`).execute();
    }
    await recordRun(db(), { job: 'prompt', groupId: g.id, period: '2026-W01', dueAt: now, outcome: 'ran', now });
    at('2026-02-03T10:00:00Z'); // 29 days on: everything stays
    await upkeep(w.world.core, g, w.world.clock.now());
    expect((await db().selectFrom('outbox').select('idem_key').where('kind', '=', 'test').execute()).length).toBe(5);
    at('2026-02-05T10:00:00Z');
    await upkeep(w.world.core, g, w.world.clock.now());
    const left = await db().selectFrom('outbox').select(['idem_key', 'status']).where('kind', '=', 'test').orderBy('id').execute();
    expect(left.map((r) => r.status)).toEqual(['pending', 'held']);
    expect(await db().selectFrom('job_runs').select('period').execute()).toEqual([{ period: '2026-W01' }]);
    at('2026-04-06T10:00:00Z');
    await upkeep(w.world.core, g, w.world.clock.now());
    expect(await db().selectFrom('job_runs').select('period').where('job', '=', 'prompt').where('period', '=', '2026-W01').execute()).toEqual([]);
  });

  it('runs daily on the schedule, in the small hours of the group’s day, and fixes finished periods first', async () => {
    await w.act.command('Sam', '/settings keep 1');
    for (const n of ['Alex', 'Bea', 'Cy']) await w.act.command(n, '/checkin 3', 'dm');
    const scheduler = new Scheduler(w.world.core, { upkeep: domainJobs.upkeep });
    await scheduler.runThrough(new Date('2026-01-05T10:00:00Z'), new Date('2026-02-17T10:00:00Z'));
    const runs = await db().selectFrom('job_runs').select(['period', 'due_at']).where('job', '=', 'upkeep').orderBy('id').execute();
    expect(runs.length).toBe(43);
    expect(runs[0]).toEqual({ period: '2026-01-06', due_at: '2026-01-06T03:30:00.000Z' });
    expect(await weeks()).toEqual([]);
    const first = await db().selectFrom('period_figures').select(['period', 'checked_in']).orderBy('period').executeTakeFirstOrThrow();
    expect(first).toEqual({ period: '2026-W02', checked_in: 3 });
  });

  it('says how long check-ins are kept when someone joins, and in /mydata', async () => {
    await w.act.command('Sam', '/settings keep 18');
    const welcome = textOf(await w.act.choose('Dee', 'join:accept:1'));
    expect(welcome).toMatch(/kept for 18 months, then deleted/);
    const file = (await w.act.command('Dee', '/mydata', 'dm')).find((r) => r.file)!.file!;
    expect(JSON.parse(file.content).check_ins_kept_for).toEqual({ 'Tuesday Parents': '18 months' });
  });
});
