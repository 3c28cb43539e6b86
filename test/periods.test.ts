import { afterEach, describe, expect, it } from 'vitest';
import { findGroupByChat } from '../src/core/groups.js';
import { checkinPeriod } from '../src/core/periods.js';
import { DeliveryWorker } from '../src/jobs/delivery.js';
import { PACING } from '../src/jobs/pacing.js';
import { Scheduler } from '../src/jobs/scheduler.js';
import { actor, textOf } from './helpers/act.js';
import { type TestWorld, testWorld } from './helpers/core.js';
import { RecordingPort, outboxRows, virtualTimer } from './helpers/schedule-world.js';

// The check-in period: from one scheduled prompt to the next in the group's zone, keyed by the
// ISO week of its prompt. A tap the morning after a Sunday prompt counts for that prompt.

let world: TestWorld;
let act: ReturnType<typeof actor>;
afterEach(() => world?.close());

async function start(at: string, setup = 'Europe/London sunday 19:00 Tuesday Parents') {
  world = await testWorld(at);
  act = actor(world, { admins: ['Sam'] });
  await act.command('Sam', `/setup ${setup}`);
  for (const m of ['Sam', 'Alex', 'Kim']) await act.choose(m, 'join:accept:1');
}
const group = async () => (await findGroupByChat(world.core.db, 'console', 'console-group'))!;
const checkins = () => world.core.db.selectFrom('checkins').select(['week', 'mood']).orderBy('id').execute();
const promptWeeks = async () => (await outboxRows(world.core, 'prompt')).map((p) => p.idem_key.split(':')[2]);
const at = (iso: string) => world.clock.set(new Date(iso));

describe('the check-in period', () => {
  it('counts a Monday 08:45 tap for Sunday 19:00’s prompt: its tally, and not overwritten by next week’s tap', async () => {
    await start('2026-11-25T10:00:00Z'); // Wednesday of 2026-W48
    const scheduler = new Scheduler(world.core);
    const port = new RecordingPort();
    const deliver = () => new DeliveryWorker({ core: world.core, port, pacing: PACING.console, timer: virtualTimer() }).drain();
    at('2026-11-29T19:00:00Z'); // Sunday 19:00 in London
    await scheduler.tick(world.clock.now());
    await deliver();
    const sundayPrompt = port.sent[0].messageId;
    at('2026-11-30T08:45:00Z'); // Monday 08:45: ISO week 49, but Sunday's period
    await act.command('Alex', '/checkin 2', 'dm');
    await deliver();
    expect(port.sent[1].delivery.reply.edits?.messageId).toBe(sundayPrompt);
    expect(port.sent[1].delivery.reply.text).toMatch(/Alex|\b1\b/);
    at('2026-12-06T19:00:00Z');
    await scheduler.tick(world.clock.now());
    at('2026-12-07T08:45:00Z');
    await act.command('Alex', '/checkin 4', 'dm');
    expect(await checkins()).toEqual([{ week: '2026-W48', mood: 2 }, { week: '2026-W49', mood: 4 }]);
    expect(await promptWeeks()).toEqual(['2026-W48', '2026-W49']);
  });

  it('turns over at the prompt’s time, not at midnight', async () => {
    await start('2026-11-23T10:00:00Z');
    // Set up on Monday 23 Nov: until the first prompt (Sunday 29 Nov), its period, 2026-W48.
    await act.command('Alex', '/checkin 1', 'dm');
    at('2026-11-29T19:00:00Z');
    await act.command('Alex', '/checkin 2', 'dm');
    at('2026-12-06T18:59:00Z');
    await act.command('Alex', '/checkin 3', 'dm');
    at('2026-12-06T19:00:00Z');
    await act.command('Alex', '/checkin 5', 'dm');
    at('2026-12-07T00:01:00Z');
    const r = await act.command('Alex', '/checkin 4', 'dm');
    expect(textOf(r)).toMatch(/Updated/);
    expect(await checkins()).toEqual([{ week: '2026-W48', mood: 3 }, { week: '2026-W49', mood: 4 }]);
  });

  it('before the first prompt, a check-in counts for the first prompt’s period, even when set up just after this week’s time', async () => {
    await start('2026-11-29T20:00:00Z'); // Sunday 20:00: this week's time has passed
    await act.command('Alex', '/checkin 3', 'dm');
    expect(await checkins()).toEqual([{ week: '2026-W49', mood: 3 }]);
    expect(textOf(await act.command('Sam', '/prompt now'))).toMatch(/on its way/);
    await new Scheduler(world.core).tick(new Date('2026-12-06T19:00:00Z'));
    expect(await promptWeeks()).toEqual(['2026-W49']);
  });

  it('a skipped or paused prompt still starts its period', async () => {
    await start('2026-11-25T10:00:00Z');
    const scheduler = new Scheduler(world.core);
    await act.command('Sam', '/prompt skip');
    await scheduler.tick(new Date('2026-11-29T19:00:00Z'));
    at('2026-11-30T08:45:00Z');
    await act.command('Alex', '/checkin 2', 'dm');
    await act.command('Sam', '/prompt pause');
    await scheduler.tick(new Date('2026-12-06T19:00:00Z'));
    at('2026-12-07T08:45:00Z');
    await act.command('Alex', '/checkin 3', 'dm');
    expect(await checkins()).toEqual([{ week: '2026-W48', mood: 2 }, { week: '2026-W49', mood: 3 }]);
    expect(await promptWeeks()).toEqual([]);
  });

  it('a day moved to one already past this week: this week’s period starts at that time, its prompt by /prompt now', async () => {
    await start('2026-11-25T10:00:00Z');
    const scheduler = new Scheduler(world.core);
    await scheduler.tick(new Date('2026-11-29T19:00:00Z')); // Sunday's prompt, 2026-W48
    at('2026-12-03T09:00:00Z'); // Thursday: Wednesday 19:00 was 14 hours ago, past the grace window
    await act.command('Sam', '/settings day wednesday');
    await scheduler.tick(world.clock.now());
    expect(await promptWeeks()).toEqual(['2026-W48']);
    await act.command('Alex', '/checkin 2', 'dm');
    expect(textOf(await act.command('Sam', '/prompt now'))).toMatch(/on its way/);
    await scheduler.runThrough(new Date('2026-12-03T09:00:00Z'), new Date('2026-12-09T19:00:00Z'));
    at('2026-12-10T09:00:00Z');
    await act.command('Alex', '/checkin 4', 'dm');
    expect(await promptWeeks()).toEqual(['2026-W48', '2026-W49', '2026-W50']);
    expect(await checkins()).toEqual([{ week: '2026-W49', mood: 2 }, { week: '2026-W50', mood: 4 }]);
  });

  it('a time moved to earlier today: the prompt still goes out, once', async () => {
    await start('2026-11-25T10:00:00Z');
    const scheduler = new Scheduler(world.core);
    at('2026-11-29T18:30:00Z'); // Sunday 18:30, before the 19:00 prompt
    await act.command('Sam', '/settings time 18:00');
    await scheduler.tick(world.clock.now());
    await scheduler.tick(new Date('2026-11-29T19:00:00Z'));
    expect(await promptWeeks()).toEqual(['2026-W48']);
  });

  it('a day moved later in the week after this week’s prompt: never two prompts in one period', async () => {
    await start('2026-11-16T10:00:00Z', 'Europe/London wednesday 19:00 Tuesday Parents');
    const scheduler = new Scheduler(world.core);
    await scheduler.tick(new Date('2026-11-25T19:00:00Z')); // Wednesday's prompt, 2026-W48
    at('2026-11-27T10:00:00Z'); // Friday
    await act.command('Sam', '/settings day sunday');
    await act.command('Alex', '/checkin 2', 'dm');
    await scheduler.tick(new Date('2026-11-29T19:00:00Z')); // Sunday of 2026-W48: that key is taken
    at('2026-11-30T08:45:00Z');
    await act.command('Alex', '/checkin 3', 'dm');
    await scheduler.tick(new Date('2026-12-06T19:00:00Z'));
    at('2026-12-07T08:45:00Z');
    await act.command('Alex', '/checkin 5', 'dm');
    expect(await promptWeeks()).toEqual(['2026-W48', '2026-W49']);
    expect(await checkins()).toEqual([{ week: '2026-W48', mood: 3 }, { week: '2026-W49', mood: 5 }]);
  });

  it('follows the prompt’s local time across both daylight-saving changes', async () => {
    await start('2026-01-05T10:00:00Z');
    const g = await group();
    const p = (iso: string) => checkinPeriod(g, new Date(iso));
    // Clocks go forward on Sunday 29 March 2026: 19:00 BST is 18:00 UTC.
    expect(p('2026-03-29T17:59:00Z')).toBe('2026-W12');
    expect(p('2026-03-29T18:00:00Z')).toBe('2026-W13');
    expect(p('2026-03-30T07:45:00Z')).toBe('2026-W13'); // Monday 08:45 BST
    // Clocks go back on Sunday 25 October 2026: 19:00 GMT is 19:00 UTC.
    expect(p('2026-10-25T18:30:00Z')).toBe('2026-W42');
    expect(p('2026-10-25T19:00:00Z')).toBe('2026-W43');
    expect(p('2026-10-26T08:45:00Z')).toBe('2026-W43');
    const scheduler = new Scheduler(world.core);
    await scheduler.tick(new Date('2026-10-25T18:30:00Z'));
    expect(await promptWeeks()).toEqual([]);
    await scheduler.tick(new Date('2026-10-25T19:00:00Z'));
    expect(await promptWeeks()).toEqual(['2026-W43']);
  });
});
