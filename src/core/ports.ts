// What the core needs from the outside world, passed in so tests can fix it.

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests (and the console's `:clock +7d`) can move. */
export class FixedClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current.getTime());
  }
  set(to: Date): void {
    this.current = new Date(to.getTime());
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** Randomness the core uses (pairing seeds, nonces), injectable for reproducible tests. */
export interface Ids {
  random(): number; // [0, 1)
  token(): string; // url-safe, unguessable
}

export const cryptoIds: Ids = {
  random: () => {
    const buf = new Uint32Array(1);
    globalThis.crypto.getRandomValues(buf);
    return buf[0] / 2 ** 32;
  },
  token: () => {
    const bytes = new Uint8Array(12);
    globalThis.crypto.getRandomValues(bytes);
    return Buffer.from(bytes).toString('base64url');
  },
};

/** A small seeded PRNG (mulberry32): reproducible pairing rounds and tests. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Deterministic ids for tests. */
export function seededIds(seed: number): Ids {
  let n = 0;
  return { random: mulberry32(seed), token: () => `t${seed}x${++n}` };
}

/** Real time plus an offset the console's `:clock +7d` moves forward. */
export class OffsetClock implements Clock {
  private offsetMs = 0;
  constructor(private readonly base: Clock = systemClock) {}
  now(): Date {
    return new Date(this.base.now().getTime() + this.offsetMs);
  }
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
