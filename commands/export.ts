import { groupExport } from '../src/core/stats.js';
import { toPrivate } from '../src/core/reply.js';
import type { Command } from './command.js';

const exportData: Command = {
  name: 'export',
  description: "Download the group's settings and totals (never notes or anyone's moods)",
  usage: '/export',
  access: 'facilitator',
  scope: 'group',
  options: [],
  async run(ctx) {
    const file = await groupExport(ctx.core, ctx.group!, ctx.core.clock.now());
    return [toPrivate(ctx.words.t('export-here'), { file })];
  },
};

export default exportData;
