import type { Chat } from 'grammy/types';
import { type Action, handle } from '../../../commands/dispatch.js';
import { findGroup, findGroupByChat } from '../../core/groups.js';
import { ensurePerson, groupsOfPerson } from '../../core/members.js';
import type { TelegramDeps } from './deps.js';
import { type Actor, incomingFor, interactionUser } from './incoming.js';
import { type Interaction, respond } from './respond.js';

// One command, answer or button press: ask the dispatcher, then route its replies.

export interface Act {
  actor: Actor;
  chat: Pick<Chat, 'id' | 'type'> & { title?: string };
  action: Action;
  /** The person's message (a command typed in a group is answered as a reply to it). */
  messageId?: number;
  callback?: Interaction['callback'];
  /** A button or form in a private chat that acts for this group (database id). */
  actsForGroupId?: number;
  /** The forum topic it happened in (group answers go back there). */
  topicId?: number;
}

export async function act(deps: TelegramDeps, a: Act): Promise<void> {
  const { core } = deps.app;
  const chatId = String(a.chat.id);
  const inPrivate = a.chat.type === 'private';
  let target: { id: string; title?: string; private: boolean; seenByGroup: boolean; topicId?: number } | undefined;
  let groupChatId: string | undefined;
  let groupId: number | undefined;
  let groupTopicId: number | undefined;
  let actsForGroup = false;

  if (inPrivate && a.actsForGroupId !== undefined) {
    const group = await findGroup(core.db, a.actsForGroupId);
    if (group && group.platform === 'telegram') {
      target = { id: group.chat_id, title: group.name, private: false, seenByGroup: false };
      groupChatId = group.chat_id;
      groupId = group.id;
      groupTopicId = topicNumber(group.topic_id);
      actsForGroup = true;
    }
  }
  if (!target && inPrivate) {
    target = { id: chatId, private: true, seenByGroup: false };
    const g = await privateContextGroup(deps, a.actor);
    groupId = g?.id;
    groupChatId = g?.chat_id;
    groupTopicId = topicNumber(g?.topic_id ?? null);
  }
  if (!target) {
    // A typed command is seen by the whole group; a button press is not.
    target = { id: chatId, title: a.chat.title, private: false, seenByGroup: !a.callback, topicId: a.topicId };
    groupChatId = chatId;
    groupTopicId = a.topicId;
    groupId = (await findGroupByChat(core.db, 'telegram', chatId))?.id;
  }

  const incoming = await incomingFor(deps, a.actor, target);
  const replies = await handle(deps.app, incoming, a.action);
  await respond(deps, replies, {
    chatId,
    inPrivate,
    groupChatId,
    groupId,
    groupTopicId,
    actsForGroup,
    user: interactionUser(a.actor),
    replyTo: inPrivate ? undefined : a.messageId,
    callback: a.callback,
  });
}

const topicNumber = (id: string | null | undefined) => (id ? Number(id) : undefined);

/** The group a private-chat command is about, as the dispatcher picks it: the chosen one, or the only one. */
async function privateContextGroup(deps: TelegramDeps, actor: Actor) {
  const { core } = deps.app;
  const person = await ensurePerson(core, 'telegram', actor.id, actor.name);
  const groups = await groupsOfPerson(core.db, person.id);
  const id = groups.find((g) => g.id === person.private_group_id)?.id ?? (groups.length === 1 ? groups[0].id : undefined);
  return id === undefined ? undefined : findGroup(core.db, id);
}
