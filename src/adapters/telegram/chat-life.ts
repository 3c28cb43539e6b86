import { Composer, type Context } from 'grammy';
import type { ChatMember } from 'grammy/types';
import { findGroupByChat } from '../../core/groups.js';
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
    const text = group
      ? `Hello again! Everything from before is still here. A group admin can send /setup to switch me back on, for example: /setup ${group.timezone} sunday 19:00`
      : [
          "Hello, everyone! I'm here to help this group keep its weekly rhythm: a check-in each week, buddies, shared tips and meetups, and /support with helplines for hard moments.",
          'A group admin can set me up with /setup, for example: /setup Europe/London sunday 19:00 Tuesday Parents',
          "I only see commands and replies to my messages, never your conversations.",
        ].join('\n\n');
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
