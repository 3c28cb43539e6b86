import { findGroup, findGroupByChat } from '../../core/groups.js';
import { languageFor, words, groupWords } from '../../core/i18n.js';
import { ensurePerson } from '../../core/members.js';
import { enqueue, hold } from '../../core/outbox.js';
import { type Reply, toPlainText } from '../../core/reply.js';
import type { TelegramDeps } from './deps.js';
import { cannotReachPerson, classify, errorInfo, replyNotSent } from './errors.js';
import { MAX_ALERT } from './render.js';

// Where each Reply of one interaction goes. Group replies into the group; private replies into the
// private chat, or after a button press in the group as an alert only the presser sees; a private
// reply with nothing secret (inPlace) may answer in the group. A private reply that Telegram will
// not deliver (the person never started the bot) is stored and held, and the group gets a short
// note with a deep-link button that reveals nothing.

export interface Interaction {
  /** The chat the person acted in. */
  chatId: string;
  inPrivate: boolean;
  /** Where `to: 'group'` replies go (the group chat, also for a button pressed privately for it). */
  groupChatId?: string;
  /** ... and in which forum topic: where the command was typed, or the group's own topic. */
  groupTopicId?: number;
  /** The group (database id) this is about, if known: for holding replies and private buttons. */
  groupId?: number;
  /** A button in a private chat acting for a group: private buttons keep acting for it. */
  actsForGroup?: boolean;
  user: { id: number; name: string; firstName: string; /** false for anonymous admins and channels */ person: boolean; /** their Telegram app's language */ locale?: string };
  /** The person's command message, answered in place as a reply to it. */
  replyTo?: number;
  callback?: { answer(text?: string, alert?: boolean): Promise<void> };
}

const alertable = (r: Reply) => !r.choices?.length && !r.file && !r.form && !r.edits && r.privateLink === undefined;

export async function respond(deps: TelegramDeps, replies: Reply[], it: Interaction): Promise<void> {
  const { sender, log } = deps;
  const alert: string[] = [];
  let dmFailed = false;
  let dmSent = false;
  let held = 0;
  let unstored = false;
  let anonymousNote = false;
  const formUser = it.user.id;

  const sendTo = async (chatId: string, r: Reply, opts: { replyTo?: number; groupId?: number }) => {
    try {
      await sender.send(chatId, r, { ...opts, formUser, topicId: chatId === it.groupChatId ? it.groupTopicId : undefined });
    } catch (err) {
      log.warn({ chat: chatId, ...errorInfo(err) }, replyNotSent(err));
      if (chatId !== it.chatId || !it.inPrivate) {
        if (classify(err, 'group').kind === 'gone') await deps.chatGone(chatId);
      }
    }
  };

  for (const r of replies) {
    if (r.to === 'group') {
      await sendTo(it.groupChatId ?? it.chatId, r, {});
    } else if (it.inPrivate) {
      await sendTo(it.chatId, r, { groupId: it.actsForGroup ? it.groupId : undefined });
    } else if (it.callback && alertable(r) && [...alert, toPlainText(r.text)].join('\n\n').length <= MAX_ALERT) {
      alert.push(toPlainText(r.text));
    } else if (r.inPlace) {
      await sendTo(it.chatId, r, { replyTo: it.replyTo });
    } else if (!it.user.person) {
      anonymousNote = true;
    } else {
      if (!dmFailed) {
        try {
          await sender.send(String(it.user.id), r, { groupId: it.groupId, formUser });
          dmSent = true;
          continue;
        } catch (err) {
          if (!cannotReachPerson(err)) {
            log.warn({ user: String(it.user.id), ...errorInfo(err) }, replyNotSent(err, 'private reply'));
            continue;
          }
          dmFailed = true;
        }
      }
      if (r.optional) continue;
      if (await holdReply(deps, it, r)) held++;
      else unstored = true;
    }
  }

  const groupId = it.groupId;
  // Notes in the group are in the group's language; a pop-up for the presser in theirs (read only when one is needed).
  const groupLanguage = async () => (groupId !== undefined ? await findGroup(deps.app.core.db, groupId) : await findGroupByChat(deps.app.core.db, 'telegram', it.chatId))?.language;
  const toGroupWords = async () => groupWords(await groupLanguage());
  const toPerson = async () => words(languageFor(null, it.user.locale, await groupLanguage()));
  if (held || unstored) {
    const who = it.callback ? `${it.user.firstName}, ` : '';
    const text = (await toGroupWords()).t(held ? 'platform-held-reply' : 'platform-answer-privately', { who });
    await sendTo(it.chatId, { to: 'group', text, privateLink: groupId ? `g${groupId}` : 'start' }, { replyTo: it.replyTo });
  }
  if (anonymousNote) {
    await sendTo(it.chatId, { to: 'group', text: (await toGroupWords()).t('platform-anonymous-admin'), privateLink: groupId ? `g${groupId}` : 'start' }, { replyTo: it.replyTo });
  }
  if (it.callback) {
    const text = alert.length ? alert.join('\n\n') : dmSent ? (await toPerson()).t('platform-sent-privately') : held ? (await toPerson()).t('platform-tap-in-group') : undefined;
    await it.callback.answer(text, alert.length > 0);
  }
}

/** Store a private reply for later: queued for the person and held until they open the private chat. */
async function holdReply(deps: TelegramDeps, it: Interaction, r: Reply): Promise<boolean> {
  const { core } = deps.app;
  const groupId = it.groupId ?? (await findGroupByChat(core.db, 'telegram', it.chatId))?.id;
  if (!groupId) return false;
  const person = await ensurePerson(core, 'telegram', String(it.user.id), it.user.name);
  const now = core.clock.now();
  const idemKey = `reply:${person.id}:${now.getTime()}:${core.ids.token()}`;
  await core.db.transaction().execute(async (trx) => {
    await enqueue(trx, { idemKey, groupId, kind: 'reply', audience: 'person', personId: person.id, reply: { ...r, to: 'private' }, notBefore: now, now });
    const row = await trx.selectFrom('outbox').select('id').where('idem_key', '=', idemKey).executeTakeFirstOrThrow();
    await hold(trx, row.id, 'the person has not started the bot yet');
  });
  deps.log.info({ person: person.id, group: groupId }, 'telegram: private reply held until the person opens the private chat');
  return true;
}
