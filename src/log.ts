import pino from 'pino';
import type { Logger } from './core/core.js';

// JSON logs on stderr (stdout is the console chat), or into a file for the console chat, so log
// lines never land among the chat's lines. Tokens are redacted wherever they appear.

export const REDACT = ['token', '*.token', 'config.*_TOKEN', 'headers.authorization', '*.headers.authorization'];

export function createLogger(level: string, secrets: string[] = [], destination: pino.DestinationStream = pino.destination(2)): Logger {
  const hide = secrets.filter((s) => s && s.length >= 8);
  return pino(
    {
      level,
      redact: { paths: REDACT, censor: '[redacted]' },
      base: undefined,
      hooks: {
        // Tokens can hide inside error messages and URLs (Telegram puts the token in the path).
        streamWrite: (line) => hide.reduce((acc, s) => acc.split(s).join('[redacted]'), line),
      },
    },
    destination,
  );
}

/** Appends to a log file (the console chat's, beside its database), creating its folder. */
export function logFile(path: string): pino.DestinationStream {
  return pino.destination({ dest: path, mkdir: true, append: true, sync: true });
}
