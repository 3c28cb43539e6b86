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
    return [toPrivate(wasAway ? ctx.words.t('back-welcome', { group: bold(ctx.group!.name) }) : ctx.words.t('back-not-away'))];
  },
};

export default back;
