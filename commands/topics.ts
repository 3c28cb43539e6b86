import { KindError } from '../src/core/core.js';
import { toPrivate } from '../src/core/reply.js';
import { type TopicKind, parseTopicList, setTopics, showTopic, topicsOf } from '../src/core/topics.js';
import { type Command, type OptionDef, SUBCOMMAND, str } from './command.js';

const USAGE = '/topics offer <topics> (what you can help with), /topics seek <topics> (what you are looking for), e.g. /topics offer benefits, school appeals';

const TOPIC_LIST: OptionDef = { name: 'topics', description: 'Topics, separated by commas', type: 'string', required: true, rest: true, autocomplete: 'topic', list: true };

const topics: Command = {
  name: 'topics',
  description: 'What you can help with, and what you are looking for',
  usage: USAGE,
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
    const kindRaw = str(args[SUBCOMMAND]).toLowerCase();
    const member = ctx.member!;
    if (kindRaw === 'show') {
      const t = await topicsOf(ctx.core.db, member.id);
      const list = (xs: string[]) => (xs.length ? xs.map(showTopic).join(', ') : 'nothing yet');
      return [toPrivate(`You can help with: ${list(t.offer)}\nYou're looking for: ${list(t.seek)}\nBuddy pairing prefers pairs where one can help with what the other is looking for. ${USAGE}`)];
    }
    const kind: TopicKind | null = kindRaw === 'offer' || kindRaw === 'seek' ? kindRaw : null;
    if (!kind) throw new KindError(`Topics are either offer or seek. ${USAGE}`);
    const raw = str(args.topics);
    if (!raw) throw new KindError(`Which topics? ${USAGE}. To clear the list: /topics ${kind} none`);
    const list = /^(none|clear|nothing|-)$/i.test(raw) ? [] : parseTopicList(raw);
    if (!list.length && !/^(none|clear|nothing|-)$/i.test(raw)) throw new KindError(`I couldn't find a topic in that. ${USAGE}`);
    await setTopics(ctx.core, member, kind, list);
    if (!list.length) return [toPrivate(kind === 'offer' ? 'Cleared: no topics you can help with.' : "Cleared: no topics you're looking for.")];
    return [
      toPrivate(
        kind === 'offer'
          ? `Thank you! You can help with: ${list.map(showTopic).join(', ')}. Buddy pairing will look for people who are looking for these.`
          : `Got it: you're looking for ${list.map(showTopic).join(', ')}. Buddy pairing will look for people who can help. /tips ${showTopic(list[0])} may have something already.`,
      ),
    ];
  },
};

export default topics;
