import { Composer, type Context } from 'grammy';
import { closestCommand } from '../../../commands/did-you-mean.js';
import { checkAnswer } from '../../../commands/forms.js';
import type { TelegramDeps } from './deps.js';
import { errorInfo } from './errors.js';
import { act } from './act.js';
import { openedPrivateChat, start } from './inbox.js';
import { actorOf, topicOf } from './incoming.js';
import { toHtml } from './render.js';
import { followKey } from './send.js';

// Typed messages: `/cmd args` and `/cmd@OurBot args` (commands for other bots are left alone),
// /start with a deep-link payload, and answers to follow-up questions (force_reply).

const COMMAND = /^\/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?:\s+([\s\S]*))?$/;

export function parseCommand(text: string): { name: string; target?: string; args: string } | null {
  const m = COMMAND.exec(text.trim());
  return m ? { name: m[1].toLowerCase(), target: m[2], args: (m[3] ?? '').trim() } : null;
}

export function messages(deps: TelegramDeps): Composer<Context> {
  const c = new Composer<Context>();
  c.on('message:text', async (ctx) => {
    const msg = ctx.message;
    const actor = actorOf(msg);
    if (!actor) return;
    const inPrivate = msg.chat.type === 'private';
    const chatId = String(msg.chat.id);
    const key = followKey(chatId, actor.numericId);
    const cmd = msg.text.startsWith('/') ? parseCommand(msg.text) : null;

    if (cmd) {
      if (cmd.target && cmd.target.toLowerCase() !== deps.botUsername().toLowerCase()) return; // another bot's
      await deps.followUps.cancel(key);
      // Added through the "add me to your group" link, Telegram says /start@bot setup in the group:
      // the hello that comes with being added has already said how to begin.
      if (!inPrivate && cmd.name === 'start') return;
      if (inPrivate && actor.person && cmd.name === 'start') {
        // A link from the group carries what was asked (/mydata, /forgetme…): carry on with it here.
        const asked = await start(deps, actor, chatId, cmd.args);
        if (asked) await act(deps, { actor, chat: msg.chat, action: { kind: 'command', name: asked.name, text: asked.text } });
        return;
      }
      // In a group, an unknown bare /command may be meant for another bot: stay quiet, unless it
      // is one slip away from one of ours (/supprt).
      if (!inPrivate && !cmd.target && !deps.app.commands.has(cmd.name) && !closestCommand(cmd.name, deps.app.commands.keys(), 1)) return;
      if (inPrivate && actor.person) await openedPrivateChat(deps, actor, chatId);
      return act(deps, { actor, chat: msg.chat, action: { kind: 'command', name: cmd.name, text: cmd.args }, messageId: msg.message_id, topicId: topicOf(msg) });
    }

    // Not a command: an answer to a follow-up question? In a group it must be a reply to the bot.
    if (!inPrivate && msg.reply_to_message?.from?.id !== deps.botId()) return;
    if (inPrivate && actor.person) await openedPrivateChat(deps, actor, chatId);
    const step = await deps.followUps.answer(key, msg.text, (formId, field, values) => checkAnswer(deps.app, formId, field, values));
    if (!step) {
      // Plain words in the private chat: the core answers (the words themselves stay here).
      if (inPrivate && actor.person) return act(deps, { actor, chat: msg.chat, action: { kind: 'text' }, messageId: msg.message_id });
      return;
    }
    if (!step.done) {
      await say(deps, chatId, step.question, msg.message_id, true, topicOf(msg));
      return;
    }
    return act(deps, { actor, chat: msg.chat, action: { kind: 'form', id: step.formId, values: step.values }, messageId: msg.message_id, actsForGroupId: step.actsForGroupId, topicId: topicOf(msg) });
  });
  return c;
}

async function say(deps: TelegramDeps, chatId: string, text: string, replyTo?: number, forceReply = false, topicId?: number): Promise<void> {
  try {
    await deps.api.sendMessage(chatId, toHtml(text), {
      parse_mode: 'HTML',
      ...(topicId !== undefined ? { message_thread_id: topicId } : {}),
      ...(replyTo ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {}),
      ...(forceReply ? { reply_markup: { force_reply: true, selective: true } } : {}),
    });
  } catch (err) {
    deps.log.warn({ chat: chatId, ...errorInfo(err) }, 'telegram: message not sent');
  }
}
