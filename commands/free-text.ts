import type { Core } from '../src/core/core.js';
import { moodChoices } from '../src/core/checkins.js';
import { claimFreeTextAnswer, groupsOfPerson } from '../src/core/members.js';
import { type Reply, toPrivate } from '../src/core/reply.js';
import type { Person } from '../src/db/schema.js';

// Plain words in a private chat with the bot (not a command, not an answer to its question).
// Whatever was written gets the same short answer: no keyword reading, no diagnosis, and the bot
// never pretends to be a person. At most once in 10 minutes per person, so a long message in
// several parts is not answered by a wall of repeats.

export const FREE_TEXT_EVERY_MS = 10 * 60_000;

export async function answerPlainWords(core: Core, person: Person): Promise<Reply[]> {
  if (!(await claimFreeTextAnswer(core, person.id, FREE_TEXT_EVERY_MS))) return [];
  const inAGroup = (await groupsOfPerson(core.db, person.id)).length > 0;
  const lines = [
    "Thank you for writing. I'm a bot, so I can't talk things through with you myself, but people can.",
    'If things feel too much right now, /support lists people you can talk to, any time.',
    inAGroup ? 'If you would like to check in with your group, tap how you are this week.' : '',
    '/help shows everything else I can do.',
  ].filter(Boolean);
  return [toPrivate(lines.join('\n\n'), inAGroup ? { choices: moodChoices() } : {})];
}
