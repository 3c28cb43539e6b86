import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

// One interface per table, gathered into Database. Platform ids (chat, user, message) are text:
// Discord snowflakes do not fit a JS number. Booleans are 0/1 (better-sqlite3 cannot bind booleans).
// Times are ISO-8601 UTC strings.

export interface GroupTable {
  id: Generated<number>;
  platform: string; // 'console' | 'telegram' | 'discord'
  chat_id: string;
  name: string;
  timezone: string; // IANA
  checkin_weekday: number; // 1 = Monday … 7 = Sunday (ISO)
  checkin_time: string; // HH:MM local
  absence_weeks: number;
  pair_every_weeks: number;
  region: string; // helpline region: GB, IE, US, CA, AU, NZ, INT
  nation: string | null; // GB only: england | scotland | wales | northern_ireland
  language: string;
  facilitator_role: string | null; // Discord role id that counts as facilitator
  prompt_paused: number;
  active: number; // 0 once the bot is removed from the chat
  created_at: string;
}

export interface AgreementTable {
  id: Generated<number>;
  group_id: number;
  version: number;
  text: string;
  created_at: string;
}

/** A person on one platform. One person may be a member of several groups. */
export interface PersonTable {
  id: Generated<number>;
  platform: string;
  user_id: string;
  display_name: string;
  /** Private chat the bot can write to (Telegram: after /start; Discord: DM channel). */
  dm_chat_id: string | null;
  /** The group the person last chose for commands sent in the private chat. */
  private_group_id: number | null;
  created_at: string;
}

export interface MemberTable {
  id: Generated<number>;
  group_id: number;
  person_id: number;
  status: string; // 'active' | 'left'
  joined_at: string;
  accepted_version: number; // agreement version accepted (0: none)
  away_until: string | null; // ISO instant; null when not away. Far future for "until /back".
  last_seen_at: string;
  /** Console-only: named facilitator by `:admin`. Platforms decide at run time. */
  facilitator: number;
  /** Facilitator opted in to private notes about members who have gone quiet. */
  facilitator_notes: number;
  /** Telegram: told once that a note typed in the group counts as shared. */
  told_shared_note: number;
  /** Last time the full helpline list was sent after a lowest-mood check-in. */
  last_crisis_list_at: string | null;
}

export interface CheckinTable {
  id: Generated<number>;
  group_id: number;
  member_id: number;
  week: string; // ISO week in the group's zone, e.g. 2026-W48
  mood: number; // 1..5
  note: string | null;
  note_shared: number;
  created_at: string;
  updated_at: string;
}

/** Durable outbox: everything the bot sends that is not a direct answer to a command. */
export interface OutboxTable {
  id: Generated<number>;
  /** Idempotency key: (group, kind, period[, member]). Unique: claiming twice is a no-op. */
  idem_key: string;
  group_id: number;
  kind: string; // 'prompt' | 'nudge' | 'buddy_told' | 'pair_intro' | 'meetup_reminder' | …
  /** 'group' posts into the group's chat; 'person' is a private message to person_id. */
  audience: string;
  person_id: number | null;
  payload: string; // JSON of a Reply
  status: string; // 'pending' | 'held' | 'sent' | 'failed' | 'skipped'
  not_before: string; // earliest send instant (quiet hours)
  attempts: number;
  platform_message_id: string | null;
  error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface Database {
  groups: GroupTable;
  agreements: AgreementTable;
  people: PersonTable;
  members: MemberTable;
  checkins: CheckinTable;
  outbox: OutboxTable;
}

export type Group = Selectable<GroupTable>;
export type NewGroup = Insertable<GroupTable>;
export type GroupUpdate = Updateable<GroupTable>;
export type Agreement = Selectable<AgreementTable>;
export type Person = Selectable<PersonTable>;
export type Member = Selectable<MemberTable>;
export type Checkin = Selectable<CheckinTable>;
export type OutboxItem = Selectable<OutboxTable>;
