import { KindError } from '../src/core/core.js';
import { nextRoundText, pairingPeriod, planRound, roundExists, runPairRound } from '../src/core/pairing/rounds.js';
import { bold, plain, toPrivate } from '../src/core/reply.js';
import { type Command, str } from './command.js';

const PERIOD = /^\d{4}-W\d{2}(\/\d{1,2}w)?$/;

const pair: Command = {
  name: 'pair',
  description: 'Pair buddies now (a private preview first)',
  usage: '/pair now',
  access: 'facilitator',
  scope: 'group',
  options: [{ name: 'action', description: 'now', type: 'string', required: true, choices: ['now'] }],
  async run(ctx, args) {
    if (str(args.action).toLowerCase() !== 'now') throw new KindError('To pair buddies now, send /pair now: you get a private preview first, and nothing happens until you confirm.');
    const group = ctx.group!;
    const now = ctx.core.clock.now();
    const period = pairingPeriod(group, now);
    if (await roundExists(ctx.core.db, group.id, period))
      return [toPrivate(`Buddies have already been paired for this round. The next round is on ${nextRoundText(group, now)} (they are paired ${everyWeeks(group.pair_every_weeks)}; /settings pairing changes that).`)];
    const plan = await planRound(ctx.core.db, group, now, { periodKey: period });
    if (!plan.groups.length)
      return [toPrivate(`There aren't enough people for a round yet: ${plan.left.length === 1 ? 'one person has' : `${plan.left.length} people have`} opted in with /buddy on, and it takes two.`)];
    const lines = [
      `${bold('Preview')}: this is who would be paired (nothing is saved or sent yet):`,
      ...plan.groups.map((g) => `• ${g.map((m) => plain(m.name)).join(g.length === 2 ? ' & ' : ', ')}`),
    ];
    if (plan.left.length) lines.push(`Without a buddy this round: ${plan.left.map((m) => plain(m.name)).join(', ')}.`);
    lines.push('', `Confirm to pair them now: each person gets a private introduction, and this round's scheduled pairing is then skipped. They stay buddies until the next round, on ${nextRoundText(group, now)}.`);
    return [
      toPrivate(lines.join('\n'), {
        choices: [
          { id: `pair:ok:${period}`, label: 'Confirm: pair them now' },
          { id: 'pair:no', label: 'Cancel' },
        ],
      }),
    ];
  },
  choices: {
    access: 'facilitator',
    async run(ctx, data) {
      if (data[0] === 'no') return [toPrivate('Cancelled: nothing was saved or sent.', { inPlace: true })];
      const period = data.slice(1).join(':');
      if (data[0] !== 'ok' || !PERIOD.test(period)) return [toPrivate("Sorry, that button doesn't work any more. Send /pair now for a fresh preview.", { inPlace: true })];
      const group = ctx.group!;
      if (period !== pairingPeriod(group, ctx.core.clock.now()))
        return [toPrivate('That preview was for an earlier period. Send /pair now for a fresh one.', { inPlace: true })];
      const res = await runPairRound(ctx.core, group, ctx.core.clock.now(), { periodKey: period });
      if (!res.created) return [toPrivate('Buddies have already been paired for this round; nothing more was sent.')];
      const n = res.groups.length;
      return [toPrivate(`Done: ${n} ${n === 1 ? 'pair' : 'pairs'}${res.groups.some((g) => g.length === 3) ? ' (one of them a trio)' : ''}. Each person gets a private introduction within sending hours. The next round is on ${nextRoundText(group, ctx.core.clock.now())}.`)];
    },
  },
};

/** "every week", "every 2 weeks": never a period code. */
const everyWeeks = (n: number) => (n === 1 ? 'every week' : `every ${n} weeks`);

export default pair;
