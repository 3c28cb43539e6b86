import { type Choice, bold, plain, toPrivate, when } from '../src/core/reply.js';
import { TIPS_PER_PAGE, findTips } from '../src/core/tips.js';
import { groupTopics, showTopic } from '../src/core/topics.js';
import { type Command, type CommandContext, str } from './command.js';

const tips: Command = {
  name: 'tips',
  description: "Find the group's tips by topic or words",
  usage: '/tips [topic or words], e.g. /tips #benefits or /tips appeal letter',
  access: 'member',
  scope: 'group',
  options: [
    { name: 'search', description: 'A topic or some words', type: 'string', rest: true, autocomplete: 'topic' },
  ],
  async run(ctx, args) {
    return page(ctx, str(args.search).slice(0, 100), 0);
  },
  choices: {
    access: 'member',
    async run(ctx, data) {
      if (data[0] !== 'p') return [toPrivate(ctx.words.t('tip-old-button'), { inPlace: true })];
      const query = data[2] ? Buffer.from(data.slice(2).join(':'), 'base64url').toString('utf8') : '';
      return page(ctx, query, Math.max(0, Number(data[1]) || 0));
    },
  },
};

/** A choice id for another page, if the query fits in 40 ASCII characters. */
function pageChoice(page: number, query: string, label: string): Choice | null {
  const id = `tips:p:${page}:${Buffer.from(query, 'utf8').toString('base64url')}`;
  return id.length <= 40 ? { id, label } : null;
}

async function page(ctx: CommandContext, query: string, n: number) {
  const w = ctx.words;
  const group = ctx.group!;
  const { tips: found, total, topic } = await findTips(ctx.core.db, group.id, query, n, w);
  if (!total) {
    const known = await groupTopics(ctx.core.db, group.id, 10);
    const what = query ? w.t('tips-none-for', { query: plain(query) }) : w.t('tips-none');
    const hint = known.length ? [w.t('tips-topics-so-far', { topics: known.map(showTopic).join(', ') })] : [];
    return [toPrivate([what, w.t('tips-share-one'), ...hint].join(' '), { inPlace: true })];
  }
  const pages = Math.ceil(total / TIPS_PER_PAGE);
  const at = { page: Math.min(n + 1, pages), pages };
  const heading = topic ? w.t('tips-heading-topic', { topic: showTopic(topic), ...at }) : query ? w.t('tips-heading-query', { query: plain(query), ...at }) : w.t('tips-heading-latest', at);
  const lines = [bold(heading), ''];
  const choices: Choice[] = [];
  for (const t of found) {
    const mine = t.member_id === ctx.member!.id;
    const id = String(t.id);
    lines.push(`${showTopic(t.topic)} ${plain(t.text)}`, `    _${plain(t.author)}_, ${when(new Date(t.created_at), group.timezone, 'date', w.lang)}${mine ? ` · _${w.t('tips-your-tip', { id })}_` : ''}`, '');
    if (mine) choices.push({ id: `tip:rm:${t.id}`, label: w.t('tips-remove-mine', { id }) });
  }
  if (n > 0) {
    const c = pageChoice(n - 1, query, w.t('tips-newer'));
    if (c) choices.push(c);
  }
  if (n + 1 < pages) {
    const c = pageChoice(n + 1, query, w.t('tips-older'));
    if (c) choices.push(c);
    else lines.push(w.t('tips-more'));
  }
  return [toPrivate(lines.join('\n').trim(), { choices: choices.length ? choices : undefined, inPlace: true })];
}

export default tips;
