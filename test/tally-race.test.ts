import { afterEach, describe, expect, it } from 'vitest';
import { checkedInNames } from '../src/core/checkins.js';
import type { Delivery, DeliveryPort } from '../src/core/outbox.js';
import { claim } from '../src/core/outbox.js';
import { TALLY_KIND, postPromptNow, promptText } from '../src/core/prompts.js';
import type { Group } from '../src/db/schema.js';
import { DeliveryWorker } from '../src/jobs/delivery.js';
import { DiscordBed, fromDiscord } from './helpers/discord-harness.js';
import { TelegramTest } from './helpers/telegram-harness.js';
import type { TestWorld } from './helpers/core.js';

// A check-in that lands while the prompt's tally edit is on its way must not be lost: the edit
// in flight is never rewritten, a new one follows it, and after every send the tally is checked
// again. Through the real adapters and both platforms' fakes.

/** The platform has answered the tally edit, but the worker has not recorded it yet: hold it there. */
class HeldAfterAnswer implements DeliveryPort {
  readonly platform;
  private open!: () => void;
  private readonly gate = new Promise<void>((r) => (this.open = r));
  private answered!: () => void;
  readonly reached = new Promise<void>((r) => (this.answered = r));
  private held = false;
  constructor(private readonly real: DeliveryPort) {
    this.platform = real.platform;
  }
  async deliver(d: Delivery) {
    const r = await this.real.deliver(d);
    if (d.kind === TALLY_KIND && !this.held) {
      this.held = true;
      this.answered();
      await this.gate;
    }
    return r;
  }
  release() {
    this.open();
  }
}

const pace = { overall: { max: 1000, perMs: 1000 }, group: { max: 1000, perMs: 1000 }, private: { max: 1000, perMs: 1000 }, concurrency: 4 };

async function drainAll(world: TestWorld, worker: DeliveryWorker) {
  for (let i = 0; i < 10; i++) {
    await worker.drain();
    const left = await world.core.db.selectFrom('outbox').select('id').where('status', 'in', ['pending', 'sending']).execute();
    if (!left.length) return;
    world.clock.advance(60_000);
  }
  throw new Error('outbox did not drain');
}

async function expectedPrompt(world: TestWorld, group: Group, week: string) {
  // As people read it: without the markup.
  return promptText(group, week, await checkedInNames(world.core, group.id, week)).replace(/\*\*/g, '');
}

interface Platform {
  world: TestWorld;
  group: Group;
  press(name: string, label: string): Promise<unknown>;
  promptShows(): string;
  port: DeliveryPort;
  stop(): Promise<void>;
}

async function telegram(): Promise<Platform> {
  const t = await TelegramTest.start();
  t.makeAdmin(await t.user('Sam'));
  await t.send('Sam', 'group', '/setup Europe/London sunday 19:00 Tuesday Parents');
  for (const n of ['Alex', 'Bo']) {
    await t.send(n, 'group', '/join');
    await t.press(n, 'Accept');
  }
  const group = await t.core.db.selectFrom('groups').selectAll().executeTakeFirstOrThrow();
  return {
    world: t.world, group, port: t.adapter.delivery,
    press: (name, label) => t.press(name, label),
    promptShows: () => {
      const prompt = t.fake.sentTo(t.group).find((s) => /weekly check-in/.test(s.plain ?? ''))!;
      return t.current(prompt)!.text!;
    },
    stop: async () => {
      expect(t.errors()).toEqual([]);
      await t.stop();
    },
  };
}

async function discord(): Promise<Platform> {
  const bed = new DiscordBed();
  await bed.start();
  bed.makeManager('Sam');
  await bed.slash('Sam', 'group', 'setup', { timezone: 'Europe/London', day: 'sunday', time: '19:00', name: 'Tuesday Parents' });
  for (const n of ['Alex', 'Bo']) {
    await bed.slash(n, 'group', 'join');
    await bed.press(n, 'Accept and join');
  }
  const group = await bed.world.core.db.selectFrom('groups').selectAll().executeTakeFirstOrThrow();
  return {
    world: bed.world, group, port: bed.adapter.delivery,
    press: (name, label) => bed.press(name, label),
    promptShows: () => fromDiscord(bed.groupMessages().find((m) => m.content.includes('weekly check-in'))!.content),
    stop: async () => {
      expect(bed.problems()).toEqual([]);
      await bed.stop();
    },
  };
}

let running: Platform | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

describe.each([
  ['Telegram', telegram],
  ['Discord', discord],
])('%s: the prompt always ends up with the right tally', (_name, make) => {
  it('a check-in that lands while the tally edit is in flight shows up in the prompt', async () => {
    const p = (running = await make());
    const { week } = await postPromptNow(p.world.core, p.group);
    await drainAll(p.world, new DeliveryWorker({ core: p.world.core, port: p.port, pacing: pace }));
    await p.press('Alex', 'good'); // queues a tally edit showing Alex

    const held = new HeldAfterAnswer(p.port);
    const worker = new DeliveryWorker({ core: p.world.core, port: held, pacing: pace });
    const draining = worker.drain();
    await held.reached; // the platform shows Alex; the worker is about to record the edit as sent
    await p.press('Bo', 'okay'); // lands now
    held.release();
    await draining;
    await drainAll(p.world, worker);

    expect(p.promptShows()).toBe(await expectedPrompt(p.world, p.group, week));
    expect(p.promptShows()).toMatch(/2 people have checked in/);
  });
});

describe('the tally edit queue (Telegram)', () => {
  it('never rewrites an edit that is being sent: a new edit is queued after it', async () => {
    const p = (running = await telegram());
    await postPromptNow(p.world.core, p.group);
    await drainAll(p.world, new DeliveryWorker({ core: p.world.core, port: p.port, pacing: pace }));
    await p.press('Alex', 'good');
    const edit = await p.world.core.db.selectFrom('outbox').select(['id', 'payload']).where('kind', '=', TALLY_KIND).executeTakeFirstOrThrow();
    expect(await claim(p.world.core.db, edit.id, { by: 'another worker' }, p.world.clock.now())).toBe(true);
    await p.press('Bo', 'okay');
    const edits = await p.world.core.db.selectFrom('outbox').select(['id', 'status', 'payload']).where('kind', '=', TALLY_KIND).orderBy('id').execute();
    expect(edits.map((e) => e.status)).toEqual(['sending', 'pending']);
    expect(edits[0].payload).toBe(edit.payload); // what is being sent stays as it was
    expect(edits[1].payload).toMatch(/2 people have checked in/);
  });

  it('after a tally edit goes out, a check-in it missed is shown by another edit', async () => {
    const p = (running = await telegram());
    const { week } = await postPromptNow(p.world.core, p.group);
    const worker = new DeliveryWorker({ core: p.world.core, port: p.port, pacing: pace });
    await drainAll(p.world, worker);
    await p.press('Alex', 'good');
    // Bo's check-in is recorded, but its edit request was lost (as when the worker had already read the old text).
    const bo = await p.world.core.db.selectFrom('members').innerJoin('people', 'people.id', 'members.person_id').select('members.id').where('people.display_name', '=', 'Bo').executeTakeFirstOrThrow();
    await p.world.core.db.insertInto('checkins').values({ group_id: p.group.id, member_id: bo.id, week, mood: 3, note: null, note_shared: 0, created_at: p.world.clock.now().toISOString(), updated_at: p.world.clock.now().toISOString() }).execute();
    await drainAll(p.world, worker);
    expect(p.promptShows()).toBe(await expectedPrompt(p.world, p.group, week));
    expect(p.promptShows()).toMatch(/2 people have checked in/);
  });
});

