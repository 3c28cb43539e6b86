import type { DB } from '../db/database.js';
import type { Metrics } from './metrics.js';
import type { Clock, Ids } from './ports.js';
import type { Helplines } from './support.js';

/** Structured logger (pino-compatible). Log ids, never names, notes, moods or tokens. */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** An error as logs may carry it: type, code and where, never its message (it may quote people). */
export function loggableError(err: unknown): { type: string; code?: unknown; where?: string[] } {
  if (err instanceof Error) {
    const where = err.stack?.split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 4).map((l) => l.trim());
    const code = (err as { code?: unknown }).code;
    return { type: err.name, ...(code !== undefined ? { code } : {}), where };
  }
  return { type: typeof err };
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** Everything the domain needs, passed in by main.ts (or a test). */
export interface Core {
  db: DB;
  clock: Clock;
  ids: Ids;
  log: Logger;
  helplines: Helplines;
  /** Counts for operators (main.ts passes one when PORT is set); absent: nothing is counted. */
  metrics?: Metrics;
}

export type Platform = 'console' | 'telegram' | 'discord';

/** An answer for the person, not a crash: commands turn it into a kind private reply. */
export class KindError extends Error {
  constructor(public readonly userMessage: string) {
    super(userMessage);
    this.name = 'KindError';
  }
}

export const nowIso = (core: Pick<Core, 'clock'>) => core.clock.now().toISOString();
