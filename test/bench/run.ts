import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { absenceBench } from './absence.js';
import { chartsBench } from './charts.js';
import { checkinBench } from './checkins.js';
import { fanoutBench } from './fanout.js';
import { fanoutPostgresBench } from './fanout-pg.js';
import { latencyBench } from './latency.js';
import { memoryBench } from './memory.js';
import { pairingBench } from './pairing.js';
import { absencePostgresBench, checkinPostgresBench } from './postgres.js';
import { type Figure, fmt } from './lib.js';

// `npm run bench [section…]`: prints a table and writes test/bench/results/latest.json.

const sections: Record<string, () => Promise<Figure[]>> = {
  checkins: checkinBench,
  latency: latencyBench,
  pairing: pairingBench,
  absence: absenceBench,
  fanout: fanoutBench,
  charts: chartsBench,
  memory: memoryBench,
  'checkins-pg': checkinPostgresBench,
  'absence-pg': absencePostgresBench,
  'fanout-pg': fanoutPostgresBench,
};

async function main() {
  const wanted = process.argv.slice(2).filter((a) => sections[a]);
  const run = wanted.length ? wanted : Object.keys(sections);
  const figures: Figure[] = [];
  for (const name of run) {
    process.stderr.write(`running ${name}…\n`);
    const t0 = Date.now();
    figures.push(...(await sections[name]()));
    process.stderr.write(`  ${name} took ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  }
  const rows = figures.map((f) => [f.section, f.name, `${fmt(f.value)} ${f.unit}`, `${fmt(f.reference)} (${f.referenceLabel})`, fmt(f.ratio), f.target, f.met ? 'yes' : 'NO']);
  const head = ['section', 'figure', 'value', 'reference', 'ratio', 'target', 'met'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
  for (const f of figures.filter((f) => f.note)) console.log(`  ${f.name}: ${f.note}`);
  const dir = join(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.json'), JSON.stringify({ at: new Date().toISOString(), node: process.version, figures }, null, 2));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
