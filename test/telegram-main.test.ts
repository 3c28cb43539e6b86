import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeTelegram } from './fakes/telegram/index.js';

// `npm start` with TELEGRAM_BOT_TOKEN and TELEGRAM_API_ROOT: the real process polls the fake,
// answers, and stops cleanly on SIGTERM.

const root = resolve(import.meta.dirname, '..');
let fake: FakeTelegram | undefined;
let dir: string | undefined;
afterEach(async () => {
  await fake?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('main with a Telegram token', () => {
  it('starts the Telegram adapter, answers, and stops on SIGTERM', async () => {
    fake = new FakeTelegram();
    const { apiRoot, token } = await fake.start();
    dir = mkdtempSync(join(tmpdir(), 'tg-main-'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: { ...process.env, TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: apiRoot, DATABASE_URL: join(dir, 'bot.sqlite'), LOG_LEVEL: 'warn', DISCORD_TOKEN: '', DISCORD_APP_ID: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    try {
      await fake.waitFor(() => fake!.commandsFor({ type: 'all_chat_administrators' }) && fake!.requests.some((r) => r.method === 'getUpdates'), 15_000, 'polling');
      const u = fake.user({ first_name: 'Robin' });
      fake.userSends(u, u.id, '/support');
      const answer = await fake.waitFor((sent) => sent.find((s) => s.chat_id === u.id), 5000, 'answer');
      expect(answer.plain).toMatch(/emergency/i);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stderr).not.toContain(token);
  }, 30_000);
});
