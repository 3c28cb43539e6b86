import type { Agreement, Group } from '../src/db/schema.js';
import { type Reply, bold, plain, toPrivate } from '../src/core/reply.js';

// Message builders used by more than one command.

export function agreementReply(group: Group, agreement: Agreement, intro: string): Reply {
  return toPrivate([intro, '', `${bold(`${group.name}: our agreement`)}`, plain(agreement.text)].join('\n'), {
    choices: [
      { id: `join:accept:${agreement.version}`, label: 'Accept and join' },
      { id: 'join:later', label: 'Not now' },
    ],
  });
}

export function refusal(kind: 'facilitator' | 'member', groupName?: string): Reply {
  if (kind === 'facilitator')
    return toPrivate("That one is for the group's facilitators. If you'd like something changed, have a word with one of them.", { inPlace: true });
  return toPrivate(`You haven't joined ${groupName ? bold(groupName) : 'this group'} with me yet. Send /join to read the group agreement and join.`, { inPlace: true });
}
