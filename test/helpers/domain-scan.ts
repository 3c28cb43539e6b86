import { sql } from 'kysely';
import type { DB } from '../../src/db/database.js';

// Look through every table SQLite knows (sqlite_master), so tables added later are covered.

export interface PersonTrace {
  personIds: number[];
  memberIds: number[];
  /** Case-insensitive fragments: their name, platform user id, and text they wrote. */
  fragments: string[];
}

export interface Hit {
  table: string;
  column: string;
  rowid: number;
  why: string;
}

export async function allTables(db: DB): Promise<string[]> {
  const r = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\' order by name`.execute(db);
  return r.rows.map((x) => x.name);
}

/** Columns that refer to a member or a person: declared foreign keys, or named like one. */
async function refColumns(db: DB, table: string): Promise<Map<string, 'members' | 'people'>> {
  const out = new Map<string, 'members' | 'people'>();
  const fks = await sql<{ from: string; table: string }>`select "from", "table" from pragma_foreign_key_list(${table})`.execute(db);
  for (const fk of fks.rows) if (fk.table === 'members' || fk.table === 'people') out.set(fk.from, fk.table);
  const cols = await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db);
  for (const c of cols.rows) {
    if (out.has(c.name)) continue;
    if (/(^|_)member_id$/.test(c.name)) out.set(c.name, 'members');
    if (/(^|_)person_id$/.test(c.name)) out.set(c.name, 'people');
  }
  if (table === 'members') out.set('id', 'members');
  if (table === 'people') out.set('id', 'people');
  return out;
}

/** Every place in the database where something of the person shows. */
export async function scanFor(db: DB, trace: PersonTrace, opts: { skipColumns?: string[] } = {}): Promise<Hit[]> {
  const hits: Hit[] = [];
  const frags = trace.fragments.map((f) => f.toLowerCase());
  for (const table of await allTables(db)) {
    const refs = await refColumns(db, table);
    const rows = await sql<Record<string, unknown>>`select rowid as __rowid, * from ${sql.id(table)}`.execute(db);
    for (const row of rows.rows) {
      for (const [column, value] of Object.entries(row)) {
        if (column === '__rowid' || opts.skipColumns?.includes(`${table}.${column}`)) continue;
        const ref = refs.get(column);
        if (ref && typeof value === 'number') {
          const ids = ref === 'members' ? trace.memberIds : trace.personIds;
          if (ids.includes(value)) hits.push({ table, column, rowid: Number(row.__rowid), why: `${ref} id ${value}` });
        }
        if (typeof value === 'string') {
          const v = value.toLowerCase();
          const f = frags.find((x) => v.includes(x));
          if (f) hits.push({ table, column, rowid: Number(row.__rowid), why: `text "${f}"` });
        }
      }
    }
  }
  return hits;
}
