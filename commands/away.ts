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
    const raw = str(args.weeks).replace(/\s*weeks?$/i, '');
    const weeks = raw === '' ? null : /^\d+$/.test(raw) ? Number(raw) : NaN;
    const until = await goAway(ctx.core, ctx.member!, weeks === null ? null : Number.isNaN(weeks) ? -1 : weeks);
    const lasts = isForever(until) ? 'until you send /back' : `until ${when(new Date(until), ctx.group!.timezone, 'date')}`;
    return [toPrivate(`Take all the time you need. I'll leave you in peace ${lasts}: no check-ins and no buddy rounds. We'll be glad to see you when you're back.`)];
  },
};

export default away;
