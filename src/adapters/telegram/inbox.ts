import { findGroup } from '../../core/groups.js';
import { choosePrivateGroup, ensurePerson, groupsOfPerson, rememberDmChat } from '../../core/members.js';
import { markSent } from '../../core/outbox.js';
import type { Reply } from '../../core/reply.js';
import { bold } from '../../core/reply.js';
import type { TelegramDeps } from './deps.js';
import { errorInfo } from './errors.js';
import type { Actor } from './incoming.js';

// The private chat opens (/start, or any private message): what was held for the person goes out
// now, oldest first. Held rows are read and sent here directly (never set back to pending), so the
// schedule's delivery worker can't send the same row at the same time.

export async function deliverHeld(deps: TelegramDeps, personId: number, chatId: string): Promise<number> {
  const { core } = deps.app;
  const rows = await core.db
    .selectFrom('outbox')
    .select(['id', 'group_id', 'payload'])
    .where('person_id', '=', personId)
    .where('status', '=', 'held')
    .orderBy('id')
    .execute();
  let sent = 0;
  for (const row of rows) {
    const reply = { ...(JSON.parse(row.payload) as Reply), to: 'private' as const };
    try {
      const id = await deps.sender.send(chatId, reply, { groupId: row.group_id, formUser: Number(chatId) });
      await markSent(core.db, row.id, String(id), core.clock.now());
      sent++;
    } catch (err) {
      deps.log.warn({ outbox: row.id, ...errorInfo(err) }, 'telegram: held message still not delivered');
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

/** /start [payload]: hello, the group the link came from (if they belong to it), then anything held. */
export async function start(deps: TelegramDeps, actor: Actor, chatId: string, payload: string): Promise<void> {
  const { core } = deps.app;
  const person = await ensurePerson(core, 'telegram', actor.id, actor.name);
  await rememberDmChat(core.db, person.id, chatId);
  let about = '';
  const g = /^g(\d{1,12})$/.exec(payload);
  if (g) {
    const mine = await groupsOfPerson(core.db, person.id);
    const group = mine.find((x) => x.id === Number(g[1])) ? await findGroup(core.db, Number(g[1])) : undefined;
    if (group) {
      await choosePrivateGroup(core.db, person.id, group.id);
      about = ` What you send me here is about ${bold(group.name)}.`;
    }
  }
  const hello: Reply = {
    to: 'private',
    text: `Hello! This is our private chat: what you send here stays between you and me.${about} Send /help to see what I can do, or /support if you need someone to talk to right now.`,
  };
  try {
    await deps.sender.send(chatId, hello);
  } catch (err) {
    deps.log.warn({ user: actor.id, ...errorInfo(err) }, 'telegram: hello not sent');
    return;
  }
  await deliverHeld(deps, person.id, chatId);
}
