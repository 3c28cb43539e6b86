import { groupChart } from '../src/charts/group-chart.js';
import { imageFile, toPrivate } from '../src/core/reply.js';
import { CHART_PERIODS, groupFigures, statsText } from '../src/core/stats.js';
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
    const now = ctx.core.clock.now();
    const text = await statsText(ctx.core, ctx.group!, now, { notes: ctx.member?.facilitator_notes === 1 }, ctx.words);
    // The picture draws the figures as stats.ts gives them (suppressed, frozen), never anything else.
    const picture = await groupChart(ctx.group!.name, await groupFigures(ctx.core, ctx.group!, now, CHART_PERIODS), ctx.words);
    return [toPrivate(text, picture ? { file: imageFile('group-weeks.png', picture) } : {})];
  },
};

export default stats;
