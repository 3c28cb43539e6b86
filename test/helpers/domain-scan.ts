import type { Kysely } from 'kysely';
import type { DB } from '../../src/db/database.js';

// Look through every table the database reports (Kysely's introspection, so it works on any
// dialect), for a person's ids and the texts they wrote. Never for their name: a name is not an
// id, and other members' words that mention it are theirs.

export interface PersonTrace {
  personIds: number[];
  memberIds: number[];
  /** Platform ids (user id, private chat id): matched as a whole column value. */
  platformIds: string[];
  /** Texts they wrote (notes, tips, topics…): matched anywhere, case-insensitively. */
  texts: string[];
}

export interface Hit {
  table: string;
  column: string;
  /** The row, by its first column (the primary key in this schema). */
  row: unknown;
  why: string;
}

export async function allTables(db: DB): Promise<string[]> {
  return (await db.introspection.getTables()).map((t) => t.name).sort();
}

/** Which person or member a column points at, by the schema's naming (a foreign key column is `<what>_id`). */
export function refOf(table: string, column: string): 'members' | 'people' | null {
  if (table === 'members' && column === 'id') return 'members';
  if (table === 'people' && column === 'id') return 'people';
  if (/(^|_)member_id$/.test(column)) return 'members';
  if (/(^|_)person_id$/.test(column)) return 'people';
  return null;
}

/** Every place in the database where something of the person shows. */
export async function scanFor(db: DB, trace: PersonTrace, opts: { skipColumns?: string[] } = {}): Promise<Hit[]> {
  const hits: Hit[] = [];
  const texts = trace.texts.map((f) => f.toLowerCase());
  const any = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  for (const table of await db.introspection.getTables()) {
    const rows = await any.selectFrom(table.name).selectAll().execute();
    for (const row of rows) {
      const key = row[table.columns[0].name];
      for (const [column, value] of Object.entries(row)) {
        if (opts.skipColumns?.includes(`${table.name}.${column}`)) continue;
        const ref = refOf(table.name, column);
        if (ref && typeof value === 'number' && (ref === 'members' ? trace.memberIds : trace.personIds).includes(value))
          hits.push({ table: table.name, column, row: key, why: `${ref} id ${value}` });
        if (typeof value !== 'string') continue;
        if (trace.platformIds.includes(value)) hits.push({ table: table.name, column, row: key, why: `platform id ${value}` });
        const v = value.toLowerCase();
        const t = texts.find((x) => v.includes(x));
        if (t) hits.push({ table: table.name, column, row: key, why: `text "${t}"` });
      }
    }
  }
  return hits;
}
