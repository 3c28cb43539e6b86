import { currentAgreement } from '../src/core/agreements.js';
import { acceptAgreement, isActive } from '../src/core/members.js';
import { bold, toGroup, toPrivate } from '../src/core/reply.js';
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
    const w = ctx.words;
    const agreement = await currentAgreement(ctx.core.db, group.id);
    if (isActive(ctx.member) && ctx.member.accepted_version >= agreement.version)
      return [toPrivate(w.t('join-already', { group: bold(group.name) }), { inPlace: true })];
    if (isActive(ctx.member)) return [agreementReply(w, group, agreement, w.t('join-updated', { group: bold(group.name) }), true)];
    return [agreementReply(w, group, agreement, w.t('join-welcome', { group: bold(group.name) }))];
  },
  choices: {
    access: 'anyone',
    async run(ctx, data) {
      const group = ctx.group!;
      const w = ctx.words;
      if (data[0] === 'later') {
        if (isActive(ctx.member)) return [toPrivate(w.t('join-later-member', { group: bold(group.name) }), { inPlace: true })];
        return [toPrivate(w.t('join-later'), { inPlace: true })];
      }
      const version = Number(data[1]);
      const agreement = await currentAgreement(ctx.core.db, group.id);
      if (data[0] !== 'accept' || version !== agreement.version)
        return [agreementReply(w, group, agreement, w.t('join-changed'), isActive(ctx.member))];
      const { wasMember, rejoined } = await acceptAgreement(ctx.core, group.id, ctx.person.id, version);
      if (wasMember) return [toPrivate(w.t('join-read-again', { group: bold(group.name) }))];
      return [
        toGroup(ctx.groupWords.t(rejoined ? 'join-hello-back' : 'join-hello', { name: bold(ctx.person.display_name) })),
        toPrivate(`${w.t('join-in', { group: bold(group.name) })}\n\n${w.t('join-kept', { months: group.keep_months })}`),
      ];
    },
  },
};

export default join;
