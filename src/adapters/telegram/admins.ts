import type { Api } from 'grammy';
import type { Logger } from '../../core/core.js';
import { errorInfo } from './errors.js';

// Facilitators on Telegram are the chat's administrators. getChatAdministrators is cached for a
// short while per chat (one call a minute at most, however busy the group); in a private chat,
// "is this person a facilitator of that group?" asks getChatMember in the group's chat.

const ADMIN_STATUSES = new Set(['creator', 'administrator']);

export class AdminCache {
  private readonly admins = new Map<string, { at: number; ids: Promise<Set<number>> }>();
  private readonly members = new Map<string, { at: number; admin: Promise<boolean> }>();

  constructor(
    private readonly api: Api,
    private readonly log: Logger,
    private readonly ttlMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Is `userId` an administrator of group chat `chatId`? False when Telegram will not say. */
  async isAdmin(chatId: string | number, userId: number): Promise<boolean> {
    const key = String(chatId);
    let entry = this.admins.get(key);
    if (!entry || this.now() - entry.at > this.ttlMs) {
      const ids = this.api
        .getChatAdministrators(key)
        .then((list) => new Set(list.map((m) => m.user.id)))
        .catch((err) => {
          this.log.warn({ chat: key, ...errorInfo(err) }, 'telegram: could not list chat administrators');
          this.admins.delete(key);
          return new Set<number>();
        });
      entry = { at: this.now(), ids };
      this.admins.set(key, entry);
    }
    return (await entry.ids).has(userId);
  }

  /** For private chats: is `userId` an administrator of the group's chat? */
  async isAdminOf(groupChatId: string, userId: number): Promise<boolean> {
    const key = `${groupChatId}/${userId}`;
    let entry = this.members.get(key);
    if (!entry || this.now() - entry.at > this.ttlMs) {
      const admin = this.api
        .getChatMember(groupChatId, userId)
        .then((m) => ADMIN_STATUSES.has(m.status))
        .catch((err) => {
          this.log.warn({ chat: groupChatId, user: String(userId), ...errorInfo(err) }, 'telegram: could not look up a chat member');
          this.members.delete(key);
          return false;
        });
      entry = { at: this.now(), admin };
      this.members.set(key, entry);
    }
    return entry.admin;
  }

  /** The chat changed (bot removed, group migrated): ask again next time. */
  forget(chatId: string | number): void {
    const key = String(chatId);
    this.admins.delete(key);
    for (const k of this.members.keys()) if (k.startsWith(`${key}/`)) this.members.delete(k);
  }
}
