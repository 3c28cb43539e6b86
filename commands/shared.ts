import type { Agreement, Group, Member } from '../src/db/schema.js';
import type { Core } from '../src/core/core.js';
import { currentAgreement, markAgreementOffered } from '../src/core/agreements.js';
import { type Words, words } from '../src/core/i18n.js';
import { type Choice, type Reply, bold, plain, toPrivate } from '../src/core/reply.js';

// Message builders used by more than one command.

/** The agreement with Accept / Not now. A member already in the group accepts it without "joining". */
export function agreementReply(w: Words, group: Group, agreement: Agreement, intro: string, member = false): Reply {
  return toPrivate([intro, '', agreementTitle(w, group), plain(agreement.text)].join('\n'), {
    choices: [
      { id: `join:accept:${agreement.version}`, label: w.t(member ? 'agreement-accept' : 'agreement-accept-join') },
      { id: 'join:later', label: w.t('agreement-not-now') },
    ],
  });
}

/** "Parents: our agreement", in bold (the group's name escaped with the rest). */
export const agreementTitle = (w: Words, group: Group) => bold(w.t('agreement-title', { group: group.name }));

/** A changed agreement, offered to a member once (after what they came to do), never as a gate. */
export async function offerChangedAgreement(core: Core, w: Words, group: Group, member: Member): Promise<Reply | undefined> {
  const agreement = await currentAgreement(core.db, group.id);
  if (member.accepted_version >= agreement.version || member.offered_version >= agreement.version) return undefined;
  if (!(await markAgreementOffered(core.db, member.id, agreement.version))) return undefined;
  return agreementReply(w, group, agreement, w.t('agreement-offer'), true);
}

export function refusal(w: Words, kind: 'facilitator' | 'member', groupName?: string): Reply {
  if (kind === 'facilitator') return toPrivate(w.t('members-refuse-facilitator'), { inPlace: true });
  return toPrivate(groupName ? w.t('members-refuse-member', { group: bold(groupName) }) : w.t('members-refuse-member-here'), { inPlace: true });
}

/** Posts this week's check-in prompt now (handled by /prompt). */
export const promptNowChoice = (w: Words): Choice => ({ id: 'prompt:now', label: w.t('members-prompt-now') });
/** The same in English, for callers not yet given words. */
export const PROMPT_NOW_CHOICE: Choice = promptNowChoice(words('en'));

/** A row id from a button's data: a positive whole number, or 0 (matches nothing) for anything forged. */
export const idFromChoice = (part: string | undefined): number => (part && /^[1-9]\d{0,14}$/.test(part) ? Number(part) : 0);
