import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { SigningKeys } from '../../core/signing.js';

// Custom ids on buttons, menus and modals: `<choice id>|<owner>|<group>|<mac>`.
// The owner is the user a private message was for ('' on group messages: anyone may press,
// and a press always acts for whoever pressed). The group (database id, '' when none) is the
// group a button in a DM acts on, whatever group the person has chosen for typed commands since.
// The mac (keyed from the signing secret, never the bot token) means ids we did not make are
// refused politely instead of reaching a command.
//
// Buttons posted before groups were signed in (`<choice id>|<owner>|<mac>`, keyed from the bot
// token) keep working, acting as they always did, until keys.legacyUntil (one check-in period
// after the first start with the signing secret), then get the polite "doesn't work any more".

const SEP = '|';
const MAC_LEN = 12;

export type Decoded =
  | { ok: true; id: string; owner: string; groupId?: number; legacy?: true }
  | { ok: false; why: 'forged' | 'malformed' | 'expired' };

export class CustomIds {
  private readonly key: Buffer;
  private readonly legacyKey: Buffer | undefined;

  /** `legacyToken`: the bot token the old ids were keyed from (omit to accept none). */
  constructor(
    private readonly keys: SigningKeys,
    legacyToken?: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.key = createHash('sha256').update(`peer-support/custom-id/v2/${keys.secret}`).digest();
    this.legacyKey = legacyToken ? createHash('sha256').update(`peer-support/custom-id/${legacyToken}`).digest() : undefined;
  }

  private mac(id: string, owner: string, group: string): string {
    return createHmac('sha256', this.key).update(`v2${SEP}${id}${SEP}${owner}${SEP}${group}`).digest('base64url').slice(0, MAC_LEN);
  }

  /** At most 40 + 1 + 20 + 1 + 12 + 1 + 12 = 87 characters (Discord allows 100). */
  encode(id: string, owner = '', groupId?: number): string {
    const group = groupId === undefined ? '' : String(groupId);
    return `${id}${SEP}${owner}${SEP}${group}${SEP}${this.mac(id, owner, group)}`;
  }

  decode(raw: string): Decoded {
    const parts = raw.split(SEP);
    if (parts.length < 3) return { ok: false, why: 'malformed' };
    if (parts.length >= 4) {
      const group = parts[parts.length - 2];
      const owner = parts[parts.length - 3];
      const id = parts.slice(0, -3).join(SEP);
      if (validId(id) && /^\d*$/.test(owner) && /^\d{0,12}$/.test(group) && same(this.mac(id, owner, group), parts[parts.length - 1]))
        return group ? { ok: true, id, owner, groupId: Number(group) } : { ok: true, id, owner };
    }
    return this.decodeLegacy(parts);
  }

  /** The old format, keyed from the bot token: accepted only within the grace period. */
  private decodeLegacy(parts: string[]): Decoded {
    const mac = parts[parts.length - 1];
    const owner = parts[parts.length - 2];
    const id = parts.slice(0, -2).join(SEP);
    if (!validId(id) || !/^\d*$/.test(owner)) return { ok: false, why: 'malformed' };
    if (!this.legacyKey) return { ok: false, why: 'forged' };
    const want = createHmac('sha256', this.legacyKey).update(`${id}${SEP}${owner}`).digest('base64url').slice(0, MAC_LEN);
    if (!same(want, mac)) return { ok: false, why: 'forged' };
    if (this.now() >= this.keys.legacyUntil) return { ok: false, why: 'expired' };
    return { ok: true, id, owner, legacy: true };
  }
}

const validId = (id: string) => /^[\x21-\x7e]{1,60}$/.test(id);

function same(want: string, got: string): boolean {
  const a = Buffer.from(want);
  const b = Buffer.from(got);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Ids the adapter itself puts on components (never routed to a command). */
export const MENU_ID = '~menu';
export const FORM_OPEN_PREFIX = '~form:';
