import type { DB } from '../../db/database.js';
import { findGroupByChat } from '../../core/groups.js';
import { groupTopics } from '../../core/topics.js';
import { groupsOfPerson } from '../../core/members.js';

// Suggestions while someone types: IANA time zones for /setup, the group's topics for /topics and /tips.

export interface Suggestion {
  name: string;
  value: string;
}

const ZONES: string[] = [...new Set(['UTC', ...Intl.supportedValuesOf('timeZone')])];
const COMMON = ['Europe/London', 'Europe/Dublin', 'America/New_York', 'America/Chicago', 'America/Los_Angeles', 'America/Toronto', 'Australia/Sydney', 'Pacific/Auckland', 'Europe/Berlin', 'Europe/Paris', 'Asia/Kolkata', 'UTC'];

export function timezoneSuggestions(typed: string): Suggestion[] {
  const q = typed.trim().toLowerCase().replace(/\s+/g, '_');
  if (!q) return COMMON.map((z) => ({ name: z, value: z }));
  const starts: string[] = [];
  const contains: string[] = [];
  for (const z of ZONES) {
    const l = z.toLowerCase();
    const city = l.slice(l.lastIndexOf('/') + 1);
    if (l.startsWith(q) || city.startsWith(q)) starts.push(z);
    else if (l.includes(q)) contains.push(z);
  }
  return [...starts, ...contains].slice(0, 25).map((z) => ({ name: z, value: z }));
}

/**
 * Topics of the channel's group (in a DM: the person's chosen or only group). A list option holds
 * comma-separated topics, so only the last item is completed.
 */
export async function topicSuggestions(db: DB, where: { chatId: string; userId?: string }, typed: string, list: boolean): Promise<Suggestion[]> {
  const group = where.userId ? await privateGroupOf(db, where.userId) : await findGroupByChat(db, 'discord', where.chatId);
  if (!group) return [];
  const parts = list ? typed.split(',') : [typed];
  const last = parts.pop()!.trim().replace(/^#/, '').toLowerCase();
  const before = parts.map((p) => p.trim()).filter(Boolean);
  const topics = (await groupTopics(db, group.id, 100)).filter((t) => t.toLowerCase().includes(last) && !before.includes(t));
  return topics.slice(0, 25).map((t) => {
    const value = [...before, t].join(', ').slice(0, 100);
    return { name: value, value };
  });
}

async function privateGroupOf(db: DB, userId: string): Promise<{ id: number } | undefined> {
  const person = await db.selectFrom('people').select(['id', 'private_group_id']).where('platform', '=', 'discord').where('user_id', '=', userId).executeTakeFirst();
  if (!person) return undefined;
  const groups = await groupsOfPerson(db, person.id);
  return groups.find((g) => g.id === person.private_group_id) ?? (groups.length === 1 ? groups[0] : undefined);
}
