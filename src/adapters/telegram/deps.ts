import type { Api } from 'grammy';
import type { App } from '../../../commands/dispatch.js';
import type { Logger } from '../../core/core.js';
import type { FollowUps } from '../follow-ups.js';
import type { AdminCache } from './admins.js';
import type { CallbackSigner } from './callbacks.js';
import type { Sender } from './send.js';

/** What the Telegram adapter's parts share (built once in bot.ts). */
export interface TelegramDeps {
  app: App;
  log: Logger;
  api: Api;
  sender: Sender;
  admins: AdminCache;
  signer: CallbackSigner;
  followUps: FollowUps;
  botUsername(): string;
  botId(): number;
  /** The bot left or was removed from a group chat: nothing more is sent there. */
  chatGone(chatId: string): Promise<void>;
  /** A basic group became a supergroup. */
  chatMoved(fromChatId: string, toChatId: string): Promise<void>;
}
