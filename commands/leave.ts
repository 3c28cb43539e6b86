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
    return [
      toPrivate(`Do you want to leave ${bold(ctx.group!.name)}? You'll stop getting check-ins and buddy rounds.`, {
        choices: [
          { id: 'leave:yes', label: 'Yes, leave' },
          { id: 'leave:no', label: 'Stay' },
        ],
      }),
    ];
  },
  choices: {
    access: 'member',
    async run(ctx, data) {
      if (data[0] !== 'yes') return [toPrivate("Glad you're staying.")];
      await leaveGroup(ctx.core, ctx.member!);
      return [
        toPrivate(`You've left ${bold(ctx.group!.name)}. Thank you for being part of it; you're welcome back any time with /join. Your past check-ins are still yours: /mydata shows them and /forgetme erases them.`),
      ];
    },
  },
};

export default leave;
