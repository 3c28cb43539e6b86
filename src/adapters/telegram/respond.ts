import { findGroupByChat } from '../../core/groups.js';
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
  user: { id: number; name: string; firstName: string; /** false for anonymous admins and channels */ person: boolean };
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
  if (held || unstored) {
    const who = it.callback ? `${it.user.firstName}, ` : '';
    const text = held
      ? `${who}I have a private reply for you. Tap below to open our private chat and press Start to see it.`
      : `${who}I'd like to answer you privately. Tap below to open our private chat, press Start, then send that again there.`;
    await sendTo(it.chatId, { to: 'group', text, privateLink: groupId ? `g${groupId}` : 'start' }, { replyTo: it.replyTo });
  }
  if (anonymousNote) {
    await sendTo(it.chatId, {
      to: 'group',
      text: "I can't write privately to an anonymous admin. Please send that from your own account, or to me in a private chat.",
      privateLink: groupId ? `g${groupId}` : 'start',
    }, { replyTo: it.replyTo });
  }
  if (it.callback) {
    const text = alert.length ? alert.join('\n\n') : dmSent ? 'I sent you a private message.' : held ? 'Tap the button in the group to open our private chat.' : undefined;
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
