import { KindError } from '../src/core/core.js';
import { nextRoundText, pairingPeriod, planRound, roundExists, runPairRound } from '../src/core/pairing/rounds.js';
import { plain, toPrivate } from '../src/core/reply.js';
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
    const w = ctx.words;
    if (str(args.action).toLowerCase() !== 'now') throw new KindError(w.t('pair-how'));
    const group = ctx.group!;
    const now = ctx.core.clock.now();
    const period = pairingPeriod(group, now);
    if (await roundExists(ctx.core.db, group.id, period))
      return [toPrivate(w.t('pair-already', { date: nextRoundText(group, now, w.lang), every: w.t('pair-every', { weeks: group.pair_every_weeks }) }))];
    const plan = await planRound(ctx.core.db, group, now, { periodKey: period });
    if (!plan.groups.length) return [toPrivate(w.t('pair-too-few', { count: plan.left.length }))];
    const lines = [w.t('pair-preview'), ...plan.groups.map((g) => `• ${g.map((m) => plain(m.name)).join(g.length === 2 ? ' & ' : ', ')}`)];
    if (plan.left.length) lines.push(w.t('pair-preview-left', { names: plan.left.map((m) => plain(m.name)).join(', ') }));
    lines.push('', w.t('pair-preview-confirm', { date: nextRoundText(group, now, w.lang) }));
    return [
      toPrivate(lines.join('\n'), {
        choices: [
          { id: `pair:ok:${period}`, label: w.t('pair-confirm-label') },
          { id: 'pair:no', label: w.t('pair-cancel-label') },
        ],
      }),
    ];
  },
  choices: {
    access: 'facilitator',
    async run(ctx, data) {
      const w = ctx.words;
      if (data[0] === 'no') return [toPrivate(w.t('pair-cancelled'), { inPlace: true })];
      const period = data.slice(1).join(':');
      if (data[0] !== 'ok' || !PERIOD.test(period)) return [toPrivate(w.t('pair-old-button'), { inPlace: true })];
      const group = ctx.group!;
      if (period !== pairingPeriod(group, ctx.core.clock.now())) return [toPrivate(w.t('pair-old-preview'), { inPlace: true })];
      const res = await runPairRound(ctx.core, group, ctx.core.clock.now(), { periodKey: period });
      if (!res.created) return [toPrivate(w.t('pair-already-sent'))];
      const pairs = w.t('pair-count', { count: res.groups.length });
      const trio = res.groups.some((g) => g.length === 3);
      return [toPrivate(w.t(trio ? 'pair-done-trio' : 'pair-done', { pairs, date: nextRoundText(group, ctx.core.clock.now(), w.lang) }))];
    },
  },
};

export default pair;
