import { idFromChoice } from './shared.js';
import { KindError } from '../src/core/core.js';
import { type Reply, bold, plain, toGroup, toPrivate } from '../src/core/reply.js';
import { MAX_TIP, addTip, removeTip } from '../src/core/tips.js';
import { showTopic } from '../src/core/topics.js';
import { type Command, type CommandContext, str } from './command.js';

const tip: Command = {
  name: 'tip',
  description: 'Share a tip with the group: /tip #topic text',
  usage: '/tip #topic text, e.g. /tip #benefits Ask for the assessment notes in writing. /tip remove <number> takes one of yours away.',
  access: 'member',
  scope: 'group',
  options: [
    { name: 'text', description: 'Your tip, starting with #topic', type: 'string', rest: true, required: true, maxLength: MAX_TIP },
  ],
  async run(ctx, args) {
    const text = str(args.text);
    const rm = /^(remove|delete)\s*(\S*)\s*$/i.exec(text);
    if (rm) {
      const id = Number(rm[2].replace(/^#/, ''));
      if (!Number.isInteger(id) || id <= 0) throw new KindError(ctx.words.t('tip-which'));
      return remove(ctx, id);
    }
    const saved = await addTip(ctx.core, ctx.member!, text, ctx.words);
    const replies: Reply[] = [];
    const topic = showTopic(saved.topic);
    // Typed in the group, the group has already read it; otherwise share it there, in the group's language.
    if (!ctx.seenByGroup) replies.push(toGroup(`${ctx.groupWords.t('tip-shared', { name: bold(ctx.person.display_name), topic })}\n${plain(saved.text)}`));
    replies.push(
      // Ids as written, never as grouped numbers ("tip 1234", not "tip 1,234").
      toPrivate(ctx.words.t('tip-thanks', { topic, id: String(saved.id) }), {
        choices: [{ id: `tip:rm:${saved.id}`, label: ctx.words.t('tip-remove-label') }],
        inPlace: true,
      }),
    );
    return replies;
  },
  choices: {
    access: 'member',
    async run(ctx, data) {
      if (data[0] === 'rm') return remove(ctx, idFromChoice(data[1]));
      return [toPrivate(ctx.words.t('tip-old-button'), { inPlace: true })];
    },
  },
};

async function remove(ctx: CommandContext, id: number): Promise<Reply[]> {
  const ok = await removeTip(ctx.core, ctx.member!, id);
  if (!ok) throw new KindError(ctx.words.t('tip-not-found', { id: String(id) }));
  return [toPrivate(ctx.words.t('tip-removed', { id: String(id) }), { inPlace: true })];
}

export default tip;
