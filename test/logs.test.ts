import { consoleChat } from './helpers/console-chat.js';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Command } from '../commands/command.js';
import { commands } from '../commands/index.js';
import { createLogger } from '../src/log.js';
import { testWorld } from './helpers/core.js';

function memoryLog(level: string, secrets: string[] = []) {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, next) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      next();
    },
  });
  return { log: createLogger(level, secrets, stream), lines };
}

const TOKEN = '123456789:AAFakeTokenForTestsOnly_abcdefghijk';

describe('logs', () => {
  it('never contain a token, even inside an error message or a URL', async () => {
    const { log, lines } = memoryLog('debug', [TOKEN]);
    log.error({ err: { message: `request to https://api.telegram.org/bot${TOKEN}/getMe failed` }, token: TOKEN }, 'telegram failed');
    log.info({ config: { TELEGRAM_BOT_TOKEN: TOKEN } }, 'config');
    await new Promise((r) => setTimeout(r, 10));
    expect(lines.length).toBe(2);
    for (const l of lines) expect(l).not.toContain(TOKEN);
  });

  it('never contain a note or a mood when a command fails or succeeds', async () => {
    const { log, lines } = memoryLog('debug');
    const world = await testWorld('2026-11-23T10:00:00Z', log);
    const NOTE = 'my secret note about the assessment';
    // A command that fails while holding what someone wrote: the log keeps the shape, not the words.
    const failing: Command = {
      name: 'explode', description: 'x', usage: '/explode', access: 'anyone', scope: 'anywhere', options: [{ name: 't', description: 't', type: 'string', rest: true }],
      async run(_ctx, args) {
        throw new Error(`could not store ${String(args.t)}`);
      },
    };
    const app = { ...world.app, commands: new Map([...commands, ['explode', failing]]) };
    const out: string[] = [];
    const chat = consoleChat(app, (l) => out.push(l));
    for (const line of [
      'Sam: /setup Europe/London sunday 19:00 Parents',
      'Alex: /join', 'Alex: #1',
      `Alex@dm: /checkin 2 ${NOTE}`,
      `Alex: /explode ${NOTE}`,
    ]) await chat.line(line);
    await new Promise((r) => setTimeout(r, 10));
    expect(out.join('\n')).toMatch(/something went wrong on my side/);
    expect(lines.some((l) => l.includes('command failed'))).toBe(true);
    for (const l of lines) {
      expect(l).not.toContain(NOTE);
      expect(l).not.toMatch(/"mood"|Alex|Sam/);
    }
    await world.close();
  });
});
