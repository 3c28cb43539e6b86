import type { Group, Member, Person } from '../src/db/schema.js';
import type { Core, Platform } from '../src/core/core.js';
import type { Form, Reply } from '../src/core/reply.js';
import { type Lang, type Words, words } from '../src/core/i18n.js';

// The platform-neutral command contract. One definition serves Discord, Telegram and the console.

export type Access = 'anyone' | 'member' | 'facilitator';

export interface OptionDef {
  name: string;
  description: string;
  /** 'user' and 'role' are pickers on Discord (a Picked arrives); in plain text a typed name. */
  type: 'string' | 'integer' | 'user' | 'role';
  required?: boolean;
  /** Fixed values (rendered as Discord choices; plain words elsewhere). */
  choices?: string[];
  min?: number;
  max?: number;
  maxLength?: number;
  /** In plain text, this option takes the rest of the line (a note, a tip, a name). */
  rest?: boolean;
  /** Discord autocomplete source. */
  autocomplete?: 'timezone' | 'topic';
  /** Holds a comma-separated list (autocomplete completes only the last item). */
  list?: boolean;
}

/** A person or role picked on the platform (Discord's User and Role options): its id there and its name. */
export interface Picked {
  id: string;
  name: string;
}

export type Args = Record<string, string | number | Picked | undefined>;

/** The Args key naming the subcommand (`/buddy avoid Sam` → { subcommand: 'avoid', who: 'Sam' }). */
export const SUBCOMMAND = 'subcommand';

/**
 * One action of a command, described once: Discord registers it as a subcommand with its own
 * typed options; in plain text (Telegram, console) it is the first word after the command.
 */
export interface Subcommand {
  name: string;
  /** One line, at most 100 characters (Discord's limit). */
  description: string;
  /** Required ones first (Discord refuses a required option after an optional one). */
  options: OptionDef[];
  /** Other first words that mean it in plain text (`/buddy yes`). */
  aliases?: string[];
  /** Stricter than the command's access (`/agreement set` is for facilitators). */
  access?: Access;
  /** Must happen in a private chat. */
  privateOnly?: boolean;
}

/** Who is asking, and where. Filled by the dispatcher from what the adapter reports. */
export interface CommandContext {
  core: Core;
  platform: Platform;
  chatId: string;
  /** The command was typed where the whole group can read it (Telegram or console group chat). */
  seenByGroup: boolean;
  inPrivateChat: boolean;
  person: Person;
  /** The group this is about: the chat's group, or in a private chat the member's chosen group. */
  group?: Group;
  /** The asker's membership of `group` (any status). */
  member?: Member;
  isFacilitator: boolean;
  /** The bot's own name on the platform (for help texts and deep links). */
  botName: string;
  /** A link that adds the bot to a group of one's own (Telegram), made by the adapter from the bot's username. */
  addToGroupLink?: string;
  /** The topic of the group chat this was typed in (a Telegram forum), if any. */
  topicId?: string;
  /** The person's language as their platform reports it, if it does. */
  locale?: string;
  /** What is said to this person: their own language (chosen, their app's, else the group's). */
  words: Words;
  /** What is said to the whole group: the group's language. */
  groupWords: Words;
}

export interface ChoiceHandler {
  access: Access;
  /** `data` is the choice id split on ':' after the command name. */
  run(ctx: CommandContext, data: string[]): Promise<Reply[]>;
}

/** What a form's check says about one answer. */
export type FieldCheck =
  | {
      ok: true;
      /** Answers offered for later fields: a follow-up question takes "-" for it ("sunday evening" → 19:00). */
      suggest?: Record<string, string>;
      /** The next question, in these words ("What time on Sunday evening?"). */
      ask?: string;
    }
  | {
      ok: false;
      /** What was wrong and how to answer; the same question is asked again. */
      problem: string;
      /** Understood so far: the next answer to this field is read after it ("tomorrow", then "10am"). */
      keep?: string;
    };

/** What a check may read: the core, and the group when the dispatcher knows it. */
export interface FormEnv {
  core: Core;
  group?: Group;
}

export interface FormHandler {
  access: Access;
  /** The form `run` offers, so a form with answers to fix can be offered again with the good ones kept. */
  form?: Form;
  /**
   * Check one answer as it is given (`values`: the answers so far, this one included). Follow-up
   * questions ask again for that one only; a whole form (a Discord modal) is checked before `run`.
   * A KindError thrown here counts as the problem.
   */
  check?(env: FormEnv, data: string[], field: string, values: Record<string, string>): FieldCheck | Promise<FieldCheck>;
  run(ctx: CommandContext, data: string[], values: Record<string, string>): Promise<Reply[]>;
}

export interface Command {
  name: string;
  /** One line, at most 100 characters (Discord's limit). */
  description: string;
  /** Plain-words usage for /help and for answers to bad input. */
  usage: string;
  access: Access;
  /** A stricter access for some arguments (e.g. `/agreement set` is for facilitators). */
  accessFor?(args: Args): Access;
  /** 'anywhere': needs no group (support, help). 'chat': a group chat not yet set up is fine (setup). */
  scope: 'anywhere' | 'chat' | 'group';
  /** Must happen in a private chat: in a group the bot offers a private link and records nothing. */
  privateOnly?(args: Args): boolean;
  /** The options of a command without subcommands ([] when it has them). */
  options: OptionDef[];
  /** Its actions. Discord cannot run such a command bare, so what works bare has a subcommand of its own (`show`). */
  subcommands?: Subcommand[];
  /** The subcommand plain text means when nothing follows the command (`/buddy` alone = show). */
  bare?: string;
  /** The subcommand plain text means when the first word names none: the whole text is its options (`/settings absence 3` = set). */
  otherwise?: string;
  /** Plain-text arguments (Telegram, console) when the default split does not fit. */
  parseText?(text: string): Args;
  run(ctx: CommandContext, args: Args): Promise<Reply[]>;
  choices?: ChoiceHandler;
  forms?: FormHandler;
}

/** Default plain-text parsing: a subcommand's name first, if it has them, then its options. */
export function parseArgs(command: Command, text: string): Args {
  if (command.parseText) return command.parseText(text);
  if (!command.subcommands) return parseOptions(command.options, text);
  const [, first, after] = /^(\S*)\s*([\s\S]*)$/.exec(text.trim())!;
  if (!first) return command.bare ? { [SUBCOMMAND]: command.bare } : {};
  const named = findSubcommand(command, first);
  if (named) return { ...parseOptions(named.options, after), [SUBCOMMAND]: named.name };
  const otherwise = command.otherwise ? findSubcommand(command, command.otherwise) : undefined;
  if (otherwise) return { ...parseOptions(otherwise.options, text), [SUBCOMMAND]: otherwise.name };
  // A word that names none: the command answers kindly with what it does know.
  return { [SUBCOMMAND]: first.toLowerCase() };
}

function findSubcommand(command: Command, word: string): Subcommand | undefined {
  const w = word.toLowerCase();
  return command.subcommands?.find((s) => s.name === w || s.aliases?.includes(w));
}

/** The subcommand these args are for, if the command has it. */
export function subcommandOf(command: Command, args: Args): Subcommand | undefined {
  const name = args[SUBCOMMAND];
  return typeof name === 'string' ? command.subcommands?.find((s) => s.name === name) : undefined;
}

/** Words in option order; a `rest` option takes the remainder. */
function parseOptions(options: readonly OptionDef[], text: string): Args {
  const args: Args = {};
  let remaining = text.trim();
  for (const opt of options) {
    if (!remaining) break;
    if (opt.rest) {
      args[opt.name] = remaining;
      remaining = '';
      break;
    }
    const m = /^(\S+)\s*([\s\S]*)$/.exec(remaining)!;
    args[opt.name] = opt.type === 'integer' && /^-?\d+$/.test(m[1]) ? Number(m[1]) : m[1];
    remaining = m[2];
  }
  return args;
}

/** An argument as text: a picked person or role by its name. */
export const str = (v: Args[string]): string => (v === undefined ? '' : typeof v === 'object' ? v.name.trim() : String(v).trim());

/**
 * A command's, subcommand's or option's description in another language, for the platforms' menus
 * (data/locales/<lang>/commands.ftl: `cmd-<command>[-<sub>][-opt-<option>]`; English there is the
 * same as the definitions here, which a test checks).
 */
export const descriptionKey = (command: string, sub?: string) => `cmd-${command}${sub ? `-${sub}` : ''}`;
export const describedIn = (lang: Lang, key: string): string | undefined => (words(lang).has(key) ? words(lang).t(key) : undefined);
