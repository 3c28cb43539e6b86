import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConsoleChat } from '../src/adapters/console/console-chat.js';
import { domainJobs } from '../src/jobs/domain.js';
import { type Schedule, createSchedule } from '../src/jobs/index.js';
import { type TestWorld, testWorld } from './helpers/core.js';

// The console's `:clock` moves time and runs what falls due, in order: a month in a minute.

let world: TestWorld;
let chat: ConsoleChat;
let schedule: Schedule;
let lines: string[];

beforeEach(async () => {
  // Wednesday 25 Nov 2026, 12:00 London.
  world = await testWorld('2026-11-25T12:00:00Z');
  lines = [];
  chat = new ConsoleChat({ app: world.app, out: (l) => lines.push(l), clock: world.clock, onClockMoved: () => schedule.clockMoved(), deliverOutbox: () => schedule.deliverNow() });
  schedule = createSchedule({ core: world.core, ports: [chat], domain: domainJobs, ticker: () => () => {}, holder: 'console-test' });
  await schedule.start();
  for (const l of ['Sam: /setup Europe/London sunday 19:00 Tuesday Parents', 'Alex: /join', 'Alex: #1', 'Kim: /join', 'Kim: #1']) await chat.line(l);
  lines = [];
});
afterEach(async () => {
  await schedule.stop();
  await world.close();
});

describe(':clock', () => {
  it('+4d then +8h posts Sunday\'s prompt with mood buttons; a press updates the tally', async () => {
    await chat.line(':clock +4d');
    expect(lines.join('\n')).not.toMatch(/weekly check-in/); // Sunday noon: not yet
    await chat.line(':clock +8h');
    const prompt = lines.findIndex((l) => l.startsWith('[group] bot: **') || /weekly check-in/.test(l));
    expect(prompt).toBeGreaterThanOrEqual(0);
    expect(lines.join('\n')).toMatch(/Nobody has checked in yet/);
    expect(lines.join('\n')).toMatch(/#4 4 🙂 good/);
    lines = [];
    await chat.line('Alex: #4');
    expect(lines.join('\n')).toMatch(/\[private → Alex\] bot: Thank you for checking in/);
    expect(lines.join('\n')).toMatch(/\[group\] bot: .*weekly check-in[\s\S]*1 person has checked in so far/);
  });

  it('+4w shows four weekly prompts in order, one per week, and the pairing intros', async () => {
    await chat.line('Alex: /buddy on');
    await chat.line('Kim: /buddy on');
    lines = [];
    await chat.line(':clock +4w');
    const out = lines.join('\n');
    const prompts = lines.filter((l) => /weekly check-in/.test(l));
    expect(prompts.length).toBe(4);
    expect(out).toMatch(/\[private → (alex|kim)\]/i);
    const rows = await world.core.db.selectFrom('outbox').select(['kind', 'status']).execute();
    expect(rows.filter((r) => r.kind === 'prompt').every((r) => r.status === 'sent')).toBe(true);
  });

  it('a month of quiet: a gentle private check-in, never a group message about it', async () => {
    await chat.line(':clock +4w');
    const out = lines.join('\n');
    expect(out).toMatch(/\[private → (alex|kim)\] bot: Hi/i);
    for (const l of lines.filter((x) => x.startsWith('[group]'))) expect(l).not.toMatch(/quiet|miss/i);
  });
});
