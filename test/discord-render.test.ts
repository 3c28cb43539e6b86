import { describe, expect, it } from 'vitest';
import { commandList, commands } from '../commands/index.js';
import { describedIn, descriptionKey } from '../commands/command.js';
import { CustomIds, FORM_OPEN_PREFIX } from '../src/adapters/discord/custom-ids.js';
import { deliveryFailure, nonceFor } from '../src/adapters/discord/delivery.js';
import { escapeDiscord, splitContent, toDiscordMarkdown } from '../src/adapters/discord/markdown.js';
import { FormStore, formFromOptions, renderModal, renderReply } from '../src/adapters/discord/render.js';
import { normalise, slashDefinitions } from '../src/adapters/discord/slash-commands.js';
import { timezoneSuggestions } from '../src/adapters/discord/autocomplete.js';
import { bold, link, plain, toGroup, toPrivate } from '../src/core/reply.js';
import { ErrorCollector } from './fakes/discord/errors.js';
import { validateCommand, validateMessage, validateModal } from './fakes/discord/validate.js';
import { fromDiscord } from './helpers/discord-harness.js';

// The pieces of the Discord adapter that need no network: markdown, components, modals,
// custom ids, nonces, error kinds and the slash command definitions.

const keys = { secret: 's'.repeat(43), legacyUntil: new Date(0) };
const ids = new CustomIds(keys, 'test-token');
const ctx = { ids, owner: '', commands, forms: new FormStore() };

describe('Discord markdown', () => {
  it('renders the markup subset and escapes what people wrote, mentions included', () => {
    const text = `${bold('*Sam*')} said ${plain('_hi_ @everyone <@123> # not a heading ~~x~~ `code`')} ${link('a [site]', 'https://example.org/x')}`;
    const out = toDiscordMarkdown(text);
    expect(out).toBe('**\\*Sam\\*** said \\_hi\\_ \\@everyone \\<\\@123\\> # not a heading \\~\\~x\\~\\~ \\`code\\` [a \\[site\\]](https://example.org/x)');
    expect(fromDiscord(out)).toBe('*Sam* said _hi_ @everyone <@123> # not a heading ~~x~~ `code` a [site] (https://example.org/x)');
    expect(escapeDiscord('# big\n> quote\n- item\n1. first')).toBe('\\# big\n\\> quote\n\\- item\n1\\. first');
  });

  it('escapes a numbered line as 1\\. (a backslash before a digit would show)', () => {
    expect(escapeDiscord('1. first\n  12. twelfth\nsee 3. below')).toBe('1\\. first\n  12\\. twelfth\nsee 3. below');
    expect(fromDiscord(escapeDiscord('1. first'))).toBe('1. first');
  });

  it('puts every escaping backslash before punctuation, where Discord hides it', () => {
    const samples = ['1. a', '# h', '> q', '- l', '-# small', '*x* _y_ ~~z~~ `c` ||s|| [l](u) <@1> @here \\ back', '  2. indented', '10.5 kg', 'a\\b'];
    for (const s of samples) {
      const out = escapeDiscord(s);
      // Each backslash pair is one escape; what follows it must be ASCII punctuation.
      for (const m of out.matchAll(/\\(.)/gs)) expect(m[1], `${s} → ${out}`).toMatch(/[!-\/:-@[-`{-~]/);
    }
  });

  it('never turns a non-web address into a masked link', () => {
    expect(toDiscordMarkdown('[call](javascript:alert(1))')).not.toMatch(/\]\(/);
  });

  it('splits long content at line breaks without losing characters or escapes', () => {
    const text = Array.from({ length: 300 }, (_, n) => `line ${n} with \\* escaped`).join('\n');
    const parts = splitContent(text);
    expect(parts.every((p) => p.length <= 2000)).toBe(true);
    expect(parts.join('\n')).toBe(text);
  });
});

describe('Discord components and modals', () => {
  it('renders up to ten choices as buttons in rows of five, more as a select menu', () => {
    const few = renderReply(toPrivate('Pick', { choices: Array.from({ length: 7 }, (_, n) => ({ id: `x:${n}`, label: `L${n}` })) }), ctx);
    expect(few[0].components.map((r) => r.components.length)).toEqual([5, 2]);
    const many = renderReply(toPrivate('Pick', { choices: Array.from({ length: 25 }, (_, n) => ({ id: `x:${n}`, label: `L${n}` })) }), ctx);
    expect(many[0].components).toHaveLength(1);
    expect(many[0].components[0].components[0]).toMatchObject({ type: 3 });
    for (const r of [...few, ...many]) expect(() => validateMessage(r).throwIfAny()).not.toThrow();
  });

  it('adds a note button to check-in moods, opening a modal built from /checkin options', () => {
    const moods = renderReply(toGroup('How are you?', { choices: [1, 2, 3, 4, 5].map((n) => ({ id: `checkin:mood:${n}`, label: `${n}` })) }), ctx);
    const last = moods[0].components.at(-1)!.components[0] as { label: string; custom_id: string };
    expect(last.label).toBe('✏️ Add a note');
    const decoded = ids.decode(last.custom_id);
    expect(decoded).toEqual({ ok: true, id: `${FORM_OPEN_PREFIX}checkin:options`, owner: '' });
    const form = formFromOptions(commands.get('checkin')!);
    expect(form.fields.map((f) => f.id)).toEqual(['mood', 'note', 'share']);
    const modal = renderModal(form, { ids, owner: '42' });
    expect(() => validateModal(modal).throwIfAny()).not.toThrow();
    for (const c of commandList.filter((c) => c.forms)) expect(() => validateModal(renderModal(formFromOptions(c), { ids, owner: '1' })).throwIfAny()).not.toThrow();
  });

  it('attaches files to the last piece', () => {
    const out = renderReply(toPrivate('Your data', { file: { name: 'mydata.json', mime: 'application/json', content: '{"a":1}' } }), ctx);
    expect(out[0].files).toEqual([{ name: 'mydata.json', data: Buffer.from('{"a":1}'), contentType: 'application/json' }]);
  });
});

describe('Discord custom ids', () => {
  it('round-trips ids with their owner and group, and refuses forged, altered and foreign ids', () => {
    const id = ids.encode('join:accept:3', '123456789012345678');
    expect(id.length).toBeLessThanOrEqual(100);
    expect(ids.decode(id)).toEqual({ ok: true, id: 'join:accept:3', owner: '123456789012345678' });
    expect(ids.decode(id.replace('accept:3', 'accept:4')).ok).toBe(false);
    expect(ids.decode(id.replace('|123456789012345678|', '|999|')).ok).toBe(false);
    expect(new CustomIds({ ...keys, secret: 'o'.repeat(43) }, 'test-token').decode(id).ok).toBe(false);
    expect(ids.decode('join:accept:3')).toEqual({ ok: false, why: 'malformed' });
    expect(ids.decode(ids.encode('a|b:c'))).toEqual({ ok: true, id: 'a|b:c', owner: '' });
    // The longest: a 40-character choice id, a 20-digit owner and a 12-digit group.
    const longest = ids.encode(`checkin:${'m'.repeat(32)}`, '1'.repeat(20), 999_999_999_999);
    expect(longest.length).toBeLessThanOrEqual(100);
    expect(ids.decode(longest)).toMatchObject({ ok: true, owner: '1'.repeat(20), groupId: 999_999_999_999 });
    const forA = ids.encode('checkin:mood:3', '42', 7);
    expect(ids.decode(forA)).toEqual({ ok: true, id: 'checkin:mood:3', owner: '42', groupId: 7 });
    expect(ids.decode(forA.replace('|42|7|', '|42|8|')).ok).toBe(false); // another group
    expect(ids.decode(forA.replace('|42|7|', '|42||')).ok).toBe(false); // the group taken off
  });
});

describe('Discord delivery details', () => {
  it('makes nonces of at most 25 characters, stable per item and piece', () => {
    const n = nonceFor({ id: 123456789, idemKey: 'prompt:1:2026-W48' });
    expect(n.length).toBeLessThanOrEqual(25);
    expect(nonceFor({ id: 123456789, idemKey: 'prompt:1:2026-W48' })).toBe(n);
    expect(nonceFor({ id: 123456789, idemKey: 'prompt:1:2026-W48' }, 1)).not.toBe(n);
  });

  it('maps network trouble to a retry', () => {
    expect(deliveryFailure(Object.assign(new Error('x'), { code: 'ECONNRESET' }), 'group')).toMatchObject({ kind: 'retry' });
  });
});

describe('Discord slash command definitions', () => {
  const defs = slashDefinitions(commandList);

  it('are valid by Discord\'s rules (names, lengths, option types, choices)', () => {
    const c = new ErrorCollector();
    defs.forEach((d, i) => validateCommand(c, d, [i]));
    expect(() => c.throwIfAny()).not.toThrow();
    expect(defs.map((d) => d.name)).toEqual(commandList.map((c) => c.name));
    for (const d of defs) expect(d.description.length).toBeLessThanOrEqual(100);
  });

  it('carry Polish descriptions (Discord has no Welsh locale), and the English catalogue says what the code says', () => {
    const checkin = defs.find((d) => d.name === 'checkin')!;
    expect(checkin.description_localizations).toEqual({ pl: 'Odezwij się: jak się masz w tym tygodniu, od 1 (ciężko) do 5 (świetnie), z notatką, jeśli chcesz' });
    expect((checkin.options![0] as { description_localizations?: object }).description_localizations).toEqual({ pl: '1 ciężko, 2 słabo, 3 w porządku, 4 dobrze, 5 świetnie' });
    const buddy = defs.find((d) => d.name === 'buddy')!;
    expect((buddy.options!.find((o) => o.name === 'avoid') as { description_localizations?: object }).description_localizations).toEqual({ pl: 'Nigdy w parze z tą osobą (nikt się nie dowie); bez imienia: twoja lista' });
    for (const c of commandList) {
      expect(describedIn('en', descriptionKey(c.name)), c.name).toBe(c.description);
      for (const o of c.options) expect(describedIn('en', `${descriptionKey(c.name)}-opt-${o.name}`)).toBe(o.description);
      for (const sub of c.subcommands ?? []) {
        expect(describedIn('en', descriptionKey(c.name, sub.name))).toBe(sub.description);
        for (const o of sub.options) expect(describedIn('en', `${descriptionKey(c.name, sub.name)}-opt-${o.name}`)).toBe(o.description);
      }
      for (const lang of ['cy', 'pl'] as const) expect(describedIn(lang, descriptionKey(c.name))?.length, `${lang} ${c.name}`).toBeLessThanOrEqual(100);
    }
  });

  it('compare equal to themselves as Discord returns them, and differ when a description changes', () => {
    const asReturned = defs.map((d) => ({ ...d, id: '1', version: '2', application_id: '3', nsfw: false, options: d.options?.map((o) => ({ ...o })) }));
    expect(normalise(asReturned)).toBe(normalise(defs));
    expect(normalise([{ ...defs[0], description: 'x' }, ...defs.slice(1)])).not.toBe(normalise(defs));
  });

  it('suggests IANA zones by city or region', () => {
    expect(timezoneSuggestions('new york').map((s) => s.value)).toContain('America/New_York');
    expect(timezoneSuggestions('').length).toBeGreaterThan(5);
    expect(timezoneSuggestions('e').length).toBeLessThanOrEqual(25);
  });
});
