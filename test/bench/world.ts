import { resolve } from 'node:path';
import { commands } from '../../commands/index.js';
import { type App, type Incoming, handle } from '../../commands/dispatch.js';
import { type Core, silentLogger } from '../../src/core/core.js';
import { FixedClock, seededIds } from '../../src/core/ports.js';
import { loadHelplines } from '../../src/core/support.js';
import { migrateToLatest, openDatabase } from '../../src/db/database.js';

// A benchmark world: a real SQLite file (WAL), the real core and commands, a fixed clock.

export async function benchWorld(file: string, start = '2026-11-23T10:00:00Z') {
  const { db, sqlite } = openDatabase(file);
  await migrateToLatest(db);
  const clock = new FixedClock(new Date(start));
  const core: Core = { db, clock, ids: seededIds(1), log: silentLogger, helplines: loadHelplines(resolve(import.meta.dirname, '../../data/helplines.json')) };
  const app: App = { core, commands };
  return { core, app, db, sqlite, clock };
}

export function consoleIncoming(name: string, where: 'group' | 'dm', chatId = 'console-group', admin = false): Incoming {
  return {
    platform: 'console',
    chatId: where === 'group' ? chatId : `dm:${name}`,
    inPrivateChat: where === 'dm',
    seenByGroup: where === 'group',
    user: { id: name, name },
    isChatAdmin: admin,
    isFacilitatorOf: async () => admin,
    botName: 'bot',
  };
}

export async function command(app: App, incoming: Incoming, text: string) {
  const m = /^\/(\S+)\s*([\s\S]*)$/.exec(text)!;
  return handle(app, incoming, { kind: 'command', name: m[1], text: m[2] });
}

/** Fill a database quickly with plain SQL: groups, people, members (each member in one group). */
export function seedGroups(sqlite: import('better-sqlite3').Database, opts: { groups: number; membersPerGroup: number; platform?: string; now?: string }) {
  const now = opts.now ?? '2026-11-23T10:00:00.000Z';
  const platform = opts.platform ?? 'console';
  const insGroup = sqlite.prepare(
    `insert into groups (platform, chat_id, name, timezone, checkin_weekday, checkin_time, absence_weeks, pair_every_weeks, region, nation, language, facilitator_role, prompt_paused, active, created_at)
     values (?, ?, ?, 'Europe/London', 7, '19:00', 2, 2, 'GB', null, 'en', null, 0, 1, ?)`,
  );
  const insAgreement = sqlite.prepare(`insert into agreements (group_id, version, text, created_at) values (?, 1, 'We listen. We are kind.', ?)`);
  const insPerson = sqlite.prepare(`insert into people (platform, user_id, display_name, dm_chat_id, private_group_id, created_at) values (?, ?, ?, ?, null, ?)`);
  const insMember = sqlite.prepare(
    `insert into members (group_id, person_id, status, joined_at, accepted_version, away_until, last_seen_at, facilitator, facilitator_notes, told_shared_note, last_crisis_list_at)
     values (?, ?, 'active', ?, 1, null, ?, 0, 0, 0, null)`,
  );
  const fill = sqlite.transaction(() => {
    for (let g = 0; g < opts.groups; g++) {
      const gid = Number(insGroup.run(platform, g === 0 && platform === 'console' ? 'console-group' : `chat-${g}`, `Group ${g}`, now).lastInsertRowid);
      insAgreement.run(gid, now);
      for (let m = 0; m < opts.membersPerGroup; m++) {
        const uid = `u${g}-${m}`;
        const pid = Number(insPerson.run(platform, uid, uid, `dm:${uid}`, now).lastInsertRowid);
        insMember.run(gid, pid, now, now);
      }
    }
  });
  fill();
}
