import type { Api } from 'grammy';
import type { BotCommand } from 'grammy/types';
import { type Command, describedIn, descriptionKey } from '../../../commands/command.js';
import { LANGUAGES, type Lang } from '../../core/i18n.js';
import type { Logger } from '../../core/core.js';
import { errorInfo } from './errors.js';

// The command menu, from the registry: member commands in private and group chats, and the
// facilitator commands as well for chat administrators (Telegram's command scopes). English is
// the default; each other language we ship is set for the apps in that language (language_code).

export function menus(commands: Iterable<Command>, lang: Lang = 'en'): { members: BotCommand[]; admins: BotCommand[] } {
  const described = (c: Command) => (lang === 'en' ? undefined : describedIn(lang, descriptionKey(c.name))) ?? c.description;
  const all = [...commands].map((c) => ({ command: c.name, description: described(c).slice(0, 256), access: c.access }));
  const strip = ({ command, description }: BotCommand) => ({ command, description });
  return {
    members: all.filter((c) => c.access !== 'facilitator').map(strip),
    admins: all.map(strip),
  };
}

export async function registerMenus(api: Api, commands: Iterable<Command>, log: Logger): Promise<boolean> {
  const list = [...commands];
  try {
    await Promise.all(
      LANGUAGES.flatMap((lang) => {
        const { members, admins } = menus(list, lang);
        const language = lang === 'en' ? {} : { language_code: lang };
        return [
          api.setMyCommands(members, language),
          api.setMyCommands(members, { scope: { type: 'all_private_chats' }, ...language }),
          api.setMyCommands(members, { scope: { type: 'all_group_chats' }, ...language }),
          api.setMyCommands(admins, { scope: { type: 'all_chat_administrators' }, ...language }),
        ];
      }),
    );
    return true;
  } catch (err) {
    log.warn(errorInfo(err), 'telegram: command menu not registered (commands still work)');
    return false;
  }
}
