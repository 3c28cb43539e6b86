import type { Group, Member, OutboxItem } from '../../src/db/schema.js';
import { actor } from './act.js';
import { type TestWorld, testWorld } from './core.js';

// A set-up console group with named members, for the domain tests (absence, pairing, privacy…).

export interface DomainWorld {
  world: TestWorld;
  act: ReturnType<typeof actor>;
  group(): Promise<Group>;
  member(name: string): Promise<Member>;
  personId(name: string): Promise<number>;
  outbox(kind?: string): Promise<(OutboxItem & { to: string | null; text: string })[]>;
  advanceDays(days: number): void;
  /** Everyone named here opts in to buddies. */
  buddiesOn(...names: string[]): Promise<void>;
  close(): Promise<void>;
}

export async function domainWorld(names: string[], opts: { start?: string; facilitator?: string } = {}): Promise<DomainWorld> {
  const world = await testWorld(opts.start ?? '2026-11-23T10:00:00Z');
  const facilitator = opts.facilitator ?? 'Sam';
  const act = actor(world, { admins: [facilitator] });
  await act.groupWith(facilitator, [facilitator, ...names.filter((n) => n !== facilitator)]);
  const db = world.core.db;
  const member = (name: string) =>
    db.selectFrom('members').innerJoin('people', 'people.id', 'members.person_id').selectAll('members').where('people.display_name', '=', name).executeTakeFirstOrThrow();
  return {
    world,
    act,
    group: () => db.selectFrom('groups').selectAll().executeTakeFirstOrThrow(),
    member,
    personId: async (name) => (await member(name)).person_id,
    async outbox(kind) {
      let q = db.selectFrom('outbox').leftJoin('people', 'people.id', 'outbox.person_id').selectAll('outbox').select('people.display_name as to');
      if (kind) q = q.where('outbox.kind', '=', kind);
      const rows = await q.orderBy('outbox.id').execute();
      return rows.map((r) => ({ ...r, text: (JSON.parse(r.payload) as { text: string }).text }));
    },
    advanceDays: (days) => world.clock.advance(days * 86400000),
    async buddiesOn(...who) {
      for (const n of who) await act.command(n, '/buddy on');
    },
    close: () => world.close(),
  };
}
