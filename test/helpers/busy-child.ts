import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { commands } from '../../commands/index.js';
import { handle } from '../../commands/dispatch.js';
import type { Core, Logger } from '../../src/core/core.js';
import { FixedClock, seededIds } from '../../src/core/ports.js';
import { loadHelplines } from '../../src/core/support.js';
import { openDatabase } from '../../src/db/database.js';

// A bot process for the two-process SQLite test: says "ready", waits for "go" on stdin, then
// runs /checkin for members FROM..FROM+COUNT-1 of the console group through the dispatcher,
// CONCURRENCY at a time, timing each command, and prints one summary line.

const env = process.env;
const from = Number(env.FROM);
const count = Number(env.COUNT);
const concurrency = Number(env.CONCURRENCY ?? 4);
const errors: unknown[] = [];
const log: Logger = { debug() {}, info() {}, warn() {}, error: (obj: object) => errors.push(obj) };

const { db } = openDatabase(env.DB_FILE!);
const clock = new FixedClock(new Date(env.NOW!));
const core: Core = { db, clock, ids: seededIds(from + 1), log, helplines: loadHelplines(resolve(import.meta.dirname, '../../data/helplines.json')) };
const app = { core, commands };

const checkIn = (i: number) =>
  handle(
    app,
    {
      platform: 'console',
      chatId: env.CHAT!,
      inPrivateChat: false,
      seenByGroup: true,
      user: { id: `busy-p${i}`, name: `Person ${i}` },
      isChatAdmin: false,
      botName: 'bot',
    },
    { kind: 'command', name: 'checkin', text: '4' },
  );

await checkIn(from); // warm the statement cache before the race (this member checks in twice)
process.stdout.write('ready\n');
for await (const line of createInterface({ input: process.stdin })) if (line === 'go') break;

// How long the process went without running a timer: a frozen event loop shows here.
let last = performance.now();
let stallMs = 0;
const tick = setInterval(() => {
  stallMs = Math.max(stallMs, performance.now() - last);
  last = performance.now();
}, 10);
const latencies: number[] = [];
const wrong: string[] = [];
let next = from;
async function worker() {
  while (next < from + count) {
    const i = next++;
    // Each command arrives as its own event, as from a platform: timers get their turn between.
    await new Promise((r) => setImmediate(r));
    const t = performance.now();
    const replies = await checkIn(i);
    latencies.push(performance.now() - t);
    const text = replies.map((r) => r.text).join(' | ');
    if (!/^(Thank you for checking in|Updated your check-in)/.test(text)) wrong.push(text);
  }
}
await Promise.all(Array.from({ length: concurrency }, worker));
clearInterval(tick);
await db.destroy();
latencies.sort((a, b) => a - b);
const summary = {
  commands: latencies.length,
  wrong: wrong.slice(0, 5),
  wrongCount: wrong.length,
  errors: errors.slice(0, 5),
  maxMs: Math.round(latencies[latencies.length - 1]),
  p99Ms: Math.round(latencies[Math.floor(latencies.length * 0.99)]),
  stallMs: Math.round(stallMs),
};
process.stdout.write(`${JSON.stringify(summary)}\n`);
