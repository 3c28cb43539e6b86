import { changeSetting, describeSettings, findGroup, rhythmNews } from '../src/core/groups.js';
import { translateDefaultAgreement } from '../src/core/agreements.js';
import { LANGUAGE_NAMES, asLang, languageFor, words } from '../src/core/i18n.js';
import { quoted, toGroup, toPrivate } from '../src/core/reply.js';
import { PROMPT_NOW_CHOICE } from './shared.js';
import { type Command, SUBCOMMAND, str } from './command.js';

const settings: Command = {
  name: 'settings',
  description: "Show the group's settings, or change one",
  usage: '/settings, or /settings <key> <value>, e.g. /settings absence 3 (on Discord /settings set, and /settings role)',
  access: 'facilitator',
  scope: 'group',
  options: [],
  subcommands: [
    { name: 'show', description: "The group's settings", options: [] },
    {
      name: 'set',
      description: 'Change one setting',
      options: [
        { name: 'key', description: 'Which setting', type: 'string', required: true, choices: ['name', 'timezone', 'day', 'time', 'absence', 'pairing', 'keep', 'tally', 'region', 'audience', 'language', 'notes'] },
        { name: 'value', description: 'The new value', type: 'string', required: true, rest: true },
      ],
    },
    {
      name: 'role',
      description: 'The Discord role whose members count as facilitators',
      // On Discord a role picker; @everyone there means no role (never everyone as facilitator).
      options: [{ name: 'role', description: 'The facilitators\' role (@everyone: none)', type: 'role', required: true }],
    },
  ],
  bare: 'show',
  // `/settings absence 3` in plain text, as before subcommands.
  otherwise: 'set',
  async run(ctx, args) {
    const group = ctx.group!;
    const sub = str(args[SUBCOMMAND]);
    const role = args.role;
    const key = sub === 'role' ? 'role' : str(args.key);
    const value = sub === 'role' ? (typeof role === 'object' ? role.id : str(role)) : str(args.value);
    if (sub === 'show' || !key) return [toPrivate(describeSettings(group, ctx.member?.facilitator_notes === 1, ctx.words))];
    if (!value) {
      const known = example(key);
      if (!known) return [toPrivate(ctx.words.t('settings-x-no-such', { typed: quoted(key) }), { inPlace: true })];
      return [toPrivate(ctx.words.t('settings-x-what-value', { key: key.toLowerCase(), example: known }), { inPlace: true })];
    }
    const done = await changeSetting(ctx.core, group, key, value, ctx.member?.status === 'active' ? ctx.member.id : null, ctx.words);
    if (key.toLowerCase() === 'language') {
      // Said in the language just chosen, so the facilitator sees what the group will read.
      const lang = asLang(value)!;
      await translateDefaultAgreement(ctx.core.db, group.id, languageFor(null, null, group.language), lang);
      return [toPrivate(words(lang).t('settings-language-set', { language: LANGUAGE_NAMES[lang] }))];
    }
    // A new check-in day, time or zone: the group is told, the facilitator hears what it means this week.
    const updated = await findGroup(ctx.core.db, group.id);
    const news = updated && (await rhythmNews(ctx.core, group, updated, ctx.words, ctx.groupWords));
    if (!news) return [toPrivate(done)];
    return [toGroup(news.group), toPrivate(`${done} ${news.facilitator}`, news.offerPromptNow ? { choices: [{ ...PROMPT_NOW_CHOICE, label: ctx.words.t('prompt-cmd-now-label') }] } : {})];
  },
};

// A Map: a typed key like "constructor" must not find Object.prototype's members.
const EXAMPLES = new Map(Object.entries({ name: 'Tuesday Parents', timezone: 'Europe/London', day: 'sunday', time: '19:00', absence: '2', pairing: '2', keep: '12', tally: 'count', region: 'GB', audience: 'adults', language: 'en', role: '@Facilitators', notes: 'on' }));

function example(key: string): string | undefined {
  return EXAMPLES.get(key.toLowerCase());
}

export default settings;
