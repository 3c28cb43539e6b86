import type { Chat, Message, User } from 'grammy/types';
import type { Incoming } from '../../../commands/dispatch.js';
import type { TelegramDeps } from './deps.js';
import { startGroupLink } from './render.js';
import type { Interaction } from './respond.js';

// Who acted, as the dispatcher needs it. Anonymous admins write as GroupAnonymousBot with
// sender_chat = the group itself: they are the chat's administrators. A channel posting into
// the group is its own (non-admin) sender.

export interface Actor {
  /** Platform user id as text (a sender chat's id for anonymous admins and channels). */
  id: string;
  /** Numeric id: whose follow-up answers are awaited, and the private chat for real people. */
  numericId: number;
  name: string;
  firstName: string;
  person: boolean;
  anonymousAdmin: boolean;
  /** The language of their Telegram app (language_code), if Telegram says. */
  locale?: string;
}

export const fullName = (u: Pick<User, 'first_name' | 'last_name'>) => [u.first_name, u.last_name].filter(Boolean).join(' ').slice(0, 100) || 'Someone';

/** The actor of a message, or null for what the bot should not answer (other bots, channel auto-forwards). */
export function actorOf(msg: Message): Actor | null {
  if (msg.is_automatic_forward) return null;
  const sc = msg.sender_chat;
  if (sc) {
    const title = 'title' in sc && sc.title ? sc.title : 'Channel';
    if (sc.id === msg.chat.id) return { id: String(sc.id), numericId: msg.from?.id ?? sc.id, name: 'Group admin', firstName: 'Group admin', person: false, anonymousAdmin: true };
    return { id: String(sc.id), numericId: sc.id, name: title.slice(0, 100), firstName: title.slice(0, 100), person: false, anonymousAdmin: false };
  }
  const from = msg.from;
  if (!from || from.is_bot) return null;
  return userActor(from);
}

export const userActor = (from: User): Actor => ({
  id: String(from.id), numericId: from.id, name: fullName(from), firstName: from.first_name || 'Someone', person: true, anonymousAdmin: false,
  ...(from.language_code ? { locale: from.language_code } : {}),
});

/** The forum topic a message was written in, if any. */
export const topicOf = (msg: Pick<Message, 'is_topic_message' | 'message_thread_id'> | undefined): number | undefined =>
  msg?.is_topic_message ? msg.message_thread_id : undefined;

export const isGroupChat = (chat: Pick<Chat, 'type'>) => chat.type === 'group' || chat.type === 'supergroup';

/** The dispatcher's view of one action. `chatId` is the group chat when a private button acts for it. */
export async function incomingFor(deps: TelegramDeps, actor: Actor, chat: { id: string; title?: string; private: boolean; seenByGroup: boolean; topicId?: number }): Promise<Incoming> {
  const isChatAdmin = chat.private ? false : actor.anonymousAdmin || (actor.person && (await deps.admins.isAdmin(chat.id, actor.numericId)));
  return {
    platform: 'telegram',
    chatId: chat.id,
    chatTitle: chat.title,
    inPrivateChat: chat.private,
    // What people type in a group is seen by the group; a button press or a private chat is not.
    seenByGroup: chat.seenByGroup,
    user: { id: actor.id, name: actor.name },
    isChatAdmin,
    isFacilitatorOf: async (group) => actor.person && group.platform === 'telegram' && deps.admins.isAdminOf(group.chat_id, actor.numericId),
    botName: deps.botUsername(),
    addToGroupLink: startGroupLink(deps.botUsername()),
    ...(chat.topicId !== undefined ? { topicId: String(chat.topicId) } : {}),
    ...(actor.locale ? { locale: actor.locale } : {}),
  };
}

export const interactionUser = (a: Actor): Interaction['user'] => ({ id: a.numericId, name: a.name, firstName: a.firstName, person: a.person, ...(a.locale ? { locale: a.locale } : {}) });
