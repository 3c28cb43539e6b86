/** The fake's world: users, chats, memberships and the messages in each chat. */
import type { Chat, ChatMember, Message, MessageEntity, User } from 'grammy/types';
import { ERR, forbidden } from './errors.js';

export type UserRef = User | number;
export type ChatRef = Chat | number;
export type BotStatus = 'member' | 'administrator' | 'left' | 'kicked';

/** Telegram's stand-in author for anonymous group admins. */
export const GROUP_ANONYMOUS_BOT: User = {
  id: 1087968824,
  is_bot: true,
  first_name: 'Group',
  username: 'GroupAnonymousBot',
};

export interface UserState {
  user: User;
  /** Has pressed Start (or otherwise written to the bot): the bot may message them. */
  started: boolean;
  blocked: boolean;
}

export interface ChatState {
  chat: Chat;
  creator?: number;
  admins: Set<number>;
  members: Set<number>;
  botStatus: BotStatus;
  migratedTo?: number;
  messages: Message[];
  nextMessageId: number;
  /** A forum supergroup's topics (message_thread_id → name). */
  topics?: Map<number, string>;
}

export interface NewUser {
  first_name?: string;
  last_name?: string;
  username?: string;
  language_code?: string;
  is_bot?: boolean;
}

export interface NewGroup {
  title?: string;
  type?: 'group' | 'supergroup';
  username?: string;
  /** The first admin is the creator unless `creator` is given. */
  admins?: UserRef[];
  members?: UserRef[];
  creator?: UserRef;
  /** The bot's own status; it is a plain member by default. */
  bot?: BotStatus;
  /** A supergroup with topics (`is_forum`). */
  forum?: boolean;
}

export const idOf = (ref: UserRef | ChatRef): number => (typeof ref === 'number' ? ref : ref.id);

export class World {
  readonly users = new Map<number, UserState>();
  readonly chats = new Map<number, ChatState>();
  private nextUserId = 700_000_001;
  private nextGroupId = 4_000_001;

  constructor(
    readonly bot: User,
    private readonly clock: () => number,
  ) {}

  get date(): number {
    return Math.floor(this.clock() / 1000);
  }

  addUser(opts: NewUser = {}): User {
    const id = this.nextUserId++;
    const user: User = {
      id,
      is_bot: opts.is_bot ?? false,
      first_name: opts.first_name ?? `User${id % 1000}`,
      ...(opts.last_name ? { last_name: opts.last_name } : {}),
      ...(opts.username ? { username: opts.username } : {}),
      language_code: opts.language_code ?? 'en',
    };
    this.users.set(id, { user, started: false, blocked: false });
    return user;
  }

  userState(ref: UserRef): UserState {
    const state = this.users.get(idOf(ref));
    if (!state) throw new Error(`fake telegram: unknown user ${idOf(ref)}`);
    return state;
  }

  /** A user's private chat with the bot (its id is the user's id). */
  privateChat(ref: UserRef): ChatState {
    const { user } = this.userState(ref);
    let state = this.chats.get(user.id);
    if (!state) {
      const chat: Chat = {
        id: user.id,
        type: 'private',
        first_name: user.first_name,
        ...(user.last_name ? { last_name: user.last_name } : {}),
        ...(user.username ? { username: user.username } : {}),
      };
      state = { chat, admins: new Set(), members: new Set([user.id]), botStatus: 'member', messages: [], nextMessageId: 1 };
      this.chats.set(user.id, state);
    }
    return state;
  }

  addGroup(opts: NewGroup = {}): ChatState {
    const n = this.nextGroupId++;
    const type = opts.type ?? 'group';
    const id = type === 'supergroup' ? -(1_000_000_000_000 + n) : -n;
    const title = opts.title ?? `Group ${n}`;
    const chat: Chat =
      type === 'supergroup'
        ? { id, type, title, ...(opts.username ? { username: opts.username } : {}), ...(opts.forum ? { is_forum: true } : {}) }
        : { id, type, title };
    const admins = (opts.admins ?? []).map(idOf);
    const creator = opts.creator !== undefined ? idOf(opts.creator) : admins[0];
    const members = new Set([...admins, ...(opts.members ?? []).map(idOf)]);
    if (creator !== undefined) members.add(creator);
    for (const id of members) this.userState(id);
    const state: ChatState = {
      chat,
      creator,
      admins: new Set(creator === undefined ? admins : [...admins, creator]),
      members,
      botStatus: opts.bot ?? 'member',
      messages: [],
      nextMessageId: 1,
      ...(opts.forum ? { topics: new Map<number, string>() } : {}),
    };
    this.chats.set(id, state);
    return state;
  }

  chatState(ref: ChatRef): ChatState {
    const state = this.chats.get(idOf(ref));
    if (state) return state;
    if (this.users.has(idOf(ref))) return this.privateChat(idOf(ref));
    throw new Error(`fake telegram: unknown chat ${idOf(ref)}`);
  }

  /** Resolves a Bot API chat_id (number or @username) the way the server would, or throws 400. */
  resolveChat(chatId: unknown): ChatState {
    if (typeof chatId === 'string' && chatId.startsWith('@')) {
      const name = chatId.slice(1).toLowerCase();
      for (const s of this.chats.values()) if ('username' in s.chat && s.chat.username?.toLowerCase() === name) return s;
      throw ERR.chatNotFound();
    }
    const id = typeof chatId === 'number' ? chatId : Number(chatId);
    if (!Number.isSafeInteger(id)) throw ERR.chatNotFound();
    const state = this.chats.get(id);
    if (state) return state;
    if (this.users.has(id)) return this.privateChat(id);
    throw ERR.chatNotFound();
  }

  /** Throws the 400/403 Telegram gives when the bot may not act in this chat. */
  assertCanAct(state: ChatState): void {
    if (state.migratedTo !== undefined) throw ERR.migrated(state.migratedTo);
    if (state.chat.type === 'private') {
      const user = this.userState(state.chat.id);
      if (user.blocked) throw ERR.blocked();
      if (!user.started) throw ERR.cantInitiate();
      return;
    }
    const kind = state.chat.type === 'group' ? 'group' : 'supergroup';
    if (state.botStatus === 'kicked') throw forbidden(`bot was kicked from the ${kind} chat`);
    if (state.botStatus === 'left') throw forbidden(`bot is not a member of the ${kind} chat`);
  }

  /** Stores a new message in a chat, giving it the chat's next message_id. */
  addMessage(state: ChatState, fields: Partial<Message> & { from?: User }): Message {
    const message = {
      message_id: state.nextMessageId++,
      date: this.date,
      chat: state.chat,
      ...fields,
    } as Message;
    state.messages.push(message);
    return message;
  }

  findMessage(state: ChatState, messageId: number | undefined): Message | undefined {
    return state.messages.find((m) => m.message_id === messageId);
  }

  memberStatus(state: ChatState, userId: number): ChatMember {
    if (userId === this.bot.id) return this.botMember(state.botStatus);
    const user = this.users.get(userId)?.user;
    if (!user) throw ERR.userNotFound();
    if (state.creator === userId) return { status: 'creator', user, is_anonymous: false };
    if (state.admins.has(userId)) return adminMember(user);
    if (state.members.has(userId)) return { status: 'member', user };
    return { status: 'left', user };
  }

  botMember(status: BotStatus): ChatMember {
    const user = this.bot;
    if (status === 'administrator') return adminMember(user);
    if (status === 'kicked') return { status: 'kicked', user, until_date: 0 };
    return { status, user };
  }
}

function adminMember(user: User): ChatMember {
  return {
    status: 'administrator',
    user,
    can_be_edited: false,
    is_anonymous: false,
    can_manage_chat: true,
    can_delete_messages: true,
    can_manage_video_chats: true,
    can_restrict_members: true,
    can_promote_members: false,
    can_change_info: true,
    can_invite_users: true,
    can_post_stories: false,
    can_edit_stories: false,
    can_delete_stories: false,
    can_pin_messages: true,
    can_send_welcome_messages: false,
  } as ChatMember;
}

/** bot_command at offset 0 (`/cmd` or `/cmd@Bot`) and @mentions, as Telegram marks them. */
export function entitiesFor(text: string): MessageEntity[] | undefined {
  const entities: MessageEntity[] = [];
  const command = /^\/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]{3,32})?/.exec(text);
  if (command) entities.push({ type: 'bot_command', offset: 0, length: command[0].length });
  for (const m of text.matchAll(/(?<![\w/])@[A-Za-z0-9_]{5,32}/g)) {
    if (command && m.index! < command[0].length) continue;
    entities.push({ type: 'mention', offset: m.index!, length: m[0].length });
  }
  return entities.length > 0 ? entities : undefined;
}
