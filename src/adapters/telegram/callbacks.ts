import { createHmac, timingSafeEqual } from 'node:crypto';
import type { SigningKeys } from '../../core/signing.js';

// Compact, signed callback_data (at most 64 bytes): `<sig>|<ctx>|<choice id>`.
// The signature covers the chat the button lives in, so data copied to another chat, edited by a
// client or invented never acts. `ctx` is the group (database id) a button shown in a private chat
// acts for (an agreement sent privately after /join in the group), empty otherwise.
// Keyed from the signing secret, never the bot token. Buttons signed before it (keyed from the
// token) keep working until keys.legacyUntil (one check-in period), then are refused politely.

const SIG_LEN = 10; // base64url characters: 60 bits
export const MAX_CALLBACK_BYTES = 64;

export interface DecodedCallback {
  id: string;
  groupId?: number;
}

export class CallbackSigner {
  private readonly key: Buffer;
  private readonly legacyKey: Buffer | undefined;

  /** `legacyToken`: the bot token old buttons were keyed from (omit to accept none). */
  constructor(
    private readonly keys: SigningKeys,
    legacyToken?: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.key = derive(keys.secret);
    this.legacyKey = legacyToken ? derive(legacyToken) : undefined;
  }

  private sig(chatId: string | number, ctx: string, id: string, key = this.key): string {
    return createHmac('sha256', key).update(`${chatId}|${ctx}|${id}`).digest('base64url').slice(0, SIG_LEN);
  }

  /** Returns null when the choice id cannot fit (ids are at most 40 ASCII characters). */
  encode(chatId: string | number, choiceId: string, groupId?: number): string | null {
    const ctx = groupId === undefined ? '' : String(groupId);
    const data = `${this.sig(chatId, ctx, choiceId)}|${ctx}|${choiceId}`;
    return Buffer.byteLength(data) <= MAX_CALLBACK_BYTES ? data : null;
  }

  /** The choice behind callback data pressed in `chatId`, or null when it is forged or malformed. */
  decode(chatId: string | number, data: string | undefined): DecodedCallback | null {
    if (!data || Buffer.byteLength(data) > MAX_CALLBACK_BYTES) return null;
    const a = data.indexOf('|');
    const b = data.indexOf('|', a + 1);
    if (a !== SIG_LEN || b < 0) return null;
    const ctx = data.slice(a + 1, b);
    const id = data.slice(b + 1);
    if (!id || (ctx && !/^\d{1,12}$/.test(ctx))) return null;
    const given = data.slice(0, a);
    const valid = same(this.sig(chatId, ctx, id), given) || (!!this.legacyKey && this.now() < this.keys.legacyUntil && same(this.sig(chatId, ctx, id, this.legacyKey), given));
    if (!valid) return null;
    return ctx ? { id, groupId: Number(ctx) } : { id };
  }
}

const derive = (secret: string) => createHmac('sha256', 'peer-support/telegram-callback').update(secret).digest();

function same(want: string, got: string): boolean {
  const a = Buffer.from(want);
  const b = Buffer.from(got);
  return a.length === b.length && timingSafeEqual(a, b);
}
