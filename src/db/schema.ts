import type { Generated, Insertable, Selectable } from 'kysely';

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
  /** Check-ins and their notes are deleted after this many months (1 to 36). */
  keep_months: Generated<number>;
  /** Last change of day, time or zone: the period then in force runs on to the first prompt after it. */
  rhythm_changed_at: string | null;
  period_at_change: string | null;
  period_at_change_from: string | null;
  /** A Telegram forum's topic the group is bound to (message_thread_id); null: the chat itself. */
  topic_id: Generated<string | null>;
  /** What the weekly prompt's tally shows: 'count' (default) or 'names' (never private check-ins). */
  tally: Generated<string>;
  /** Who the group is for: 'adults' (default), 'young people' or 'everyone'; orders /support's lines. */
  audience: Generated<string>;
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
  /** Last warm answer to plain words in the private chat (at most one per 10 minutes). */
  last_free_text_reply_at: Generated<string | null>;
  /** The language they chose with /language (en, cy, pl); null: their platform's, else the group's. */
  language: Generated<string | null>;
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
  /** Newest agreement version offered to this member after they joined (offered once, never a gate). */
  offered_version: Generated<number>;
}

export interface CheckinTable {
  id: Generated<number>;
  group_id: number;
  member_id: number;
  week: string; // ISO week in the group's zone, e.g. 2026-W48
  mood: number; // 1..5
  note: string | null;
  note_shared: number;
  /** 1: made out of the group's sight (private chat, Discord ephemeral) with no shared note. Never named. */
  private: Generated<number>;
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
  status: string; // 'pending' | 'sending' | 'held' | 'sent' | 'failed' | 'skipped'
  not_before: string; // earliest send instant (quiet hours)
  attempts: number;
  platform_message_id: string | null;
  error: string | null;
  created_at: string;
  sent_at: string | null;
  /** While 'sending': the worker that claimed the item, and until when (ISO) the claim holds. */
  claimed_by: Generated<string | null>;
  claim_until: Generated<string | null>;
  /** Parts of a long (split) message already posted, so a resend starts after them. */
  parts_sent: Generated<number>;
}

// ---- domain (issue 3): buddies, topics, pairing, nudges, tips, meetups ----

export interface BuddyPrefTable {
  member_id: number;
  group_id: number;
  opted_in: number;
  /** Asked for a new buddy next round (no reason asked). Cleared when a round runs. */
  want_new: number;
  updated_at: string;
}

/** `/buddy avoid`: never paired, never revealed to anyone. */
export interface BuddyAvoidTable {
  id: Generated<number>;
  group_id: number;
  member_id: number;
  avoided_member_id: number;
  created_at: string;
}

export interface MemberTopicTable {
  id: Generated<number>;
  group_id: number;
  member_id: number;
  kind: string; // 'offer' | 'seek'
  topic: string; // normalised: lower case, no '#'
  created_at: string;
}

/** One pairing round per (group, period): the unique key makes a round run once. */
export interface PairRoundTable {
  id: Generated<number>;
  group_id: number;
  period: string;
  seed: number;
  exact: number;
  created_at: string;
}

/** Members of a round; members sharing a slot are buddies (a pair or a trio). */
export interface PairMemberTable {
  id: Generated<number>;
  round_id: number;
  group_id: number;
  slot: number;
  member_id: number;
}

/** A gentle check-in sent once per quiet spell (identified by quiet_since). */
export interface NudgeTable {
  id: Generated<number>;
  group_id: number;
  member_id: number;
  quiet_since: string;
  stage: string; // 'member' | 'facilitators'
  created_at: string;
}

export interface TipTable {
  id: Generated<number>;
  group_id: number;
  member_id: number;
  topic: string;
  text: string;
  created_at: string;
}

export interface MeetupTable {
  id: Generated<number>;
  group_id: number;
  member_id: number; // who suggested it
  starts_at: string;
  title: string;
  place: string;
  status: string; // 'draft' | 'confirmed' | 'cancelled'
  created_at: string;
}

export interface MeetupRsvpTable {
  id: Generated<number>;
  meetup_id: number;
  member_id: number;
  answer: string; // 'yes' | 'maybe' | 'no'
  updated_at: string;
}

export type Tip = Selectable<TipTable>;
export type Meetup = Selectable<MeetupTable>;
// ---- end domain ----

// ---- schedule (issue 6) ----
/** Exactly one process runs the schedule: whoever holds the unexpired lease. */
export interface LeaseTable {
  name: string;
  holder: string;
  expires_at: number; // epoch ms (real time)
  epoch: number; // bumped on every takeover
  acquired_at: number;
}

/** One row per (job, group, period): its claim and its outcome (ran, late, paused, skipped…). */
export interface JobRunTable {
  id: Generated<number>;
  key: string; // job:group:period, unique
  job: string;
  group_id: number;
  period: string;
  due_at: string;
  outcome: string;
  count: number;
  duration_ms: number;
  ran_at: string;
}
// ---- end schedule ----

// ---- periods (issues 10 and 12) ----
/** Who was a member, and who was away, when: /stats counts each period against it. */
export interface MemberSpanTable {
  id: Generated<number>;
  group_id: number;
  member_id: number;
  kind: string; // 'member' | 'away'
  from_at: string;
  until_at: string | null; // null: still open
}

/** A finished check-in period's figures, written once when it closes and never changed. */
export interface PeriodFigureTable {
  id: Generated<number>;
  group_id: number;
  period: string;
  starts_at: string;
  ends_at: string;
  members_then: number;
  checked_in: number;
  /** Set on the row that closes a block of periods: moods pooled over the block; null buckets are hidden. */
  pool_from: string | null;
  pool_people: number | null;
  mood_1: number | null;
  mood_2: number | null;
  mood_3: number | null;
  mood_4: number | null;
  mood_5: number | null;
  frozen_at: string;
}
// ---- end periods ----

/** Secrets the bot keeps for itself (the button-signing key). Never logged, never exported. */
export interface SecretTable {
  name: string;
  value: string | null; // null: it comes from the environment
  created_at: string;
}

/** The console chat's own memory: `admin:<name>` (its facilitators) and `clock_offset_ms`. */
export interface ConsoleStateTable {
  key: string;
  value: string;
}

/** A form asked one question at a time, waiting for its next answer (key: chat and user). */
export interface PendingQuestionTable {
  platform: string;
  chat_key: string;
  person_id: number | null;
  /** The questions so far, answers and what comes next (JSON). */
  state: string;
  expires_at: string; // ISO
}

/** An update a platform pushed (Telegram webhook): stored before the answer, handled once. */
export interface IncomingUpdateTable {
  platform: string;
  update_id: number;
  /** The platform's id of who sent it (for /forgetme while it waits), not a people row. */
  from_user: string | null;
  /** The update as the platform sent it; null once handled. */
  payload: string | null;
  status: 'handling' | 'done';
  claimed_by: string | null;
  claim_until: number | null; // epoch ms (real time)
  received_at: number; // epoch ms (real time)
}

// A column that points at a member or a person must be listed in PERSON_LINKS (src/core/privacy.ts),
// so /mydata shows it and /forgetme erases it; test/erasure.test.ts fails until it is.
export interface Database {
  groups: GroupTable;
  agreements: AgreementTable;
  people: PersonTable;
  members: MemberTable;
  checkins: CheckinTable;
  outbox: OutboxTable;
  // domain (issue 3)
  buddy_prefs: BuddyPrefTable;
  buddy_avoids: BuddyAvoidTable;
  member_topics: MemberTopicTable;
  pair_rounds: PairRoundTable;
  pair_members: PairMemberTable;
  nudges: NudgeTable;
  tips: TipTable;
  meetups: MeetupTable;
  meetup_rsvps: MeetupRsvpTable;
  // schedule (issue 6)
  leases: LeaseTable;
  job_runs: JobRunTable;
  // periods (issues 10 and 12)
  member_spans: MemberSpanTable;
  period_figures: PeriodFigureTable;
  secrets: SecretTable;
  // console (issue 13)
  console_state: ConsoleStateTable;
  // webhooks (issue 16)
  incoming_updates: IncomingUpdateTable;
  // follow-up questions that survive a restart (issue 15)
  pending_questions: PendingQuestionTable;
}

export type Group = Selectable<GroupTable>;
export type NewGroup = Insertable<GroupTable>;
export type Agreement = Selectable<AgreementTable>;
export type Person = Selectable<PersonTable>;
export type Member = Selectable<MemberTable>;
export type Checkin = Selectable<CheckinTable>;
export type OutboxItem = Selectable<OutboxTable>;
export type PeriodFigure = Selectable<PeriodFigureTable>;
