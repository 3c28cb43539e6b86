import type { DB } from '../db/database.js';
import type { Group } from '../db/schema.js';
import { type CheckedIn, checkedInNames, moodChoices, tallyText } from './checkins.js';
import { type Core, KindError } from './core.js';
import { type Words, words, groupWords } from './i18n.js';
import { findRun, recordRun } from './job-runs.js';
import { enqueue } from './outbox.js';
import { type Reply, bold, toGroup } from './reply.js';
import { checkinPeriod } from './periods.js';
import { addWeeks, checkinInstant, weekKey } from './time.js';

// The weekly check-in prompt: its text and mood buttons, its live tally (a count, or names the
// group chose: never a private check-in's), and what
// facilitators can do with it (/prompt now|skip|pause|resume). The schedule posts it under the
// same key as /prompt now, so a week never gets two.

export const PROMPT_KIND = 'prompt';
export const TALLY_KIND = 'tally';
/** A prompt that fell due while the bot was down is still posted this long after its time. */
export const PROMPT_GRACE_MS = 12 * 3600_000;
/** A busy group's prompt is edited at most once this often (the newest tally wins). */
export const TALLY_EVERY_MS = 5_000;

export const promptKey = (groupId: number, week: string) => `prompt:${groupId}:${week}`;


/** The prompt asks one of four questions, turn about, in the group's language. */
const QUESTIONS = 4;

type PromptGroup = Pick<Group, 'name' | 'tally' | 'language'>;

export function promptText(group: PromptGroup, week: string, checkedIn: CheckedIn[]): string {
  const w = groupWords(group.language);
  const n = Number(week.slice(-2)) || 0;
  return [w.t('prompt-title', { group: bold(group.name) }), `${w.t('prompt-question', { n: n % QUESTIONS })} ${w.t('prompt-how')}`, '', tallyText(checkedIn, group.tally, w)].join('\n');
}

export function promptReply(group: PromptGroup, week: string, checkedIn: CheckedIn[]): Reply {
  return toGroup(promptText(group, week, checkedIn), { choices: moodChoices('group', groupWords(group.language)) });
}

/** Claim and queue this week's prompt. False when the week's prompt was already claimed. */
export async function enqueuePrompt(core: Core, db: DB, group: Group, week: string, notBefore: Date, now: Date): Promise<boolean> {
  const names = await checkedInNames({ ...core, db }, group.id, week);
  return enqueue(db, { idemKey: promptKey(group.id, week), groupId: group.id, kind: PROMPT_KIND, audience: 'group', reply: promptReply(group, week, names), notBefore, now });
}

export async function promptItem(db: DB, groupId: number, week: string) {
  return db.selectFrom('outbox').select(['id', 'status', 'platform_message_id', 'payload']).where('idem_key', '=', promptKey(groupId, week)).executeTakeFirst();
}

/**
 * After a check-in: update the week's prompt to show who has checked in. Coalesced: at most
 * one edit per `everyMs` per prompt; a pending edit is rewritten with the newest tally.
 * Returns false when there is nothing to edit (the prompt has not gone out).
 */
export async function queueTallyEdit(core: Core, group: Group, week: string, everyMs = TALLY_EVERY_MS): Promise<boolean> {
  const prompt = await promptItem(core.db, group.id, week);
  if (!prompt || prompt.status !== 'sent' || !prompt.platform_message_id) return false;
  const names = await checkedInNames(core, group.id, week);
  const reply: Reply = { ...promptReply(group, week, names), edits: { chatId: group.chat_id, messageId: prompt.platform_message_id } };
  const now = core.clock.now();
  const prefix = `tally:${group.id}:${week}:`;
  return core.db.transaction().execute(async (trx) => {
    // Coalesce with an edit still waiting; one already being sent is never rewritten (its "sent"
    // would discard the rewrite): a new edit follows it instead.
    const pending = await trx.selectFrom('outbox').select('id').where('idem_key', 'like', `${prefix}%`).where('status', '=', 'pending').executeTakeFirst();
    if (pending) {
      const res = await trx.updateTable('outbox').set({ payload: JSON.stringify(reply) }).where('id', '=', pending.id).where('status', '=', 'pending').executeTakeFirst();
      if (Number(res.numUpdatedRows) === 1) return true;
    }
    const last = await trx.selectFrom('outbox').select('sent_at').where('idem_key', 'like', `${prefix}%`).where('status', '=', 'sent').orderBy('id', 'desc').executeTakeFirst();
    const earliest = last?.sent_at ? Date.parse(last.sent_at) + everyMs : 0;
    const notBefore = new Date(Math.max(now.getTime(), earliest));
    // Unique even within one millisecond (the edit before may have been claimed in that same one).
    return enqueue(trx, { idemKey: `${prefix}${now.getTime()}:${core.ids.token()}`, groupId: group.id, kind: TALLY_KIND, audience: 'group', reply, notBefore, now });
  });
}

/** This check-in period's prompt, posted now, under the same key as the scheduled one. */
export async function postPromptNow(core: Core, group: Group): Promise<{ queued: boolean; week: string; status?: string }> {
  const now = core.clock.now();
  const week = checkinPeriod(group, now);
  const queued = await enqueuePrompt(core, core.db, group, week, now, now);
  if (queued) core.log.info({ job: 'prompt', group: group.id, period: week, outcome: 'now' }, 'prompt posted by a facilitator');
  return { queued, week, status: queued ? 'pending' : (await promptItem(core.db, group.id, week))?.status };
}

/**
 * "No meeting this week": the current period's prompt is not posted, if it has not gone out;
 * otherwise the next scheduled one. A skipped prompt still starts its period.
 */
export async function skipPrompt(core: Core, group: Group, w: Words = words('en')): Promise<{ week: string; at: Date; thisWeek: boolean; already: boolean }> {
  const now = core.clock.now();
  const week = checkinPeriod(group, now);
  const due = checkinInstant(group, week);
  const run = await findRun(core.db, 'prompt', group.id, week);
  if (run?.outcome === 'skipped') return { week, at: due, thisWeek: true, already: true };
  const claimed = !!(await promptItem(core.db, group.id, week)) || !!run;
  let target = week;
  if (claimed || now.getTime() >= due.getTime() + PROMPT_GRACE_MS) {
    // The next scheduled prompt that starts a new period.
    target = weekKey(now, group.timezone);
    for (let i = 0; i < 60 && (target <= week || checkinInstant(group, target) <= now); i++) target = addWeeks(target, 1, group.timezone);
  }
  // In people's words it is "this week" while it is the week they are in.
  const thisWeek = target === week || target === weekKey(now, group.timezone);
  const at = checkinInstant(group, target);
  const inserted = await recordRun(core.db, { job: 'prompt', groupId: group.id, period: target, dueAt: at, outcome: 'skipped', now });
  if (!inserted) {
    const run = await findRun(core.db, 'prompt', group.id, target);
    if (run?.outcome !== 'skipped') throw new KindError(w.t('prompt-cmd-decided'));
  }
  core.log.info({ job: 'prompt', group: group.id, period: target, outcome: 'skipped' }, 'prompt skipped by a facilitator');
  return { week: target, at, thisWeek, already: !inserted };
}

export async function setPromptPaused(core: Core, group: Group, paused: boolean): Promise<void> {
  await core.db.updateTable('groups').set({ prompt_paused: paused ? 1 : 0 }).where('id', '=', group.id).execute();
  core.log.info({ job: 'prompt', group: group.id, outcome: paused ? 'paused' : 'resumed' }, 'prompt setting changed');
}

/** When the next prompt will be posted (a week skipped or already posted does not count). */
export async function nextPromptAt(core: Core, group: Group, now = core.clock.now()): Promise<Date> {
  let week = weekKey(now, group.timezone);
  for (let i = 0; i < 60; i++, week = addWeeks(week, 1, group.timezone)) {
    const at = checkinInstant(group, week);
    if (at.getTime() <= now.getTime()) continue;
    if (await promptItem(core.db, group.id, week)) continue;
    if (await findRun(core.db, 'prompt', group.id, week)) continue;
    return at;
  }
  return checkinInstant(group, week);
}

/**
 * Just after the prompt or a tally edit went out: if people checked in while it waited or was
 * being sent, another edit shows them (the prompt always ends up with the right tally).
 */
export async function tallyAfterPost(core: Core, groupId: number, idemKey: string, sentText: string): Promise<boolean> {
  const week = idemKey.split(':')[2];
  const group = await core.db.selectFrom('groups').selectAll().where('id', '=', groupId).executeTakeFirst();
  if (!group || !week) return false;
  const names = await checkedInNames(core, groupId, week);
  if (promptText(group, week, names) === sentText) return false;
  return queueTallyEdit(core, group, week);
}
