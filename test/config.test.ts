import { describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.js';

// Settings read from the environment: a wrong one stops the bot with a line saying how to fix it.

describe('the lease and claim settings', () => {
  it('take whole milliseconds and leave the defaults when empty', () => {
    expect(readConfig({ LEASE_TTL_MS: '6000', OUTBOX_CLAIM_MS: '90000' })).toMatchObject({ LEASE_TTL_MS: 6000, OUTBOX_CLAIM_MS: 90000 });
    expect(readConfig({ LEASE_TTL_MS: '', OUTBOX_CLAIM_MS: ' ' })).toMatchObject({ LEASE_TTL_MS: undefined, OUTBOX_CLAIM_MS: undefined });
  });

  it('refuse a value that is not a time in range, saying what is allowed', () => {
    expect(() => readConfig({ LEASE_TTL_MS: '30s' })).toThrow(/LEASE_TTL_MS: must be a whole number of milliseconds from 1000 to 600000/);
    expect(() => readConfig({ LEASE_TTL_MS: '50' })).toThrow(/LEASE_TTL_MS/);
    expect(readConfig({ PLATFORM_START_TIMEOUT_MS: '1500' })).toMatchObject({ PLATFORM_START_TIMEOUT_MS: 1500 });
    expect(() => readConfig({ PLATFORM_START_TIMEOUT_MS: '1m' })).toThrow(/PLATFORM_START_TIMEOUT_MS: must be a whole number of milliseconds/);
    expect(() => readConfig({ OUTBOX_CLAIM_MS: '99999999' })).toThrow(/OUTBOX_CLAIM_MS: must be a whole number of milliseconds from 1000 to 1800000/);
  });
});

describe('Telegram webhook settings', () => {
  const token = '123456:ABCdefGhIJKlmNoPQRstuVWxyz0123456789';
  it('take an https address with a secret', () => {
    expect(readConfig({ TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/telegram', TELEGRAM_WEBHOOK_SECRET: 'abc_DEF-123' })).toMatchObject({ TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/telegram', TELEGRAM_WEBHOOK_SECRET: 'abc_DEF-123' });
  });

  it('refuse plain http, a missing or badly made secret, and the token in the address, saying how', () => {
    expect(() => readConfig({ TELEGRAM_WEBHOOK_URL: 'http://bot.example.org/telegram', TELEGRAM_WEBHOOK_SECRET: 's' })).toThrow(/TELEGRAM_WEBHOOK_URL: must be the public https address/);
    expect(() => readConfig({ TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/telegram' })).toThrow(/TELEGRAM_WEBHOOK_SECRET: a webhook needs a secret/);
    expect(() => readConfig({ TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/t', TELEGRAM_WEBHOOK_SECRET: 'has spaces' })).toThrow(/TELEGRAM_WEBHOOK_SECRET: must be 1 to 256 of the characters/);
    expect(() => readConfig({ TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/t', TELEGRAM_WEBHOOK_SECRET: 'x'.repeat(257) })).toThrow(/TELEGRAM_WEBHOOK_SECRET/);
    expect(() => readConfig({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_WEBHOOK_URL: `https://bot.example.org/${token.split(':')[1]}`, TELEGRAM_WEBHOOK_SECRET: 's' })).toThrow(/TELEGRAM_WEBHOOK_URL: must not contain the bot token/);
  });
});

describe('Discord shards', () => {
  it("take shard ids with their total, or 'auto'; empty means one connection", () => {
    expect(readConfig({ DISCORD_SHARDS: '0, 1', DISCORD_SHARD_COUNT: '4' })).toMatchObject({ DISCORD_SHARDS: [0, 1], DISCORD_SHARD_COUNT: 4 });
    expect(readConfig({ DISCORD_SHARDS: 'auto' })).toMatchObject({ DISCORD_SHARDS: 'auto' });
    expect(readConfig({ DISCORD_SHARDS: '' })).toMatchObject({ DISCORD_SHARDS: undefined });
  });

  it('refuse ids without a total, ids past it, and anything else, saying how to write them', () => {
    expect(() => readConfig({ DISCORD_SHARDS: '0,1' })).toThrow(/DISCORD_SHARD_COUNT: shard ids need DISCORD_SHARD_COUNT/);
    expect(() => readConfig({ DISCORD_SHARDS: '2,4', DISCORD_SHARD_COUNT: '4' })).toThrow(/DISCORD_SHARDS: each shard id must be below DISCORD_SHARD_COUNT/);
    expect(() => readConfig({ DISCORD_SHARDS: 'first' })).toThrow(/DISCORD_SHARDS: must be 'auto' or shard ids separated by commas/);
    expect(() => readConfig({ DISCORD_SHARDS: 'auto', DISCORD_SHARD_COUNT: '2' })).toThrow(/DISCORD_SHARD_COUNT: with DISCORD_SHARDS=auto/);
    expect(() => readConfig({ DISCORD_SHARDS: '0', DISCORD_SHARD_COUNT: '0' })).toThrow(/DISCORD_SHARD_COUNT: must be the total number of shards/);
  });
});

describe('PORT (the health and metrics server)', () => {
  it('takes a port number, 0 for any free one; empty means no server', () => {
    expect(readConfig({ PORT: '8080' })).toMatchObject({ PORT: 8080 });
    expect(readConfig({ PORT: '0' })).toMatchObject({ PORT: 0 });
    expect(readConfig({ PORT: '' }).PORT).toBeUndefined();
    expect(readConfig({}).PORT).toBeUndefined();
  });

  it('refuses anything else, saying what is allowed', () => {
    for (const bad of ['80a', '65536', '-1', 'http', '8080.5'])
      expect(() => readConfig({ PORT: bad })).toThrow(/PORT: must be a port number from 0 to 65535/);
  });
});
