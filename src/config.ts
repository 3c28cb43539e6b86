import { z } from 'zod';

// The environment, validated once at start with messages that say how to fix it.

const optional = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== '' ? v.trim() : undefined));

const apiRoot = optional.refine((v) => !v || /^https?:\/\/[^\s]+[^/]$/.test(v), {
  message: 'must be an http(s) URL with no trailing slash, like http://127.0.0.1:8081',
});

const millis = (min: number, max: number) =>
  optional
    .refine((v) => !v || (/^\d+$/.test(v) && Number(v) >= min && Number(v) <= max), { message: `must be a whole number of milliseconds from ${min} to ${max}, or empty for the default` })
    .transform((v) => (v ? Number(v) : undefined));

const schema = z
  .object({
    DISCORD_TOKEN: optional,
    DISCORD_APP_ID: optional.refine((v) => !v || /^\d{5,25}$/.test(v), { message: 'must be the numeric application id from the Developer Portal' }),
    DISCORD_GUILD_ID: optional.refine((v) => !v || /^\d{5,25}$/.test(v), { message: 'must be a numeric server (guild) id' }),
    // This process runs these Discord shards ('auto': every shard Discord recommends, in this one process).
    DISCORD_SHARDS: optional
      .refine((v) => !v || v === 'auto' || /^\d{1,5}(\s*,\s*\d{1,5})*$/.test(v), { message: "must be 'auto' or shard ids separated by commas, like 0,1" })
      .transform((v): number[] | 'auto' | undefined => (v === undefined || v === 'auto' ? v : [...new Set(v.split(',').map((id) => Number(id.trim())))])),
    DISCORD_SHARD_COUNT: optional
      .refine((v) => !v || (/^\d{1,5}$/.test(v) && Number(v) >= 1), { message: 'must be the total number of shards across all processes, a whole number from 1' })
      .transform((v) => (v ? Number(v) : undefined)),
    TELEGRAM_BOT_TOKEN: optional.refine((v) => !v || /^\d+:[A-Za-z0-9_-]{20,}$/.test(v), { message: 'looks wrong: BotFather gives tokens like 123456:ABC-DEF…' }),
    // Read and checked where the database is opened (src/db/database-url.ts).
    DATABASE_URL: optional,
    // Signs buttons, kept apart from the bot tokens; generated and kept in the database when unset.
    SIGNING_SECRET: optional.refine((v) => !v || v.length >= 32, { message: 'must be at least 32 characters (for example: openssl rand -base64 32), or leave it empty' }),
    // Webhooks instead of long polling: the public https address Telegram posts updates to.
    TELEGRAM_WEBHOOK_URL: optional.refine((v) => !v || /^https:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(v), {
      message: 'must be the public https address Telegram sends updates to, like https://bot.example.org/telegram (no query)',
    }),
    TELEGRAM_WEBHOOK_SECRET: optional.refine((v) => !v || /^[A-Za-z0-9_-]{1,256}$/.test(v), {
      message: 'must be 1 to 256 of the characters A-Z a-z 0-9 _ - (for example: openssl rand -hex 32)',
    }),
    TELEGRAM_API_ROOT: apiRoot,
    DISCORD_API_ROOT: apiRoot,
    // 'worker': the schedule and the outbox only, no platform updates (another process takes them).
    BOT_ROLE: z.enum(['all', 'worker'], { message: "must be 'all' (the default: updates, schedule and delivery) or 'worker' (schedule and delivery only)" }).optional().or(z.literal('').transform(() => undefined)),
    // How long the schedule's lease and an outbox claim last (ms). Shorter: a faster takeover when a
    // process dies, more database writes while it lives. The tests shorten them to see a takeover.
    LEASE_TTL_MS: millis(1_000, 10 * 60_000),
    OUTBOX_CLAIM_MS: millis(1_000, 30 * 60_000),
    // How long one platform may take to connect before it is given up and the rest starts without it.
    PLATFORM_START_TIMEOUT_MS: millis(1_000, 10 * 60_000),
    // /healthz and /metrics on this port (0: any free port, the tests' choice); unset: no HTTP server.
    PORT: optional
      .refine((v) => !v || (/^\d{1,5}$/.test(v) && Number(v) <= 65535), { message: 'must be a port number from 0 to 65535 (like 8080), or empty for no health and metrics server' })
      .transform((v) => (v ? Number(v) : undefined)),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional().or(z.literal('').transform(() => undefined)),
  })
  .refine((c) => !c.DISCORD_TOKEN === !c.DISCORD_APP_ID, {
    message: 'DISCORD_TOKEN and DISCORD_APP_ID go together: set both to run on Discord, or neither',
    path: ['DISCORD_APP_ID'],
  })
  .refine((c) => !c.TELEGRAM_WEBHOOK_URL || c.TELEGRAM_WEBHOOK_SECRET, {
    message: 'a webhook needs a secret, so only Telegram can post updates: set TELEGRAM_WEBHOOK_SECRET (for example: openssl rand -hex 32)',
    path: ['TELEGRAM_WEBHOOK_SECRET'],
  })
  .refine((c) => !c.TELEGRAM_WEBHOOK_URL || !c.TELEGRAM_BOT_TOKEN || !c.TELEGRAM_WEBHOOK_URL.includes(c.TELEGRAM_BOT_TOKEN.split(':')[1]), {
    message: 'must not contain the bot token (the address is seen by proxies and logs); any path will do, like /telegram',
    path: ['TELEGRAM_WEBHOOK_URL'],
  })
  .refine((c) => !Array.isArray(c.DISCORD_SHARDS) || c.DISCORD_SHARD_COUNT !== undefined, {
    message: 'shard ids need DISCORD_SHARD_COUNT, the total number of shards across all processes (for example DISCORD_SHARDS=0,1 DISCORD_SHARD_COUNT=4)',
    path: ['DISCORD_SHARD_COUNT'],
  })
  .refine((c) => !Array.isArray(c.DISCORD_SHARDS) || c.DISCORD_SHARDS.every((id) => id < (c.DISCORD_SHARD_COUNT ?? Infinity)), {
    message: 'each shard id must be below DISCORD_SHARD_COUNT (ids count from 0: with 4 shards, 0 to 3)',
    path: ['DISCORD_SHARDS'],
  })
  .refine((c) => c.DISCORD_SHARDS !== 'auto' || c.DISCORD_SHARD_COUNT === undefined, {
    message: "with DISCORD_SHARDS=auto Discord says how many shards there are: leave DISCORD_SHARD_COUNT empty, or list this process's shard ids",
    path: ['DISCORD_SHARD_COUNT'],
  });

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || 'config'}: ${i.message}`);
    throw new ConfigError(`Some settings in the environment (or .env) need fixing:\n${lines.join('\n')}\nSee .env.example for every setting.`);
  }
  return parsed.data;
}
