import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commandList } from '../commands/index.js';
import { parseMood } from '../src/core/checkins.js';
import { supportPointer, supportText } from '../src/core/support.js';
import { actor, textOf } from './helpers/act.js';
import { type TestWorld, helplines, testWorld } from './helpers/core.js';

// Words a person types are looked up in tables; "constructor" or "__proto__" must not reach
// Object.prototype (it answered `function Object() { [native code] }`, or threw).

const PROTO_WORDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

describe('keys that name Object.prototype members', () => {
  let world: TestWorld;
  let act: ReturnType<typeof actor>;
  const errors: unknown[] = [];
  beforeEach(async () => {
    errors.length = 0;
    world = await testWorld(undefined, { debug() {}, info() {}, warn() {}, error: (o: unknown) => errors.push(o) });
    act = actor(world, { admins: ['Sam'] });
    await act.groupWith('Sam', ['Sam', 'Alex']);
  });
  afterEach(() => world.close());

  it('/settings constructor says there is no such setting', async () => {
    for (const word of PROTO_WORDS) {
      const text = textOf(await act.command('Sam', `/settings ${word}`));
      expect(text, word).toMatch(/^I don't have a setting called/);
      expect(text, word).not.toMatch(/function|native code|\[object/);
    }
  });

  it('/settings __proto__ x says there is no such setting and changes nothing', async () => {
    for (const word of PROTO_WORDS) {
      const text = textOf(await act.command('Sam', `/settings ${word} x`));
      expect(text, word).toMatch(/I don't have a setting called/);
    }
    expect(errors).toEqual([]);
  });

  it('a mood of "constructor" is not a mood', async () => {
    for (const word of PROTO_WORDS) {
      expect(parseMood(word), word).toBeNull();
      const text = textOf(await act.command('Alex', `/checkin ${word}`));
      expect(text, word).toMatch(/^I couldn't tell a mood from/);
    }
    expect(await world.core.db.selectFrom('checkins').selectAll().execute()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('choice ids ending in :__proto__ or :constructor get a kind answer from every command', async () => {
    // A real meetup, so an RSVP id gets as far as reading its answer.
    const draft = await act.command('Alex', '/meetup 2026-12-01 19:00 | Coffee | The café');
    const confirm = draft.flatMap((r) => r.choices ?? []).find((c) => c.id.startsWith('meetup:ok:'))!;
    await act.choose('Alex', confirm.id);
    const meetupId = confirm.id.split(':')[2];
    expect(textOf(await act.choose('Alex', `meetups:r:${meetupId}:y`))).toMatch(/^Lovely/);

    for (const command of commandList) {
      for (const word of ['__proto__', 'constructor']) {
        for (const id of [`${command.name}:${word}`, `${command.name}:r:${meetupId}:${word}`, `${command.name}:mood:${word}`, `${command.name}:${word}:${word}`]) {
          const replies = await act.choose('Alex', id);
          expect(replies.length, id).toBeGreaterThan(0);
          expect(textOf(replies), id).not.toMatch(/something went wrong/i);
        }
      }
    }
    expect(errors).toEqual([]);
  });

  it('a region named like a prototype member falls back to the international lines', () => {
    for (const word of PROTO_WORDS) {
      expect(supportText(helplines, word, null)).toBe(supportText(helplines, 'INT', null));
      expect(supportPointer(helplines, word)).toBe(supportPointer(helplines, 'INT'));
    }
  });
});
