/** The Bot API methods the fake answers. Each handler returns `result` or throws an ApiError. */
import type { ChatMember, Message } from 'grammy/types';
import { ApiError, ERR, badRequest } from './errors.js';
import type { FakeTelegram } from './fake.js';
import { plainText } from './formatting.js';
import { bool, json, num, str, type Params, type UploadedFile } from './http.js';
import { checkMarkup, type Markup } from './markup.js';
import { pngSize } from '../png.js';
import type { ChatState } from './model.js';

export type Handler = (p: Params, files: Record<string, UploadedFile>, signal: AbortSignal) => unknown;

export interface BotCommand {
  command: string;
  description: string;
}

const MAX_TEXT = 4096;
const MAX_CAPTION = 1024;

/** Key under which setMyCommands stores a list: scope (canonical JSON) + language. */
export function commandsKey(scope: unknown, language?: string): string {
  const s = (json<Record<string, unknown>>(scope) ?? { type: 'default' }) as Record<string, unknown>;
  const canonical = JSON.stringify(Object.fromEntries(Object.entries(s).sort(([a], [b]) => a.localeCompare(b))));
  return `${canonical}|${language ?? ''}`;
}

export function createMethods(fake: FakeTelegram): Record<string, Handler> {
  const { world } = fake;

  const chatFor = (p: Params): ChatState => {
    const state = world.resolveChat(p.chat_id);
    world.assertCanAct(state);
    return state;
  };

  const checkText = (text: string, parseMode: string | undefined, max: number, tooLong: () => ApiError) => {
    const plain = plainText(text, parseMode);
    if (plain.length > max) throw tooLong();
    return plain;
  };

  const replyTarget = (state: ChatState, p: Params): Message | undefined => {
    const params = json<{ message_id?: number; allow_sending_without_reply?: boolean }>(p.reply_parameters);
    const id = num(params?.message_id) ?? num(p.reply_to_message_id);
    if (id === undefined) return undefined;
    const target = world.findMessage(state, id);
    if (target) {
      const { reply_to_message: _nested, ...flat } = target as Message & { reply_to_message?: unknown };
      return flat as Message;
    }
    if (params?.allow_sending_without_reply || bool(p.allow_sending_without_reply)) return undefined;
    throw badRequest('message to be replied not found');
  };

  const rateLimit = (state: ChatState) => {
    const verdict = fake.limiter?.take(state.chat.id, state.chat.type === 'private' ? 'private' : 'group');
    if (verdict && !verdict.ok) throw ERR.tooMany(verdict.retryAfter);
  };

  /** Only inline keyboards stay attached to a message. */
  const attached = (markup: Markup | undefined) => (markup && 'inline_keyboard' in markup ? { reply_markup: markup } : {});

  const editable = (p: Params): { state: ChatState; message: Message } => {
    if (p.inline_message_id !== undefined) throw badRequest('inline messages are not supported by the fake');
    const state = chatFor(p);
    const message = world.findMessage(state, num(p.message_id));
    if (!message) throw badRequest('message to edit not found');
    if (message.from?.id !== world.bot.id) throw badRequest("message can't be edited");
    return { state, message };
  };

  const notModified = () =>
    badRequest(
      'message is not modified: specified new message content and reply markup are exactly the same as a content and reply markup of the current message',
    );

  const getUpdates: Handler = (p, _files, signal) => {
    if (fake.webhookUrl) {
      throw new ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
    }
    return fake.queue.get(
      { offset: num(p.offset), limit: num(p.limit), timeout: num(p.timeout), allowed_updates: json<string[]>(p.allowed_updates) },
      signal,
    );
  };

  /**
   * message_thread_id: a topic of a forum supergroup (an unknown one is refused, as Telegram does).
   * A reply to a message in a topic goes to that topic.
   */
  const topicOf = (state: ChatState, p: Params, replyTo: Message | undefined): Partial<Message> => {
    const given = num(p.message_thread_id);
    if (given !== undefined && !state.topics?.has(given)) throw badRequest('message thread not found');
    const thread = given ?? (replyTo?.is_topic_message ? replyTo.message_thread_id : undefined);
    return thread !== undefined ? { message_thread_id: thread, is_topic_message: true } : {};
  };

  const sendMessage: Handler = (p) => {
    const state = chatFor(p);
    const text = str(p.text) ?? '';
    const parseMode = str(p.parse_mode);
    const plain = checkText(text, parseMode, MAX_TEXT, ERR.tooLong);
    if (plain.trim() === '') throw ERR.textEmpty();
    const markup = checkMarkup(p.reply_markup);
    const replyTo = replyTarget(state, p);
    const topic = topicOf(state, p, replyTo);
    rateLimit(state);
    const message = world.addMessage(state, {
      from: world.bot,
      text: plain,
      ...topic,
      ...(replyTo ? { reply_to_message: replyTo } : {}),
      ...attached(markup),
    } as Partial<Message>);
    fake.recordSent({ method: 'sendMessage', chat_id: state.chat.id, message_id: message.message_id, text, plain, parse_mode: parseMode, reply_markup: markup, reply_to_message_id: replyTo?.message_id, message });
    return message;
  };

  /** sendDocument and sendPhoto: an uploaded file (multipart, `attach://` or its own part) or a file_id sent before. */
  const sendFile = (kind: 'document' | 'photo', p: Params, files: Record<string, UploadedFile>) => {
    const state = chatFor(p);
    const ref = p[kind];
    const file = files[kind] ?? (typeof ref === 'string' && ref.startsWith('attach://') ? files[ref.slice('attach://'.length)] : undefined);
    if (!file && (typeof ref !== 'string' || ref === '' || ref.startsWith('attach://'))) {
      throw badRequest(`there is no ${kind} in the request`);
    }
    const caption = str(p.caption);
    const parseMode = str(p.parse_mode);
    const plainCaption = caption === undefined ? undefined : checkText(caption, parseMode, MAX_CAPTION, ERR.captionTooLong);
    const markup = checkMarkup(p.reply_markup);
    const replyTo = replyTarget(state, p);
    const topic = topicOf(state, p, replyTo);
    const attached_ = kind === 'photo' ? { photo: file ? photoSizes(file, fake.nextFileId()) : [{ file_id: String(ref), file_unique_id: `AgADref${fake.nextFileId()}`, width: 0, height: 0 }] } : undefined;
    rateLimit(state);
    const n = fake.nextFileId();
    const document = file
      ? { file_id: `BQACAgfake${n}`, file_unique_id: `AgADfake${n}`, file_name: file.name, mime_type: file.type || 'application/octet-stream', file_size: file.data.length }
      : { file_id: String(ref), file_unique_id: `AgADref${n}` };
    const message = world.addMessage(state, {
      from: world.bot,
      ...(attached_ ?? { document }),
      ...topic,
      ...(plainCaption !== undefined ? { caption: plainCaption } : {}),
      ...(replyTo ? { reply_to_message: replyTo } : {}),
      ...attached(markup),
    } as Partial<Message>);
    fake.recordSent({
      method: kind === 'photo' ? 'sendPhoto' : 'sendDocument', chat_id: state.chat.id, message_id: message.message_id, caption, plain: plainCaption, parse_mode: parseMode, reply_markup: markup,
      reply_to_message_id: replyTo?.message_id, document: { file_name: file?.name, mime_type: file?.type, size: file?.data.length ?? 0, data: file?.data, file_id: document.file_id }, message,
    });
    return message;
  };
  const sendDocument: Handler = (p, files) => sendFile('document', p, files);
  const sendPhoto: Handler = (p, files) => sendFile('photo', p, files);

  const editMessageText: Handler = (p) => {
    const { state, message } = editable(p);
    const text = str(p.text) ?? '';
    const parseMode = str(p.parse_mode);
    const plain = checkText(text, parseMode, MAX_TEXT, ERR.tooLong);
    if (plain.trim() === '') throw ERR.textEmpty();
    const markup = checkMarkup(p.reply_markup);
    if (plain === message.text && JSON.stringify(markup) === JSON.stringify(message.reply_markup)) throw notModified();
    const edited = Object.assign(message, { text: plain, edit_date: world.date }) as Message;
    if (markup && 'inline_keyboard' in markup) Object.assign(edited, { reply_markup: markup });
    else delete (edited as { reply_markup?: unknown }).reply_markup;
    fake.edits.push({ method: 'editMessageText', chat_id: state.chat.id, message_id: message.message_id, text, parse_mode: parseMode, reply_markup: markup });
    return edited;
  };

  const editMessageReplyMarkup: Handler = (p) => {
    const { state, message } = editable(p);
    const markup = checkMarkup(p.reply_markup);
    if (JSON.stringify(markup) === JSON.stringify(message.reply_markup)) throw notModified();
    if (markup && 'inline_keyboard' in markup) Object.assign(message, { reply_markup: markup, edit_date: world.date });
    else delete (message as { reply_markup?: unknown }).reply_markup;
    fake.edits.push({ method: 'editMessageReplyMarkup', chat_id: state.chat.id, message_id: message.message_id, reply_markup: markup });
    return message;
  };

  const deleteMessage: Handler = (p) => {
    const state = chatFor(p);
    const message = world.findMessage(state, num(p.message_id));
    if (!message) throw badRequest('message to delete not found');
    const own = message.from?.id === world.bot.id;
    if (state.chat.type !== 'private' && !own && state.botStatus !== 'administrator') throw badRequest("message can't be deleted");
    state.messages.splice(state.messages.indexOf(message), 1);
    fake.deleted.push({ chat_id: state.chat.id, message_id: message.message_id });
    return true;
  };

  const answerCallbackQuery: Handler = (p) => {
    const id = str(p.callback_query_id) ?? '';
    const pending = fake.callbackQueries.get(id);
    if (!pending || pending.answered || fake.now() - pending.at > fake.callbackQueryTtlMs) throw ERR.queryTooOld();
    pending.answered = true;
    fake.callbackAnswers.push({ callback_query_id: id, text: str(p.text), show_alert: bool(p.show_alert), url: str(p.url), data: pending.query.data });
    return true;
  };

  /** Group lookups answer 403 once the bot is out; a private chat is readable while the user exists. */
  const readableChat = (p: Params): ChatState => {
    const state = world.resolveChat(p.chat_id);
    if (state.chat.type !== 'private') world.assertCanAct(state);
    return state;
  };

  const getChatAdministrators: Handler = (p) => {
    const state = readableChat(p);
    if (state.chat.type === 'private') throw badRequest('there are no administrators in the private chat');
    const ids = [...new Set([...(state.creator !== undefined ? [state.creator] : []), ...state.admins])];
    const admins: ChatMember[] = ids.map((id) => world.memberStatus(state, id));
    if (state.botStatus === 'administrator') admins.push(world.botMember('administrator'));
    return admins;
  };

  const leaveChat: Handler = (p) => {
    const state = readableChat(p);
    if (state.chat.type === 'private') throw badRequest("chat member status can't be changed in private chats");
    fake.changeBotStatus(state, 'left', world.bot);
    return true;
  };

  const setMyCommands: Handler = (p) => {
    const commands = json<BotCommand[]>(p.commands);
    if (!Array.isArray(commands)) throw badRequest('field "commands" must be an Array');
    for (const c of commands) {
      if (!/^[a-z0-9_]{1,32}$/.test(c.command ?? '')) throw badRequest('BOT_COMMAND_INVALID');
      if (!c.description || c.description.length > 256) throw badRequest('BOT_COMMAND_DESCRIPTION_INVALID');
    }
    fake.commands.set(commandsKey(p.scope, str(p.language_code)), commands.map(({ command, description }) => ({ command, description })));
    return true;
  };

  return {
    getme: () => fake.me,
    getupdates: getUpdates,
    deletewebhook: (p) => {
      fake.webhook.clear();
      if (bool(p.drop_pending_updates)) fake.queue.dropPending();
      return true;
    },
    setwebhook: (p) => {
      if (bool(p.drop_pending_updates)) fake.queue.dropPending();
      return fake.webhook.set({ url: str(p.url), secret: str(p.secret_token), allowedUpdates: json<string[]>(p.allowed_updates), maxConnections: num(p.max_connections) });
    },
    getwebhookinfo: () => fake.webhook.info(),
    setmycommands: setMyCommands,
    getmycommands: (p) => fake.commands.get(commandsKey(p.scope, str(p.language_code))) ?? [],
    deletemycommands: (p) => (fake.commands.delete(commandsKey(p.scope, str(p.language_code))), true),
    sendmessage: sendMessage,
    senddocument: sendDocument,
    sendphoto: sendPhoto,
    sendchataction: (p) => (chatFor(p), true),
    editmessagetext: editMessageText,
    editmessagereplymarkup: editMessageReplyMarkup,
    deletemessage: deleteMessage,
    answercallbackquery: answerCallbackQuery,
    getchat: (p) => ({ ...readableChat(p).chat, accent_color_id: 0, max_reaction_count: 11 }),
    getchatmember: (p) => world.memberStatus(readableChat(p), num(p.user_id) ?? NaN),
    getchatadministrators: getChatAdministrators,
    getchatmembercount: (p) => {
      const state = readableChat(p);
      return state.members.size + (['member', 'administrator'].includes(state.botStatus) ? 1 : 0);
    },
    leavechat: leaveChat,
  };
}

const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

/**
 * A photo as Telegram keeps it: the picture must be one it can read (here: a PNG), at most 10 MB,
 * width and height together at most 10,000 and a side at most 20 times the other; the sizes it
 * returns are scaled copies, the largest last.
 */
function photoSizes(file: UploadedFile, n: number): { file_id: string; file_unique_id: string; width: number; height: number; file_size?: number }[] {
  if (file.data.length > MAX_PHOTO_BYTES) throw new ApiError(413, 'Request Entity Too Large');
  const size = pngSize(file.data);
  if (!size) throw badRequest('IMAGE_PROCESS_FAILED');
  const { width, height } = size;
  if (width + height > 10_000 || Math.max(width, height) > 20 * Math.min(width, height)) throw badRequest('PHOTO_INVALID_DIMENSIONS');
  const longest = Math.max(width, height);
  const sides = [...[90, 320, 800].filter((side) => side < longest), Math.min(longest, 1280)];
  return sides.map((side, i) => {
    const k = side / longest;
    return { file_id: `AgACAgfake${n}_${i}`, file_unique_id: `AQADfake${n}_${i}`, width: Math.round(width * k), height: Math.round(height * k), file_size: Math.round(file.data.length * k * k) };
  });
}
