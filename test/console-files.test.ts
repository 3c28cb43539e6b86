import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConsoleChat } from '../src/adapters/console/console-chat.js';
import { personDataFile } from '../src/core/privacy.js';
import { consoleChat } from './helpers/console-chat.js';
import { type TestWorld, testWorld } from './helpers/core.js';

// The console shows a preview of a file; the whole file is saved in a folder (data/files when
// run with npm start, ignored by git), named by the person's id, and their /forgetme erases it.

let world: TestWorld;
let chat: ConsoleChat;
let dir: string;
let out: string[] = [];
beforeEach(async () => {
  world = await testWorld();
  dir = mkdtempSync(join(tmpdir(), 'console-files-'));
  chat = consoleChat(world.app, (l) => out.push(...l.split('\n')), world.clock, join(dir, 'files'));
});
afterEach(async () => {
  await world.close();
  rmSync(dir, { recursive: true, force: true });
});

async function say(line: string): Promise<string[]> {
  out = [];
  await chat.line(line);
  return out;
}
const personId = async (name: string) => (await world.core.db.selectFrom('people').select('id').where('user_id', '=', name.toLowerCase()).executeTakeFirstOrThrow()).id;
const files = () => (existsSync(join(dir, 'files')) ? readdirSync(join(dir, 'files')).sort() : []);

describe('console files', () => {
  it('saves the whole of /mydata and /export, prints where and a short preview, and /forgetme erases only that person’s files', async () => {
    await say('Sam: /setup Europe/London sunday 19:00 Tuesday Parents');
    for (const name of ['Sam', 'Alex']) {
      await say(`${name}: /join`);
      await say(`${name}: #1`);
    }
    for (let i = 0; i < 3; i++) {
      await say(`Alex@dm: /checkin 4 week ${i}`);
      world.clock.advance(7 * 86400_000);
    }
    await say('Alex@dm: /topics seek benefits, school appeals, sleep');

    const shown = await say('Alex@dm: /mydata');
    const alex = await personId('Alex');
    const path = join(dir, 'files', `person-${alex}-my-data.json`);
    expect(shown.join('\n')).toContain(`saved whole to ${path}`);
    const whole = (await personDataFile(world.core, alex)).content;
    expect(whole.split('\n').length).toBeGreaterThan(60); // longer than the console used to show
    expect(readFileSync(path, 'utf8')).toBe(whole);
    const preview = shown.filter((l) => l.startsWith('      '));
    expect(preview.length).toBeLessThanOrEqual(9);
    expect(preview.at(-1)).toMatch(/more lines in the file/);

    await say('Sam@dm: /export');
    const sam = await personId('Sam');
    const samsExport = files().find((f) => f.startsWith(`person-${sam}-group-export`))!;
    expect(files()).toEqual([`person-${alex}-my-data.json`, samsExport].sort());

    // A picture is saved as a PNG the same way, its words printed where the terminal can't show it.
    const weeks = (await say('Alex@dm: /myweeks')).join('\n');
    expect(weeks).toMatch(/A chart of your check-ins in Tuesday Parents/);
    expect(readFileSync(join(dir, 'files', `person-${alex}-my-weeks.png`)).subarray(1, 4).toString('latin1')).toBe('PNG');

    await say('Alex@dm: /forgetme');
    const erased = await say('Alex@dm: #1');
    expect(erased.join('\n')).toMatch(/everything I kept about you is erased/);
    expect(files()).toEqual([samsExport]);
  });
});
