import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { guardProcess } from '../src/main.js';
import { recordingLogger } from './helpers/schedule-world.js';

// The last resort in main.ts: nothing fails silently, and only an exception stops the bot.

describe('errors nothing else caught', () => {
  it('a promise that failed unhandled is logged (type and code, never its message) and the bot carries on', () => {
    const proc = new EventEmitter();
    const log = recordingLogger();
    let stopped = 0;
    guardProcess(proc, log, () => stopped++);
    const err = Object.assign(new Error('SQLITE_BUSY: database is locked; note: Bea is not ok'), { name: 'SqliteError', code: 'SQLITE_BUSY' });
    proc.emit('unhandledRejection', err, Promise.resolve());
    expect(stopped).toBe(0);
    expect(log.lines).toHaveLength(1);
    expect(log.lines[0]).toMatchObject({ level: 'error', obj: { err: { type: 'SqliteError', code: 'SQLITE_BUSY' } } });
    expect(JSON.stringify(log.lines)).not.toContain('Bea');
  });

  it('an uncaught exception is logged, then the bot stops cleanly', () => {
    const proc = new EventEmitter();
    const log = recordingLogger();
    let stopped = 0;
    guardProcess(proc, log, () => stopped++);
    proc.emit('uncaughtException', new TypeError('x is undefined'));
    expect(stopped).toBe(1);
    expect(log.lines.map((l) => [l.level, l.msg])).toEqual([['error', 'unexpected error: the bot stops']]);
  });
});
