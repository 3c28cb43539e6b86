import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findGroupByChat } from '../src/core/groups.js';
import { queueTallyEdit } from '../src/core/prompts.js';
import { DeliveryWorker } from '../src/jobs/delivery.js';
import { PACING } from '../src/jobs/pacing.js';
import { Scheduler } from '../src/jobs/scheduler.js';
import { actor, textOf } from './helpers/act.js';
import { type TestWorld, testWorld } from './helpers/core.js';
import { RecordingPort, outboxRows, virtualTimer } from './helpers/schedule-world.js';

// /prompt now|skip|pause|resume through the registry, with the schedule ticking beside it,
// and the live tally under the prompt.

let world: TestWorld;
let act: ReturnType<typeof actor>;
// Wednesday 25 Nov 2026, 10:00 London; the group meets Sundays at 19:00.
const WED = '2026-11-25T10:00:00.000Z';
const SUN_DUE = new Date('2026-11-29T19:00:00.000Z');
const NEXT_SUN = new Date('2026-12-06T19:00:00.000Z');

beforeEach(async () => {
  world = await testWorld(WED);
  act = actor(world);
  await act.groupWith('Sam', ['Alex', 'Kim']);
});
afterEach(() => world.close());

const group = async () => (await findGroupByChat(world.core.db, 'console', 'console-group'))!;
const prompts = () => outboxRows(world.core, 'prompt');

describe('/prompt', () => {
  it('now posts this week\'s prompt once; the scheduled time the same week posts nothing more', async () => {
    const r = await act.command('Sam', '/prompt now');
    expect(textOf(r)).toMatch(/on its way/);
    expect(textOf(await act.command('Sam', '/prompt now'))).toMatch(/already/);
    const scheduler = new Scheduler(world.core);
    await scheduler.tick(SUN_DUE);
    await scheduler.tick(new Date(SUN_DUE.getTime() + 3600_000));
    const rows = await prompts();
    expect(rows.map((p) => p.idem_key)).toEqual([`prompt:${(await group()).id}:2026-W48`]);
    const run = await world.core.db.selectFrom('job_runs').selectAll().where('job', '=', 'prompt').execute();
    expect(run.map((x) => [x.period, x.outcome])).toEqual([['2026-W48', 'already']]);
    const payload = JSON.parse(rows[0].payload);
    expect(payload.choices.map((c: { id: string }) => c.id)).toEqual(['checkin:mood:1:group', 'checkin:mood:2:group', 'checkin:mood:3:group', 'checkin:mood:4:group', 'checkin:mood:5:group']);
    expect(payload.text).toMatch(/Nobody has checked in yet/);
  });

  it('skip: no prompt this week, the group is told kindly, next week runs as usual', async () => {
    const r = await act.command('Sam', '/prompt skip');
    expect(r[0].to).toBe('group');
    expect(r[0].text).toMatch(/No meeting this week.*Sun 29 Nov, 19:00/);
    expect(textOf(await act.command('Sam', '/prompt skip'))).toMatch(/already skipped/);
    const scheduler = new Scheduler(world.core);
    await scheduler.tick(SUN_DUE);
    expect(await prompts()).toEqual([]);
    await scheduler.tick(NEXT_SUN);
    expect((await prompts()).map((p) => p.idem_key.split(':')[2])).toEqual(['2026-W49']);
  });

  it('skip after this week\'s prompt went out skips next week\'s, and says so', async () => {
    const scheduler = new Scheduler(world.core);
    await scheduler.tick(SUN_DUE);
    world.clock.set(new Date(SUN_DUE.getTime() + 3600_000));
    const r = await act.command('Sam', '/prompt skip');
    expect(textOf(r)).toMatch(/No meeting next week.*Sun 6 Dec/);
    expect(textOf(r)).toMatch(/skipped next week's instead/);
    await scheduler.tick(NEXT_SUN);
    expect((await prompts()).map((p) => p.idem_key.split(':')[2])).toEqual(['2026-W48']);
  });

  it('pause stops the prompts; resume starts them again and names the next one', async () => {
    expect(textOf(await act.command('Sam', '/prompt pause'))).toMatch(/paused/);
    const scheduler = new Scheduler(world.core);
    await scheduler.tick(SUN_DUE);
    expect(await prompts()).toEqual([]);
    world.clock.set(new Date('2026-12-01T09:00:00Z'));
    expect(textOf(await act.command('Sam', '/prompt resume'))).toMatch(/back on.*Sun 6 Dec, 19:00/);
    await scheduler.tick(NEXT_SUN);
    expect((await prompts()).map((p) => p.idem_key.split(':')[2])).toEqual(['2026-W49']);
    const runs = await world.core.db.selectFrom('job_runs').select(['period', 'outcome']).where('job', '=', 'prompt').orderBy('id').execute();
    expect(runs).toEqual([{ period: '2026-W48', outcome: 'paused' }, { period: '2026-W49', outcome: 'ran' }]);
  });

  it('is for facilitators, and answers bad input with how to use it', async () => {
    expect(textOf(await act.command('Alex', '/prompt now'))).toMatch(/facilitator/i);
    expect(await prompts()).toEqual([]);
    expect(textOf(await act.command('Sam', '/prompt later'))).toMatch(/don't know "\/prompt later".*\/prompt now/);
    expect(textOf(await act.command('Sam', '/prompt'))).toMatch(/\/prompt skip/);
  });
});

describe('the live tally', () => {
  const deliver = (port: RecordingPort) => new DeliveryWorker({ core: world.core, port, pacing: PACING.console, timer: virtualTimer() }).drain();

  it('after a check-in the prompt is edited to show how many have checked in, at most once every few seconds', async () => {
    world.clock.set(SUN_DUE);
    await new Scheduler(world.core).tick(SUN_DUE);
    const port = new RecordingPort();
    await deliver(port);
    const promptId = port.sent[0].messageId;
    await act.command('Alex', '/checkin 2 a secret worry', 'dm');
    await deliver(port);
    const edit = port.sent[1].delivery.reply;
    expect(edit.edits).toEqual({ chatId: 'console-group', messageId: promptId });
    expect(edit.text).toMatch(/1 person has checked in so far\./);
    expect(edit.text).not.toMatch(/Alex/);
    expect(edit.text).not.toMatch(/secret worry|low|😕/);
    expect(edit.choices?.length).toBe(5);
    // A busy minute: two more check-ins within the window become one edit, with the newest tally.
    world.clock.advance(1000);
    await act.command('Kim', '/checkin 4', 'dm');
    await act.command('Alex', '/checkin 3', 'dm');
    await deliver(port);
    expect(port.sent.length).toBe(2); // not yet: the last edit was a second ago
    const pending = (await outboxRows(world.core, 'tally')).filter((r) => r.status === 'pending');
    expect(pending.length).toBe(1);
    world.clock.advance(4000);
    await deliver(port);
    expect(port.sent.length).toBe(3);
    expect(port.sent[2].delivery.reply.text).toMatch(/2 people have checked in so far\.$/);
    // Sent texts that name people are not kept.
    expect((await outboxRows(world.core)).filter((r) => r.status === 'sent' && r.kind !== 'test').every((r) => r.payload === '{}')).toBe(true);
  });

  it('nothing to edit before the prompt has gone out; a prompt sent late shows who already checked in', async () => {
    world.clock.set(SUN_DUE);
    await act.command('Alex', '/checkin 3', 'dm');
    const g = await group();
    expect(await queueTallyEdit(world.core, g, '2026-W48')).toBe(false);
    await new Scheduler(world.core).tick(SUN_DUE);
    await act.command('Kim', '/checkin 4', 'dm'); // after the prompt was queued, before it was sent
    const port = new RecordingPort();
    await deliver(port);
    expect(port.sent[0].delivery.reply.text).toMatch(/1 person has checked in so far\.$/);
    await deliver(port);
    expect(port.sent.map((s) => s.delivery.kind)).toEqual(['prompt', 'tally']);
    expect(port.sent[1].delivery.reply.text).toMatch(/2 people have checked in so far/);
  });
});
