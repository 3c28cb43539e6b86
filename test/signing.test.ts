import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { CustomIds } from '../src/adapters/discord/custom-ids.js';
import { CallbackSigner } from '../src/adapters/telegram/callbacks.js';
import { readConfig } from '../src/config.js';
import { LEGACY_GRACE_MS, signingKeys } from '../src/core/signing.js';
import { type TestWorld, testWorld } from './helpers/core.js';
import { TelegramTest } from './helpers/telegram-harness.js';

// Buttons are signed with their own secret, not the bot token: rotating a token breaks no button,
// and buttons signed the old way work for one check-in period after the first start, then not.

let world: TestWorld | undefined;
let t: TelegramTest | undefined;
afterEach(async () => {
  await world?.close();
  await t?.stop();
  world = t = undefined;
});

describe('the button-signing secret', () => {
  it('is generated once, kept in the database, and the same at every start; the grace period runs from the first start', async () => {
    world = await testWorld('2026-12-03T09:00:00Z');
    const first = await signingKeys(world.core);
    expect(first.secret.length).toBeGreaterThanOrEqual(32);
    world.clock.advance(3 * 86400_000);
    const again = await signingKeys(world.core);
    expect(again).toEqual(first);
    expect(first.legacyUntil.toISOString()).toBe(new Date(Date.parse('2026-12-03T09:00:00Z') + LEGACY_GRACE_MS).toISOString());
  });

  it('uses SIGNING_SECRET when set and keeps no secret of its own then', async () => {
    world = await testWorld();
    const fromEnv = 'e'.repeat(40);
    expect((await signingKeys(world.core, fromEnv)).secret).toBe(fromEnv);
    expect(await world.core.db.selectFrom('secrets').select('value').execute()).toEqual([{ value: null }]);
    // Unset later: a key of its own from then on, still the same grace period.
    const own = await signingKeys(world.core);
    expect(own.secret).not.toBe(fromEnv);
    expect((await signingKeys(world.core)).secret).toBe(own.secret);
  });

  it('refuses a SIGNING_SECRET shorter than 32 characters, kindly', () => {
    expect(() => readConfig({ SIGNING_SECRET: 'short' })).toThrow(/SIGNING_SECRET: must be at least 32 characters/);
    expect(readConfig({ SIGNING_SECRET: 'x'.repeat(32) }).SIGNING_SECRET).toBe('x'.repeat(32));
  });

  it('keeps buttons working when the bot token is rotated (Discord and Telegram)', async () => {
    world = await testWorld();
    const keys = await signingKeys(world.core);
    const now = () => world!.clock.now();
    const id = new CustomIds(keys, 'old-token', now).encode('checkin:mood:3', '42', 7);
    expect(new CustomIds(await signingKeys(world.core), 'new-token', now).decode(id)).toEqual({ ok: true, id: 'checkin:mood:3', owner: '42', groupId: 7 });
    const data = new CallbackSigner(keys, '1:old-token', now).encode(-100, 'checkin:mood:3', 7)!;
    expect(new CallbackSigner(await signingKeys(world.core), '2:new-token', now).decode(-100, data)).toEqual({ id: 'checkin:mood:3', groupId: 7 });
    // A leaked token alone forges nothing.
    const forged = new CallbackSigner({ secret: '1:old-token', legacyUntil: new Date(0) }).encode(-100, 'checkin:mood:1')!;
    world.clock.advance(LEGACY_GRACE_MS);
    expect(new CallbackSigner(keys, '1:old-token', now).decode(-100, forged)).toBeNull();
  });
});

describe('Telegram: buttons signed the old way (from the bot token)', () => {
  /** Callback data as the previous version signed it: keyed from the bot token. */
  const legacyData = (token: string, chatId: number, id: string) => {
    const key = createHmac('sha256', 'peer-support/telegram-callback').update(token).digest();
    return `${createHmac('sha256', key).update(`${chatId}||${id}`).digest('base64url').slice(0, 10)}||${id}`;
  };

  it('work for 7 days after the first start with the new secret, then get the polite old-button answer', async () => {
    t = await TelegramTest.start();
    t.makeAdmin(await t.user('Sam'));
    await t.send('Sam', 'group', '/setup Europe/London sunday 19:00 Tuesday Parents');
    await t.send('Alex', 'group', '/join');
    await t.press('Alex', 'Accept');
    await t.send('Alex', 'group', '/checkin');
    const prompt = t.fake.sentTo(t.group).at(-1)!.message;
    const alex = t.users.get('alex')!;
    const old = legacyData(t.fake.token, t.group.id, 'checkin:mood:4');
    const press = () => t!.act(() => t!.fake.pressButton(alex, prompt, old, { force: true }));

    // The new secret's own buttons work (the one offered on the message).
    expect((await t.press('Alex', 'okay')).map((s) => s.text).join()).toMatch(/Thank you for checking in/);
    // Within the grace period: the old signature still works.
    t.world.clock.advance(LEGACY_GRACE_MS - 60_000);
    expect((await press()).map((s) => s.text).join()).toMatch(/Thank you for checking in|Updated your check-in/);
    const moods = () => t!.core.db.selectFrom('checkins').select('mood').orderBy('id').execute();
    const before = await moods();
    expect(before.at(-1)).toEqual({ mood: 4 });

    t.world.clock.advance(60_000);
    const after = await press();
    expect(after).toEqual([expect.objectContaining({ to: 'private', text: expect.stringMatching(/that button doesn't work any more/) })]);
    expect(await moods()).toEqual(before);
    expect([...t.fake.callbackQueries.values()].every((q) => q.answered)).toBe(true);
  });
});
