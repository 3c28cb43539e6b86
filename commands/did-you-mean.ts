// An unknown command close to a real one ("/supprt") is most likely a typing slip.

/** Edits (insert, delete, change, swap two neighbours) between two words. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The one command name within `most` edits of `name` (2 for longer names, 1 for short ones), if any. */
export function closestCommand(name: string, names: Iterable<string>, most = 2): string | null {
  const n = name.toLowerCase();
  const limit = Math.min(most, n.length <= 4 ? 1 : 2);
  const near = [...names].map((c) => ({ c, d: distance(n, c) })).filter((x) => x.d <= limit);
  if (!near.length) return null;
  const best = Math.min(...near.map((x) => x.d));
  const top = near.filter((x) => x.d === best);
  return top.length === 1 ? top[0].c : null;
}
