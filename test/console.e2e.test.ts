import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConsole } from './helpers/console-harness.js';

// `npm start` with no token, driven end to end by piped lines: what a newcomer would see.
const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'peer-console-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runConsole(script: string[], env: Record<string, string> = {}): Promise<{ out: string; err: string; code: number | null }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: join(dir, 'bot.db'), ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', fail);
    child.on('close', (code) => done({ out, err, code }));
    child.stdin.end(`${script.join('\n')}\n`);
  });
}

describe('the console chat, piped', () => {
  it('runs a group’s first week: setup, three joins, shared, private and lowest-mood check-ins', async () => {
    const { out, err, code } = await runConsole([
      'Sam: /setup Europe/London sunday 19:00 Tuesday Parents',
      'Alex: /join',
      'Alex: #1',
      'Bo: /join',
      'Bo: #1',
      'Cy: /join',
      'Cy: #1',
      'Alex: /checkin 4 kids settled at school',
      'Bo@dm: /checkin 3 worried about the assessment',
      'Cy@dm: /checkin 1',
    ]);
    expect(code).toBe(0);
    expect(err).toBe('');
    const lines = out.trim().split('\n');
    expect(lines[0]).toMatch(/^\[group\] bot: Welcome, Tuesday Parents!/);
    for (const name of ['Alex', 'Bo', 'Cy']) expect(out).toContain(`[group] bot: Welcome, ${name}!`);
    expect(out).toMatch(/\[private → Alex\] bot: Thank you for checking in.*shared with the group/);
    expect(out).toMatch(/\[private → Bo\] bot: Thank you for checking in.*private: only you can see it/);
    // Cy's helplines come privately; nothing about Cy's check-in reaches the group.
    expect(out).toMatch(/\[private → Cy\] bot: I'm sorry this week is so hard/);
    const group = parseConsole(lines).filter((m) => m.to === 'group').map((m) => m.text).join('\n');
    expect(group).not.toMatch(/Samaritans|worried about the assessment|Cy.*1/);
    expect(parseConsole(lines).filter((m) => m.to === 'private').every((m) => ['Sam', 'Alex', 'Bo', 'Cy'].includes(m.who!))).toBe(true);
  });

  it('keeps the database between runs: the group is still there after a restart', async () => {
    const { out } = await runConsole(['Alex: /agreement', 'Alex@dm: /checkin 5']);
    expect(out).toMatch(/Tuesday Parents: our agreement/);
    expect(out).toMatch(/Updated your check-in|Thank you for checking in/);
  });

  it('keeps log lines out of the chat: they go to console.log beside the database unless LOG_LEVEL asks for them', async () => {
    const log = join(dir, 'console.log');
    rmSync(log, { force: true });
    const quiet = await runConsole(['Sam: /prompt now', 'Sam: /stats']);
    expect(quiet.err).toBe('');
    expect(quiet.out).not.toMatch(/"level"|"msg"/);
    expect(quiet.out).toMatch(/how the group is doing/);
    expect(existsSync(log)).toBe(true);
    expect(readFileSync(log, 'utf8')).toMatch(/"msg":"this process runs the schedule"/);
    const asked = await runConsole(['Sam: /stats'], { LOG_LEVEL: 'info' });
    expect(asked.err).toMatch(/"msg":"this process runs the schedule"/);
    expect(asked.out).not.toMatch(/"level"/);
  }, 60_000);

  it('explains a bad setting in the environment and exits without starting', async () => {
    const { err, code } = await runConsole([], { TELEGRAM_BOT_TOKEN: 'not-a-token', DISCORD_TOKEN: 'abc' });
    expect(code).toBe(1);
    expect(err).toMatch(/TELEGRAM_BOT_TOKEN: looks wrong/);
    expect(err).toMatch(/DISCORD_TOKEN and DISCORD_APP_ID go together/);
    expect(err).not.toContain('not-a-token');
  });
});
