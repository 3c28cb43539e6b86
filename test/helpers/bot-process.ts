import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

// `npm start`'s bundle (or, without one, src/main.ts through tsx) as a child process, with its JSON log lines at hand: wait for a line, read
// the HTTP server's port from its log (PORT=0 picks a free one), ask it over HTTP.

const root = resolve(import.meta.dirname, '../..');

export interface LogLine {
  level: number;
  msg?: string;
  [k: string]: unknown;
}

export interface BotProcess {
  child: ChildProcess;
  log(): string;
  lines(): LogLine[];
  until<T>(what: string, get: () => T | undefined | null | false | Promise<T | undefined | null | false>, ms?: number): Promise<T>;
  /** Exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** The HTTP server's port, once it logged it. */
  port(): Promise<number>;
  get(path: string): Promise<{ status: number; text: string; json(): any }>;
  /** SIGKILL if still running (for afterEach). */
  kill(): Promise<void>;
}

export function startBotProcess(bundle: string | undefined, env: Record<string, string>): BotProcess {
  const child = spawn(process.execPath, bundle ? [bundle] : ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (d) => (log += String(d)));
  child.stderr!.on('data', (d) => (log += String(d)));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const lines = () =>
    log.split('\n').filter(Boolean).map((l): LogLine => {
      try {
        return JSON.parse(l) as LogLine;
      } catch {
        return { msg: l, level: 0 };
      }
    });
  const until = async <T>(what: string, get: () => T | undefined | null | false | Promise<T | undefined | null | false>, ms = 20_000): Promise<T> => {
    const deadline = Date.now() + ms;
    for (;;) {
      const v = await get();
      if (v) return v;
      if (child.exitCode !== null) throw new Error(`the bot exited (${child.exitCode}) while waiting for ${what}; log:\n${log}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; log:\n${log}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  const port = () => until('the HTTP server', () => lines().find((l) => typeof l.port === 'number' && /^http: listening/.test(l.msg ?? ''))?.port as number | undefined);
  return {
    child,
    log: () => log,
    lines,
    until,
    exited,
    port,
    get: async (path) => {
      const res = await fetch(`http://127.0.0.1:${await port()}${path}`);
      const text = await res.text();
      return { status: res.status, text, json: () => JSON.parse(text) };
    },
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
}
