import 'dotenv/config';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { commands } from '../commands/index.js';
import type { App } from '../commands/dispatch.js';
import { ConfigError, type Config, readConfig } from './config.js';
import { type Core, type Logger, type Platform, loggableError } from './core/core.js';
import { OffsetClock, cryptoIds } from './core/ports.js';
import { signingKeys } from './core/signing.js';
import { loadHelplines } from './core/support.js';
import { type DB, DatabaseUrlError, connectDatabase } from './db/database.js';
import { databaseTarget } from './db/database-url.js';
import { createLogger, logFile } from './log.js';
import { ConsoleChat } from './adapters/console/console-chat.js';
import { DiscordAdapter } from './adapters/discord/client.js';
import { TelegramAdapter } from './adapters/telegram/bot.js';
import type { DeliveryPort } from './core/outbox.js';
import { PACING, type Schedule, SendBudget, createSchedule } from './jobs/index.js';
import { domainJobs } from './jobs/domain.js';
import { type HealthPart, platformPart } from './http/health.js';
import { type OpsServer, startOpsServer } from './http/ops.js';
import { PromMetrics } from './http/metrics.js';

// The composition root: config, database, core, adapters and jobs. The only file that knows them all.

// The project's root, from src/main.ts or from the bundle in dist/ (npm start).
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let config: Config;
  let db: DB;
  try {
    config = readConfig(env);
    db = await connectDatabase(config.DATABASE_URL, root);
  } catch (err) {
    if (err instanceof ConfigError || err instanceof DatabaseUrlError) {
      process.stderr.write(`${err.message}\n`);
      process.exitCode = 1;
      return;
    }
    throw err;
  }
  const onPlatform = !!(config.TELEGRAM_BOT_TOKEN || config.DISCORD_TOKEN);
  // The console chat is stdout: its logs go to console.log beside the database (or in data/), unless LOG_LEVEL asks for them on stderr.
  const toFile = !onPlatform && !config.LOG_LEVEL;
  const target = databaseTarget(config.DATABASE_URL, root);
  const logPath = resolve(target.kind === 'sqlite' && target.file !== ':memory:' ? dirname(target.file) : resolve(root, 'data'), 'console.log');
  const log = createLogger(config.LOG_LEVEL ?? 'info', [config.TELEGRAM_BOT_TOKEN ?? '', config.DISCORD_TOKEN ?? '', config.SIGNING_SECRET ?? '', config.TELEGRAM_WEBHOOK_SECRET ?? ''], toFile ? logFile(logPath) : undefined);
  const clock = new OffsetClock();
  // A worker runs the schedule and delivers (when it holds the lease) but takes no updates.
  const worker = config.BOT_ROLE === 'worker';
  // Telegram by webhook: updates arrive on the HTTP server (PORT, 8080 unless set).
  const webhook = config.TELEGRAM_WEBHOOK_URL && config.TELEGRAM_WEBHOOK_SECRET && !worker ? { url: config.TELEGRAM_WEBHOOK_URL, secret: config.TELEGRAM_WEBHOOK_SECRET } : undefined;
  const port = config.PORT ?? (webhook ? 8080 : undefined);
  // With a port, the core and the jobs count for /metrics (the lease is read when scraped).
  const metrics = onPlatform && port !== undefined ? new PromMetrics({ db, clock, log, holdsLease: () => schedule?.holdsLease ?? false }) : undefined;
  const core: Core = { db, clock, ids: cryptoIds, log, helplines: loadHelplines(resolve(root, 'data/helplines.json')), metrics };
  const app: App = { core, commands };

  if (!onPlatform) {
    await runConsole(app, clock);
    await db.destroy();
    return;
  }
  // On platforms: each adapter starts, hands its delivery port to the schedule, and stops on a signal.
  const ports: DeliveryPort[] = [];
  const adapters = new Map<Platform, () => Promise<void>>();
  const starts: { platform: Platform; started: Promise<void> }[] = [];
  let schedule: ReturnType<typeof createSchedule> | undefined;
  let requestStop!: (why: string) => void;
  const stopping = new Promise<string>((done) => {
    requestStop = done;
    for (const s of ['SIGINT', 'SIGTERM']) process.once(s, () => done(s));
  });
  guardProcess(process, log, () => {
    process.exitCode = 1;
    requestStop('uncaughtException');
    // If the clean stop itself hangs, leave anyway.
    setTimeout(() => process.exit(1), 10_000).unref();
  });
  // A revoked token or a 409 stops that platform only: the process, the other platform and the schedule carry on.
  const stopPlatform = (platform: Platform, why: string) => {
    const stop = adapters.get(platform);
    if (!stop) return;
    adapters.delete(platform);
    log.error({ platform }, `${platform}: ${why}; ${platform} stopped, the rest carries on`);
    schedule?.stopPlatform(platform);
    stop().catch((err) => log.warn({ platform, err: loggableError(err) }, 'stopping the adapter failed'));
    if (!adapters.size) {
      log.error({}, 'no platform left to serve: stopping');
      process.exitCode = 1;
      requestStop('no platform left');
    }
  };
  const signing = await signingKeys(core, config.SIGNING_SECRET);
  // /healthz and /metrics, up before the platforms connect (503 until they have).
  const health: HealthPart[] = [];
  let ops: OpsServer | undefined;
  if (port !== undefined && metrics) {
    try {
      ops = await startOpsServer({ port, db, log, metrics, platforms: () => health });
    } catch (err) {
      process.stderr.write(`PORT ${port}: the bot's HTTP server could not listen (${(err as { code?: string }).code ?? 'error'}). Choose a free port${webhook ? '' : ', or leave PORT empty'}.\n`);
      process.exitCode = 1;
      await db.destroy();
      return;
    }
  }
  if (config.DISCORD_TOKEN && config.DISCORD_APP_ID) {
    const discord = new DiscordAdapter({
      app, token: config.DISCORD_TOKEN, signing, apiRoot: config.DISCORD_API_ROOT, log,
      shards: config.DISCORD_SHARDS, shardCount: config.DISCORD_SHARD_COUNT,
      afterInteraction: () => schedule?.deliverSoon(),
      onFatal: (why) => stopPlatform('discord', why),
    });
    starts.push({ platform: 'discord', started: worker ? discord.startDeliveryOnly() : discord.start() });
    ports.push(discord.delivery);
    adapters.set('discord', () => discord.stop());
    health.push(platformPart('discord', discord));
  }
  // Telegram's one send budget: the outbox waits for its slots; replies take the next free one, first.
  const telegramBudget = new SendBudget(PACING.telegram);
  if (config.TELEGRAM_BOT_TOKEN) {
    const telegram = new TelegramAdapter({
      replySlot: (audience, chatId) => telegramBudget.replySlot(audience, chatId),
      app,
      token: config.TELEGRAM_BOT_TOKEN,
      signing,
      apiRoot: config.TELEGRAM_API_ROOT,
      log,
      onUpdateHandled: () => schedule?.deliverSoon(),
      onFatal: (_err, why) => stopPlatform('telegram', why),
    });
    const started = worker ? telegram.startDeliveryOnly()
      : webhook && ops ? telegram.startWebhook({ ...webhook, server: ops.server, claimMs: config.OUTBOX_CLAIM_MS })
      : telegram.start();
    starts.push({ platform: 'telegram', started });
    ports.push(telegram.delivery);
    adapters.set('telegram', () => telegram.stop());
    health.push(platformPart('telegram', telegram));
  }
  // Both platforms connect at the same time, each on its own: one that is refused or hangs is left
  // out with one line, and the other platform and the schedule start without it.
  const timeoutMs = config.PLATFORM_START_TIMEOUT_MS ?? 60_000;
  await Promise.all(starts.map(async ({ platform, started }) => {
    try {
      await within(started, timeoutMs, `it did not connect within ${Math.round(timeoutMs / 1000)} s`);
    } catch (err) {
      stopPlatform(platform, `did not start (${err instanceof Error ? err.message : String(err)})`);
    }
  }));
  if (!adapters.size) {
    await ops?.close();
    await db.destroy();
    return;
  }
  schedule = createSchedule({
    core, ports: ports.filter((p) => adapters.has(p.platform)), domain: domainJobs, budgets: { telegram: telegramBudget }, leaseTtlMs: config.LEASE_TTL_MS, claimMs: config.OUTBOX_CLAIM_MS,
    onRevoked: (platform, reason) => stopPlatform(platform, `the bot's token was refused (${reason})`),
  });
  await schedule.start();
  // Adapters connected and the schedule running (the start-up benchmark waits for this line).
  log.info({ platforms: [...adapters.keys()], role: worker ? 'worker' : 'all' }, 'ready');
  const signal = await stopping;
  log.info({ signal }, 'stopping');
  await shutDown(schedule, adapters, ops, db, log);
}

/**
 * Within 10 s: /healthz answers 503 at once; Telegram stops polling while the schedule lets its
 * sends in flight finish (or gives back their claims) and gives up the lease; then Discord's
 * client closes (its deliveries go through it, so after the schedule); then the server and the
 * database. If any of it hangs, the process leaves anyway.
 */
async function shutDown(schedule: Schedule, adapters: Map<Platform, () => Promise<void>>, ops: OpsServer | undefined, db: DB, log: Logger): Promise<void> {
  setTimeout(() => {
    log.error({}, 'stopping took too long: leaving now');
    process.exit(1);
  }, 9_500).unref();
  ops?.stopping();
  await Promise.all([schedule.stop(), adapters.get('telegram')?.()]);
  await adapters.get('discord')?.();
  await ops?.close();
  await db.destroy();
}

/** `started`, or a rejection saying `why` once `ms` have passed. */
async function within(started: Promise<void>, ms: number, why: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(why)), ms)));
  try {
    await Promise.race([started, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Last resort for errors nothing else caught. A promise that failed unhandled is logged and the
 * bot carries on (each job and delivery already retries on its own); an exception that reached
 * the top leaves the process in an unknown state: logged, then a clean stop, exit status 1.
 */
export function guardProcess(proc: NodeJS.EventEmitter, log: Logger, stop: () => void): void {
  proc.on('unhandledRejection', (reason) => log.error({ err: loggableError(reason) }, 'a task failed and nothing handled it; the bot carries on'));
  proc.on('uncaughtException', (err) => {
    log.error({ err: loggableError(err) }, 'unexpected error: the bot stops');
    stop();
  });
}

async function runConsole(app: App, clock: OffsetClock): Promise<void> {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  // The console is the delivery port; `:clock +7d` runs what falls due in between, in order.
  let schedule: ReturnType<typeof createSchedule> | undefined = undefined;
  const chat = new ConsoleChat({ app, out, clock, filesDir: resolve(root, 'data/files'), onClockMoved: () => schedule!.clockMoved(), deliverOutbox: () => schedule!.deliverNow() });
  await chat.restore();
  schedule = createSchedule({ core: app.core, ports: [chat], domain: domainJobs });
  await schedule.start();
  if (process.stdin.isTTY) {
    out('Peer support bot: console chat. Everyone shares one group chat; the bot answers as "bot".');
    out('Try:  Sam: /setup Europe/London sunday 19:00 Tuesday Parents   then  Alex: /join   then  Alex: #1');
    out('Also: Alex@dm: /checkin 4 a private note   ·   Alex: #2 presses choice 2 (#2@5: of message @5)   ·   :admin Kim   ·   :clock +7d   ·   Ctrl-D quits.');
  }
  const rl = createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) await chat.line(line);
  await schedule.stop();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // A send given back at shutdown may still wait on its platform: it must not hold the process.
  main().then(() => setTimeout(() => process.exit(), 200).unref(), (err) => {
    process.stderr.write(`The bot stopped: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
