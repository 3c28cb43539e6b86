import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConsoleChat } from '../src/adapters/console/console-chat.js';
import { FixedClock } from '../src/core/ports.js';
import { consoleChat } from './helpers/console-chat.js';
import { type TestWorld, testWorld } from './helpers/core.js';

// The console chat as a newcomer uses it over several sittings: what it remembers, and pressing
// a choice on an older message.

const START = '2026-11-25T12:00:00Z';
const REFUSED = /for the group's facilitators/;
let world: TestWorld;
let lines: string[];

beforeEach(async () => {
  world = await testWorld(START);
  lines = [];
});
afterEach(async () => {
  await world.close();
});

async function open(clock: FixedClock): Promise<ConsoleChat> {
  const core = { ...world.core, clock };
  const chat = consoleChat({ core, commands: world.app.commands }, (l) => lines.push(l), clock);
  await chat.restore();
  return chat;
}

async function say(chat: ConsoleChat, ...input: string[]): Promise<string> {
  lines = [];
  for (const l of input) await chat.line(l);
  return lines.join('\n');
}

describe('the console after a restart', () => {
  it('still knows who is a facilitator and where the clock was moved', async () => {
    const first = await open(world.clock);
    await say(first, 'Sam: /setup Europe/London sunday 19:00 Tuesday Parents', ':admin Kim', ':clock +3d');
    const moved = world.clock.now().getTime();

    // A new run: a fresh clock at real time, a fresh chat, the same database.
    const clock = new FixedClock(new Date(START));
    const second = await open(clock);
    expect(clock.now().getTime()).toBe(moved);
    // The first speaker of the new run is not made a facilitator: the group already has them.
    expect(await say(second, 'Alex: /stats')).toMatch(REFUSED);
    expect(await say(second, 'Kim: /stats')).toMatch(/how the group is doing/);
    expect(await say(second, 'Sam: /stats')).toMatch(/how the group is doing/);
    // Moving it again adds to where it was.
    await say(second, ':clock +1d');
    const third = new FixedClock(new Date(START));
    await open(third);
    expect(third.now().getTime()).toBe(moved + 86400000);
  });
});

describe('a facilitator who erases themselves in the console', () => {
  it('is no longer kept as a facilitator, and the next speaker is not made one in their place', async () => {
    const chat = await open(world.clock);
    await say(chat, 'Sam: /setup Europe/London sunday 19:00 Tuesday Parents', 'Sam: /join', 'Sam: #1');
    expect(await say(chat, 'Sam@dm: /forgetme', 'Sam@dm: #1')).toMatch(/erased/);
    expect(await world.core.db.selectFrom('console_state').select('key').where('key', 'like', 'admin:%').execute()).toEqual([]);
    expect(await say(chat, 'Alex: /stats')).toMatch(REFUSED);
    // Anyone can still name a facilitator.
    await say(chat, ':admin Alex');
    expect(await say(chat, 'Alex: /stats')).toMatch(/how the group is doing/);
  });
});

describe('pressing a choice in the console', () => {
  it('presses a choice on an older message named by its kind or number, and says which when it cannot', async () => {
    const chat = await open(world.clock);
    await say(chat, 'Sam: /setup Europe/London sunday 19:00 Tuesday Parents', 'Alex: /join', 'Alex: #1', 'Sam: /prompt now');
    const promptLine = lines.find((l) => /#4 4 🙂 good/.test(l))!;
    const promptRef = /\(@(\d+) prompt\)$/.exec(promptLine)?.[1];
    expect(promptRef).toBeDefined();
    // Something newer offers Alex other choices.
    expect(await say(chat, 'Alex@dm: /leave')).toMatch(/#1 Yes, leave {3}#2 Stay {3}\(@\d+ leave\)/);
    expect(await say(chat, 'Alex: #4@prompt')).toMatch(/\[private → Alex\] bot: Thank you for checking in/);
    expect(await say(chat, `Alex: #5@${promptRef}`)).toMatch(/Updated your check-in/);
    const rows = await world.core.db.selectFrom('checkins').select('mood').execute();
    expect(rows.map((r) => r.mood)).toEqual([5]);
    // The newest message has only two choices: the console says how to name another one.
    const out = await say(chat, 'Alex: #4');
    expect(out).toMatch(/no choice #4 on the newest message/);
    expect(out).toMatch(new RegExp(`#4@${promptRef}`));
    expect(await world.core.db.selectFrom('members').select('status').executeTakeFirst()).toEqual({ status: 'active' });
  });
});
