import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ReplyFile, fileBytes } from '../../core/reply.js';

// Files the console was given (/mydata, /export, the charts' PNGs), saved whole in a folder git ignores, since a
// terminal shows only a preview. A file sent privately is named by its person's id
// (`person-<id>-<name>`), so their /forgetme erases it by id, never by a name.

const PREVIEW_LINES = 8;

export class ConsoleFiles {
  /** `dir`: where files go (main.ts: data/files); without one, files are shown, never saved. */
  constructor(private readonly dir?: string) {}

  /**
   * Save the whole file; the lines to print: where it is, and the first few lines. `owner`: the
   * person it was sent to privately, 'group' for the group; null (a private file for someone not
   * known by id) is shown, not saved, so nothing about a person is kept where erasure can't find it.
   */
  save(file: ReplyFile, owner: number | 'group' | null): string[] {
    const bytes = fileBytes(file);
    // A terminal can't show a picture: its words are printed instead.
    const shown = file.kind === 'image' ? (file.alt ?? '').split('\n').map((l) => `      ${l}`) : preview(file.content);
    if (owner === null || !this.dir) return [`    📎 ${file.name} (${bytes.length} bytes, not saved)`, ...shown];
    const safe = file.name.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '').slice(0, 80) || 'file';
    mkdirSync(this.dir, { recursive: true });
    const path = join(this.dir, owner === 'group' ? `group-${safe}` : `person-${owner}-${safe}`);
    writeFileSync(path, bytes, { mode: 0o600 });
    return [`    📎 ${file.name} (${bytes.length} bytes), saved whole to ${path}`, ...shown];
  }

  /** Erase every file saved for this person (their /forgetme). Returns how many went. */
  forget(personId: number): number {
    if (!this.dir) return 0;
    let gone = 0;
    const prefix = `person-${personId}-`;
    for (const name of safeList(this.dir)) {
      if (!name.startsWith(prefix)) continue;
      rmSync(join(this.dir, name), { force: true });
      gone++;
    }
    return gone;
  }
}

function preview(content: string): string[] {
  const lines = content.split('\n');
  const more = lines.length - PREVIEW_LINES;
  return [...lines.slice(0, PREVIEW_LINES).map((l) => `      ${l}`), ...(more > 0 ? [`      … ${more} more line${more === 1 ? '' : 's'} in the file`] : [])];
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
