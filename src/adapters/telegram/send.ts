import { type Api, InputFile } from 'grammy';
import type { ForceReply, InlineKeyboardMarkup, Message } from 'grammy/types';
import { words } from '../../core/i18n.js';
import { type Reply, fileBytes, plain } from '../../core/reply.js';
import type { FollowUps } from '../follow-ups.js';
import type { CallbackSigner } from './callbacks.js';
import { classify } from './errors.js';
import { MAX_CAPTION, chunks, deepLink, keyboard, plainLength, toHtml } from './render.js';

// Renders one Reply into one Telegram chat: text (split if long), inline keyboard, deep-link
// button, document, picture (a photo whose caption carries its words), edit of an earlier message, or the first follow-up question of a form.

export interface SendOptions {
  /** Answer as a reply to this message of the chat (a command in a group). */
  replyTo?: number;
  /** Into this topic of a forum chat (message_thread_id). */
  topicId?: number;
  /** Buttons shown in a private chat act for this group (database id). */
  groupId?: number;
  /** Whose answers a form's follow-up questions wait for. */
  formUser?: number;
  /** A long text sent in parts: start after the parts an earlier attempt already posted ... */
  fromPart?: number;
  /** ... and record each part as it goes out (Telegram has no idempotency key to dedupe a resend). */
  onPart?(partsSent: number): Promise<void>;
}

export interface SenderDeps {
  signer: CallbackSigner;
  botUsername(): string;
  followUps: FollowUps;
  /** Before each message or edit goes out: wait for its slot in the platform's send budget. */
  beforeSend?(chatId: string): Promise<void>;
  /** The private-chat button's words in this chat's language (a group's chat: the group's). */
  privateLinkLabel?(chatId: string): Promise<string>;
  /** The chat became a supergroup: keep the group's data under the new id. */
  onMigrate?(fromChatId: string, toChatId: string): Promise<void>;
}

export const followKey = (chatId: string | number, userId: string | number) => `${chatId}/${userId}`;

export class Sender {
  constructor(
    readonly api: Api,
    private readonly deps: SenderDeps,
  ) {}

  /** Sends (or edits) and returns the id of the last message; a migrated chat is followed once. */
  async send(chatId: string | number, reply: Reply, opts: SendOptions = {}): Promise<number> {
    try {
      return await this.sendOnce(String(chatId), reply, opts);
    } catch (err) {
      const v = classify(err, 'group');
      if (v.kind === 'migrate') {
        await this.deps.onMigrate?.(String(chatId), v.toChatId);
        return this.sendOnce(v.toChatId, reply, { ...opts, replyTo: undefined });
      }
      if (v.kind === 'unchanged' && reply.edits) return Number(reply.edits.messageId);
      throw err;
    }
  }

  private markup(chatId: string, reply: Reply, opts: SendOptions, linkLabel: string): InlineKeyboardMarkup | undefined {
    const link = reply.privateLink !== undefined ? { label: linkLabel, url: deepLink(this.deps.botUsername(), reply.privateLink) } : undefined;
    return keyboard(reply.choices, (id) => this.deps.signer.encode(chatId, id, opts.groupId), link);
  }

  private async sendOnce(chatId: string, reply: Reply, opts: SendOptions): Promise<number> {
    const { api } = this;
    const linkLabel = reply.privateLink !== undefined ? ((await this.deps.privateLinkLabel?.(chatId)) ?? words('en').t('platform-open-private')) : '';
    const markup = this.markup(chatId, reply, opts, linkLabel);
    const base = { parse_mode: 'HTML' as const, link_preview_options: { is_disabled: true } };
    const replyParams = opts.replyTo ? { reply_parameters: { message_id: opts.replyTo, allow_sending_without_reply: true } } : {};
    // Every message of a reply goes to the topic (a forum chat's message_thread_id).
    const topic = opts.topicId !== undefined ? { message_thread_id: opts.topicId } : {};

    if (reply.edits) {
      await this.deps.beforeSend?.(reply.edits.chatId);
      const edited = await api.editMessageText(reply.edits.chatId, Number(reply.edits.messageId), toHtml(chunks(reply.text)[0]), {
        ...base,
        ...(markup ? { reply_markup: markup } : {}),
      });
      return typeof edited === 'object' ? edited.message_id : Number(reply.edits.messageId);
    }

    let text = reply.text;
    let forceReply: ForceReply | undefined;
    if (reply.form && opts.formUser !== undefined) {
      const key = followKey(chatId, opts.formUser);
      text = `${text}\n\n${await this.deps.followUps.start(key, reply.form, opts.groupId)}`;
      forceReply = { force_reply: true, selective: true, input_field_placeholder: reply.form.fields[0]?.label.slice(0, 64) };
    }

    if (reply.file) {
      const file = reply.file;
      const bytes = new InputFile(fileBytes(file), file.name);
      const image = file.kind === 'image';
      // A picture's caption says it in words too: with the text when both fit, else the text goes first.
      const withAlt = image && file.alt ? (text.trim() ? `${text}\n\n${plain(file.alt)}` : plain(file.alt)) : text;
      const together = plainLength(withAlt) <= MAX_CAPTION;
      const caption = together ? withAlt : image && file.alt ? plain(file.alt.slice(0, MAX_CAPTION - 1)) : '';
      if (!together) await this.sendText(chatId, text, undefined, { ...replyParams, ...topic }, base, { topic });
      await this.deps.beforeSend?.(chatId);
      const extra = {
        ...(caption.trim() ? { caption: toHtml(caption), ...base } : {}),
        ...(together ? replyParams : {}),
        ...topic,
        ...(markup ? { reply_markup: markup } : {}),
      };
      const last = image ? await api.sendPhoto(chatId, bytes, extra) : await api.sendDocument(chatId, bytes, extra);
      return last.message_id;
    }

    const last = await this.sendText(chatId, text, forceReply ?? markup, replyParams, base, { ...opts, topic });
    return last.message_id;
  }

  private async sendText(chatId: string, text: string, markup: InlineKeyboardMarkup | ForceReply | undefined, replyParams: object, base: object, opts: SendOptions & { topic?: object } = {}): Promise<Message> {
    const parts = chunks(text.trim() ? text : '…');
    let last!: Message;
    for (let i = Math.min(opts.fromPart ?? 0, parts.length - 1); i < parts.length; i++) {
      const isLast = i === parts.length - 1;
      await this.deps.beforeSend?.(chatId);
      last = await this.api.sendMessage(chatId, toHtml(parts[i]), {
        ...base,
        ...(i === 0 ? replyParams : {}),
        ...opts.topic,
        ...(isLast && markup ? { reply_markup: markup } : {}),
      });
      if (!isLast) await opts.onPart?.(i + 1);
    }
    return last;
  }
}
