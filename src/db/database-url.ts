import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// DATABASE_URL, read once at start. Accepted (relative paths are from the project's root):
//   (empty)                     data/peer-support.db
//   data/bot.db, /var/bot.db    a SQLite file path
//   file:data/bot.db            a file: URL, relative...
//   file:///var/bot.db          ...or absolute
//   sqlite:data/bot.db          relative...
//   sqlite:///var/bot.db        ...or absolute (three slashes, as in file:///)
//   :memory:, sqlite::memory:   an in-memory database (gone when the bot stops)
//   postgres://…, postgresql://…  PostgreSQL (any case; ?sslmode= and the other libpq options honoured)
// Anything else is refused with one line that names only its scheme, never the rest (passwords).

export type DatabaseTarget =
  | { kind: 'sqlite'; file: string; isDefault: boolean }
  | { kind: 'postgres'; url: string };

/** One line for the operator, safe to print: it never contains a password. */
export class DatabaseUrlError extends Error {}

export const DEFAULT_SQLITE_FILE = 'data/peer-support.db';

export const ACCEPTED_FORMS =
  'Use a SQLite file path (data/bot.db, /var/lib/bot/bot.db), file:data/bot.db, file:///var/lib/bot/bot.db, sqlite:data/bot.db, sqlite:///var/lib/bot/bot.db or :memory: (relative paths are from the project folder), or leave it empty for data/peer-support.db; or PostgreSQL as postgres://user:password@host:5432/dbname';

const refuse = (why: string) => new DatabaseUrlError(`DATABASE_URL ${why}. ${ACCEPTED_FORMS}.`);

export function databaseTarget(raw: string | undefined, projectRoot: string): DatabaseTarget {
  const url = raw?.trim() ?? '';
  const sqlite = (path: string, isDefault = false): DatabaseTarget => {
    if (path !== ':memory:' && (!path || /[\\/]$/.test(path))) throw refuse('has no file name at the end');
    return { kind: 'sqlite', file: path === ':memory:' ? path : resolve(projectRoot, path), isDefault };
  };
  if (!url) return sqlite(DEFAULT_SQLITE_FILE, true);
  if (url === ':memory:') return sqlite(':memory:');

  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1].toLowerCase();
  // No scheme, or a Windows drive letter (C:\bot.db): a plain path.
  if (!scheme || (scheme.length === 1 && /^.:[\\/]/.test(url))) return sqlite(url);

  if (scheme === 'postgres' || scheme === 'postgresql') {
    if (!URL.canParse(url) || !new URL(url).host) throw refuse(`starts with ${scheme}: but is not a whole address like postgres://user:password@host:5432/dbname`);
    return { kind: 'postgres', url };
  }
  if (scheme !== 'file' && scheme !== 'sqlite') throw refuse(`starts with ${scheme}:, which I can't use`);

  const rest = url.slice(scheme.length + 1);
  if (scheme === 'sqlite' && rest === ':memory:') return sqlite(':memory:');
  if (!URL.canParse(url)) throw refuse(`is not a ${scheme}: address I can read`);
  const parsed = new URL(url);
  if (parsed.search || parsed.hash) throw refuse(`has options after ? or #, which I can't use`);
  // `scheme://host/…` names another machine (and may carry a password): only a local file will do.
  if (rest.startsWith('//') && parsed.host && parsed.hostname !== 'localhost') throw refuse(`names a host (${scheme}://host/…); only a local file is possible`);
  if (parsed.username || parsed.password) throw refuse(`has a user name or password, which a SQLite file does not use`);
  if (rest.startsWith('/')) {
    // file:///var/x.db or file:/var/x.db, and the same for sqlite: (percent-escapes decoded).
    return sqlite(fileURLToPath(new URL(`file://${parsed.pathname}`)));
  }
  // file:data/x.db or sqlite:data/x.db: the WHATWG parser would make file: absolute, so read it here.
  let path: string;
  try {
    path = decodeURIComponent(rest);
  } catch {
    throw refuse(`has a broken %-escape`);
  }
  return sqlite(path);
}
