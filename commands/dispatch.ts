import type { Group, Person } from '../src/db/schema.js';
import { type Core, KindError, type Platform, loggableError } from '../src/core/core.js';
import type { CommandOutcome } from '../src/core/metrics.js';
import { findGroup, findGroupByChat } from '../src/core/groups.js';
import { type Words, languageFor, words, groupWords as groupWordsOf } from '../src/core/i18n.js';
import { choosePrivateGroup, ensurePerson, findMember, groupsOfPerson, isActive, markSeen, rememberDmChat } from '../src/core/members.js';
import { type Reply, bold, plain, toGroup, toPrivate } from '../src/core/reply.js';
import { type Access, type Args, type Command, type CommandContext, parseArgs, subcommandOf } from './command.js';
import { answerPlainWords } from './free-text.js';
import { linkableCommand, privateLinkFor } from './private-links.js';
import { offerChangedAgreement, refusal } from './shared.js';
import { runForm } from './forms.js';
import { closestCommand } from './did-you-mean.js';

/** What an adapter reports about who acted and where. */
export interface Incoming {
  platform: Platform;
  chatId: string;
  chatTitle?: string;
  inPrivateChat: boolean;
  /** The command text is visible to the whole group (Telegram or console group chat). */
  seenByGroup: boolean;
  /**
   * In a private chat: a button or form the bot signed for this group (database id) acts on it,
   * not on the group the person chose for typed commands (a gentle check-in from group A pressed
   * by someone whose private choice is B).
   */
  actsForGroupId?: number;
  user: { id: string; name: string };
  /** The platform says this person administers this chat (Telegram admin, Discord Manage Server, console :admin). */
  isChatAdmin: boolean;
  /** Discord role ids of the person in this guild. */
  roles?: string[];
  /** In a private chat: is this person a facilitator of the group's chat? The adapter asks its platform. */
  isFacilitatorOf?(group: Group): Promise<boolean>;
  botName: string;
  /** A link that adds the bot to a group of one's own, where the platform has one (Telegram `?startgroup=`). */
  addToGroupLink?: string;
  /** The topic of the group chat this was typed in (a Telegram forum's message_thread_id). */
  topicId?: string;
  /** The person's language as their platform reports it (Telegram language_code, Discord locale). */
  locale?: string;
}

export type Action =
  | { kind: 'command'; name: string; text?: string; args?: Args }
  | { kind: 'choice'; id: string }
  | { kind: 'form'; id: string; values: Record<string, string> }
  /** Plain words in a private chat (not a command, not an answer to a question): the words stay with the adapter. */
  | { kind: 'text' };

export interface App {
  core: Core;
  commands: ReadonlyMap<string, Command>;
}

const PICK_GROUP = 'grp';

/** The words for this person as far as dispatch has found out (their choice, their app, their group): a failure is still said in them. */
interface Said {
  words: Words;
}

/** Run one command, button press or form for one person: access checks in one place. */
export async function handle(app: App, incoming: Incoming, action: Action): Promise<Reply[]> {
  const { core } = app;
  const t0 = performance.now();
  let outcome: CommandOutcome = 'ok';
  const said: Said = { words: words(languageFor(null, incoming.locale, null)) };
  try {
    return await dispatch(app, incoming, action, said);
  } catch (err) {
    if (err instanceof KindError) {
      outcome = 'declined';
      return [toPrivate(err.userMessage, { inPlace: true })];
    }
    outcome = 'error';
    core.log.error({ err: loggableError(err), platform: incoming.platform, chat: incoming.chatId, action: action.kind, name: actionName(action) }, 'command failed');
    return [toPrivate(said.words.t('dispatch-sorry'), { inPlace: true })];
  } finally {
    core.metrics?.command(incoming.platform, countedName(app, action), action.kind, outcome, (performance.now() - t0) / 1000);
  }
}

/** The name counted for operators: one of the bot's own commands, never what someone typed. */
function countedName(app: App, action: Action): string {
  const name = actionName(action).toLowerCase();
  if (action.kind === 'text') return 'text';
  if (action.kind === 'choice' && name === PICK_GROUP) return 'pick_group';
  return app.commands.has(name) ? name : 'unknown';
}

function actionName(action: Action): string {
  if (action.kind === 'text') return 'text';
  return action.kind === 'command' ? action.name : action.id.split(':')[0];
}

async function dispatch(app: App, incoming: Incoming, action: Action, said: Said): Promise<Reply[]> {
  const { core } = app;
  const person = await ensurePerson(core, incoming.platform, incoming.user.id, incoming.user.name);
  said.words = words(languageFor(person.language, incoming.locale, null));
  const oldButton = () => [toPrivate(said.words.t('dispatch-old-button'), { inPlace: true })];
  if (incoming.inPrivateChat && person.dm_chat_id !== incoming.chatId) await rememberDmChat(core.db, person.id, incoming.chatId);

  if (action.kind === 'text') return incoming.inPrivateChat ? answerPlainWords(core, person, incoming.locale) : [];

  const name = actionName(action).toLowerCase();
  if (action.kind === 'choice' && name === PICK_GROUP) return pickGroup(app, person, action.id, incoming.locale);

  const command = app.commands.get(name);
  if (!command) {
    if (action.kind !== 'command') return oldButton();
    const near = closestCommand(name, app.commands.keys());
    const w = said.words;
    const guess = near ? ` ${w.t('dispatch-did-you-mean', { near })}` : '';
    return [toPrivate(`${w.t('dispatch-unknown', { name: plain(name.slice(0, 32)) })}${guess} ${w.t('dispatch-see-help')}`, { inPlace: true })];
  }

  const args: Args = action.kind === 'command' ? (action.args ?? parseArgs(command, action.text ?? '')) : {};
  const access: Access =
    action.kind === 'choice' ? command.choices?.access ?? command.access
    : action.kind === 'form' ? command.forms?.access ?? command.access
    : command.accessFor?.(args) ?? subcommandOf(command, args)?.access ?? command.access;
  if ((action.kind === 'choice' && !command.choices) || (action.kind === 'form' && !command.forms))
    return oldButton();

  // Which group is this about?
  let group: Group | undefined;
  if (!incoming.inPrivateChat) {
    group = await findGroupByChat(core.db, incoming.platform, incoming.chatId);
    if (group && !group.active && command.scope === 'group') group = undefined;
  } else if (command.scope === 'chat') {
    return [toPrivate(said.words.t('dispatch-in-group-chat', { command: command.name }), { inPlace: true })];
  } else if (incoming.actsForGroupId !== undefined) {
    const signed = await findGroup(core.db, incoming.actsForGroupId);
    if (signed?.platform === incoming.platform && signed.active) group = signed;
    // Never fall back to another group: that is how a press landed in the wrong one.
    else if (command.scope === 'group') return oldButton();
  } else {
    const resolved = await privateGroup(app, person.id, person.private_group_id, command.scope === 'group', said.words);
    if ('ask' in resolved) return resolved.ask;
    group = resolved.group;
  }
  if (!group && command.scope === 'group') return [toPrivate(said.words.t(incoming.inPrivateChat ? 'dispatch-no-group' : 'dispatch-not-set-up'), { inPlace: true })];
  // From here on, what is said follows the group too (when the person has no language of their own).
  said.words = words(languageFor(person.language, incoming.locale, group?.language));
  const groupWords = groupWordsOf(group?.language);

  const member = group ? await findMember(core.db, group.id, person.id) : undefined;
  const isFacilitator = group ? await facilitatorCheck(incoming, group, member?.facilitator === 1) : incoming.isChatAdmin;

  if (access === 'facilitator' && !isFacilitator) return [refusal(said.words, 'facilitator')];
  // A changed agreement never holds a member back: it is offered once, after (see below).
  if (access === 'member' && !isActive(member)) return [refusal(said.words, 'member', group?.name)];

  const privateOnly = command.privateOnly?.(args) || subcommandOf(command, args)?.privateOnly;
  if (action.kind === 'command' && privateOnly && incoming.seenByGroup) {
    // The link carries the command (never who asked): Start in the private chat carries on there.
    const linked = linkableCommand(command.name, args);
    const next = linked ? groupWords.t('dispatch-go-private-start') : groupWords.t('dispatch-go-private-send', { command: command.name });
    return [toGroup(`${groupWords.t('dispatch-go-private')} ${next}`, { privateLink: privateLinkFor(linked, group?.id) })];
  }

  if (isActive(member)) await markSeen(core, member.id);

  const ctx: CommandContext = {
    core,
    platform: incoming.platform,
    chatId: incoming.chatId,
    seenByGroup: incoming.seenByGroup,
    inPrivateChat: incoming.inPrivateChat,
    person,
    group,
    member,
    isFacilitator,
    botName: incoming.botName,
    addToGroupLink: incoming.addToGroupLink,
    topicId: incoming.topicId,
    locale: incoming.locale,
    words: said.words,
    groupWords,
  };
  const replies = await run(command, ctx, action, args);
  if (access === 'member' && isActive(member) && !NO_OFFER_AFTER.has(command.name)) {
    const offer = await offerChangedAgreement(core, said.words, group!, member);
    if (offer) return [...replies, offer];
  }
  return replies;
}

/** Someone leaving or taking a break is not handed something to read. */
const NO_OFFER_AFTER = new Set(['leave', 'away']);

function run(command: Command, ctx: CommandContext, action: Exclude<Action, { kind: 'text' }>, args: Args): Promise<Reply[]> {
  if (action.kind === 'command') return command.run(ctx, args);
  const data = action.id.split(':').slice(1);
  if (action.kind === 'choice') return command.choices!.run(ctx, data);
  return runForm(command.forms!, ctx, action.id, action.values);
}

async function facilitatorCheck(incoming: Incoming, group: Group, namedInConsole: boolean): Promise<boolean> {
  if (namedInConsole) return true;
  if (group.facilitator_role && incoming.roles?.includes(group.facilitator_role)) return true;
  if (!incoming.inPrivateChat && group.chat_id === incoming.chatId) return incoming.isChatAdmin;
  return (await incoming.isFacilitatorOf?.(group)) ?? false;
}

/** In a private chat: the group chosen earlier, the only group, or a question. */
async function privateGroup(app: App, personId: number, chosen: number | null, needed: boolean, w: Words): Promise<{ group?: Group } | { ask: Reply[] }> {
  const groups = await groupsOfPerson(app.core.db, personId);
  const picked = groups.find((g) => g.id === chosen) ?? (groups.length === 1 ? groups[0] : undefined);
  if (picked) return { group: picked };
  if (groups.length === 0 || !needed) return {};
  return {
    ask: [
      toPrivate(w.t('dispatch-which-group'), {
        choices: groups.slice(0, 25).map((g) => ({ id: `${PICK_GROUP}:${g.id}`, label: g.name.slice(0, 80) })),
      }),
    ],
  };
}

async function pickGroup(app: App, person: Person, id: string, locale: string | undefined): Promise<Reply[]> {
  const groupId = Number(id.split(':')[1]);
  const groups = await groupsOfPerson(app.core.db, person.id);
  const g = groups.find((x) => x.id === groupId);
  if (!g) return [toPrivate(words(languageFor(person.language, locale, null)).t('dispatch-not-your-group'), { inPlace: true })];
  await choosePrivateGroup(app.core.db, person.id, g.id);
  return [toPrivate(words(languageFor(person.language, locale, g.language)).t('dispatch-group-picked', { group: bold(g.name) }))];
}
