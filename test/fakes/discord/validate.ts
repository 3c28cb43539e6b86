// Validation of command definitions, message bodies and modals, with Discord's limits.
import { ErrorCollector } from './errors.js';

const CHAT_NAME = /^[-_\p{Ll}\p{Lo}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const OPTION_TYPES = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
const CHOICE_TYPES = new Set([3, 4, 10]);
type P = (string | number)[];

function checkLength(c: ErrorCollector, path: P, value: unknown, min: number, max: number): void {
  if (typeof value !== 'string') {
    c.add(path, 'BASE_TYPE_REQUIRED', 'This field is required');
  } else if (value.length < min || value.length > max) {
    c.add(path, 'BASE_TYPE_BAD_LENGTH', `Must be between ${min} and ${max} in length.`);
  }
}

function checkName(c: ErrorCollector, path: P, name: unknown): void {
  if (typeof name !== 'string' || !CHAT_NAME.test(name) || name !== name.toLowerCase()) {
    c.add(path, 'APPLICATION_COMMAND_INVALID_NAME', `Command name is invalid`);
  }
}

function countChars(def: any): number {
  let n = String(def?.name ?? '').length + String(def?.description ?? '').length;
  for (const o of Array.isArray(def?.options) ? def.options : []) n += countChars(o);
  for (const ch of Array.isArray(def?.choices) ? def.choices : []) n += String(ch?.name ?? '').length + String(ch?.value ?? '').length;
  return n;
}

function checkOptions(c: ErrorCollector, path: P, options: unknown, depth: number): void {
  if (options === undefined || options === null) return;
  if (!Array.isArray(options)) return c.add(path, 'BASE_TYPE_ARRAY', 'Must be an array.');
  if (options.length > 25) c.add(path, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  const names = new Set<string>();
  let seenOptional = false;
  const kinds = new Set<string>();
  options.forEach((o: any, i: number) => {
    const p = [...path, i];
    checkName(c, [...p, 'name'], o?.name);
    checkLength(c, [...p, 'description'], o?.description, 1, 100);
    checkLocalizations(c, [...p, 'description_localizations'], o?.description_localizations);
    if (names.has(o?.name)) c.add([...p, 'name'], 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS', 'Option name already exists');
    names.add(o?.name);
    if (!OPTION_TYPES.has(o?.type)) {
      c.add([...p, 'type'], 'BASE_TYPE_CHOICES', `Value must be one of {${[...OPTION_TYPES].join(', ')}}.`);
      return;
    }
    const isSub = o.type === 1 || o.type === 2;
    kinds.add(isSub ? 'sub' : 'value');
    if (isSub) {
      if (o.required) c.add([...p, 'required'], 'APPLICATION_COMMAND_OPTION_REQUIRED_INVALID', 'Subcommands cannot be required');
      if (depth >= (o.type === 2 ? 1 : 2)) c.add([...p, 'type'], 'APPLICATION_COMMAND_OPTION_TYPE_INVALID', 'Subcommand nesting is too deep');
      if (o.type === 2 && Array.isArray(o.options) && o.options.some((x: any) => x?.type !== 1)) {
        c.add([...p, 'options'], 'APPLICATION_COMMAND_OPTION_TYPE_INVALID', 'Subcommand groups may only contain subcommands');
      }
      checkOptions(c, [...p, 'options'], o.options, depth + 1);
    } else {
      if (o.required) {
        if (seenOptional) c.add([...p, 'required'], 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', 'Required options must be placed before non-required options');
      } else seenOptional = true;
      if (o.choices !== undefined) {
        if (!CHOICE_TYPES.has(o.type)) c.add([...p, 'choices'], 'APPLICATION_COMMAND_OPTION_CHOICES_INVALID', 'Choices are only valid for string, integer and number options');
        if (!Array.isArray(o.choices)) c.add([...p, 'choices'], 'BASE_TYPE_ARRAY', 'Must be an array.');
        else {
          if (o.choices.length > 25) c.add([...p, 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
          o.choices.forEach((ch: any, j: number) => {
            checkLength(c, [...p, 'choices', j, 'name'], ch?.name, 1, 100);
            if (typeof ch?.value === 'string' && ch.value.length > 100) c.add([...p, 'choices', j, 'value'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
          });
        }
        if (o.autocomplete) c.add([...p, 'autocomplete'], 'APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_WITH_CHOICES', 'Autocomplete cannot be set with choices');
      }
      if (o.options !== undefined) c.add([...p, 'options'], 'APPLICATION_COMMAND_OPTION_TYPE_INVALID', 'Only subcommands can have options');
      for (const k of ['min_length', 'max_length']) {
        if (o[k] !== undefined && (o.type !== 3 || typeof o[k] !== 'number' || o[k] < 0 || o[k] > 6000)) c.add([...p, k], 'NUMBER_TYPE_MAX', 'Must be between 0 and 6000 (string options only).');
      }
    }
  });
  if (kinds.size > 1) c.add(path, 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID', 'Subcommands cannot be mixed with other option types');
}

/** Validates one command definition (prefix = path of the command in a bulk body). */
export function validateCommand(c: ErrorCollector, def: any, prefix: P = []): void {
  const type = def?.type ?? 1;
  if (![1, 2, 3, 4].includes(type)) c.add([...prefix, 'type'], 'BASE_TYPE_CHOICES', 'Value must be one of {1, 2, 3, 4}.');
  if (type === 1) {
    checkName(c, [...prefix, 'name'], def?.name);
    checkLength(c, [...prefix, 'description'], def?.description, 1, 100);
    checkLocalizations(c, [...prefix, 'description_localizations'], def?.description_localizations);
    checkOptions(c, [...prefix, 'options'], def?.options, 0);
    if (countChars(def) > 4000) c.add(prefix.length ? prefix : ['_'], 'APPLICATION_COMMAND_TOO_LARGE', 'Command exceeds maximum size (4000)');
  } else {
    checkLength(c, [...prefix, 'name'], def?.name, 1, 32);
    if (def?.description) c.add([...prefix, 'description'], 'APPLICATION_COMMAND_DESCRIPTION_INVALID', 'Context menu commands cannot have a description');
  }
  const dmp = def?.default_member_permissions;
  if (dmp !== undefined && dmp !== null && !/^\d+$/.test(String(dmp))) c.add([...prefix, 'default_member_permissions'], 'NUMBER_TYPE_COERCE', 'Value is not a valid bitfield.');
}

function checkComponents(c: ErrorCollector, path: P, components: any[], depth = 0): void {
  if (components.length > (depth === 0 ? 40 : 5)) c.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${depth === 0 ? 40 : 5} or fewer in length.`);
  components.forEach((comp: any, i: number) => {
    const p = [...path, i];
    if (Array.isArray(comp?.components)) checkComponents(c, [...p, 'components'], comp.components, depth + 1);
    const interactive = [2, 3, 5, 6, 7, 8].includes(comp?.type) && !(comp?.type === 2 && (comp?.style === 5 || comp?.style === 6));
    if (interactive) {
      if (typeof comp.custom_id !== 'string' || comp.custom_id.length < 1 || comp.custom_id.length > 100) {
        c.add([...p, 'custom_id'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
      }
    }
    if (comp?.type === 2 && typeof comp.label === 'string' && comp.label.length > 80) c.add([...p, 'label'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 80 in length.');
    if (comp?.type === 3) {
      if (!Array.isArray(comp.options) || comp.options.length < 1 || comp.options.length > 25) c.add([...p, 'options'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 25 in length.');
    }
  });
}

/** Validates a message body (create, edit, interaction reply). Returns the collector. */
export function validateMessage(body: any): ErrorCollector {
  const c = new ErrorCollector();
  if (body?.content !== undefined && body.content !== null) {
    if (typeof body.content !== 'string') c.add(['content'], 'BASE_TYPE_STRING', 'Must be a string.');
    else if (body.content.length > 2000) c.add(['content'], 'BASE_TYPE_MAX_LENGTH', 'Must be 2000 or fewer in length.');
  }
  const embeds = body?.embeds;
  if (Array.isArray(embeds)) {
    if (embeds.length > 10) c.add(['embeds'], 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
    let total = 0;
    embeds.forEach((e: any, i: number) => {
      const len = (k: string, max: number, v = e?.[k]) => {
        if (typeof v === 'string') {
          total += v.length;
          if (v.length > max) c.add(['embeds', i, k], 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
        }
      };
      len('title', 256);
      len('description', 4096);
      if (Array.isArray(e?.fields)) {
        if (e.fields.length > 25) c.add(['embeds', i, 'fields'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
        for (const f of e.fields) total += String(f?.name ?? '').length + String(f?.value ?? '').length;
      }
    });
    if (total > 6000) c.add(['embeds'], 'MESSAGE_EMBEDS_TOO_LONG', 'Embed size exceeds maximum size of 6000');
  }
  if (Array.isArray(body?.components)) checkComponents(c, ['components'], body.components);
  const nonce = body?.nonce;
  if (nonce !== undefined && nonce !== null && typeof nonce === 'string' && nonce.length > 25) c.add(['nonce'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  return c;
}

/** True when a message body has nothing to show (Discord: 50006 Cannot send an empty message). */
export function isEmptyMessage(body: any): boolean {
  const nonEmpty = (v: unknown) => Array.isArray(v) && v.length > 0;
  return !(
    (typeof body?.content === 'string' && body.content.length > 0) ||
    nonEmpty(body?.embeds) || nonEmpty(body?.components) || nonEmpty(body?.sticker_ids) || nonEmpty(body?.attachments) || body?.poll
  );
}

export function validateModal(data: any): ErrorCollector {
  const c = new ErrorCollector();
  checkLength(c, ['data', 'title'], data?.title, 1, 45);
  checkLength(c, ['data', 'custom_id'], data?.custom_id, 1, 100);
  const comps = data?.components;
  if (!Array.isArray(comps) || comps.length < 1 || comps.length > 5) c.add(['data', 'components'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 5 in length.');
  else checkComponents(c, ['data', 'components'], comps, 1);
  return c;
}

/** Discord's locales (its Locales reference): Welsh is not among them. */
const LOCALES = new Set(['id', 'da', 'de', 'en-GB', 'en-US', 'es-ES', 'es-419', 'fr', 'hr', 'it', 'lt', 'hu', 'nl', 'no', 'pl', 'pt-BR', 'ro', 'fi', 'sv-SE', 'vi', 'tr', 'cs', 'el', 'bg', 'ru', 'uk', 'hi', 'th', 'zh-CN', 'ja', 'zh-TW', 'ko']);

/** A localizations map: known locales only, each text 1 to 100 characters. */
function checkLocalizations(c: ErrorCollector, path: P, value: unknown): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'object' || Array.isArray(value)) return c.add(path, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
  for (const [locale, text] of Object.entries(value)) {
    if (!LOCALES.has(locale)) c.add([...path, locale], 'BASE_TYPE_CHOICES', `Value must be one of {${[...LOCALES].join(', ')}}.`);
    checkLength(c, [...path, locale], text, 1, 100);
  }
}
