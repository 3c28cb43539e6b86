import type { Core } from '../src/core/core.js';
import { moodChoices } from '../src/core/checkins.js';
import { languageFor, words } from '../src/core/i18n.js';
import { claimFreeTextAnswer, groupsOfPerson } from '../src/core/members.js';
import { type Reply, toPrivate } from '../src/core/reply.js';
import type { Person } from '../src/db/schema.js';

// Plain words in a private chat with the bot (not a command, not an answer to its question).
// Whatever was written gets the same short answer: no keyword reading, no diagnosis, and the bot
// never pretends to be a person. At most once in 10 minutes per person, so a long message in
// several parts is not answered by a wall of repeats.

export const FREE_TEXT_EVERY_MS = 10 * 60_000;

/** `locale`: the person's app language, as their platform reports it. */
export async function answerPlainWords(core: Core, person: Person, locale?: string): Promise<Reply[]> {
  if (!(await claimFreeTextAnswer(core, person.id, FREE_TEXT_EVERY_MS))) return [];
  const groups = await groupsOfPerson(core.db, person.id);
  const inAGroup = groups.length > 0;
  // Their language, else that of the group their private chat is about.
  const group = groups.find((g) => g.id === person.private_group_id) ?? (groups.length === 1 ? groups[0] : undefined);
  const w = words(languageFor(person.language, locale, group?.language));
  const lines = [w.t('free-text-thanks'), w.t('free-text-support'), inAGroup ? w.t('free-text-checkin') : '', w.t('free-text-help')].filter(Boolean);
  return [toPrivate(lines.join('\n\n'), inAGroup ? { choices: moodChoices('private', w) } : {})];
}
