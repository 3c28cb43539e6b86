/**
 * Buddy pairing for a peer support group: who meets whom this round.
 *
 * Pure algorithm — no database, no I/O. The caller (rounds.ts) gathers the
 * opted-in members, their pairing history, avoid requests and topics, and
 * stores the result.
 *
 * How a round is chosen:
 *  - Every possible pair gets a weight (see `pairWeight`): a base, minus a
 *    cost for having met recently (and often), plus a bonus for each
 *    direction in which one can help with a topic the other is looking for.
 *    Pairs where either side asked to avoid the other get no edge at all.
 *  - We take a maximum-cardinality maximum-weight matching, so nobody is left
 *    out because of weights, and among full pairings the best one wins.
 *  - Repeating last round's pair is ranked above every other preference:
 *    it only happens when no full pairing without such a repeat exists.
 *  - With an odd count, one member joins a pair as a trio.
 *  - Ties are broken first by a fixed round-robin schedule (small groups
 *    only, so that a group of 12 meets all 11 others in 11 rounds), then by
 *    seeded jitter. Neither can ever outweigh a real preference.
 *
 * Up to `exactLimit` members (default 400) the matching is exact (blossom
 * algorithm); beyond that a greedy + 2-opt heuristic on sparse candidate lists
 * keeps 10,000 members well under a second.
 */
import { exactMatching, type WeightedEdge } from './blossom.js';
import { greedyMatching } from './greedy.js';
import { mulberry32 } from '../ports.js';

export { exactMatching, type WeightedEdge } from './blossom.js';
export { greedyMatching, type GreedyOptions, type WeightOracle } from './greedy.js';

export interface PairingInput {
  /** Opted-in active member ids. Duplicates are ignored. */
  members: number[];
  /** `pairKey(a, b)` -> how many rounds ago they were last together (1 = last round); absent = never. */
  lastPaired: Map<string, number>;
  /** `pairKey(a, b)` of pairs never to put together (either side asked). */
  avoid: Set<string>;
  /** Topics a member can help with. */
  offers: Map<number, Set<string>>;
  /** Topics a member is looking for. */
  seeks: Map<number, Set<string>>;
  /** Makes a round reproducible: same input and seed, same groups. */
  seed: number;
  /**
   * Optional: `pairKey(a, b)` -> how many times they have been together in
   * total. Makes pairs that met often cost more. Absent = counted as once
   * when `lastPaired` has them.
   */
  timesPaired?: Map<string, number>;
}

export interface PairingResult {
  /** Pairs, plus one trio when the count is odd. Each group sorted by id; groups sorted by first id. */
  groups: number[][];
  /**
   * Members who could not be placed: a lone member (count 1), or someone
   * whose avoid requests rule out every pair they could join. Extra trios may
   * be formed for people who cannot be paired because of avoid requests,
   * before anyone is left out.
   */
  left: number[];
  /** Sum of `pairWeight` over every two people who share a group. */
  totalWeight: number;
  /** True when the pairs come from the exact solver, false from the heuristic. */
  exact: boolean;
}

export interface PairingOptions {
  /** Largest member count solved exactly; above it the heuristic runs. Default 400. */
  exactLimit?: number;
}

/** Weight constants, in points. */
export const PAIR_WEIGHTS = {
  /** Two people who never met. */
  base: 1000,
  /** Cost of having met k rounds ago is `recency * (1 + (times - 1) / 2) / k`. */
  recency: 800,
  /** Bonus for each direction in which one offers a topic the other seeks. */
  topicBonus: 40,
  /** The recency cost never pushes a pair below this, so weights stay positive. */
  minimum: 50,
} as const;

export const DEFAULT_EXACT_LIMIT = 400;

/** Up to this many members, an odd round tries every trio exactly. */
const TRIO_SEARCH_LIMIT = 15;
/** Up to this many members, ties follow a round-robin schedule. */
const SCHEDULE_LIMIT = 64;
/** Jitter values are 0..JITTER-1 per pair. */
const JITTER = 16;

/** Canonical key of an unordered pair: `${min}:${max}`. */
export function pairKey(a: number, b: number): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

/** Points a pair has met k rounds ago, `times` times in all. */
function recencyCost(roundsAgo: number, times: number): number {
  const { base, recency, minimum } = PAIR_WEIGHTS;
  const k = Math.max(1, roundsAgo);
  const often = 1 + Math.max(0, times - 1) / 2;
  return Math.min(base - minimum, Math.round((recency * often) / k));
}

function helpsWith(offers: ReadonlySet<string> | undefined, seeks: ReadonlySet<string> | undefined): boolean {
  if (!offers || !seeks) return false;
  for (const topic of offers) if (seeks.has(topic)) return true;
  return false;
}

/**
 * Weight of pairing a with b (higher is better), or null when they must not
 * be paired (avoid request, or the same person):
 *
 *   base (1000)
 *   − min(950, round(800 × (1 + (timesMet − 1)/2) / roundsAgo))   if they met before
 *   + 50 if a offers a topic b seeks, + 50 if b offers a topic a seeks
 *
 * Always at least 50. Having met last round also ranks below every other
 * preference inside `pairRound`, on top of this cost.
 */
export function pairWeight(a: number, b: number, input: PairingInput): number | null {
  if (a === b) return null;
  const key = pairKey(a, b);
  if (input.avoid.has(key)) return null;
  let weight: number = PAIR_WEIGHTS.base;
  const ago = input.lastPaired.get(key);
  if (ago !== undefined) weight -= recencyCost(ago, input.timesPaired?.get(key) ?? 1);
  if (helpsWith(input.offers.get(a), input.seeks.get(b))) weight += PAIR_WEIGHTS.topicBonus;
  if (helpsWith(input.offers.get(b), input.seeks.get(a))) weight += PAIR_WEIGHTS.topicBonus;
  return weight;
}

// ---------------------------------------------------------------------------
// Hashing and seeded randomness (reproducible tie-breaks).

function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

function hashNumber(x: number, salt: number): number {
  const whole = Math.floor(x);
  const high = Math.floor(whole / 4294967296);
  const low = whole - high * 4294967296;
  return mix32(mix32(mix32(salt ^ 0x9e3779b9) ^ low) ^ (high | 0));
}

function seededRandom(seed: number): () => number {
  return mulberry32(hashNumber(seed, 0x51ed));
}

// ---------------------------------------------------------------------------
// One round's members, indexed 0..n-1, with fast pair weights.

/** Flags stored with a pair's recency cost in `Round.pairInfo`. */
const LAST_ROUND = 1 << 12;
const AVOIDED = 1 << 13;
const COST_MASK = LAST_ROUND - 1;

class Round {
  readonly ids: number[];
  readonly n: number;
  /** i * n + j (i < j) -> recency cost in points, plus the LAST_ROUND / AVOIDED flags. */
  private readonly pairInfo = new Map<number, number>();
  /** Topics as bit sets, `topicWords` 32-bit words per member. */
  private readonly offerBits: Uint32Array;
  private readonly seekBits: Uint32Array;
  private readonly topicWords: number;
  /** Topic names by member index (for building candidate lists). */
  private readonly offers: string[][];
  private readonly seeks: string[][];
  private readonly jitterSalt: number;
  private readonly withJitter: boolean;
  /** Position in the round-robin schedule, or null when the group is too big for it. */
  private readonly schedulePos: Int32Array | null;
  private readonly scheduleRounds: number;
  // Composite weight = ((tier + real) * rankScale + rank) * jitterScale + jitter.
  private readonly tierScale: number;
  private readonly rankScale: number;
  private readonly jitterScale: number;

  constructor(input: PairingInput, withTieBreaks: boolean) {
    this.ids = [...new Set(input.members)].sort((a, b) => a - b);
    const n = (this.n = this.ids.length);
    const index = new Map<number, number>();
    this.ids.forEach((id, i) => index.set(id, i));
    const pairIndex = (key: string): number | null => {
      const colon = key.indexOf(':');
      const a = index.get(Number(key.slice(0, colon)));
      const b = index.get(Number(key.slice(colon + 1)));
      if (a === undefined || b === undefined || a === b) return null;
      return a < b ? a * n + b : b * n + a;
    };
    for (const [key, ago] of input.lastPaired) {
      const p = pairIndex(key);
      if (p === null) continue;
      const cost = recencyCost(ago, input.timesPaired?.get(key) ?? 1);
      this.pairInfo.set(p, cost | (ago <= 1 ? LAST_ROUND : 0));
    }
    for (const key of input.avoid) {
      const p = pairIndex(key);
      if (p !== null) this.pairInfo.set(p, (this.pairInfo.get(p) ?? 0) | AVOIDED);
    }

    this.offers = this.ids.map((id) => [...(input.offers.get(id) ?? [])].sort());
    this.seeks = this.ids.map((id) => [...(input.seeks.get(id) ?? [])].sort());
    const topicBit = new Map<string, number>();
    for (const list of [...this.offers, ...this.seeks]) {
      for (const topic of list) if (!topicBit.has(topic)) topicBit.set(topic, topicBit.size);
    }
    const words = (this.topicWords = Math.max(1, Math.ceil(topicBit.size / 32)));
    this.offerBits = new Uint32Array(n * words);
    this.seekBits = new Uint32Array(n * words);
    for (let i = 0; i < n; i++) {
      for (const topic of this.offers[i]) {
        const bit = topicBit.get(topic)!;
        this.offerBits[i * words + (bit >>> 5)] |= 1 << (bit & 31);
      }
      for (const topic of this.seeks[i]) {
        const bit = topicBit.get(topic)!;
        this.seekBits[i * words + (bit >>> 5)] |= 1 << (bit & 31);
      }
    }
    this.jitterSalt = hashNumber(input.seed, 0x7a11);

    // Scales: any sum over one grouping (at most n within-group pairs) of a
    // lower layer stays below one unit of the layer above it.
    const { base, topicBonus, minimum } = PAIR_WEIGHTS;
    const realSpan = base + 2 * topicBonus - minimum;
    this.tierScale = n * realSpan + 1;
    const useSchedule = withTieBreaks && n <= SCHEDULE_LIMIT;
    this.scheduleRounds = n % 2 === 0 ? n - 1 : n;
    this.rankScale = useSchedule ? n * this.scheduleRounds + 1 : 1;
    this.jitterScale = withTieBreaks ? n * JITTER + 1 : 1;
    this.withJitter = withTieBreaks;

    if (useSchedule) {
      // A fixed order (independent of the seed, so it stays the same from round
      // to round) defines a circle-method round robin; tie-breaks prefer its
      // earliest round among the fresh pairs, so rounds never paint themselves
      // into a corner where only repeats are left.
      const order = this.ids
        .map((id, i) => ({ i, h: hashNumber(id, 0x5c4e) }))
        .sort((x, y) => x.h - y.h || this.ids[x.i] - this.ids[y.i]);
      this.schedulePos = new Int32Array(n);
      order.forEach(({ i }, pos) => (this.schedulePos![i] = pos));
    } else {
      this.schedulePos = null;
    }
  }

  /** Largest possible composite weight (for pruning in the heuristic). */
  get maxComposite(): number {
    const { base, topicBonus } = PAIR_WEIGHTS;
    return ((this.tierScale + base + 2 * topicBonus) * this.rankScale + this.rankScale) * this.jitterScale;
  }

  private helps(from: number, to: number): boolean {
    const w = this.topicWords;
    for (let k = 0; k < w; k++) if (this.offerBits[from * w + k] & this.seekBits[to * w + k]) return true;
    return false;
  }

  /** Same value as `pairWeight`, by index. */
  real(i: number, j: number): number | null {
    if (i === j) return null;
    const info = this.pairInfo.get(i < j ? i * this.n + j : j * this.n + i) ?? 0;
    if (info & AVOIDED) return null;
    let weight = PAIR_WEIGHTS.base - (info & COST_MASK);
    if (this.helps(i, j)) weight += PAIR_WEIGHTS.topicBonus;
    if (this.helps(j, i)) weight += PAIR_WEIGHTS.topicBonus;
    return weight;
  }

  /** The weight the solvers maximise: last-round tier, real weight, schedule rank, jitter. */
  composite(i: number, j: number): number | null {
    const real = this.real(i, j);
    if (real === null) return null;
    const info = this.pairInfo.get(i < j ? i * this.n + j : j * this.n + i) ?? 0;
    const tier = info & LAST_ROUND ? 0 : this.tierScale;
    let value = (tier + real) * this.rankScale;
    if (this.schedulePos) value += this.scheduleRounds - 1 - this.scheduleRound(i, j);
    value *= this.jitterScale;
    if (this.withJitter) {
      const a = this.ids[Math.min(i, j)];
      const b = this.ids[Math.max(i, j)];
      value += hashNumber(b, hashNumber(a, this.jitterSalt)) % JITTER;
    }
    return value;
  }

  /** Round of the circle-method round robin in which i and j meet. */
  private scheduleRound(i: number, j: number): number {
    const pi = this.schedulePos![i];
    const pj = this.schedulePos![j];
    const fixed = this.scheduleRounds; // the pivot position (a dummy when n is odd)
    const m = this.scheduleRounds;
    if (pi === fixed) return (2 * pj) % m;
    if (pj === fixed) return (2 * pi) % m;
    return (pi + pj) % m;
  }

  allEdges(): WeightedEdge[] {
    const edges: WeightedEdge[] = [];
    for (let i = 0; i < this.n; i++) {
      for (let j = i + 1; j < this.n; j++) {
        const w = this.composite(i, j);
        if (w !== null) edges.push([i, j, w]);
      }
    }
    return edges;
  }

  /**
   * Sparse candidates for the heuristic: for each member, some partners with
   * a topic match either way, plus a few random ones. Most pairs weigh the
   * same (never met, no topic), so a few random partners stand in for them.
   */
  candidateEdges(seed: number): WeightedEdge[] {
    const n = this.n;
    const random = seededRandom(seed);
    const offeredBy = new Map<string, number[]>();
    const soughtBy = new Map<string, number[]>();
    const addTo = (map: Map<string, number[]>, topic: string, i: number): void => {
      const list = map.get(topic);
      if (list) list.push(i);
      else map.set(topic, [i]);
    };
    for (let i = 0; i < n; i++) {
      for (const topic of this.offers[i]) addTo(offeredBy, topic, i);
      for (const topic of this.seeks[i]) addTo(soughtBy, topic, i);
    }
    const seen = new Set<number>();
    const edges: WeightedEdge[] = [];
    const add = (i: number, j: number): void => {
      if (i === j) return;
      const p = i < j ? i * n + j : j * n + i;
      if (seen.has(p)) return;
      seen.add(p);
      const w = this.composite(i, j);
      if (w !== null) edges.push(i < j ? [i, j, w] : [j, i, w]);
    };
    const PER_TOPIC = 6;
    const TOPIC_CAP = 16;
    const RANDOM = 4;
    for (let i = 0; i < n; i++) {
      const lists: number[][] = [];
      for (const topic of this.seeks[i]) lists.push(offeredBy.get(topic) ?? []);
      for (const topic of this.offers[i]) lists.push(soughtBy.get(topic) ?? []);
      let taken = 0;
      for (const list of lists) {
        const from = Math.floor(random() * list.length);
        for (let s = 0; s < Math.min(PER_TOPIC, list.length) && taken < TOPIC_CAP; s++) {
          add(i, list[(from + s) % list.length]);
          taken++;
        }
      }
      for (let r = 0; r < RANDOM; r++) add(i, Math.floor(random() * n));
    }
    return edges;
  }
}

// ---------------------------------------------------------------------------
// Turning a matching into groups.

interface Grouping {
  groups: number[][]; // by index
  left: number[]; // by index
}

/** Pairs from the mate array; whoever is unmatched then joins a pair (see `joinPairs`). */
function groupsFromMates(round: Round, mate: readonly number[]): Grouping {
  const groups: number[][] = [];
  const unmatched: number[] = [];
  for (let i = 0; i < round.n; i++) {
    if (mate[i] === -1) unmatched.push(i);
    else if (i < mate[i]) groups.push([i, mate[i]]);
  }
  return joinPairs(round, groups, unmatched);
}

/**
 * Each unmatched member joins the pair they add the most weight to (their
 * weights to both), never a pair with someone they avoid. If no pair fits,
 * they may take someone's place in a pair while that person joins another
 * pair instead; failing that, they are left out.
 */
function joinPairs(round: Round, groups: number[][], unmatched: readonly number[]): Grouping {
  const left: number[] = [];
  const adds = (u: number, group: number[]): number | null => {
    const wa = round.composite(u, group[0]);
    const wb = round.composite(u, group[1]);
    return wa === null || wb === null ? null : wa + wb;
  };
  for (const u of unmatched) {
    let best: number[] | null = null;
    let bestAdds = -Infinity;
    for (const group of groups) {
      if (group.length !== 2) continue;
      const value = adds(u, group);
      if (value !== null && value > bestAdds) {
        bestAdds = value;
        best = group;
      }
    }
    if (best) {
      best.push(u);
      continue;
    }
    // Swap in: u takes a's place next to b, and a joins another pair.
    let swap: { pair: number[]; stays: number; moves: number; to: number[] } | null = null;
    let swapValue = -Infinity;
    for (const pair of groups) {
      if (pair.length !== 2) continue;
      for (const [stays, moves] of [
        [pair[0], pair[1]],
        [pair[1], pair[0]],
      ]) {
        const wu = round.composite(u, stays);
        if (wu === null) continue;
        const lost = round.composite(stays, moves)!;
        for (const to of groups) {
          if (to === pair || to.length !== 2) continue;
          const value = adds(moves, to);
          if (value !== null && wu - lost + value > swapValue) {
            swapValue = wu - lost + value;
            swap = { pair, stays, moves, to };
          }
        }
      }
    }
    if (swap) {
      swap.pair[0] = swap.stays;
      swap.pair[1] = u;
      swap.to.push(swap.moves);
    } else {
      left.push(u);
    }
  }
  return { groups, left };
}

/** Positive when `x` places more people than `y`, or as many with more weight. */
function compareGroupings(round: Round, x: Grouping, y: Grouping): number {
  if (x.left.length !== y.left.length) return y.left.length - x.left.length;
  const score = (g: Grouping): number => {
    let sum = 0;
    for (const group of g.groups) {
      for (let s = 0; s < group.length; s++) {
        for (let t = s + 1; t < group.length; t++) sum += round.composite(group[s], group[t])!;
      }
    }
    return sum;
  };
  return score(x) - score(y);
}

/** Odd small groups: try every trio with the best pairing of the rest. */
function bestWithTrio(round: Round): Grouping | null {
  const n = round.n;
  const w: (number | null)[][] = [];
  for (let i = 0; i < n; i++) {
    w.push([]);
    for (let j = 0; j < n; j++) w[i].push(i === j ? null : round.composite(i, j));
  }
  let best: { placed: number; score: number; grouping: Grouping } | null = null;
  const rest = new Int32Array(n);
  for (let x = 0; x < n; x++) {
    for (let a = x + 1; a < n; a++) {
      if (w[x][a] === null) continue;
      for (let b = a + 1; b < n; b++) {
        if (w[x][b] === null || w[a][b] === null) continue;
        let r = 0;
        for (let v = 0; v < n; v++) if (v !== x && v !== a && v !== b) rest[r++] = v;
        const edges: WeightedEdge[] = [];
        for (let s = 0; s < r; s++) {
          for (let t = s + 1; t < r; t++) {
            const wst = w[rest[s]][rest[t]];
            if (wst !== null) edges.push([s, t, wst]);
          }
        }
        const mate = exactMatching(r, edges, true);
        let placed = 3;
        let score = w[x][a]! + w[x][b]! + w[a][b]!;
        const groups: number[][] = [[x, a, b]];
        const left: number[] = [];
        for (let s = 0; s < r; s++) {
          if (mate[s] === -1) left.push(rest[s]);
          else if (s < mate[s]) {
            placed += 2;
            score += w[rest[s]][rest[mate[s]]]!;
            groups.push([rest[s], rest[mate[s]]]);
          }
        }
        if (!best || placed > best.placed || (placed === best.placed && score > best.score)) {
          best = { placed, score, grouping: { groups, left } };
        }
      }
    }
  }
  return best ? joinPairs(round, best.grouping.groups, best.grouping.left) : null;
}

/**
 * Pairs up this round's members.
 *
 * 0 or 1 members: no groups (a lone member is in `left`). 2: one pair, unless
 * they avoid each other. 3: one trio. Otherwise pairs, plus one trio when the
 * count is odd. Same input and seed give the same result.
 */
export function pairRound(input: PairingInput, options: PairingOptions = {}): PairingResult {
  const exactLimit = options.exactLimit ?? DEFAULT_EXACT_LIMIT;
  const memberCount = new Set(input.members).size;
  const exact = memberCount <= exactLimit;
  const round = new Round(input, exact);
  const n = round.n;

  let grouping: Grouping;
  if (n < 2) {
    grouping = { groups: [], left: n === 1 ? [0] : [] };
  } else if (exact && n % 2 === 1 && n <= TRIO_SEARCH_LIMIT) {
    // Avoid requests can make a trio cost a place; then plain pairs may place more people.
    const plain = groupsFromMates(round, exactMatching(n, round.allEdges(), true));
    const withTrio = bestWithTrio(round);
    grouping = withTrio && compareGroupings(round, withTrio, plain) >= 0 ? withTrio : plain;
  } else if (exact) {
    grouping = groupsFromMates(round, exactMatching(n, round.allEdges(), true));
  } else {
    const mate = greedyMatching(n, round.candidateEdges(input.seed), {
      weightOf: (i, j) => round.composite(i, j),
      minGain: 0.5,
      maxWeight: round.maxComposite,
    });
    grouping = groupsFromMates(round, mate);
  }

  let totalWeight = 0;
  for (const g of grouping.groups) {
    for (let s = 0; s < g.length; s++) for (let t = s + 1; t < g.length; t++) totalWeight += round.real(g[s], g[t])!;
  }
  const groups = grouping.groups
    .map((g) => g.map((i) => round.ids[i]).sort((a, b) => a - b))
    .sort((a, b) => a[0] - b[0]);
  const left = grouping.left.map((i) => round.ids[i]).sort((a, b) => a - b);
  return { groups, left, totalWeight, exact };
}
