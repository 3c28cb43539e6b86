import { LANGUAGES, LANGUAGE_NAMES, type Lang, asLang, languageFor, words } from '../src/core/i18n.js';
import { chooseLanguage } from '../src/core/members.js';
import { type Reply, toPrivate } from '../src/core/reply.js';
import { type Command, type CommandContext, str } from './command.js';

// Each person's own language: what the bot says to them alone follows it; the group's posts
// follow the group's (/settings language).

const language: Command = {
  name: 'language',
  description: 'The language I speak with you: English, Cymraeg or Polski',
  usage: '/language, or /language cy (en, cy, pl, or auto to follow your app)',
  access: 'anyone',
  scope: 'anywhere',
  options: [{ name: 'code', description: 'en, cy, pl, or auto to follow your app', type: 'string', choices: [...LANGUAGES, 'auto'] }],
  async run(ctx, args) {
    const typed = str(args.code).trim().toLowerCase();
    if (!typed) return [shown(ctx)];
    if (typed === 'auto') return set(ctx, null);
    const lang = asLang(typed);
    if (!lang) return [toPrivate(ctx.words.t('language-unknown'), { inPlace: true, choices: choices(ctx) })];
    return set(ctx, lang);
  },
  choices: {
    access: 'anyone',
    async run(ctx, data) {
      if (data[0] !== 'set') return [shown(ctx)];
      return set(ctx, data[1] === 'auto' ? null : asLang(data[1]));
    },
  },
};

function shown(ctx: CommandContext): Reply {
  const w = ctx.words;
  const why = asLang(ctx.person.language) ? 'language-why-chosen' : asLang(ctx.locale) ? 'language-why-app' : asLang(ctx.group?.language) ? 'language-why-group' : 'language-why-default';
  return toPrivate(`${w.t('language-now', { language: LANGUAGE_NAMES[w.lang] })} ${w.t(why)}\n${w.t('language-pick')}`, { choices: choices(ctx), inPlace: true });
}

const choices = (ctx: CommandContext) => [
  ...LANGUAGES.map((l) => ({ id: `language:set:${l}`, label: `${LANGUAGE_NAMES[l]} (${l})` })),
  { id: 'language:set:auto', label: ctx.words.t('language-auto-label') },
];

async function set(ctx: CommandContext, lang: Lang | null): Promise<Reply[]> {
  await chooseLanguage(ctx.core.db, ctx.person.id, lang);
  // The answer comes in the language now in force, so they see it at once.
  const now = languageFor(lang, ctx.locale, ctx.group?.language);
  const w = words(now);
  return [toPrivate(lang ? w.t('language-set', { language: LANGUAGE_NAMES[now] }) : w.t('language-auto', { language: LANGUAGE_NAMES[now] }), { inPlace: true })];
}

export default language;
