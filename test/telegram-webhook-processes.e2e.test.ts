import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type BotProcess, startBotProcess } from './helpers/bot-process.js';
import { FakeTelegram } from './fakes/telegram/index.js';

// Two real bot processes (src/main.ts) taking Telegram's updates by webhook behind one address:
// the fake Bot API posts to them in turn, as a load balancer would. Both take updates, every
// update is answered once, and when one process is killed the updates go on through the other.

const URL_ = 'https://bot.example.org/telegram';
const SECRET = 'processes-test-secret';
const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function startBot(env: Record<string, string>): BotProcess {
  const bot = startBotProcess(undefined, { PORT: '0', OUTBOX_CLAIM_MS: '3000', ...env });
  cleanups.push(() => bot.kill());
  return bot;
}

describe('Telegram webhooks with two processes behind one address', () => {
  it('both take updates, each update is answered once, and the other carries on when one dies', async () => {
    const tg = new FakeTelegram({ webhookRetryMs: 100, webhookTimeoutMs: 2000 });
    const t = await tg.start();
    cleanups.push(() => tg.stop());
    const dir = mkdtempSync(join(tmpdir(), 'webhook-processes-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const env = { DATABASE_URL: join(dir, 'bot.sqlite'), TELEGRAM_BOT_TOKEN: t.token, TELEGRAM_API_ROOT: t.apiRoot, TELEGRAM_WEBHOOK_URL: URL_, TELEGRAM_WEBHOOK_SECRET: SECRET };
    // One after the other, so the first has migrated the shared database before the second opens it.
    const a = startBot(env);
    await tg.waitFor(() => a.lines().some((l) => l.msg === 'ready'), 30_000, `the first process to be ready:\n${a.log()}`);
    const b = startBot(env);
    const bots = [a, b];
    await tg.waitFor(() => b.lines().some((l) => l.msg === 'ready'), 30_000, `the second process to be ready:\n${b.log()}`);
    const ports = bots.map((bot) => Number(bot.lines().find((l) => /^http: listening/.test(l.msg ?? ''))!.port));
    tg.webhook.backends = ports.map((p) => `http://127.0.0.1:${p}`);
    expect(tg.webhookUrl).toBe(URL_);

    const ask = (n: number, from: number) => Array.from({ length: n }, (_, i) => {
      const u = tg.user({ first_name: `Person ${from + i}` });
      tg.userSends(u, u.id, '/support');
      return u;
    });
    const answered = (users: { id: number }[]) => users.every((u) => tg.sent.some((s) => s.chat_id === u.id && /emergency/i.test(s.plain ?? '')));
    const first = ask(10, 0);
    await tg.waitFor(() => answered(first), 20_000, 'answers from both processes');
    const took = new Set(tg.webhook.deliveries.filter((d) => d.status === 200).map((d) => d.backend));
    expect(took.size, 'both processes took updates').toBe(2);

    // One process dies: the load balancer's next posts to it are refused, and Telegram sends them again.
    a.child.kill('SIGKILL');
    await a.exited;
    const second = ask(6, 10);
    await tg.waitFor(() => answered(second), 20_000, `answers after one process died:\n${b.log()}`);

    for (const u of [...first, ...second]) {
      expect(tg.sent.filter((s) => s.chat_id === u.id && /emergency/i.test(s.plain ?? '')), `answers to ${u.first_name}`).toHaveLength(1);
    }
    expect(tg.webhook.deliveries.some((d) => d.status === 0), 'some posts reached the dead process').toBe(true);
    b.child.kill('SIGTERM');
    expect(await b.exited).toBe(0);
    for (const bot of bots) expect(bot.log()).not.toContain(t.token);
    for (const bot of bots) expect(bot.log()).not.toContain(SECRET);
  }, 90_000);
});
