import pino from 'pino';
import type { Logger } from './core/core.js';

// JSON logs on stderr (stdout is the console chat). Tokens are redacted wherever they appear.

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
