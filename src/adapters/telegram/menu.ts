import type { Api } from 'grammy';
import type { BotCommand } from 'grammy/types';
import type { Command } from '../../../commands/command.js';
import type { Logger } from '../../core/core.js';
import { errorInfo } from './errors.js';

// The command menu, from the registry: member commands in private and group chats, and the
// facilitator commands as well for chat administrators (Telegram's command scopes).

export function menus(commands: Iterable<Command>): { members: BotCommand[]; admins: BotCommand[] } {
  const all = [...commands].map((c) => ({ command: c.name, description: c.description.slice(0, 256), access: c.access }));
  const strip = ({ command, description }: BotCommand) => ({ command, description });
  return {
    members: all.filter((c) => c.access !== 'facilitator').map(strip),
    admins: all.map(strip),
  };
}

export async function registerMenus(api: Api, commands: Iterable<Command>, log: Logger): Promise<boolean> {
  const { members, admins } = menus(commands);
  try {
    await Promise.all([
      api.setMyCommands(members),
      api.setMyCommands(members, { scope: { type: 'all_private_chats' } }),
      api.setMyCommands(members, { scope: { type: 'all_group_chats' } }),
      api.setMyCommands(admins, { scope: { type: 'all_chat_administrators' } }),
    ]);
    return true;
  } catch (err) {
    log.warn(errorInfo(err), 'telegram: command menu not registered (commands still work)');
    return false;
  }
}
