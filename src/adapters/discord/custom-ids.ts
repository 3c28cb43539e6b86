import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

// Custom ids on buttons, menus and modals: `<choice id>|<owner>|<mac>`.
// The owner is the user a private message was for ('' on group messages: anyone may press,
// and a press always acts for whoever pressed). The mac (keyed from the bot token) means ids
// we did not make are refused politely instead of reaching a command.

const SEP = '|';
const MAC_LEN = 12;

export type Decoded =
  | { ok: true; id: string; owner: string }
  | { ok: false; why: 'forged' | 'malformed' };

export class CustomIds {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHash('sha256').update(`peer-support/custom-id/${secret}`).digest();
  }

  private mac(id: string, owner: string): string {
    return createHmac('sha256', this.key).update(`${id}${SEP}${owner}`).digest('base64url').slice(0, MAC_LEN);
  }

  /** At most 40 + 1 + 20 + 1 + 12 = 74 characters (Discord allows 100). */
  encode(id: string, owner = ''): string {
    return `${id}${SEP}${owner}${SEP}${this.mac(id, owner)}`;
  }

  decode(raw: string): Decoded {
    const parts = raw.split(SEP);
    if (parts.length < 3) return { ok: false, why: 'malformed' };
    const mac = parts.pop()!;
    const owner = parts.pop()!;
    const id = parts.join(SEP);
    if (!id || !/^\d*$/.test(owner) || !/^[\x21-\x7e]{1,60}$/.test(id)) return { ok: false, why: 'malformed' };
    const want = Buffer.from(this.mac(id, owner));
    const got = Buffer.from(mac);
    if (want.length !== got.length || !timingSafeEqual(want, got)) return { ok: false, why: 'forged' };
    return { ok: true, id, owner };
  }
}

/** Ids the adapter itself puts on components (never routed to a command). */
export const MENU_ID = '~menu';
export const FORM_OPEN_PREFIX = '~form:';
