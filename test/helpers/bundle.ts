import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';

// `npm start`'s bundle (package.json "build"), built under a name of the caller's own so runs
// side by side never overwrite each other's. It sits in dist/, so the bot finds the project root.

const root = resolve(import.meta.dirname, '../..');

export async function buildBundle(name: string): Promise<{ file: string; remove(): void }> {
  const file = resolve(root, 'dist', `${name}-${process.pid}.js`);
  await build({ entryPoints: [resolve(root, 'src/main.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outfile: file, logLevel: 'warning' });
  return { file, remove: () => rmSync(file, { force: true }) };
}
