import 'dotenv/config';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyDatabase } from './copy.js';
import { DatabaseUrlError, connectDatabase } from './database.js';

// Operator commands: `npm run migrate` brings DATABASE_URL's database to the latest migration
// (for deploys that migrate before starting the bot); `npm run copy-db -- FROM TO` copies every
// row of one database into another, empty one (SQLite to PostgreSQL when a deployment grows).

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

async function run(args: string[]): Promise<void> {
  const [verb, ...rest] = args;
  if (verb === 'migrate') {
    const db = await connectDatabase(process.env.DATABASE_URL, root);
    await db.destroy();
    process.stdout.write('The database is at the latest migration.\n');
    return;
  }
  if (verb === 'copy-db') {
    const [from, to] = rest;
    if (!from || !to) {
      process.stderr.write('Usage: npm run copy-db -- FROM TO   (each a DATABASE_URL form, e.g. data/peer-support.db postgres://bot:pw@db:5432/bot). TO must be empty; stop the bot first.\n');
      process.exitCode = 2;
      return;
    }
    const source = await connectDatabase(from, root);
    const target = await connectDatabase(to, root);
    try {
      await copyDatabase(source, target, (table, rows) => process.stdout.write(`${table}: ${rows} rows\n`));
      process.stdout.write('Copied. Point DATABASE_URL at the new database and start the bot.\n');
    } finally {
      await source.destroy();
      await target.destroy();
    }
    return;
  }
  process.stderr.write('Usage: tsx src/db/cli.ts migrate | copy-db FROM TO\n');
  process.exitCode = 2;
}

run(process.argv.slice(2)).catch((err) => {
  // One line, never a stack trace or a password (DatabaseUrlError lines carry none).
  process.stderr.write(err instanceof DatabaseUrlError ? `${err.message}\n` : `Stopped: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}\n`);
  process.exitCode = 1;
});
