import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FakeHost, type HostWorld, seedFakeGroups } from './fakes.js';
import { type Figure, median, nowMs, withTempDir } from './lib.js';
import { benchWorld } from './world.js';

// Memory and start-up: the real process (`node --import tsx src/main.ts`) with 10,000 groups in
// its database (8,000 Telegram, 2,000 Discord, 10 members each) and both adapters connected to
// the fakes (in their own process, answering after 50–150 ms). Start-up: from spawning the
// process to its 'ready' log line. Memory: resident set (VmRSS) a few seconds after ready.
// `npm start` runs main bundled ahead of time (esbuild, as `npm run build`); `npm run dev` compiles
// with tsx at start, shown for comparison.

const TG_GROUPS = 8000;
const DC_GUILDS = 2000;
const MEMBERS = 10;
const RUNS = Number(process.env.BENCH_MEMORY_RUNS ?? 3);
const SETTLE_MS = 3000;
const root = resolve(import.meta.dirname, '../..');

interface Sample {
  readyMs: number;
  discordMs: number;
  telegramMs: number;
  rssMb: number;
  peakMb: number;
  /** Resident memory when Telegram polling began (both adapters connected, before the schedule's first tick). */
  connectedMb: number;
}

export async function memoryBench(): Promise<Figure[]> {
  return withTempDir(async (dir) => {
    const { host, world } = await FakeHost.start({ telegramGroups: TG_GROUPS, discordGuilds: DC_GUILDS, scale: 1, latency: { min: 50, max: 150 } });
    const bundle = join(root, 'dist', `bench-main-${process.pid}.mjs`);
    try {
      const file = join(dir, 'bot.sqlite');
      await seed(file, world);
      const tsx = [];
      for (let r = 0; r <= RUNS; r++) {
        const s = await once(['--import', 'tsx', 'src/main.ts'], file, world);
        progress(r === 0 ? 'tsx, warm-up (fills its cache)' : `tsx, run ${r}`, s);
        if (r > 0) tsx.push(s);
      }
      await build(bundle);
      const js = [];
      for (let r = 0; r <= RUNS; r++) {
        const s = await once([bundle], file, world);
        progress(r === 0 ? 'bundled, warm-up' : `bundled, run ${r}`, s);
        if (r > 0) js.push(s);
      }
      return figures(tsx, js);
    } finally {
      rmSync(bundle, { force: true });
      await host.stop();
    }
  });
}

async function seed(file: string, world: HostWorld): Promise<void> {
  const w = await benchWorld(file);
  // Set up just now: nothing is due at start, as on an ordinary restart.
  const now = new Date().toISOString();
  seedFakeGroups(w.sqlite, world, { telegramGroups: TG_GROUPS, discordGuilds: DC_GUILDS, membersPerGroup: MEMBERS, now });
  await w.db.destroy();
}

/** Spawns the bot, waits for 'ready', lets it settle, reads its memory, stops it. */
async function once(args: string[], file: string, world: HostWorld): Promise<Sample> {
  const t0 = nowMs();
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: {
      ...process.env,
      TELEGRAM_BOT_TOKEN: world.telegram.token,
      TELEGRAM_API_ROOT: world.telegram.apiRoot,
      DISCORD_TOKEN: world.discord.token,
      DISCORD_APP_ID: world.discord.appId,
      DISCORD_API_ROOT: world.discord.apiRoot,
      DISCORD_GUILD_ID: '',
      DATABASE_URL: file,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const seen = new Map<string, number>();
  const rssAt = new Map<string, number>();
  let tail = '';
  let buf = '';
  child.stderr!.on('data', (d: Buffer) => {
    buf += d.toString();
    for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      tail = (tail + line + '\n').slice(-2000);
      try {
        const msg = (JSON.parse(line) as { msg?: string }).msg;
        if (msg && !seen.has(msg)) {
          seen.set(msg, nowMs() - t0);
          rssAt.set(msg, vmKb(child.pid!, 'VmRSS') / 1024);
        }
      } catch {
        // not a log line
      }
    }
  });
  try {
    const deadline = Date.now() + 60_000;
    while (!seen.has('ready')) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the bot did not get ready:\n${tail}`);
      await new Promise((r) => setTimeout(r, 5));
    }
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const kb = (field: string) => vmKb(child.pid!, field);
    return {
      readyMs: seen.get('ready')!,
      discordMs: seen.get('discord connected') ?? Number.NaN,
      telegramMs: seen.get('telegram: polling') ?? Number.NaN,
      rssMb: kb('VmRSS') / 1024,
      peakMb: kb('VmHWM') / 1024,
      connectedMb: rssAt.get('telegram: polling') ?? Number.NaN,
    };
  } finally {
    child.kill('SIGTERM');
    const code = await Promise.race([exited, new Promise<'late'>((r) => setTimeout(() => r('late'), 10_000))]);
    if (code === 'late') {
      child.kill('SIGKILL');
      await exited;
    }
  }
}

function vmKb(pid: number, field: string): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  } catch {
    return Number.NaN;
  }
}

/** main.ts bundled with esbuild (packages stay external), in dist/ so it finds data/ as src/ would. */
async function build(out: string): Promise<void> {
  const esbuild = await import('esbuild');
  await esbuild.build({ entryPoints: [join(root, 'src/main.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outfile: out, logLevel: 'warning' });
  await esbuild.stop(); // its service process
}

function progress(label: string, s: Sample): void {
  process.stderr.write(
    `  ${label}: ready after ${s.readyMs.toFixed(0)} ms (Discord connected at ${s.discordMs.toFixed(0)}, Telegram polling at ${s.telegramMs.toFixed(0)}); RSS ${s.connectedMb.toFixed(1)} MB when connected, ${s.rssMb.toFixed(1)} MB ${SETTLE_MS / 1000} s after ready, peak ${s.peakMb.toFixed(1)} MB\n`,
  );
}

function figures(tsx: Sample[], js: Sample[]): Figure[] {
  const m = (xs: Sample[], k: keyof Sample) => median(xs.map((x) => x[k]));
  const groups = `${(TG_GROUPS + DC_GUILDS).toLocaleString('en-GB')} groups`;
  const startNote = (xs: Sample[]) =>
    `median of ${xs.length} after a warm-up; Discord connected (${DC_GUILDS.toLocaleString('en-GB')} guilds arrived) at ${m(xs, 'discordMs').toFixed(0)} ms, Telegram polling at ${m(xs, 'telegramMs').toFixed(0)} ms, then the schedule's first tick; the fakes answer after 50–150 ms`;
  const rss = m(tsx, 'rssMb');
  const rssJs = m(js, 'rssMb');
  const ready = m(tsx, 'readyMs');
  const readyJs = m(js, 'readyMs');
  return [
    { section: 'memory', name: `resident memory, ${groups}, both adapters connected (npm run dev: tsx)`, value: rss, unit: 'MB', reference: 200, referenceLabel: 'target for npm start', ratio: rss / 200, target: '—', met: true, note: `VmRSS ${SETTLE_MS / 1000} s after ready, median of ${tsx.length}; peak (VmHWM) ${m(tsx, 'peakMb').toFixed(1)} MB; ${m(tsx, 'connectedMb').toFixed(1)} MB once both adapters were connected, before the schedule's first tick; tsx's compiler included` },
    { section: 'memory', name: `resident memory, ${groups}, both adapters connected (npm start: bundled JS)`, value: rssJs, unit: 'MB', reference: 200, referenceLabel: 'target', ratio: rssJs / 200, target: '< 200 MB', met: rssJs < 200, note: `peak (VmHWM) ${m(js, 'peakMb').toFixed(1)} MB; ${m(js, 'connectedMb').toFixed(1)} MB once both adapters were connected, before the first tick` },
    { section: 'start-up', name: 'start to ready (npm run dev: tsx)', value: ready, unit: 'ms', reference: 2000, referenceLabel: 'target for npm start', ratio: ready / 2000, target: '—', met: true, note: `${startNote(tsx)}; tsx's cache warm` },
    {
      section: 'start-up',
      name: 'start to both adapters connected (tsx)',
      value: m(tsx, 'telegramMs'),
      unit: 'ms',
      reference: 2000,
      referenceLabel: 'target for ready',
      ratio: m(tsx, 'telegramMs') / 2000,
      target: '—',
      met: true,
      note: "Telegram polling and Discord's guilds all arrived; the schedule's first tick follows, and the process answers no one until it ends",
    },
    { section: 'start-up', name: 'start to ready (npm start: bundled JS)', value: readyJs, unit: 'ms', reference: 2000, referenceLabel: 'target', ratio: readyJs / 2000, target: '< 2,000 ms', met: readyJs < 2000, note: startNote(js) },
  ];
}
