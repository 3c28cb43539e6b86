import { Composer, type Context } from 'grammy';
import type { ChatMember } from 'grammy/types';
import { findGroupByChat } from '../../core/groups.js';
import { languageFor, words } from '../../core/i18n.js';
import type { TelegramDeps } from './deps.js';
import { errorInfo } from './errors.js';
import { isGroupChat } from './incoming.js';

// The bot joining, leaving and following its groups: hello and how to /setup when added; the
// group goes quiet (inactive) when the bot is removed; a supergroup upgrade keeps every row.

const isIn = (m: ChatMember) => m.status === 'member' || m.status === 'administrator' || m.status === 'creator' || (m.status === 'restricted' && m.is_member);

export function chatLife(deps: TelegramDeps): Composer<Context> {
  const c = new Composer<Context>();

  c.on('my_chat_member', async (ctx) => {
    const u = ctx.myChatMember;
    const chatId = String(u.chat.id);
    if (!isGroupChat(u.chat)) {
      if (u.chat.type === 'private' && u.new_chat_member.status === 'kicked') deps.log.info({ user: chatId }, 'telegram: a person blocked the bot');
      return;
    }
    const nowIn = isIn(u.new_chat_member);
    if (!nowIn) return deps.chatGone(chatId);
    if (isIn(u.old_chat_member)) return; // e.g. promoted to admin: nothing to say
    deps.admins.forget(chatId);
    const group = await findGroupByChat(deps.app.core.db, 'telegram', chatId);
    // A new group has no language yet: the hello is in the language of whoever added the bot.
    const w = words(languageFor(null, group ? null : u.from.language_code, group?.language));
    const text = group ? w.t('platform-hello-again', { zone: group.timezone }) : w.t('platform-hello-group');
    try {
      await deps.sender.send(chatId, { to: 'group', text });
    } catch (err) {
      deps.log.warn({ chat: chatId, ...errorInfo(err) }, 'telegram: hello not sent');
    }
  });

  c.on('message:migrate_to_chat_id', (ctx) => deps.chatMoved(String(ctx.chat.id), String(ctx.message.migrate_to_chat_id)));
  c.on('message:migrate_from_chat_id', (ctx) => deps.chatMoved(String(ctx.message.migrate_from_chat_id), String(ctx.chat.id)));
  return c;
}
