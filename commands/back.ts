import { comeBack } from '../src/core/members.js';
import { bold, toPrivate } from '../src/core/reply.js';
import type { Command } from './command.js';

const back: Command = {
  name: 'back',
  description: 'End a break and rejoin the weekly rhythm',
  usage: '/back',
  access: 'member',
  scope: 'group',
  options: [],
  async run(ctx) {
    const wasAway = await comeBack(ctx.core, ctx.member!);
    return [toPrivate(wasAway ? `Welcome back to ${bold(ctx.group!.name)}! It's good to have you. /checkin whenever you like.` : "You weren't away, so nothing to change. It's good to see you!")];
  },
};

export default back;
