import { myWeeksChart } from '../src/charts/my-weeks-chart.js';
import { MY_WEEKS_SPANS, type MyWeeksSpan, hasWeeksToShow, myWeeks, myWeeksSentence } from '../src/core/my-weeks.js';
import { imageFile, toPrivate } from '../src/core/reply.js';
import { type Command, str } from './command.js';

const SPANS = Object.keys(MY_WEEKS_SPANS) as MyWeeksSpan[];

const myweeks: Command = {
  name: 'myweeks',
  description: 'Your own check-ins over the months, as a picture only you see',
  usage: '/myweeks, or /myweeks 3m, 6m or 1y',
  access: 'member',
  scope: 'group',
  options: [{ name: 'span', description: 'How far back: 3m, 6m (the usual) or 1y', type: 'string', choices: SPANS }],
  async run(ctx, args) {
    const typed = str(args.span).trim().toLowerCase();
    if (typed && !SPANS.includes(typed as MyWeeksSpan)) {
      return [toPrivate(ctx.words.t('myweeks-spans'), { inPlace: true })];
    }
    const data = await myWeeks(ctx.core, ctx.group!, ctx.member!, ctx.core.clock.now(), (typed || '6m') as MyWeeksSpan);
    const text = `${myWeeksSentence(data, ctx.words)} ${ctx.words.t('myweeks-only-you')}`;
    if (!hasWeeksToShow(data)) return [toPrivate(text)];
    return [toPrivate(text, { file: imageFile('my-weeks.png', await myWeeksChart(data, ctx.words)) })];
  },
};

export default myweeks;
