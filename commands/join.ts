import { currentAgreement } from '../src/core/agreements.js';
import { acceptAgreement, isActive } from '../src/core/members.js';
import { bold, toGroup, toPrivate } from '../src/core/reply.js';
import { keepText } from '../src/core/retention.js';
import type { Command } from './command.js';
import { agreementReply } from './shared.js';

const join: Command = {
  name: 'join',
  description: 'Join this group: read the agreement and accept it',
  usage: '/join',
  access: 'anyone',
  scope: 'group',
  options: [],
  async run(ctx) {
    const group = ctx.group!;
    const agreement = await currentAgreement(ctx.core.db, group.id);
    if (isActive(ctx.member) && ctx.member.accepted_version >= agreement.version)
      return [toPrivate(`You're already a member of ${bold(group.name)}. Welcome back! /help shows what you can do.`, { inPlace: true })];
    if (isActive(ctx.member)) return [agreementReply(group, agreement, `You're a member of ${bold(group.name)}. The agreement has been updated since you joined: here it is.`, true)];
    return [agreementReply(group, agreement, `Welcome to ${bold(group.name)}. Before you join, here is what we agree on together.`)];
  },
  choices: {
    access: 'anyone',
    async run(ctx, data) {
      const group = ctx.group!;
      if (data[0] === 'later') {
        if (isActive(ctx.member)) return [toPrivate(`No problem: you're still a member of ${bold(group.name)}, and I won't ask again. /agreement shows it any time.`, { inPlace: true })];
        return [toPrivate('No problem. Send /join whenever you are ready.', { inPlace: true })];
      }
      const version = Number(data[1]);
      const agreement = await currentAgreement(ctx.core.db, group.id);
      if (data[0] !== 'accept' || version !== agreement.version)
        return [agreementReply(group, agreement, 'The agreement has changed since that button was shown. Here is the current one:', isActive(ctx.member))];
      const { wasMember, rejoined } = await acceptAgreement(ctx.core, group.id, ctx.person.id, version);
      if (wasMember) return [toPrivate(`Thank you for reading the agreement again. You're all set in ${bold(group.name)}.`)];
      return [
        toGroup(`Welcome${rejoined ? ' back' : ''}, ${bold(ctx.person.display_name)}! 👋`),
        toPrivate(
          `You're in ${bold(group.name)}. Each week there's a check-in; you can also send /checkin any time. /buddy pairs you with someone, /away takes a break, and /support is there whenever you need it.\n\nYour check-ins and their notes are kept for ${keepText(group.keep_months)}, then deleted; /mydata shows what I keep and /forgetme erases it.`,
        ),
      ];
    },
  },
};

export default join;
