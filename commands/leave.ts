import { leaveGroup } from '../src/core/members.js';
import { bold, toPrivate } from '../src/core/reply.js';
import type { Command } from './command.js';

const leave: Command = {
  name: 'leave',
  description: 'Leave this group (your check-ins stay yours: /mydata, /forgetme)',
  usage: '/leave',
  access: 'member',
  scope: 'group',
  options: [],
  async run(ctx) {
    const w = ctx.words;
    return [
      toPrivate(w.t('leave-ask', { group: bold(ctx.group!.name) }), {
        choices: [
          { id: 'leave:yes', label: w.t('leave-yes') },
          { id: 'leave:no', label: w.t('leave-no') },
        ],
      }),
    ];
  },
  choices: {
    access: 'member',
    async run(ctx, data) {
      if (data[0] !== 'yes') return [toPrivate(ctx.words.t('leave-staying'))];
      await leaveGroup(ctx.core, ctx.member!);
      return [toPrivate(ctx.words.t('leave-done', { group: bold(ctx.group!.name) }))];
    },
  },
};

export default leave;
