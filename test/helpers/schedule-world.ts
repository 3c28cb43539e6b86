import type { Core, Logger, Platform } from '../../src/core/core.js';
import { type Delivery, DeliveryError, type DeliveryFailure, type DeliveryPort } from '../../src/core/outbox.js';
import type { Group, Member, Person } from '../../src/db/schema.js';
import type { Timer } from '../../src/jobs/pacing.js';

// Helpers for the schedule tests: groups and members written straight to the database,
// a delivery port that records what it was asked to send, and a logger that keeps lines.

export interface GroupSpec {
  chatId?: string;
  platform?: Platform;
  timezone?: string;
  weekday?: number;
  time?: string;
  name?: string;
  createdAt?: string;
  pairEvery?: number;
}

let chats = 0;

export async function addGroup(core: Core, spec: GroupSpec = {}): Promise<Group> {
  return core.db
    .insertInto('groups')
    .values({
      platform: spec.platform ?? 'console',
      chat_id: spec.chatId ?? `chat-${++chats}`,
      name: spec.name ?? 'Tuesday Parents',
      timezone: spec.timezone ?? 'Europe/London',
      checkin_weekday: spec.weekday ?? 7,
      checkin_time: spec.time ?? '19:00',
      absence_weeks: 2,
      pair_every_weeks: spec.pairEvery ?? 2,
      region: 'GB',
      nation: null,
      language: 'en',
      facilitator_role: null,
      prompt_paused: 0,
      active: 1,
      created_at: spec.createdAt ?? '2020-01-01T00:00:00.000Z',
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface MemberSpec {
  notes?: boolean;
  awayUntil?: string | null;
  lastSeen?: string;
  dm?: boolean;
}

export async function addMember(core: Core, group: Group, name: string, spec: MemberSpec = {}): Promise<{ person: Person; member: Member }> {
  const at = spec.lastSeen ?? '2026-11-20T10:00:00.000Z';
  const person = await core.db
    .insertInto('people')
    .values({ platform: group.platform, user_id: `${name.toLowerCase()}-${group.id}`, display_name: name, dm_chat_id: spec.dm === false ? null : `dm-${name.toLowerCase()}-${group.id}`, private_group_id: null, created_at: at })
    .returningAll()
    .executeTakeFirstOrThrow();
  const member = await core.db
    .insertInto('members')
    .values({
      group_id: group.id, person_id: person.id, status: 'active', joined_at: at, accepted_version: 1, away_until: spec.awayUntil ?? null,
      last_seen_at: at, facilitator: 0, facilitator_notes: spec.notes ? 1 : 0, told_shared_note: 0, last_crisis_list_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { person, member };
}

export interface Sent {
  delivery: Delivery;
  messageId: string;
}

/** A DeliveryPort that records sends; `script` may fail a send (by returning a failure). */
export class RecordingPort implements DeliveryPort {
  readonly sent: Sent[] = [];
  readonly tries: Delivery[] = [];
  private n = 0;
  constructor(readonly platform: Platform = 'console', public script: (d: Delivery, attempt: number) => DeliveryFailure | null = () => null) {}
  async deliver(d: Delivery): Promise<{ messageId: string }> {
    this.tries.push(d);
    const f = this.script(d, this.tries.filter((t) => t.id === d.id).length);
    if (f) throw new DeliveryError(f);
    const messageId = `m${++this.n}`;
    this.sent.push({ delivery: d, messageId });
    return { messageId };
  }
  texts(kind?: string): string[] {
    return this.sent.filter((s) => !kind || s.delivery.kind === kind).map((s) => s.delivery.reply.text);
  }
}

export interface LogLine {
  level: string;
  obj: Record<string, unknown>;
  msg?: string;
}

export function recordingLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at = (level: string) => (obj: object, msg?: string) => void lines.push({ level, obj: obj as Record<string, unknown>, msg });
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** Pacing time that moves only when the worker sleeps: pacing tests without waiting. */
export function virtualTimer(): Timer & { slept: number } {
  const t = {
    at: 0,
    slept: 0,
    now: () => t.at,
    sleep: async (ms: number) => {
      // Whole milliseconds, like setTimeout: no floating drift at window edges.
      t.at += Math.max(Math.ceil(ms), 0);
      t.slept += Math.max(Math.ceil(ms), 0);
      await Promise.resolve();
    },
  };
  return t;
}

export async function outboxRows(core: Core, kind?: string) {
  let q = core.db.selectFrom('outbox').selectAll().orderBy('id');
  if (kind) q = q.where('kind', '=', kind);
  return q.execute();
}
