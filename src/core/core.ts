import type { DB } from '../db/database.js';
import type { Clock, Ids } from './ports.js';
import type { Helplines } from './support.js';

/** Structured logger (pino-compatible). Log ids, never names, notes, moods or tokens. */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** Everything the domain needs, passed in by main.ts (or a test). */
export interface Core {
  db: DB;
  clock: Clock;
  ids: Ids;
  log: Logger;
  helplines: Helplines;
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
