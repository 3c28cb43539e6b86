import { sql } from 'kysely';
import type { DB } from '../db/database.js';
import { prepared } from '../db/prepared.js';
import type { Checkin, Group, Member } from '../db/schema.js';
import { type Core, KindError } from './core.js';
import { type Words, words as wordsIn } from './i18n.js';
import { type Choice, bold } from './reply.js';
import { checkinPeriod } from './periods.js';

export const MOODS: Record<number, { label: string; emoji: string }> = {
  1: { label: 'struggling', emoji: '😣' },
  2: { label: 'low', emoji: '😕' },
  3: { label: 'okay', emoji: '😐' },
  4: { label: 'good', emoji: '🙂' },
  5: { label: 'great', emoji: '😄' },
};

// A Map: a typed word like "constructor" must not find Object.prototype's members.
const MOOD_WORDS = new Map<string, number>();
const words: [number, string[]][] = [
  [1, ['struggling', 'awful', 'terrible', 'horrible', 'dreadful', 'crisis', 'worst', 'rock-bottom', '😭', '😫', '😩', '💔', '😣', '😖']],
  [2, ['low', 'bad', 'rough', 'down', 'sad', 'poor', 'tired', 'not-great', '😞', '😔', '☹️', '☹', '🙁', '😟', '😢', '😕']],
  [3, ['okay', 'ok', 'alright', 'fine', 'so-so', 'meh', 'average', 'middling', '😐', '😶', '🤷']],
  [4, ['good', 'well', 'better', 'decent', 'pretty-good', '🙂', '😊', '👍', '🙌']],
  [5, ['great', 'brilliant', 'amazing', 'fantastic', 'excellent', 'wonderful', 'awesome', 'happy', '😄', '😁', '🤩', '🥳', '😃', '😀', '❤️', '💪']],
  // The labels in every language shipped, typed with or without their accents.
  [1, ['anodd', 'ciężko', 'ciezko']],
  [2, ['isel', 'słabo', 'slabo']],
  [3, ['iawn', 'w-porządku', 'w-porzadku']],
  [4, ['da', 'dobrze']],
  [5, ['gwych', 'świetnie', 'swietnie']],
];
for (const [n, ws] of words) for (const w of ws) MOOD_WORDS.set(w, n);

/** "4", "4/5", "good", "😊" → 1..5; anything else → null. */
export function parseMood(input: string): number | null {
  const s = input.trim().toLowerCase().replace(/[.!]+$/, '').replace(/\s+/g, '-');
  const n = /^([1-5])(\/5)?$/.exec(s);
  if (n) return Number(n[1]);
  return MOOD_WORDS.get(s) ?? MOOD_WORDS.get(s.replace(/\uFE0F/g, '')) ?? null;
}

/**
 * The one-tap mood buttons (the check-in command handles `checkin:mood:N`). Buttons on a message
 * the whole group sees (the weekly prompt) carry `:group`: a tap there is a check-in in the group.
 */
export const moodChoices = (where: 'group' | 'private' = 'private', w: Words = wordsIn('en')): Choice[] =>
  [1, 2, 3, 4, 5].map((n) => ({ id: `checkin:mood:${n}${where === 'group' ? ':group' : ''}`, label: `${n} ${MOODS[n].emoji} ${w.t(`mood-${n}`)}` }));

export const moodScaleText = (w: Words = wordsIn('en')) =>
  [1, 2, 3, 4, 5].map((n) => `${n} ${MOODS[n].emoji} ${w.t(`mood-${n}`)}`).join(' · ');

export const MAX_NOTE = 1000;

// The hottest write path: compiled once (see src/db/prepared.ts).
const checkinOfWeek = prepared((db: DB, memberId: number, week: string) =>
  db.selectFrom('checkins').select('id').where('member_id', '=', memberId).where('week', '=', week),
);
const saveCheckin = prepared((db: DB, groupId: number, memberId: number, week: string, mood: number, note: string | null, shared: number, isPrivate: number, at: string) =>
  db
    .insertInto('checkins')
    .values({ group_id: groupId, member_id: memberId, week, mood, note, note_shared: shared, private: isPrivate, created_at: at, updated_at: at })
    .onConflict((oc) =>
      // Checking in again updates the mood; a note already given stays unless a new one comes.
      oc.columns(['member_id', 'week']).doUpdateSet((eb) => ({
        mood: eb.ref('excluded.mood'),
        note: sql<string | null>`coalesce(excluded.note, checkins.note)`,
        note_shared: sql<number>`case when excluded.note is null then checkins.note_shared else excluded.note_shared end`,
        // Once made in the group's sight the name may already show: it stays public for the period.
        private: sql<number>`case when checkins.private = 0 then 0 else excluded.private end`,
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .returningAll(),
);
const CRISIS_LIST_EVERY_MS = 72 * 3600 * 1000;

export interface CheckinResult {
  checkin: Checkin;
  updated: boolean;
  /** A lowest-mood check-in: 'list', the whole /support list (not sent in the last 72 hours), else 'pointer', a short word on where help is. */
  crisis: 'list' | 'pointer' | null;
  /** Telegram/console: tell them once that a note typed in the group counts as shared. */
  tellSharedOnce: boolean;
}

/**
 * Record this check-in period's check-in (checking in again in the same period updates it).
 * `shared`: the member chose to share the note, or typed it where the group sees it.
 * `inGroupSight`: made where the group sees it (typed in the group chat, or a tap on the group's
 * prompt). Otherwise (a private chat, a Discord answer only they see) the check-in is private
 * unless a note is shared, and the prompt's tally never names them.
 */
export async function checkIn(core: Core, group: Group, member: Member, mood: number, note: string | null, shared: boolean, typedInGroup = false, inGroupSight = typedInGroup, w: Words = wordsIn('en')): Promise<CheckinResult> {
  if (!Number.isInteger(mood) || mood < 1 || mood > 5) throw new KindError(w.t('checkin-mood-range', { scale: moodScaleText(w) }));
  const text = note?.trim() || null;
  if (text && text.length > MAX_NOTE) throw new KindError(w.t('checkin-note-long', { max: String(MAX_NOTE), length: String(text.length) }));
  const now = core.clock.now();
  const at = now.toISOString();
  const week = checkinPeriod(group, now);
  return core.db.transaction().execute(async (trx) => {
    const [before] = await checkinOfWeek(trx, member.id, week);
    const noteShared = text && shared ? 1 : 0;
    const [checkin] = await saveCheckin(trx, group.id, member.id, week, mood, text, noteShared, inGroupSight || noteShared ? 0 : 1, at);
    let crisis: CheckinResult['crisis'] = null;
    if (mood === 1) {
      const last = member.last_crisis_list_at ? Date.parse(member.last_crisis_list_at) : 0;
      crisis = 'pointer';
      if (now.getTime() - last >= CRISIS_LIST_EVERY_MS) {
        crisis = 'list';
        await trx.updateTable('members').set({ last_crisis_list_at: at }).where('id', '=', member.id).execute();
      }
    }
    const tellSharedOnce = !!text && typedInGroup && !member.told_shared_note;
    if (tellSharedOnce) await trx.updateTable('members').set({ told_shared_note: 1 }).where('id', '=', member.id).execute();
    return { checkin, updated: !!before, crisis, tellSharedOnce };
  });
}

/** Someone who checked in this period. `private`: made out of the group's sight, note not shared. */
export interface CheckedIn {
  name: string;
  private: boolean;
}

/** Members who checked in this week, in order (never moods or notes). */
export async function checkedInNames(core: Core, groupId: number, week: string): Promise<CheckedIn[]> {
  const rows = await core.db
    .selectFrom('checkins')
    .innerJoin('members', 'members.id', 'checkins.member_id')
    .innerJoin('people', 'people.id', 'members.person_id')
    .select(['people.display_name', 'checkins.private'])
    .where('checkins.group_id', '=', groupId)
    .where('checkins.week', '=', week)
    .where('members.status', '=', 'active')
    .orderBy('checkins.created_at')
    .execute();
  return rows.map((r) => ({ name: r.display_name, private: r.private !== 0 }));
}

export type TallyMode = 'count' | 'names';
export const TALLY_MODES: readonly TallyMode[] = ['count', 'names'];

/**
 * The tally line under the weekly prompt: a count by default; with `names`, the names of those
 * who checked in where the group sees it, the others only counted.
 */
export function tallyText(checkedIn: CheckedIn[], mode: string = 'count', w: Words = wordsIn('en')): string {
  const count = checkedIn.length;
  if (count === 0) return w.t('tally-nobody');
  const names = mode === 'names' ? checkedIn.filter((c) => !c.private).map((c) => c.name) : [];
  if (names.length === 0) return w.t('tally-count', { count });
  const others = count - names.length;
  return w.t(others ? 'tally-names-more' : 'tally-names', { count, names: names.map((n) => bold(n)).join(', '), others });
}

/** A few words added to a check-in afterwards (offered after a mood tap): private, found by id. */
export async function addNote(core: Core, personId: number, checkinId: number, note: string, w: Words = wordsIn('en')): Promise<Checkin | undefined> {
  const text = note.trim();
  if (!text) throw new KindError(w.t('checkin-note-empty'));
  if (text.length > MAX_NOTE) throw new KindError(w.t('checkin-note-long', { max: String(MAX_NOTE), length: String(text.length) }));
  return core.db
    .updateTable('checkins')
    .set({ note: text, note_shared: 0, updated_at: core.clock.now().toISOString() })
    .where('id', '=', checkinId)
    // Theirs in whichever group it was (a form answered privately may resolve to another group).
    .where('member_id', 'in', (eb) => eb.selectFrom('members').select('id').where('person_id', '=', personId))
    .returningAll()
    .executeTakeFirst();
}
