import { FluentResource } from '@fluent/bundle';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Lang, asLang, catalogueFiles, languageFor, words } from '../src/core/i18n.js';

// The catalogues: every language has every message English has, with the same variables, and
// the plural forms each language needs.

type Node = unknown;
/** The variables a message uses, found anywhere in its pattern (select expressions and variants included). */
function variables(node: Node, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const n of node) variables(n, out);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.type === 'var' && typeof o.name === 'string') out.add(o.name);
    for (const v of Object.values(o)) if (v && typeof v === 'object') variables(v, out);
  }
  return out;
}

function catalogue(lang: Lang): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { file, text } of catalogueFiles(lang)) {
    // Terms (-weekday) are each language's own helpers: only messages must match.
    for (const m of new FluentResource(text).body.filter((x) => !x.id.startsWith('-'))) {
      expect(out.has(m.id), `${m.id} twice (${file})`).toBe(false);
      out.set(m.id, [...variables(m.value)].sort());
    }
  }
  return out;
}

describe('the catalogues', () => {
  const english = catalogue('en');

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has every English message, no other, each with the same variables', (lang) => {
    const other = catalogue(lang);
    expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, vars] of english) expect(other.get(key), `${lang}: ${key}`).toEqual(vars);
  });

  it.each(LANGUAGES)('%s: every message in the files parses (Fluent drops one it cannot read, silently)', (lang) => {
    for (const { file, text } of catalogueFiles(lang)) {
      const written = [...text.matchAll(/^(-?[a-zA-Z][\w-]*) =/gm)].map((m) => m[1]);
      expect(new FluentResource(text).body.map((m) => m.id), file).toEqual(written);
    }
  });

  it('finds a variable that is missing or extra (the check above can fail)', () => {
    const bad = new FluentResource('a = { $count ->\n    [one] one { $x }\n   *[other] many\n}\nb = plain\n');
    expect([...variables(bad.body[0].value)].sort()).toEqual(['count', 'x']);
    expect([...variables(bad.body[1].value)]).toEqual([]);
  });

  it('writes Polish counts in its three forms: 1, 2 to 4 (and 22), 5 and more (and 12)', () => {
    const t = (count: number) => words('pl').t('tally-count', { count });
    expect(t(1)).toBe('Na razie odezwała się 1 osoba.');
    expect(t(3)).toBe('Na razie odezwały się 3 osoby.');
    expect(t(22)).toBe('Na razie odezwały się 22 osoby.');
    expect(t(5)).toBe('Na razie odezwało się 5 osób.');
    expect(t(12)).toBe('Na razie odezwało się 12 osób.');
  });

  it('writes Welsh counts with one, two and many', () => {
    const t = (count: number) => words('cy').t('tally-count', { count });
    expect(t(1)).toBe('Mae 1 person wedi ateb hyd yma.');
    expect(t(2)).toBe('Mae dau berson wedi ateb hyd yma.');
    expect(t(7)).toBe('Mae 7 o bobl wedi ateb hyd yma.');
  });

  it('fails loudly on a message asked for without its variables, rather than sending a gap', () => {
    expect(() => words('cy').t('language-set')).toThrow(/language-set/);
  });
});

describe('choosing a language', () => {
  it('reads platform codes and names', () => {
    expect(asLang('pl-PL')).toBe('pl');
    expect(asLang('en-GB')).toBe('en');
    expect(asLang('CY')).toBe('cy');
    expect(asLang('Cymraeg')).toBe('cy');
    expect(asLang('fr')).toBeNull();
  });

  it('is the person’s choice, else their app’s if shipped, else the group’s, else English', () => {
    expect(languageFor('pl', 'en-GB', 'cy')).toBe('pl');
    expect(languageFor(null, 'pl', 'cy')).toBe('pl');
    expect(languageFor(null, 'fr', 'cy')).toBe('cy');
    expect(languageFor(null, undefined, undefined)).toBe('en');
  });
});
