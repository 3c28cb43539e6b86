import type { Agreement, Group, Member } from '../src/db/schema.js';
import type { Core } from '../src/core/core.js';
import { currentAgreement, markAgreementOffered } from '../src/core/agreements.js';
import { type Choice, type Reply, bold, plain, toPrivate } from '../src/core/reply.js';

// Message builders used by more than one command.

/** The agreement with Accept / Not now. A member already in the group accepts it without "joining". */
export function agreementReply(group: Group, agreement: Agreement, intro: string, member = false): Reply {
  return toPrivate([intro, '', `${bold(`${group.name}: our agreement`)}`, plain(agreement.text)].join('\n'), {
    choices: [
      { id: `join:accept:${agreement.version}`, label: member ? 'Accept' : 'Accept and join' },
      { id: 'join:later', label: 'Not now' },
    ],
  });
}

/** A changed agreement, offered to a member once (after what they came to do), never as a gate. */
export async function offerChangedAgreement(core: Core, group: Group, member: Member): Promise<Reply | undefined> {
  const agreement = await currentAgreement(core.db, group.id);
  if (member.accepted_version >= agreement.version || member.offered_version >= agreement.version) return undefined;
  if (!(await markAgreementOffered(core.db, member.id, agreement.version))) return undefined;
  return agreementReply(group, agreement, 'The group agreement has been updated. Have a read when you have a moment, and tap Accept if you are happy with it. Nothing is on hold meanwhile, and /agreement shows it any time.', true);
}

export function refusal(kind: 'facilitator' | 'member', groupName?: string): Reply {
  if (kind === 'facilitator')
    return toPrivate("That one is for the group's facilitators. If you'd like something changed, have a word with one of them.", { inPlace: true });
  return toPrivate(`You haven't joined ${groupName ? bold(groupName) : 'this group'} with me yet. Send /join to read the group agreement and join.`, { inPlace: true });
}

/** Posts this week's check-in prompt now (handled by /prompt). */
export const PROMPT_NOW_CHOICE: Choice = { id: 'prompt:now', label: "Post this week's check-in now" };

/** A row id from a button's data: a positive whole number, or 0 (matches nothing) for anything forged. */
export const idFromChoice = (part: string | undefined): number => (part && /^[1-9]\d{0,14}$/.test(part) ? Number(part) : 0);
