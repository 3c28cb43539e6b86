import { randomBytes } from 'node:crypto';
import type { Core } from './core.js';

// The key that signs buttons (Discord custom ids, Telegram callback data), kept apart from the
// bot tokens: rotating a leaked token breaks no live button, and a leaked token forges none.
// SIGNING_SECRET when set, else a key generated on the first start and kept in the database.
// Buttons signed the old way (from the bot token) keep working for one check-in period after
// that first start, then get the polite "that button doesn't work any more".

export const LEGACY_GRACE_MS = 7 * 24 * 3600_000;
const NAME = 'button_signing';

export interface SigningKeys {
  secret: string;
  /** Old token-signed buttons are accepted before this time, refused after. */
  legacyUntil: Date;
}

export async function signingKeys(core: Pick<Core, 'db' | 'clock'>, fromEnv?: string): Promise<SigningKeys> {
  const now = core.clock.now().toISOString();
  // Several processes may start at once: the first insert wins, everyone reads the same row.
  await core.db
    .insertInto('secrets')
    .values({ name: NAME, value: fromEnv ? null : randomBytes(32).toString('base64url'), created_at: now })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  let row = await core.db.selectFrom('secrets').select(['value', 'created_at']).where('name', '=', NAME).executeTakeFirstOrThrow();
  if (!fromEnv && !row.value) {
    // SIGNING_SECRET was set before and is not any more: keep a key of our own from now on.
    await core.db.updateTable('secrets').set({ value: randomBytes(32).toString('base64url') }).where('name', '=', NAME).where('value', 'is', null).execute();
    row = await core.db.selectFrom('secrets').select(['value', 'created_at']).where('name', '=', NAME).executeTakeFirstOrThrow();
  }
  return { secret: fromEnv ?? row.value!, legacyUntil: new Date(Date.parse(row.created_at) + LEGACY_GRACE_MS) };
}
