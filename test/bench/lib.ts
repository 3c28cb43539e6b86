import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One benchmark figure, compared with its reference. */
export interface Figure {
  section: string;
  name: string;
  value: number;
  unit: string;
  /** What the value is compared with: a target, or the other side of a ratio measured in the same run. */
  reference: number;
  referenceLabel: string;
  /** value / reference (for "lower is better" figures the table says so). */
  ratio: number;
  target: string;
  met: boolean;
  note?: string;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

export const nowMs = () => Number(process.hrtime.bigint()) / 1e6;

export async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t0 = nowMs();
  const value = await fn();
  return { ms: nowMs() - t0, value };
}

/** A temporary folder removed afterwards. */
export async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'peer-bench-'));
  try {
    return await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Math.abs(n) >= 1000) return Math.round(n).toLocaleString('en-GB');
  if (Number.isInteger(n)) return String(n); // counts
  if (Math.abs(n) >= 10) return n.toFixed(1);
  return n.toFixed(3);
}
