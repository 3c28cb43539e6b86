import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';

// What the bot says, in the languages it ships: one Fluent catalogue per language, a folder
// data/locales/<lang>/ of .ftl files by subject (English the reference; a message missing
// elsewhere falls back to English).
// Messages carry the core's small markup; what people typed goes in as arguments, escaped first.

export const LANGUAGES = ['en', 'cy', 'pl'] as const;
export type Lang = (typeof LANGUAGES)[number];
/** Each language by its own name, as its speakers look for it. */
export const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', cy: 'Cymraeg', pl: 'Polski' };

/** A language code as a platform gives it ("pl", "pl-PL", "en-GB", "CY") → one we ship, or null. */
export function asLang(code: string | null | undefined): Lang | null {
  const typed = code?.trim().toLowerCase() ?? '';
  const base = NAMED.get(typed) ?? typed.split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Lang) : null;
}
/** Languages typed by name, in English or their own. */
const NAMED = new Map(Object.entries({ english: 'en', saesneg: 'en', angielski: 'en', welsh: 'cy', cymraeg: 'cy', walijski: 'cy', polish: 'pl', polski: 'pl', pwyleg: 'pl' }));

export type Args = Record<string, FluentVariable>;

/** Words in one language: `t('checkin-thanks', { mood })`. */
export interface Words {
  lang: Lang;
  t(key: string, args?: Args): string;
  /** This language's catalogue has the message (not only English's). */
  has(key: string): boolean;
}

let bundles: Map<Lang, FluentBundle> | undefined;

/** The catalogues' folder: data/locales from src/core or from the bundle in dist/. */
export function localesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++, dir = resolve(dir, '..')) if (existsSync(join(dir, 'data', 'locales', 'en'))) return join(dir, 'data', 'locales');
  throw new Error('data/locales/en/ not found');
}

/** One language's catalogue: its files' text, by file name. */
export function catalogueFiles(lang: Lang): { file: string; text: string }[] {
  const dir = join(localesDir(), lang);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ftl'))
    .sort()
    .map((f) => ({ file: `${lang}/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
}

function load(): Map<Lang, FluentBundle> {
  if (bundles) return bundles;
  const loaded = new Map<Lang, FluentBundle>();
  for (const lang of LANGUAGES) {
    // No isolation marks: the text goes into chat markup, where they would show as stray characters.
    const bundle = new FluentBundle(lang, { useIsolating: false });
    for (const { file, text } of catalogueFiles(lang)) {
      const errors = bundle.addResource(new FluentResource(text));
      if (errors.length) throw new Error(`data/locales/${file}: ${errors.map((e) => e.message).join('; ')}`);
    }
    loaded.set(lang, bundle);
  }
  bundles = loaded;
  return loaded;
}

const cache = new Map<Lang, Words>();

export function words(lang: Lang): Words {
  let w = cache.get(lang);
  if (!w) {
    const all = load();
    const own = all.get(lang)!;
    const english = all.get('en')!;
    w = {
      lang,
      has: (key) => own.hasMessage(key),
      t(key, args) {
        const bundle = own.hasMessage(key) ? own : english;
        const message = bundle.getMessage(key);
        if (!message?.value) throw new Error(`no message ${key}`);
        const errors: Error[] = [];
        const text = bundle.formatPattern(message.value, args, errors);
        if (errors.length) throw new Error(`message ${key} in ${bundle.locales[0]}: ${errors.map((e) => e.message).join('; ')}`);
        return text;
      },
    };
    cache.set(lang, w);
  }
  return w;
}

/** What is said to a whole group: its own language, else English. */
export const groupWords = (groupLanguage: string | null | undefined): Words => words(languageFor(null, null, groupLanguage));

/** What is said to one person outside a command (a scheduled private message): their choice, else their group's. */
export const personLanguage = (choice: string | null | undefined, groupLanguage: string | null | undefined): Lang => languageFor(choice, null, groupLanguage);

/** The language for one person: their own choice, else what their platform says, else the group's, else English. */
export function languageFor(choice: string | null | undefined, platformLocale: string | null | undefined, groupLanguage: string | null | undefined): Lang {
  return asLang(choice) ?? asLang(platformLocale) ?? asLang(groupLanguage) ?? 'en';
}
