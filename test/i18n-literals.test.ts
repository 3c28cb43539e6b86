import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Nothing the bot says stays hard-coded: a sentence in code (a string literal of four or more
// words ending like a sentence) is looked for in the core, the commands, the jobs, the charts and
// the adapters. Logs, developer errors, command descriptions (translated in commands.ftl) and
// comments are not what people read in a chat. The few places that may keep one say why below.

const root = join(import.meta.dirname, '..');
const DIRS = ['src/core', 'src/jobs', 'src/charts', 'src/adapters', 'commands'];

/** Where a sentence in code is allowed, and why. */
const ALLOWED: Record<string, string> = {
  'src/adapters/console/console-chat.ts': "the console's own lines for whoever runs it ((console) …, (edited …)), not the bot speaking",
  'src/core/stats.ts': "the 'about' and 'figures_rule' fields inside /export's JSON file, a data document",
  'src/core/privacy.ts': "the 'about' field inside /mydata's JSON file, a data document",
  'src/adapters/telegram/errors.ts': "Telegram's own error text, matched to classify an error",
  'src/adapters/discord/register.ts': "`npm run register`'s output for the operator",
  'src/adapters/follow-ups.ts': 'not yet translated: the two re-asks of a follow-up question (the form itself is); see the README',
};

const SENTENCE = /(['"`])((?:(?!\1)[^\\\n]|\\.)*?[A-Za-z]+(?:[ ,'’][A-Za-z’']+){3,}[^'"`\n]*?)\1/g;
const NOT_SPOKEN = /log\.(info|warn|error|debug|fatal)\(|new Error\(|describe:|description:|usage:|console\.(log|error|warn)/;

function sentencesIn(text: string): string[] {
  const found: string[] = [];
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t.startsWith('//') || t.startsWith('*') || t.startsWith('/*') || NOT_SPOKEN.test(line)) continue;
    for (const m of line.matchAll(SENTENCE)) if (/[.!?:]\s*$|[.!?] /.test(m[2])) found.push(m[2]);
  }
  return found;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('words people read live in the catalogues', () => {
  it('finds a sentence written in code (the scan itself can fail)', () => {
    expect(sentencesIn("return [toPrivate('Thank you for checking in, friend.')];")).toEqual(['Thank you for checking in, friend.']);
    expect(sentencesIn("log.warn({}, 'a reply was not sent: the chat is gone.');")).toEqual([]);
    expect(sentencesIn("return w.t('checkin-thanks');")).toEqual([]);
  });

  it('has no sentence left in code outside the places listed with a reason', () => {
    const left: string[] = [];
    const stillNeeded = new Set<string>();
    for (const file of DIRS.flatMap((d) => files(join(root, d)))) {
      const rel = relative(root, file);
      const found = sentencesIn(readFileSync(file, 'utf8'));
      if (!found.length) continue;
      if (ALLOWED[rel]) stillNeeded.add(rel);
      else left.push(...found.map((s) => `${rel}: ${s}`));
    }
    expect(left).toEqual([]);
    // An entry whose file no longer holds a sentence goes from the list, so the list stays true.
    expect([...stillNeeded].sort()).toEqual(Object.keys(ALLOWED).sort());
  });
});
