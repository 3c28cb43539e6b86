import { Composer, type Context } from 'grammy';
import { languageFor, words } from '../../core/i18n.js';
import type { TelegramDeps } from './deps.js';
import { act } from './act.js';
import { errorInfo } from './errors.js';
import { openedPrivateChat } from './inbox.js';
import { topicOf, userActor } from './incoming.js';

// Inline button presses. The data is checked before anything happens: forged, altered or
// malformed data gets a polite answer and never an action. A button acts for whoever pressed it.
// Every callback query is answered exactly once.

/** An old, forged or altered button: said in the presser's Telegram language, if we speak it. */
const stale = (languageCode?: string) => words(languageFor(null, languageCode, null)).t('platform-stale-button');

export function presses(deps: TelegramDeps): Composer<Context> {
  const c = new Composer<Context>();
  c.on('callback_query', async (ctx) => {
    const q = ctx.callbackQuery;
    let answered = false;
    const answer = async (text?: string, alert = false) => {
      if (answered) return;
      answered = true;
      try {
        await ctx.answerCallbackQuery(text ? { text: text.slice(0, 200), show_alert: alert } : undefined);
      } catch (err) {
        deps.log.warn({ user: String(q.from.id), ...errorInfo(err) }, 'telegram: callback query not answered');
      }
    };
    try {
      const msg = q.message;
      const decoded = msg ? deps.signer.decode(msg.chat.id, q.data) : null;
      if (!msg || !decoded || q.from.is_bot) {
        deps.log.warn({ user: String(q.from.id), chat: msg ? String(msg.chat.id) : undefined }, 'telegram: button data refused (forged, altered or stale)');
        return await answer(stale(q.from.language_code));
      }
      const actor = userActor(q.from);
      const inPrivate = msg.chat.type === 'private';
      if (inPrivate) await openedPrivateChat(deps, actor, String(msg.chat.id));
      await act(deps, {
        actor,
        chat: msg.chat,
        action: { kind: 'choice', id: decoded.id },
        callback: { answer },
        actsForGroupId: inPrivate ? decoded.groupId : undefined,
        topicId: 'is_topic_message' in msg ? topicOf(msg) : undefined,
      });
    } finally {
      await answer();
    }
  });
  return c;
}
