import type { Group, Member, Person } from '../src/db/schema.js';
import type { Core, Platform } from '../src/core/core.js';
import type { Form, Reply } from '../src/core/reply.js';

// The platform-neutral command contract. One definition serves Discord, Telegram and the console.

export type Access = 'anyone' | 'member' | 'facilitator';

export interface OptionDef {
  name: string;
  description: string;
  type: 'string' | 'integer';
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
}

export type Args = Record<string, string | number | undefined>;

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
  options: OptionDef[];
  /** Plain-text arguments (Telegram, console) when the default split does not fit. */
  parseText?(text: string): Args;
  run(ctx: CommandContext, args: Args): Promise<Reply[]>;
  choices?: ChoiceHandler;
  forms?: FormHandler;
}

/** Default plain-text parsing: words in option order; a `rest` option takes the remainder. */
export function parseArgs(command: Command, text: string): Args {
  if (command.parseText) return command.parseText(text);
  const args: Args = {};
  let remaining = text.trim();
  for (const opt of command.options) {
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

export const str = (v: string | number | undefined): string => (v === undefined ? '' : String(v).trim());
