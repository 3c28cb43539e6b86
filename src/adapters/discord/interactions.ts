import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Client,
  type GuildMember,
  type Interaction,
  MessageFlags,
  type ModalSubmitInteraction,
  PermissionFlagsBits,
  Routes,
  type StringSelectMenuInteraction,
} from 'discord.js';
import { type Action, type App, type Incoming, handle } from '../../../commands/dispatch.js';
import { type Logger, loggableError } from '../../core/core.js';
import { languageFor, words } from '../../core/i18n.js';
import { groupsOfPerson } from '../../core/members.js';
import { type Form, type Reply, toPrivate } from '../../core/reply.js';
import type { Group } from '../../db/schema.js';
import { timezoneSuggestions, topicSuggestions } from './autocomplete.js';
import { type CustomIds, FORM_OPEN_PREFIX, MENU_ID } from './custom-ids.js';
import { NO_MENTIONS } from './delivery.js';
import { claimHeld, hold, markSent } from '../../core/outbox.js';
import { findPerson } from '../../core/members.js';
import { type FormStore, type RenderedMessage, attachmentsOf, renderModal, renderReply } from './render.js';
import { argsFromInteraction, optionsUsed, serverNick } from './slash-commands.js';

// Interactions in, Replies out. Every interaction is answered within Discord's 3 seconds: the
// work runs, and if it is not done after `ackAfterMs` the interaction is deferred and the answer
// edited in when it is ready. Private replies are ephemeral in a server.

/** What the adapter itself says to the person acting, in their Discord language if we speak it. */
const said = (i: { locale?: string }, key: string) => words(languageFor(null, i.locale, null)).t(key);
export const STALE = words('en').t('platform-stale-button');

export interface InteractionDeps {
  app: App;
  client: Client;
  ids: CustomIds;
  forms: FormStore;
  log: Logger;
  /** Defer when the answer is not ready after this long (Discord allows 3,000 ms in all). */
  ackAfterMs: number;
  /** Something may have been queued in the outbox (the schedule's worker can drain it now). */
  afterInteraction?(): void;
}

type Acting = ChatInputCommandInteraction | ButtonInteraction | StringSelectMenuInteraction | ModalSubmitInteraction;
/** `groupId`: the group a button or form in a DM was signed for. */
type Decided = { action: Action; groupId?: number } | { answer: string } | { modal: Form; groupId?: number };

export class InteractionHandler {
  private readonly inflight = new Map<string, Promise<void>>();
  private readonly done: string[] = [];

  constructor(private readonly deps: InteractionDeps) {}

  /** The client's InteractionCreate listener: never throws, never blocks the gateway. */
  onInteraction = (i: Interaction): void => {
    const p = this.run(i).finally(() => {
      this.inflight.delete(i.id);
      this.done.push(i.id);
      if (this.done.length > 1000) this.done.splice(0, 500);
    });
    this.inflight.set(i.id, p);
  };

  /** Resolves once the interaction with this id has been fully answered (for tests and shutdown). */
  async settled(id: string): Promise<boolean> {
    const p = this.inflight.get(id);
    if (p) await p;
    return !!p || this.done.includes(id);
  }

  async idle(): Promise<void> {
    while (this.inflight.size) await Promise.allSettled([...this.inflight.values()]);
  }

  private async run(i: Interaction): Promise<void> {
    const started = Date.now();
    try {
      if (i.isAutocomplete()) return await this.autocomplete(i);
      if (!(i.isChatInputCommand() || i.isButton() || i.isStringSelectMenu() || i.isModalSubmit())) return;
      await this.act(i);
      this.deps.log.debug({ interaction: i.id, type: i.type, guild: i.guildId, channel: i.channelId, ms: Date.now() - started }, 'interaction answered');
    } catch (err) {
      this.deps.log.error(
        { err: loggableError(err), interaction: i.id, type: i.type, command: i.isCommand() ? i.commandName : undefined, guild: i.guildId, channel: i.channelId, user: i.user.id },
        'interaction failed',
      );
      if (i.isRepliable()) await this.sorry(i).catch(() => {});
    }
  }

  private async sorry(i: Acting | Interaction): Promise<void> {
    if (!i.isRepliable()) return;
    const body = { content: said(i, 'platform-sorry'), flags: MessageFlags.Ephemeral as const };
    if (i.replied || i.deferred) await i.followUp(body);
    else await i.reply(body);
  }

  private async act(i: Acting): Promise<void> {
    const decided = this.decide(i);
    if ('answer' in decided) {
      await i.reply({ content: decided.answer, flags: MessageFlags.Ephemeral });
      await this.releaseHeld(i);
      return;
    }
    const signed = i.inGuild() ? undefined : decided.groupId;
    if ('modal' in decided) {
      if (i.isModalSubmit()) throw new Error('a modal cannot open a modal');
      await i.showModal(renderModal(decided.modal, { ids: this.deps.ids, owner: i.user.id, group: signed }));
      return;
    }
    // In a DM, what this is about: the group the pressed button was signed for, else the chosen one.
    const group = i.inGuild() ? undefined : (signed ?? (await this.chosenGroup(i.user.id)));
    const work = handle(this.deps.app, this.incoming(i, signed), decided.action);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), this.deps.ackAfterMs)));
    const first = await Promise.race([work, late]).finally(() => clearTimeout(timer));
    if (first !== 'late') {
      const showedModal = await this.respond(i, first, group);
      if (!showedModal) await this.releaseHeld(i);
    } else {
      // Not ready: acknowledge now (only the asker sees "thinking"), answer when it is.
      const inPlace = this.updatesInPlace(i);
      if (inPlace) await (i as ButtonInteraction).deferUpdate();
      else await i.deferReply({ flags: i.inGuild() ? MessageFlags.Ephemeral : undefined });
      await this.respondDeferred(i, await work, inPlace, group);
      await this.releaseHeld(i);
    }
    this.deps.afterInteraction?.();
  }

  /** What this interaction asks for, or a polite answer when its custom id is not one of ours. */
  private decide(i: Acting): Decided {
    if (i.isChatInputCommand()) {
      const command = this.deps.app.commands.get(i.commandName);
      return { action: { kind: 'command', name: i.commandName, args: command ? argsFromInteraction(command, i) : {} } };
    }
    const d = this.deps.ids.decode(i.customId);
    if (!d.ok) {
      this.deps.log.warn({ interaction: i.id, user: i.user.id, why: d.why }, 'custom id refused');
      return { answer: said(i, 'platform-stale-button') };
    }
    if (d.owner && d.owner !== i.user.id) return { answer: said(i, 'platform-not-yours') };
    const groupId = d.groupId;
    if (i.isModalSubmit()) {
      const values: Record<string, string> = {};
      for (const [id, f] of i.fields.fields) if ('value' in f && typeof f.value === 'string') values[id] = f.value;
      return { action: { kind: 'form', id: d.id, values }, groupId };
    }
    if (i.isStringSelectMenu()) {
      const v = d.id === MENU_ID ? this.deps.ids.decode(i.values[0] ?? '') : null;
      if (!v?.ok || v.owner !== d.owner || v.groupId !== groupId) return { answer: said(i, 'platform-stale-button') };
      return { action: { kind: 'choice', id: v.id }, groupId };
    }
    if (d.id.startsWith(FORM_OPEN_PREFIX)) {
      const form = this.deps.forms.get(d.id.slice(FORM_OPEN_PREFIX.length), this.deps.app.commands);
      return form ? { modal: form, groupId } : { answer: said(i, 'platform-stale-button') };
    }
    return { action: { kind: 'choice', id: d.id }, groupId };
  }

  private incoming(i: Acting, actsForGroupId?: number): Incoming {
    const inGuild = i.inGuild();
    const m = i.member;
    // A cached guild gives a GuildMember; otherwise Discord's raw member, whose roles are ids.
    const roles = m ? (Array.isArray(m.roles) ? m.roles : roleIds(m as GuildMember)).filter((r) => r !== i.guildId) : undefined;
    const channel = i.channel;
    return {
      platform: 'discord',
      chatId: i.channelId!,
      chatTitle: channel && 'name' in channel && channel.name ? channel.name : undefined,
      inPrivateChat: !inGuild,
      seenByGroup: false,
      ...(actsForGroupId !== undefined ? { actsForGroupId } : {}),
      user: { id: i.user.id, name: displayName(i) },
      isChatAdmin: inGuild && !!i.memberPermissions?.has(PermissionFlagsBits.ManageGuild),
      roles,
      isFacilitatorOf: (group) => this.facilitatorOf(group, i.user.id),
      botName: this.deps.client.user?.username ?? 'bot',
      locale: i.locale,
    };
  }

  /** In a DM: does this person manage the server of the group's channel, or hold its facilitator role? */
  private async facilitatorOf(group: Group, userId: string): Promise<boolean> {
    try {
      const channel = await this.deps.client.channels.fetch(group.chat_id);
      if (!channel || !('guild' in channel) || !channel.guild) return false;
      const member = await channel.guild.members.fetch(userId);
      return member.permissions.has(PermissionFlagsBits.ManageGuild) || (!!group.facilitator_role && roleIds(member).includes(group.facilitator_role));
    } catch {
      return false;
    }
  }

  /**
   * A press on an answer only the presser can see (ephemeral, or an answer in their DMs) updates
   * that answer. Messages the bot sent on its own (a buddy introduction in a DM) stay as they are.
   */
  private updatesInPlace(i: Acting): boolean {
    if (!(i.isButton() || i.isStringSelectMenu())) return false;
    if (i.inGuild()) return !!i.message.flags?.has(MessageFlags.Ephemeral);
    return !!i.message.webhookId; // interaction answers come through the application's webhook
  }

  /** In a DM: the group the person chose for typed commands, or their only group (as the dispatcher picks it). */
  private async chosenGroup(userId: string): Promise<number | undefined> {
    const { db } = this.deps.app.core;
    const person = await findPerson(db, 'discord', userId);
    if (!person) return undefined;
    const groups = await groupsOfPerson(db, person.id);
    return (groups.find((g) => g.id === person.private_group_id) ?? (groups.length === 1 ? groups[0] : undefined))?.id;
  }

  private render(reply: Reply, userId: string, group?: number): RenderedMessage[] {
    const { ids, forms, app } = this.deps;
    return renderReply(reply, { ids, forms, commands: app.commands, owner: reply.to === 'private' ? userId : '', group: reply.to === 'private' ? group : undefined });
  }

  /** First answer (nothing acknowledged yet). Returns true when a modal was shown. */
  private async respond(i: Acting, replies: Reply[], group?: number): Promise<boolean> {
    // A command's form opens straight away; one offered after a button press waits behind a ✏️ button.
    const withForm = replies.find((r) => r.form);
    if (withForm?.form && i.isChatInputCommand()) {
      await i.showModal(renderModal(withForm.form, { ids: this.deps.ids, owner: i.user.id, group }));
      return true;
    }
    if (!replies.length) replies = [toPrivate(said(i, 'platform-done'))];
    const inGuild = i.inGuild();
    const inPlace = this.updatesInPlace(i) ? replies.find((r) => r.to === 'private') : undefined;
    const ordered = inPlace ? [inPlace, ...replies.filter((r) => r !== inPlace)] : replies;
    let acked = false;
    for (const reply of ordered) {
      if (reply.to === 'group' && !inGuild) {
        await this.postToGroupFromDm(reply, i.user.id, group);
        continue;
      }
      const flags = reply.to === 'private' && inGuild ? MessageFlags.Ephemeral : undefined;
      for (const piece of this.render(reply, i.user.id, group)) {
        const body = messageBody(piece);
        if (!acked && reply === inPlace) await (i as ButtonInteraction).update(body);
        else if (!acked) await i.reply({ ...body, flags });
        else await i.followUp({ ...body, flags });
        acked = true;
      }
    }
    if (!acked) await i.reply({ content: said(i, 'platform-done'), flags: inGuild ? MessageFlags.Ephemeral : undefined });
    return false;
  }

  /** After deferring: the first private answer fills the placeholder, the rest follow. */
  private async respondDeferred(i: Acting, replies: Reply[], inPlace: boolean, group?: number): Promise<void> {
    const inGuild = i.inGuild();
    const firstPrivate = replies.find((r) => r.to === 'private' || !inGuild);
    const ordered = firstPrivate ? [firstPrivate, ...replies.filter((r) => r !== firstPrivate)] : replies;
    let filled = false;
    for (const reply of ordered) {
      if (reply.to === 'group' && !inGuild) {
        await this.postToGroupFromDm(reply, i.user.id, group);
        continue;
      }
      if (!filled) {
        // The placeholder is private: a group answer can only follow once it is filled in.
        if (reply.to === 'group') await i.editReply(inPlace ? { components: [] } : { content: said(i, 'platform-done') });
        filled = true;
        if (reply.to === 'group') {
          for (const piece of this.render(reply, i.user.id)) await i.followUp(messageBody(piece));
          continue;
        }
        const [head, ...tail] = this.render(reply, i.user.id, group);
        await i.editReply(messageBody(head));
        for (const piece of tail) await i.followUp({ ...messageBody(piece), flags: inGuild ? MessageFlags.Ephemeral : undefined });
        continue;
      }
      const flags = reply.to === 'private' && inGuild ? MessageFlags.Ephemeral : undefined;
      for (const piece of this.render(reply, i.user.id, group)) await i.followUp({ ...messageBody(piece), flags });
    }
    if (!filled) await i.editReply(inPlace ? { components: [] } : { content: said(i, 'platform-done') });
  }

  /** A group announcement caused in a DM (a note shared from the private chat) goes to the channel of the group it was about. */
  private async postToGroupFromDm(reply: Reply, userId: string, groupId: number | undefined): Promise<void> {
    const { db } = this.deps.app.core;
    if (groupId === undefined) return;
    const chat = await db.selectFrom('groups').select(['chat_id', 'active', 'platform']).where('id', '=', groupId).executeTakeFirst();
    if (chat?.platform !== 'discord' || !chat.active) return;
    for (const piece of this.render(reply, userId)) {
      const body = { content: piece.content, components: piece.components, allowed_mentions: NO_MENTIONS, ...attachmentsOf(piece) };
      await this.deps.client.rest.post(Routes.channelMessages(chat.chat_id), { body, files: piece.files.length ? piece.files : undefined });
    }
  }

  /** Messages that waited because their DMs were closed: shown now, only to them. */
  private async releaseHeld(i: Acting): Promise<void> {
    const { core } = this.deps.app;
    const person = await findPerson(core.db, 'discord', i.user.id);
    if (!person) return;
    const held = await claimHeld(core.db, person.id, core.clock.now());
    for (const item of held) {
      try {
        let first: string | undefined;
        for (const piece of this.render({ ...item.reply, to: 'private' }, i.user.id, item.groupId)) {
          const msg = await i.followUp({ ...messageBody(piece), flags: i.inGuild() ? MessageFlags.Ephemeral : undefined });
          first ??= msg.id;
        }
        await markSent(core.db, item.id, first ?? 'ephemeral', core.clock.now());
        core.log.info({ outbox: item.id, interaction: i.id, outcome: 'shown' }, 'held message shown ephemerally');
      } catch (err) {
        await hold(core.db, item.id, `could not show: ${loggableError(err).type}`);
        core.log.warn({ outbox: item.id, interaction: i.id, err: loggableError(err) }, 'held message not shown');
      }
    }
  }

  private async autocomplete(i: AutocompleteInteraction): Promise<void> {
    const focused = i.options.getFocused(true);
    const command = this.deps.app.commands.get(i.commandName);
    const def = command && optionsUsed(command, i.options.getSubcommand(false)).options.find((o) => o.name === focused.name);
    let choices: { name: string; value: string }[] = [];
    try {
      if (def?.autocomplete === 'timezone') choices = timezoneSuggestions(String(focused.value));
      else if (def?.autocomplete === 'topic') {
        choices = await topicSuggestions(this.deps.app.core.db, { chatId: i.channelId!, userId: i.inGuild() ? undefined : i.user.id }, String(focused.value), !!def.list);
      }
    } catch (err) {
      this.deps.log.warn({ interaction: i.id, err: loggableError(err) }, 'autocomplete failed');
    }
    await i.respond(choices.slice(0, 25));
  }
}

function messageBody(piece: RenderedMessage) {
  return {
    content: piece.content,
    components: piece.components,
    files: piece.files.map((f) => ({ attachment: f.data, name: f.name, ...(f.description ? { description: f.description } : {}) })),
    allowedMentions: { parse: [] },
  };
}

/** The member's role ids, through discord.js's public role manager (the guild's roles stay cached through GUILD_ROLE_* events). */
function roleIds(member: GuildMember): string[] {
  return [...member.roles.cache.keys()];
}

function displayName(i: Acting): string {
  return serverNick(i.member) || i.user.globalName || i.user.username;
}
