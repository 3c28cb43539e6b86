import type { Compilable, CompiledQuery, Kysely } from 'kysely';

// Hot paths (every command looks up a person, a group and a membership) pay more for building
// and compiling a Kysely query than SQLite pays to run it. `prepared` builds and compiles a
// typed query once, with placeholders, then runs it with fresh parameters each time.

const SLOT = Symbol('prepared-slot');
type Slot = { readonly [SLOT]: number };
const isSlot = (v: unknown): v is Slot => typeof v === 'object' && v !== null && SLOT in v;

export function prepared<A extends unknown[], R>(build: (db: Kysely<any>, ...args: A) => Compilable<R>) {
  // One compiled form per SQL dialect (SQLite's `?` and Postgres's `$1` differ).
  const byDialect = new Map<unknown, CompiledQuery<R>>();
  return async (db: Kysely<any>, ...args: A): Promise<R[]> => {
    const dialect = db.getExecutor().adapter.constructor;
    let compiled = byDialect.get(dialect);
    if (!compiled) {
      const slots = args.map((_, i) => ({ [SLOT]: i }) as Slot) as unknown as A;
      const built = build(db, ...slots).compile();
      const used = new Set(built.parameters.filter(isSlot).map((p) => p[SLOT]));
      if (used.size !== args.length) throw new Error('prepared: every argument must be used as a value');
      compiled = built;
      byDialect.set(dialect, built);
    }
    const parameters = compiled.parameters.map((p) => (isSlot(p) ? args[p[SLOT]] : p));
    const result = await db.executeQuery<R>({ ...compiled, parameters });
    return result.rows;
  };
}
