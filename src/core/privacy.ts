import { sql } from 'kysely';
import type { DB } from '../db/database.js';
import { type Core, nowIso } from './core.js';
import { plain } from './reply.js';
import { keptFor } from './retention.js';

// The right to see and the right to erase. Both work from the schema itself (every table in
// sqlite_master and its foreign keys), so a table anyone adds later is covered without edits.

export interface PersonLink {
  table: string;
  column: string;
  target: 'members' | 'people';
}

/** Columns whose rows belong to someone else even though they name this member. */
const NOT_THEIRS = new Set(['buddy_avoids.avoided_member_id']);

/** Every column that points at a member or a person: foreign keys, and *_member_id / *_person_id by name. */
export async function personLinks(db: DB): Promise<PersonLink[]> {
  const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%' order by name`.execute(db);
  const out: PersonLink[] = [];
  for (const { name } of tables.rows) {
    if (name === 'members' || name === 'people') continue;
    const fks = await sql<{ from: string; table: string }>`select "from", "table" from pragma_foreign_key_list(${name})`.execute(db);
    const cols = await sql<{ name: string }>`select name from pragma_table_info(${name})`.execute(db);
    const seen = new Set<string>();
    for (const fk of fks.rows) {
      if (fk.table === 'members' || fk.table === 'people') {
        out.push({ table: name, column: fk.from, target: fk.table });
        seen.add(fk.from);
      }
    }
    for (const c of cols.rows) {
      if (seen.has(c.name)) continue;
      if (/(^|_)member_id$/.test(c.name)) out.push({ table: name, column: c.name, target: 'members' });
      else if (/(^|_)person_id$/.test(c.name)) out.push({ table: name, column: c.name, target: 'people' });
    }
  }
  return out;
}

const q = (ident: string) => sql.id(ident);

async function memberIdsOf(db: DB, personId: number): Promise<number[]> {
  return (await db.selectFrom('members').select('id').where('person_id', '=', personId).execute()).map((r) => r.id);
}

/** Everything stored about a person, in every table, grouped by table. */
export async function personData(db: DB, personId: number): Promise<Record<string, unknown>> {
  const person = await db.selectFrom('people').selectAll().where('id', '=', personId).executeTakeFirst();
  if (!person) return {};
  const memberIds = await memberIdsOf(db, personId);
  const tables: Record<string, unknown[]> = { people: [person] };
  tables.members = await db.selectFrom('members').selectAll().where('person_id', '=', personId).execute();
  for (const link of await personLinks(db)) {
    if (NOT_THEIRS.has(`${link.table}.${link.column}`)) continue;
    const ids = link.target === 'people' ? [personId] : memberIds;
    if (!ids.length) continue;
    const rows = await sql<Record<string, unknown>>`select * from ${q(link.table)} where ${q(link.column)} in (${sql.join(ids)})`.execute(db);
    if (!rows.rows.length) continue;
    const list = (tables[link.table] ??= []) as Record<string, unknown>[];
    for (const r of rows.rows) {
      if (list.some((x) => x.id !== undefined && x.id === r.id && JSON.stringify(x) === JSON.stringify(r))) continue;
      list.push(readable(link.table, r));
    }
  }
  return tables;
}

/** Outbox payloads are JSON: show them as the message text. */
function readable(table: string, row: Record<string, unknown>): Record<string, unknown> {
  if (table === 'outbox' && typeof row.payload === 'string') {
    try {
      return { ...row, payload: JSON.parse(row.payload) };
    } catch {
      return row;
    }
  }
  return row;
}

export async function personDataFile(core: Core, personId: number): Promise<{ name: string; mime: string; content: string }> {
  const tables = await personData(core.db, personId);
  const content = JSON.stringify(
    {
      about: 'Everything this bot stores about you, table by table. /forgetme erases all of it.',
      check_ins_kept_for: await keptFor(core.db, personId), // then deleted with their notes, group by group
      generated_at: nowIso(core),
      tables,
    },
    null,
    2,
  );
  return { name: 'my-data.json', mime: 'application/json', content };
}

const wordChars = '\\p{L}\\p{N}';
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole-word matcher for a name in any of the forms it is stored in (raw, markup-escaped, JSON-escaped). */
const nameForms = (name: string) => {
  const n = name.trim();
  return [...new Set([n, plain(n), JSON.stringify(n).slice(1, -1), JSON.stringify(plain(n)).slice(1, -1)])];
};

function nameMatcher(name: string): RegExp | null {
  const n = name.trim();
  if (n.length < 2) return null;
  const forms = nameForms(n).map(escapeRe);
  return new RegExp(`(?<![${wordChars}])(?:${forms.join('|')})(?![${wordChars}])`, n.length >= 3 ? 'giu' : 'gu');
}

/** Tables whose text is never about a person by name (and other people's own names). */
const NO_REDACT = new Set(['people', 'groups']);

/**
 * Erase a person from every table: their rows, rows that point at them, queued messages to or
 * about them, and their name wherever else it was written. One transaction; secure_delete is on,
 * and the write-ahead log is checkpointed so erased pages do not linger there.
 */
export async function forgetPerson(core: Core, personId: number): Promise<{ rows: number }> {
  let rows = 0;
  await core.db.transaction().execute(async (trx) => {
    const person = await trx.selectFrom('people').selectAll().where('id', '=', personId).executeTakeFirst();
    if (!person) return;
    const memberIds = await memberIdsOf(trx, personId);
    const groupIds = (await trx.selectFrom('members').select('group_id').where('person_id', '=', personId).execute()).map((r) => r.group_id);
    const match = nameMatcher(person.display_name);

    // Queued messages about them to someone else (a buddy, facilitators): drop the unsent, redact the sent.
    if (match && groupIds.length) {
      const about = await trx.selectFrom('outbox').select(['id', 'status', 'payload']).where('group_id', 'in', groupIds).where((eb) => eb.or([eb('person_id', 'is', null), eb('person_id', '!=', personId)])).execute();
      for (const o of about) {
        match.lastIndex = 0;
        if (!match.test(o.payload)) continue;
        if (o.status === 'pending' || o.status === 'held') await trx.deleteFrom('outbox').where('id', '=', o.id).execute();
      }
    }

    for (const link of await personLinks(trx)) {
      const ids = link.target === 'people' ? [personId] : memberIds;
      if (!ids.length) continue;
      const r = await sql`delete from ${q(link.table)} where ${q(link.column)} in (${sql.join(ids)})`.execute(trx);
      rows += Number(r.numAffectedRows ?? 0);
    }
    rows += Number((await trx.deleteFrom('members').where('person_id', '=', personId).executeTakeFirst()).numDeletedRows);
    rows += Number((await trx.deleteFrom('people').where('id', '=', personId).executeTakeFirst()).numDeletedRows);

    // Their name anywhere else (a sent message, a tally, someone's tip mentioning them) becomes "someone".
    if (match) rows += await redactName(trx, match, nameForms(person.display_name));
  });
  try {
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(core.db);
  } catch {
    // A busy reader only delays the checkpoint; SQLite runs one again soon.
  }
  core.log.info({ person: personId, rows }, 'person erased');
  return { rows };
}

async function redactName(db: DB, match: RegExp, forms: string[]): Promise<number> {
  let changed = 0;
  const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'`.execute(db);
  for (const { name: table } of tables.rows) {
    if (NO_REDACT.has(table)) continue;
    const cols = await sql<{ name: string; type: string }>`select name, type from pragma_table_info(${table})`.execute(db);
    for (const c of cols.rows.filter((x) => /text|char|clob/i.test(x.type))) {
      const like = sql.join(forms.map((f) => sql`${q(c.name)} like ${`%${f.replace(/[\\%_]/g, (x) => `\\${x}`)}%`} escape '\\'`), sql` or `);
      const hits = await sql<{ rid: number; v: string }>`select rowid as rid, ${q(c.name)} as v from ${q(table)} where ${like}`.execute(db);
      for (const h of hits.rows) {
        if (typeof h.v !== 'string') continue;
        match.lastIndex = 0;
        if (!match.test(h.v)) continue;
        match.lastIndex = 0;
        await sql`update ${q(table)} set ${q(c.name)} = ${h.v.replace(match, 'someone')} where rowid = ${h.rid}`.execute(db);
        changed++;
      }
    }
  }
  return changed;
}
