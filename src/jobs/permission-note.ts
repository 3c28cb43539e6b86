import type { Core } from '../core/core.js';
import { type MissingPermission, enqueue } from '../core/outbox.js';
import { bold } from '../core/reply.js';
import { privateSendTime } from '../core/time.js';

// The bot may no longer post in a group's channel (a permission was taken away): the group's
// facilitators who opted in to private notes hear it once, privately, with what is missing.
// Nothing is dropped meanwhile: the group's posts are held and tried again.

export const PERMISSION_NOTE_KIND = 'permission_note';

const NAMES: Record<MissingPermission, string> = { view: 'View Channel', send: 'Send Messages' };

/** `episode`: the oldest item held for the chat; one note per facilitator per episode. */
export async function queuePermissionNote(core: Core, groupId: number, episode: number, missing: MissingPermission, now: Date): Promise<number> {
  const group = await core.db.selectFrom('groups').select(['id', 'name', 'timezone']).where('id', '=', groupId).executeTakeFirst();
  if (!group) return 0;
  const nowIso = now.toISOString();
  const facilitators = await core.db
    .selectFrom('members')
    .select('person_id')
    .where('group_id', '=', groupId)
    .where('status', '=', 'active')
    .where('facilitator_notes', '=', 1)
    .where((eb) => eb.or([eb('away_until', 'is', null), eb('away_until', '<=', nowIso)]))
    .execute();
  const text = permissionNoteText(group.name, missing);
  const notBefore = privateSendTime(now, group.timezone);
  let queued = 0;
  for (const f of facilitators) {
    const idemKey = `${PERMISSION_NOTE_KIND}:${groupId}:${episode}:${f.person_id}`;
    if (await enqueue(core.db, { idemKey, groupId, kind: PERMISSION_NOTE_KIND, audience: 'person', personId: f.person_id, reply: { to: 'private', text }, notBefore, now })) queued++;
  }
  return queued;
}

export function permissionNoteText(groupName: string, missing: MissingPermission): string {
  return [
    `I can't post in ${bold(groupName)}'s channel right now: I need the ${bold(NAMES[missing])} permission there.`,
    'Nothing is lost. The weekly check-in and other posts are waiting, and go out once a server admin gives me that permission back (the channel\'s settings, Permissions).',
  ].join('\n');
}
