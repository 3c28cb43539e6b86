import { statsText } from '../src/core/stats.js';
import { toPrivate } from '../src/core/reply.js';
import type { Command } from './command.js';

const stats: Command = {
  name: 'stats',
  description: 'How the group is doing (figures from fewer than 3 people are hidden)',
  usage: '/stats',
  access: 'facilitator',
  scope: 'group',
  options: [],
  async run(ctx) {
    // Always private: it names who has gone quiet, to facilitators who opted in to notes.
    return [toPrivate(await statsText(ctx.core, ctx.group!, ctx.core.clock.now(), { notes: ctx.member?.facilitator_notes === 1 }))];
  },
};

export default stats;
