import { KindError } from '../src/core/core.js';
import { toPrivate } from '../src/core/reply.js';
import { type TopicKind, parseTopicList, setTopics, showTopic, topicsOf } from '../src/core/topics.js';
import { type Command, type OptionDef, SUBCOMMAND, str } from './command.js';


const TOPIC_LIST: OptionDef = { name: 'topics', description: 'Topics, separated by commas', type: 'string', required: true, rest: true, autocomplete: 'topic', list: true };

const topics: Command = {
  name: 'topics',
  description: 'What you can help with, and what you are looking for',
  usage: '/topics offer <topics> (what you can help with), /topics seek <topics> (what you are looking for), e.g. /topics offer benefits, school appeals',
  access: 'member',
  scope: 'group',
  options: [],
  subcommands: [
    { name: 'show', description: 'Your topics: what you can help with and what you are looking for', options: [] },
    { name: 'offer', description: 'What you can help with ("none" clears it)', options: [TOPIC_LIST], aliases: ['offers', 'give', 'help'] },
    { name: 'seek', description: 'What you are looking for ("none" clears it)', options: [TOPIC_LIST], aliases: ['seeks', 'need', 'want', 'looking'] },
  ],
  bare: 'show',
  async run(ctx, args) {
    const w = ctx.words;
    const usage = w.t('topics-usage');
    const kindRaw = str(args[SUBCOMMAND]).toLowerCase();
    const member = ctx.member!;
    if (kindRaw === 'show') {
      const t = await topicsOf(ctx.core.db, member.id);
      const list = (xs: string[]) => (xs.length ? xs.map(showTopic).join(', ') : w.t('topics-nothing-yet'));
      return [toPrivate([w.t('topics-can-help', { topics: list(t.offer) }), w.t('topics-looking-for', { topics: list(t.seek) }), w.t('topics-pairing-prefers', { usage })].join('\n'))];
    }
    const kind: TopicKind | null = kindRaw === 'offer' || kindRaw === 'seek' ? kindRaw : null;
    if (!kind) throw new KindError(w.t('topics-kinds', { usage }));
    const raw = str(args.topics);
    if (!raw) throw new KindError(w.t('topics-which', { usage, kind }));
    const list = /^(none|clear|nothing|-)$/i.test(raw) ? [] : parseTopicList(raw, w);
    if (!list.length && !/^(none|clear|nothing|-)$/i.test(raw)) throw new KindError(w.t('topics-none-found', { usage }));
    await setTopics(ctx.core, member, kind, list);
    if (!list.length) return [toPrivate(w.t(kind === 'offer' ? 'topics-cleared-offer' : 'topics-cleared-seek'))];
    const topics = list.map(showTopic).join(', ');
    return [toPrivate(kind === 'offer' ? w.t('topics-offer-saved', { topics }) : w.t('topics-seek-saved', { topics, first: showTopic(list[0]) }))];
  },
};

export default topics;
