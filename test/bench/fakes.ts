import { type ChildProcess, fork } from 'node:child_process';
import { resolve } from 'node:path';
import { seedGroups } from './world.js';

// The fake platforms for the benchmarks, in a child process (fake-host.ts) driven over IPC.

export interface HostSetup {
  telegramGroups: number;
  discordGuilds: number;
  /** Every rate limit's count is multiplied by this (windows stay as long as the platforms'). */
  scale: number;
  /** Each request is answered after a delay drawn from this range (ms). */
  latency?: { min: number; max: number };
  /** People (one in each of the first N Telegram groups) who will press a mood button. */
  pressers?: number;
}

export interface HostWorld {
  telegram: { apiRoot: string; token: string; chatIds: string[]; pressers: number[] };
  discord: { apiRoot: string; token: string; appId: string; channelIds: string[] };
}

interface PlatformReport {
  /** Messages the fake received since the mark, per chat: [chat id, count]. */
  perChat: [string, number][];
  /** Send requests (accepted or not) since the mark. */
  requests: number;
  /** 429s answered since the mark. */
  tooMany: number;
  firstAt: number;
  lastAt: number;
  /** The longest time between two sends in a row (ms). */
  longestPauseMs: number;
  /** Everything the platform's limits counted (prompts, replies, edits) that it accepted, as it arrived. */
  allSends: { count: number; perSecond: number };
}

export interface HostReport {
  /** For each press: ms from the press to the bot's answer arriving (answerCallbackQuery); -1 when none came. */
  telegram: PlatformReport & { polls: number; pressWaits: number[] };
  discord: PlatformReport & { identified: boolean };
}

export class FakeHost {
  private constructor(private readonly child: ChildProcess) {}

  static async start(setup: HostSetup): Promise<{ host: FakeHost; world: HostWorld }> {
    const child = fork(resolve(import.meta.dirname, 'fake-host.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const host = new FakeHost(child);
    try {
      const world = (await host.ask({ type: 'setup', setup }, 'world', 120_000)) as HostWorld;
      return { host, world };
    } catch (err) {
      child.kill('SIGKILL');
      throw err;
    }
  }

  get pid(): number {
    return this.child.pid!;
  }

  async mark(): Promise<void> {
    await this.ask({ type: 'mark' }, 'marked');
  }

  /** The pressers press a mood on their group's newest prompt, one every `everyMs`. */
  async press(everyMs: number): Promise<void> {
    await this.ask({ type: 'press', everyMs }, 'pressing');
  }

  async report(): Promise<HostReport> {
    return (await this.ask({ type: 'report' }, 'report')) as HostReport;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || !this.child.connected) return;
    const exited = new Promise<void>((r) => this.child.once('exit', () => r()));
    try {
      await this.ask({ type: 'stop' }, 'stopped', 10_000);
    } catch {
      this.child.kill('SIGKILL');
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000).unref())]);
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }

  private ask(msg: object, answer: string, timeoutMs = 30_000): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => done(new Error(`fake host: no "${answer}" within ${timeoutMs} ms`)), timeoutMs);
      const onMessage = (m: { type: string; error?: string; [k: string]: unknown }) => {
        if (m.type === 'error') done(new Error(`fake host: ${m.error}`));
        else if (m.type === answer) done(null, m[answer === 'marked' || answer === 'stopped' || answer === 'pressing' ? 'type' : answer]);
      };
      const onExit = (code: number | null) => done(new Error(`fake host exited (${code})`));
      const done = (err: Error | null, value?: unknown) => {
        clearTimeout(t);
        this.child.off('message', onMessage);
        this.child.off('exit', onExit);
        if (err) reject(err);
        else resolve(value);
      };
      this.child.on('message', onMessage);
      this.child.once('exit', onExit);
      this.child.send(msg);
    });
  }
}

/** Seed Telegram and Discord groups whose chats exist in the fakes (plain SQL, fast). */
export function seedFakeGroups(
  sqlite: import('better-sqlite3').Database,
  world: HostWorld,
  opts: { telegramGroups: number; discordGuilds: number; membersPerGroup: number; now: string },
): void {
  seedGroups(sqlite, { groups: opts.telegramGroups, membersPerGroup: opts.membersPerGroup, platform: 'telegram', now: opts.now });
  seedGroups(sqlite, { groups: opts.discordGuilds, membersPerGroup: opts.membersPerGroup, platform: 'discord', now: opts.now });
  const setChat = sqlite.prepare('update groups set chat_id = ? where id = ?');
  sqlite.transaction(() => {
    for (const [platform, ids] of [['telegram', world.telegram.chatIds], ['discord', world.discord.channelIds]] as const) {
      const rows = sqlite.prepare('select id from groups where platform = ? order by id').all(platform) as { id: number }[];
      rows.forEach((r, i) => setChat.run(ids[i], r.id));
    }
  })();
  // The pressers are member 0 of the first Telegram groups.
  const presser = sqlite.prepare(`update people set user_id = ?, dm_chat_id = ? where id = (select m.person_id from members m where m.group_id = ? order by m.id limit 1)`);
  const tgGroups = sqlite.prepare(`select id from groups where platform = 'telegram' order by id`).all() as { id: number }[];
  sqlite.transaction(() => world.telegram.pressers.forEach((uid, i) => presser.run(String(uid), String(uid), tgGroups[i].id)))();
  sqlite.exec('analyze');
}
