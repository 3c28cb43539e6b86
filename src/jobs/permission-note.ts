import type { Core } from '../core/core.js';
import { type MissingPermission, enqueue } from '../core/outbox.js';
import { type Words, personLanguage, words } from '../core/i18n.js';
import { bold } from '../core/reply.js';
import { privateSendTime } from '../core/time.js';

// The bot may no longer post in a group's channel (a permission was taken away): the group's
// facilitators who opted in to private notes hear it once, privately, with what is missing.
// Nothing is dropped meanwhile: the group's posts are held and tried again.

export const PERMISSION_NOTE_KIND = 'permission_note';

/** Discord's own names of the permissions, as its settings show them in the reader's language. */
const NAMES: Record<MissingPermission, string> = { view: 'note-permission-view', send: 'note-permission-send' };

/** `episode`: the oldest item held for the chat; one note per facilitator per episode. */
export async function queuePermissionNote(core: Core, groupId: number, episode: number, missing: MissingPermission, now: Date): Promise<number> {
  const group = await core.db.selectFrom('groups').select(['id', 'name', 'timezone', 'language']).where('id', '=', groupId).executeTakeFirst();
  if (!group) return 0;
  const nowIso = now.toISOString();
  const facilitators = await core.db
    .selectFrom('members')
    .innerJoin('people', 'people.id', 'members.person_id')
    .select(['members.person_id', 'people.language'])
    .where('members.group_id', '=', groupId)
    .where('members.status', '=', 'active')
    .where('members.facilitator_notes', '=', 1)
    .where((eb) => eb.or([eb('members.away_until', 'is', null), eb('members.away_until', '<=', nowIso)]))
    .execute();
  const notBefore = privateSendTime(now, group.timezone);
  let queued = 0;
  for (const f of facilitators) {
    const idemKey = `${PERMISSION_NOTE_KIND}:${groupId}:${episode}:${f.person_id}`;
    if (await enqueue(core.db, { idemKey, groupId, kind: PERMISSION_NOTE_KIND, audience: 'person', personId: f.person_id, reply: { to: 'private', text: permissionNoteText(group.name, missing, words(personLanguage(f.language, group.language))) }, notBefore, now })) queued++;
  }
  return queued;
}

export function permissionNoteText(groupName: string, missing: MissingPermission, w: Words = words('en')): string {
  return [w.t('note-permission-cant-post', { group: bold(groupName), permission: bold(w.t(NAMES[missing])) }), w.t('note-permission-waiting')].join('\n');
}
