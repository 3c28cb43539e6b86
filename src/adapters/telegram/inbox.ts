import { findGroup } from '../../core/groups.js';
import { languageFor, words } from '../../core/i18n.js';
import type { Group } from '../../db/schema.js';
import { choosePrivateGroup, ensurePerson, groupsOfPerson, rememberDmChat } from '../../core/members.js';
import { claimHeld, hold, markSent } from '../../core/outbox.js';
import type { Reply } from '../../core/reply.js';
import { bold } from '../../core/reply.js';
import { readPrivateLink } from '../../../commands/private-links.js';
import type { TelegramDeps } from './deps.js';
import { errorInfo } from './errors.js';
import type { Actor } from './incoming.js';

// The private chat opens (/start, or any private message): what was held for the person goes out
// now, oldest first. Held rows are claimed (core claimHeld), so the delivery worker never sends them too.

export async function deliverHeld(deps: TelegramDeps, personId: number, chatId: string): Promise<number> {
  const { core } = deps.app;
  const held = await claimHeld(core.db, personId, core.clock.now());
  let sent = 0;
  for (const [i, item] of held.entries()) {
    try {
      const id = await deps.sender.send(chatId, { ...item.reply, to: 'private' }, { groupId: item.groupId, formUser: Number(chatId) });
      await markSent(core.db, item.id, String(id), core.clock.now());
      sent++;
    } catch (err) {
      deps.log.warn({ outbox: item.id, ...errorInfo(err) }, 'telegram: held message still not delivered');
      // Still not deliverable: this one and the rest wait for the next time, in order.
      for (const rest of held.slice(i)) await hold(core.db, rest.id, 'private chat still unreachable');
      break;
    }
  }
  return sent;
}

/** Any private message: remember the chat and hand over what was waiting. */
export async function openedPrivateChat(deps: TelegramDeps, actor: Actor, chatId: string): Promise<number> {
  const person = await ensurePerson(deps.app.core, 'telegram', actor.id, actor.name);
  await rememberDmChat(deps.app.core.db, person.id, chatId);
  const pending = await deps.app.core.db.selectFrom('outbox').select('id').where('person_id', '=', person.id).where('status', '=', 'held').executeTakeFirst();
  return pending ? deliverHeld(deps, person.id, chatId) : 0;
}

/**
 * /start [payload]: hello, the group the link came from (if they belong to it), then anything
 * held. Returns the command the link asked for (run next, for whoever pressed Start), if any.
 */
export async function start(deps: TelegramDeps, actor: Actor, chatId: string, payload: string): Promise<{ name: string; text: string } | undefined> {
  const { core } = deps.app;
  const person = await ensurePerson(core, 'telegram', actor.id, actor.name);
  await rememberDmChat(core.db, person.id, chatId);
  const link = readPrivateLink(payload);
  let group: Group | undefined;
  if (link.groupId !== undefined) {
    const mine = await groupsOfPerson(core.db, person.id);
    group = mine.find((x) => x.id === link.groupId) ? await findGroup(core.db, link.groupId) : undefined;
    if (group) await choosePrivateGroup(core.db, person.id, group.id);
  }
  const w = words(languageFor(person.language, actor.locale, group?.language));
  const about = group ? ` ${w.t('platform-hello-about', { group: bold(group.name) })}` : '';
  const hello: Reply = { to: 'private', text: `${w.t('platform-hello-private')}${about} ${w.t('platform-hello-help')}` };
  try {
    await deps.sender.send(chatId, hello);
  } catch (err) {
    deps.log.warn({ user: actor.id, ...errorInfo(err) }, 'telegram: hello not sent');
    return undefined;
  }
  await deliverHeld(deps, person.id, chatId);
  return link.command;
}
