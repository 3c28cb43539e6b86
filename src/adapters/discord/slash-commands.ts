import {
  type APIApplicationCommandBasicOption,
  type APIInteractionDataResolvedGuildMember,
  type APIInteractionGuildMember,
  ApplicationCommandOptionType,
  type ChatInputCommandInteraction,
  GuildMember,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { type Args, type Command, type OptionDef, type Picked, SUBCOMMAND, describedIn, descriptionKey } from '../../../commands/command.js';
import type { Lang } from '../../core/i18n.js';

// The neutral command definitions as Discord slash commands.
//
// A command with subcommands registers each as a subcommand (type 1) with its own options, typed
// and required as defined, so Discord itself asks for what is missing. A command's own options
// (no subcommands) are registered optional: each command answers missing input kindly (it must,
// for Telegram's plain text), and commands with a form open it as a modal when given nothing.
// Facilitator commands are hidden from members by default (Manage Server); a server can
// grant them to a role in its Integrations settings, and the dispatcher checks again at run time.

export type SlashJson = RESTPostAPIChatInputApplicationCommandsJSONBody;

const NAME = /^[-_a-z0-9]{1,32}$/;
const clip = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

export function slashDefinitions(commands: readonly Command[]): SlashJson[] {
  return commands.map(slashDefinition);
}

/**
 * Descriptions in the other languages Discord has a locale for (Polish; Discord has no Welsh, so
 * Welsh speakers see the English). Names stay the same everywhere: people share them.
 */
function localized(key: string): { description_localizations?: Record<string, string> } {
  const found = Object.entries(DISCORD_LOCALES).flatMap(([locale, lang]) => {
    const text = describedIn(lang, key);
    return text ? [[locale, clip(text, 100)]] : [];
  });
  return found.length ? { description_localizations: Object.fromEntries(found) } : {};
}
const DISCORD_LOCALES: Record<string, Lang> = { pl: 'pl' };

export function slashDefinition(command: Command): SlashJson {
  if (!NAME.test(command.name)) throw new Error(`command name "${command.name}" is not a valid Discord name`);
  return {
    name: command.name,
    description: clip(command.description, 100),
    ...localized(descriptionKey(command.name)),
    options: command.subcommands
      ? command.subcommands.slice(0, 25).map((sub) => {
          if (!NAME.test(sub.name)) throw new Error(`subcommand name "${sub.name}" is not a valid Discord name`);
          const key = descriptionKey(command.name, sub.name);
          return { type: ApplicationCommandOptionType.Subcommand, name: sub.name, description: clip(sub.description, 100), ...localized(key), options: sub.options.slice(0, 25).map((o) => optionJson(o, true, key)) };
        })
      : command.options.slice(0, 25).map((o) => optionJson(o, false, descriptionKey(command.name))),
    default_member_permissions: command.access === 'facilitator' ? PermissionFlagsBits.ManageGuild.toString() : null,
    // 0: servers, 1: the bot's DMs (private check-ins, /mydata, /forgetme).
    contexts: [0, 1],
    integration_types: [0],
  };
}

type OptionJson = APIApplicationCommandBasicOption;

/** `asDefined`: required as the definition says (a subcommand's options), else optional. */
function optionJson(o: OptionDef, asDefined: boolean, parentKey: string): OptionJson {
  if (!NAME.test(o.name)) throw new Error(`option name "${o.name}" is not a valid Discord name`);
  const base = { name: o.name, description: clip(o.description, 100), ...localized(`${parentKey}-opt-${o.name}`), required: asDefined && !!o.required };
  if (o.type === 'user') return { ...base, type: ApplicationCommandOptionType.User };
  if (o.type === 'role') return { ...base, type: ApplicationCommandOptionType.Role };
  if (o.type === 'integer') {
    return {
      ...base,
      type: ApplicationCommandOptionType.Integer,
      ...(o.choices ? { choices: o.choices.slice(0, 25).map((c) => ({ name: c, value: Number(c) })) } : {}),
      ...(o.min !== undefined ? { min_value: o.min } : {}),
      ...(o.max !== undefined ? { max_value: o.max } : {}),
    };
  }
  return {
    ...base,
    type: ApplicationCommandOptionType.String,
    ...(o.choices ? { choices: o.choices.slice(0, 25).map((c) => ({ name: clip(c, 100), value: c.slice(0, 100) })) } : {}),
    ...(!o.choices && o.autocomplete ? { autocomplete: true } : {}),
    ...(o.maxLength !== undefined ? { max_length: Math.min(o.maxLength, 6000) } : {}),
  } as OptionJson;
}

/** The options of the subcommand used (or the command's own), and its name. */
export function optionsUsed(command: Command, sub: string | null): { options: readonly OptionDef[]; subcommand?: string } {
  if (!command.subcommands) return { options: command.options };
  const found = command.subcommands.find((s) => s.name === sub);
  return found ? { options: found.options, subcommand: found.name } : { options: [] };
}

/**
 * Typed interaction options back into the neutral Args. A picked user or role becomes its id and
 * the name people see; @everyone (its id is the server's) means no role in particular.
 */
export function argsFromInteraction(command: Command, i: ChatInputCommandInteraction): Args {
  const used = optionsUsed(command, i.options.getSubcommand(false));
  const args: Args = used.subcommand ? { [SUBCOMMAND]: used.subcommand } : {};
  for (const o of used.options) {
    const v = o.type === 'integer' ? i.options.getInteger(o.name)
      : o.type === 'user' ? pickedUser(i, o.name)
      : o.type === 'role' ? pickedRole(i, o.name)
      : i.options.getString(o.name);
    if (v !== null && v !== undefined) args[o.name] = v;
  }
  return args;
}

function pickedUser(i: ChatInputCommandInteraction, name: string): Picked | null {
  const user = i.options.getUser(name);
  if (!user) return null;
  return { id: user.id, name: serverNick(i.options.getMember(name)) || user.globalName || user.username };
}

/** The name someone has in this server, if any: discord.js's GuildMember, or Discord's raw member. */
export function serverNick(member: GuildMember | APIInteractionDataResolvedGuildMember | APIInteractionGuildMember | null): string | null {
  if (!member) return null;
  return member instanceof GuildMember ? member.nickname : (member.nick ?? null);
}

function pickedRole(i: ChatInputCommandInteraction, name: string): Picked | null {
  const role = i.options.getRole(name);
  if (!role) return null;
  return role.id === i.guildId ? { id: 'none', name: 'none' } : { id: role.id, name: role.name };
}

/**
 * Only the fields we set, with Discord's defaults filled in: two definitions are the same
 * command when these match (what `npm run register` compares before writing anything).
 */
export function normalise(defs: readonly Record<string, any>[]): string {
  const opt = (o: any): any => ({
    type: o.type,
    name: o.name,
    description: o.description ?? '',
    description_localizations: o.description_localizations ?? null,
    required: !!o.required,
    choices: (o.choices ?? []).map((c: any) => ({ name: c.name, value: c.value })),
    min_value: o.min_value ?? null,
    max_value: o.max_value ?? null,
    max_length: o.max_length ?? null,
    autocomplete: !!o.autocomplete,
    options: (o.options ?? []).map(opt),
  });
  const cmd = (d: any) => ({
    name: d.name,
    description: d.description ?? '',
    description_localizations: d.description_localizations ?? null,
    options: (d.options ?? []).map(opt),
    default_member_permissions: d.default_member_permissions ?? null,
    contexts: d.contexts ? [...d.contexts].sort() : null,
    integration_types: d.integration_types ? [...d.integration_types].sort() : [0],
    nsfw: !!d.nsfw,
  });
  return JSON.stringify([...defs].map(cmd).sort((a, b) => a.name.localeCompare(b.name)));
}
