/**
 * Fast approximate maximum-weight matching for very large groups, where the
 * exact O(n^3) solver would be too slow and the complete graph too big.
 *
 * It works on a sparse list of candidate edges (for pairing rounds: each
 * member's likely-good partners plus a few random ones), and may ask a weight
 * oracle about any other pair while improving:
 *
 *  1. greedy: take candidate edges heaviest first;
 *  2. fill: match still-free vertices, through short augmenting paths and then,
 *     if the oracle knows every pair, with each other, so that as many people
 *     as possible are paired;
 *  3. improve: 2-opt swaps — for a candidate edge (a, c) with a–b and c–d
 *     matched, re-pair as a–c and b–d when that weighs more — until no swap
 *     helps or the pass budget runs out.
 */
import type { WeightedEdge } from './blossom.js';

/** Weight of pairing i with j, or null when they must not be paired. */
export type WeightOracle = (i: number, j: number) => number | null;

export interface GreedyOptions {
  /**
   * Weight of any pair, including pairs that are not candidate edges. Without
   * it only the candidate edges exist.
   */
  weightOf?: WeightOracle;
  /** Only swaps that gain more than this are made (ignore tie-break noise). */
  minGain?: number;
  /** No pair weighs more than this (lets the 2-opt skip hopeless swaps). */
  maxWeight?: number;
  /** Upper bound on improvement passes over all vertices. */
  maxPasses?: number;
}

/**
 * Approximate maximum-weight matching; returns the mate array like
 * `exactMatching`. Deterministic for a given edge order.
 */
export function greedyMatching(
  n: number,
  edges: readonly WeightedEdge[],
  options: GreedyOptions = {},
): number[] {
  const minGain = options.minGain ?? 0;
  const maxPasses = options.maxPasses ?? 8;
  const maxWeight = options.maxWeight ?? Infinity;
  const mate = new Int32Array(n).fill(-1);
  const mateWeight = new Float64Array(n);
  if (n < 2) return Array.from(mate);

  // Candidate adjacency (compressed), with each edge's weight alongside.
  const m = edges.length;
  const start = new Int32Array(n + 1);
  for (const [i, j] of edges) {
    start[i + 1]++;
    start[j + 1]++;
  }
  for (let v = 0; v < n; v++) start[v + 1] += start[v];
  const nbr = new Int32Array(2 * m);
  const nbrW = new Float64Array(2 * m);
  {
    const fill = start.slice(0, n);
    for (const [i, j, w] of edges) {
      nbr[fill[i]] = j;
      nbrW[fill[i]++] = w;
      nbr[fill[j]] = i;
      nbrW[fill[j]++] = w;
    }
  }

  let weightOf = options.weightOf;
  const completeOracle = weightOf !== undefined;
  if (!weightOf) {
    const known = new Map<number, number>();
    for (const [i, j, w] of edges) known.set(i < j ? i * n + j : j * n + i, w);
    weightOf = (i, j) => known.get(i < j ? i * n + j : j * n + i) ?? null;
  }
  const weight = weightOf;

  const link = (a: number, b: number, w: number): void => {
    mate[a] = b;
    mate[b] = a;
    mateWeight[a] = mateWeight[b] = w;
  };
  const unlink = (a: number): void => {
    mate[a] = -1;
    mateWeight[a] = 0;
  };

  // 1. Greedy, heaviest first (ties keep the given edge order).
  const order = new Int32Array(m);
  for (let k = 0; k < m; k++) order[k] = k;
  const edgeWeights = new Float64Array(m);
  for (let k = 0; k < m; k++) edgeWeights[k] = edges[k][2];
  order.sort((x, y) => edgeWeights[y] - edgeWeights[x] || x - y);
  for (let q = 0; q < m; q++) {
    const [i, j, w] = edges[order[q]];
    if (mate[i] === -1 && mate[j] === -1) link(i, j, w);
  }

  // 2. Fill: pair free vertices through candidate edges, using augmenting
  // paths of length 3 (free a – c = d – free e  becomes  a – c, d – e).
  for (let a = 0; a < n; a++) {
    if (mate[a] !== -1) continue;
    let bestFree = -1;
    let bestFreeW = -Infinity;
    for (let q = start[a]; q < start[a + 1]; q++) {
      const c = nbr[q];
      if (mate[c] === -1 && c !== a && nbrW[q] > bestFreeW) {
        bestFree = c;
        bestFreeW = nbrW[q];
      }
    }
    if (bestFree !== -1) {
      link(a, bestFree, bestFreeW);
      continue;
    }
    search: for (let q = start[a]; q < start[a + 1]; q++) {
      const c = nbr[q];
      const d = mate[c];
      if (d === -1) continue;
      for (let r = start[d]; r < start[d + 1]; r++) {
        const e = nbr[r];
        if (e !== a && e !== c && mate[e] === -1) {
          link(a, c, nbrW[q]);
          link(d, e, nbrW[r]);
          break search;
        }
      }
    }
  }
  if (completeOracle) {
    // Whoever is still free has no free candidate: ask the oracle about the other free ones.
    const free: number[] = [];
    for (let v = 0; v < n; v++) if (mate[v] === -1) free.push(v);
    for (let x = 0; x < free.length; x++) {
      const a = free[x];
      if (mate[a] !== -1) continue;
      for (let y = x + 1; y < free.length; y++) {
        const b = free[y];
        if (mate[b] !== -1) continue;
        const w = weight(a, b);
        if (w !== null) {
          link(a, b, w);
          break;
        }
      }
    }
  }

  // 3. Improve with 2-opt swaps along candidate edges; cardinality never drops.
  for (let pass = 0; pass < maxPasses; pass++) {
    let improved = false;
    for (let a = 0; a < n; a++) {
      for (let q = start[a]; q < start[a + 1]; q++) {
        const c = nbr[q];
        const b = mate[a];
        if (c === b) continue;
        const d = mate[c];
        const wac = nbrW[q];
        if (b === -1 && d === -1) {
          link(a, c, wac);
          improved = true;
        } else if (b !== -1 && d !== -1) {
          if (b === c || d === a) continue;
          // Skip the oracle when even the heaviest possible b–d pair could not pay off.
          if (wac + maxWeight - mateWeight[a] - mateWeight[c] <= minGain) continue;
          const wbd = weight(b, d);
          if (wbd === null) continue;
          if (wac + wbd - mateWeight[a] - mateWeight[c] > minGain) {
            link(a, c, wac);
            link(b, d, wbd);
            improved = true;
          }
        } else if (b !== -1) {
          // c is free: a leaves b for c.
          if (wac - mateWeight[a] > minGain) {
            unlink(b);
            link(a, c, wac);
            improved = true;
          }
        } else if (wac - mateWeight[c] > minGain) {
          // a is free: c leaves d for a.
          unlink(d);
          link(a, c, wac);
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
  return Array.from(mate);
}
