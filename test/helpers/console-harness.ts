import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConsoleChat } from '../../src/adapters/console/console-chat.js';
import { pngSize } from '../fakes/png.js';
import { consoleChat } from './console-chat.js';
import type { ChatHarness, Seen } from '../contract/harness.js';
import { type TestWorld, testWorld } from './core.js';

/** The console adapter behind the shared contract: lines in, what people would see out. */
export function consoleHarness(): ChatHarness & { world(): TestWorld } {
  let world: TestWorld;
  let chat: ConsoleChat;
  let lines: string[] = [];
  const all: string[] = [];
  let filesDir = '';
  const run = async (line: string): Promise<Seen[]> => {
    lines = [];
    await chat.line(line);
    return parseConsole(lines);
  };
  return {
    name: 'console',
    world: () => world,
    async start() {
      world = await testWorld();
      // Files are saved as main.ts saves them, in a folder of the test's own.
      filesDir = mkdtempSync(join(tmpdir(), 'console-files-'));
      chat = consoleChat(world.app, (l) => {
        lines.push(l);
        all.push(l);
      }, world.clock, filesDir);
    },
    async stop() {
      await world.close();
      rmSync(filesDir, { recursive: true, force: true });
    },
    core: () => world.core,
    async makeFacilitator(user) {
      await chat.line(`:admin ${user}`);
    },
    send: (user, where, text) => run(`${user}${where === 'dm' ? '@dm' : ''}: ${text}`),
    say: (user, where, text) => run(`${user}${where === 'dm' ? '@dm' : ''}: ${text}`),
    async press(user, label) {
      // Like a person scrolling up: the newest message offering that choice, named by its number.
      const offers = chat.offersFor(user);
      for (const o of offers) {
        const i = o.choices.findIndex((c) => c.label === label || c.label.includes(label));
        if (i >= 0) return run(`${user}: #${i + 1}@${o.seq}`);
      }
      throw new Error(`${user} has no choice "${label}" (has: ${offers.flatMap((o) => o.choices.map((c) => c.label)).join(', ') || 'none'})`);
    },
    // The console prints an edit as a new message: the newest copy is what people read now.
    groupTexts: async () => parseConsole(all).filter((s) => s.to === 'group').map((s) => s.text),
    async answer(user, where, text) {
      return run(`${user}${where === 'dm' ? '@dm' : ''}: ${text}`);
    },
    // The console delivers after every line already: this finds what is left, if anything.
    async deliver() {
      lines = [];
      await chat.drainOutbox();
      return parseConsole(lines);
    },
  };
}

/** Parse the console's printed lines back into messages. */
export function parseConsole(lines: string[]): Seen[] {
  const seen: Seen[] = [];
  // A file is printed as one block: its 📎 line, then its preview (or a picture's words) indented further.
  let inFile = false;
  for (const line of lines.flatMap((l) => l.split('\n'))) {
    const head = /^\[(group|private → ([^\]]+))\] bot: (.*)$/.exec(line);
    if (head) {
      seen.push({ to: head[1] === 'group' ? 'group' : 'private', who: head[2], text: head[3], choices: [] });
      inFile = false;
      continue;
    }
    const last = seen[seen.length - 1];
    if (!last) continue;
    if (inFile && /^ {6}/.test(line)) {
      if (last.picture) last.picture.alt += `${last.picture.alt ? '\n' : ''}${line.slice(6)}`;
      continue;
    }
    inFile = false;
    const choiceLine = /^ {4}#1 /.test(line);
    if (choiceLine) last.choices = line.trim().replace(/\s{3}\(@\d+ [^)]*\)$/, '').split(/\s{3}/).map((c) => c.replace(/^#\d+ /, ''));
    else if (/^ {4}📎 /.test(line)) {
      last.file = line.trim().slice(3).split(' (')[0];
      inFile = true;
      // A picture: read from the PNG the console saved; its words are the lines printed under it.
      const saved = / saved whole to (.+)$/.exec(line)?.[1];
      const size = saved && existsSync(saved) ? pngSize(readFileSync(saved)) : null;
      if (size) last.picture = { ...size, alt: '' };
    } else if (/^ {4}\[Open a private chat/.test(line)) last.privateLink = true;
    else if (/^ {4}\(edited/.test(line)) last.edited = true;
    else if (line.startsWith('    ')) last.text += `\n${line.slice(4)}`;
  }
  return seen;
}
