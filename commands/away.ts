import { goAway, isForever } from '../src/core/members.js';
import { toPrivate, when } from '../src/core/reply.js';
import { type Command, str } from './command.js';

const away: Command = {
  name: 'away',
  description: 'Take a break: no check-ins or buddy rounds until you are back',
  usage: '/away [weeks], e.g. /away 3, or just /away until you send /back',
  access: 'member',
  scope: 'group',
  options: [{ name: 'weeks', description: 'How many weeks (1 to 52); leave empty for until /back', type: 'integer', min: 1, max: 52 }],
  async run(ctx, args) {
    const w = ctx.words;
    const raw = str(args.weeks).replace(/\s*weeks?$/i, '');
    const weeks = raw === '' ? null : /^\d+$/.test(raw) ? Number(raw) : NaN;
    const until = await goAway(ctx.core, ctx.member!, weeks === null ? null : Number.isNaN(weeks) ? -1 : weeks, w);
    if (isForever(until)) return [toPrivate(w.t('away-forever'))];
    return [toPrivate(w.t('away-until', { date: when(new Date(until), ctx.group!.timezone, 'date', w.lang) }))];
  },
};

export default away;
