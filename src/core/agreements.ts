import type { DB } from '../db/database.js';
import type { Agreement } from '../db/schema.js';
import { prepared } from '../db/prepared.js';
import { type Core, KindError, nowIso } from './core.js';
import { type Lang, type Words, words } from './i18n.js';

/** The agreement a new group starts with, in its language (a facilitator can replace it). */
export const defaultAgreement = (lang: Lang = 'en') =>
  [1, 2, 3, 4, 5].map((n) => `${n}. ${words(lang).t(`agreement-default-${n}`)}`).join('\n');

export const DEFAULT_AGREEMENT = defaultAgreement('en');

const latestAgreement = prepared((db: DB, groupId: number) =>
  db.selectFrom('agreements').selectAll().where('group_id', '=', groupId).orderBy('version', 'desc').limit(1),
);

export async function currentAgreement(db: DB, groupId: number): Promise<Agreement> {
  const [agreement] = await latestAgreement(db, groupId);
  if (!agreement) throw new Error(`group ${groupId} has no agreement`);
  return agreement;
}

/**
 * A new version: offered once to each member (never a gate). The facilitator who wrote it
 * (`authorMemberId`, when they are a member) has accepted it by writing it.
 */
export async function setAgreement(core: Core, groupId: number, text: string, authorMemberId: number | null = null, w: Words = words('en')): Promise<Agreement> {
  const t = text.trim();
  if (t.length < 10) throw new KindError(w.t('agreement-too-short'));
  if (t.length > 3000) throw new KindError(w.t('agreement-too-long'));
  return core.db.transaction().execute(async (trx) => {
    const cur = await trx.selectFrom('agreements').select('version').where('group_id', '=', groupId).orderBy('version', 'desc').limit(1).executeTakeFirst();
    const agreement = await trx
      .insertInto('agreements')
      .values({ group_id: groupId, version: (cur?.version ?? 0) + 1, text: t, created_at: nowIso(core) })
      .returningAll()
      .executeTakeFirstOrThrow();
    if (authorMemberId !== null)
      await trx.updateTable('members').set({ accepted_version: agreement.version, offered_version: agreement.version }).where('id', '=', authorMemberId).where('group_id', '=', groupId).execute();
    return agreement;
  });
}

/** Record that `version` was offered to a member; false when it already was (offered once). */
export async function markAgreementOffered(db: DB, memberId: number, version: number): Promise<boolean> {
  const r = await db.updateTable('members').set({ offered_version: version }).where('id', '=', memberId).where('offered_version', '<', version).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/**
 * The group's language changed: an agreement still the untouched default of the old language,
 * which nobody has accepted yet, becomes the default of the new one (same version, same meaning).
 * One a facilitator wrote, or that members accepted, is never changed.
 */
export async function translateDefaultAgreement(db: DB, groupId: number, from: Lang, to: Lang): Promise<boolean> {
  const current = await currentAgreement(db, groupId);
  if (current.version !== 1 || current.text !== defaultAgreement(from) || from === to) return false;
  const accepted = await db.selectFrom('members').select('id').where('group_id', '=', groupId).where('accepted_version', '>=', 1).executeTakeFirst();
  if (accepted) return false;
  await db.updateTable('agreements').set({ text: defaultAgreement(to) }).where('group_id', '=', groupId).where('version', '=', 1).execute();
  return true;
}
