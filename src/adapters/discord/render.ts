import { randomBytes } from 'node:crypto';
import { type APIActionRowComponent, type APIComponentInMessageActionRow, type APIModalInteractionResponseCallbackData, ButtonStyle, ComponentType, TextInputStyle } from 'discord.js';
import type { Command } from '../../../commands/command.js';
import { type Form, type Reply, fileBytes } from '../../core/reply.js';
import { CustomIds, FORM_OPEN_PREFIX, MENU_ID } from './custom-ids.js';
import { splitContent, toDiscordMarkdown } from './markdown.js';

// A neutral Reply as Discord message bodies: markdown content (split at 2,000 characters),
// buttons (5 a row) or a select menu when there are many choices, files as attachments, and
// forms as modals.

export const MAX_BUTTONS = 10;

export interface RenderedMessage {
  content: string;
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  /** `description`: a picture's text alternative (Discord's alt text, at most 1,024 characters). */
  files: { name: string; data: Buffer; contentType: string; description?: string }[];
}

export interface RenderContext {
  ids: CustomIds;
  /** The user a private message is for ('' on group messages). */
  owner: string;
  /** The group (database id) buttons in a DM act on; signed into their custom ids. */
  group?: number;
  commands: ReadonlyMap<string, Command>;
  forms: FormStore;
}

/** The `attachments` of a raw REST message body: each file's name and alt text, by its index. */
export const attachmentsOf = (piece: RenderedMessage) =>
  piece.files.length ? { attachments: piece.files.map((f, id) => ({ id, filename: f.name, ...(f.description ? { description: f.description } : {}) })) } : {};

/** The message bodies for one Reply: components and files go on the last piece. */
export function renderReply(reply: Reply, ctx: RenderContext): RenderedMessage[] {
  const pieces = splitContent(toDiscordMarkdown(reply.text) || '\u200b');
  const out: RenderedMessage[] = pieces.map((content) => ({ content, components: [], files: [] }));
  const last = out[out.length - 1];
  last.components = components(reply, ctx);
  const file = reply.file;
  if (file) last.files = [{ name: file.name, data: fileBytes(file), contentType: file.mime, ...(file.alt ? { description: file.alt.slice(0, 1024) } : {}) }];
  return out;
}

function components(reply: Reply, ctx: RenderContext): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  const rows: APIActionRowComponent<APIComponentInMessageActionRow>[] = [];
  const choices = (reply.choices ?? []).slice(0, 25);
  if (choices.length > MAX_BUTTONS) {
    rows.push({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.StringSelect,
          custom_id: ctx.ids.encode(MENU_ID, ctx.owner, ctx.group),
          placeholder: 'Choose one…',
          options: choices.map((c) => ({ label: c.label.slice(0, 100), value: ctx.ids.encode(c.id, ctx.owner, ctx.group) })),
        },
      ],
    });
  } else {
    for (let i = 0; i < choices.length; i += 5) {
      rows.push({
        type: ComponentType.ActionRow,
        components: choices.slice(i, i + 5).map((c, j) => ({
          type: ComponentType.Button,
          style: i + j === 0 && choices.length <= 2 ? ButtonStyle.Primary : ButtonStyle.Secondary,
          label: c.label.slice(0, 80),
          custom_id: ctx.ids.encode(c.id, ctx.owner, ctx.group),
        })),
      });
    }
  }
  // A form to fill in: offered as a button when it can't be shown straight away.
  const formButton = reply.form ? { id: ctx.forms.put(reply.form), label: '✏️ Fill in' } : extraFormButton(choices.map((c) => c.id), ctx);
  if (formButton && rows.length < 5) {
    rows.push({
      type: ComponentType.ActionRow,
      components: [{ type: ComponentType.Button, style: ButtonStyle.Secondary, label: formButton.label, custom_id: ctx.ids.encode(`${FORM_OPEN_PREFIX}${formButton.id}`, ctx.owner, ctx.group) }],
    });
  }
  return rows;
}

/**
 * Choices of a command that also takes a form (check-in moods): Discord adds a button that opens
 * the command's options as a modal, so a note can be written without leaving the message.
 */
function extraFormButton(choiceIds: string[], ctx: RenderContext): { id: string; label: string } | null {
  if (!choiceIds.length) return null;
  const name = choiceIds[0].split(':')[0];
  if (!choiceIds.every((id) => id.split(':')[0] === name)) return null;
  const command = ctx.commands.get(name);
  const rest = command?.options.find((o) => o.rest && o.type === 'string');
  if (!command?.forms || !rest) return null;
  return { id: `${name}:options`, label: rest.name === 'note' ? '✏️ Add a note' : '✏️ Write it out' };
}

/** A command's options as a form (Discord modal): values are named like the options. */
export function formFromOptions(command: Command): Form {
  return {
    id: `${command.name}:options`,
    title: `/${command.name}`,
    fields: command.options.slice(0, 5).map((o) => ({
      id: o.name,
      label: o.description.length <= 45 ? o.description : o.name[0].toUpperCase() + o.name.slice(1),
      placeholder: (o.choices ? o.choices.join(' or ') : o.description).slice(0, 100),
      required: o.required ?? false,
      long: o.rest === true,
      maxLength: o.maxLength ?? (o.type === 'integer' ? 10 : o.rest ? 1000 : 100),
    })),
  };
}

export function renderModal(form: Form, ctx: Pick<RenderContext, 'ids' | 'owner' | 'group'>): APIModalInteractionResponseCallbackData {
  return {
    custom_id: ctx.ids.encode(form.id, ctx.owner, ctx.group),
    title: form.title.slice(0, 45) || 'A few details',
    components: form.fields.slice(0, 5).map((f) => ({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.TextInput,
          custom_id: f.id.slice(0, 100),
          label: f.label.slice(0, 45),
          style: f.long ? TextInputStyle.Paragraph : TextInputStyle.Short,
          required: f.required ?? false,
          max_length: Math.min(f.maxLength ?? (f.long ? 4000 : 200), 4000),
          ...(f.placeholder ? { placeholder: f.placeholder.slice(0, 100) } : {}),
          ...(f.value || f.keep ? { value: (f.value ?? `${f.keep} `).slice(0, Math.min(f.maxLength ?? 4000, 4000)) } : {}),
        },
      ],
    })),
  };
}

/** Forms offered behind a button, kept in memory for the 15 minutes an interaction lasts. */
export class FormStore {
  private readonly forms = new Map<string, { form: Form; until: number }>();
  constructor(private readonly ttlMs = 15 * 60_000) {}

  put(form: Form): string {
    if (form.id.endsWith(':options')) return form.id; // rebuilt from the command when pressed
    const now = Date.now();
    for (const [k, v] of this.forms) if (v.until < now) this.forms.delete(k);
    const key = randomBytes(6).toString('base64url');
    this.forms.set(key, { form, until: now + this.ttlMs });
    return key;
  }

  get(key: string, commands: ReadonlyMap<string, Command>): Form | undefined {
    const m = /^([a-z0-9_-]+):options$/.exec(key);
    if (m) {
      const command = commands.get(m[1]);
      return command?.forms ? formFromOptions(command) : undefined;
    }
    const hit = this.forms.get(key);
    return hit && hit.until >= Date.now() ? hit.form : undefined;
  }
}
