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
      if (!Number.isInteger(id) || id <= 0) throw new KindError('Which tip? Each of your tips shows its number in /tips, like: /tip remove 12');
      return remove(ctx, id);
    }
    const saved = await addTip(ctx.core, ctx.member!, text);
    const replies: Reply[] = [];
    // Typed in the group, the group has already read it; otherwise share it there.
    if (!ctx.seenByGroup) replies.push(toGroup(`💡 ${bold(ctx.person.display_name)} shared a tip on ${showTopic(saved.topic)}:\n${plain(saved.text)}`));
    replies.push(
      toPrivate(`Thank you for sharing! Saved under ${showTopic(saved.topic)} as tip ${saved.id}; anyone can find it with /tips ${showTopic(saved.topic)}.`, {
        choices: [{ id: `tip:rm:${saved.id}`, label: 'Remove this tip' }],
        inPlace: true,
      }),
    );
    return replies;
  },
  choices: {
    access: 'member',
    async run(ctx, data) {
      if (data[0] === 'rm') return remove(ctx, idFromChoice(data[1]));
      return [toPrivate("Sorry, that button doesn't work any more. Send /tips to carry on.", { inPlace: true })];
    },
  },
};

async function remove(ctx: CommandContext, id: number): Promise<Reply[]> {
  const ok = await removeTip(ctx.core, ctx.member!, id);
  if (!ok) throw new KindError(`I couldn't find a tip of yours numbered ${id}. /tips shows the numbers of your tips.`);
  return [toPrivate(`Removed tip ${id}.`, { inPlace: true })];
}

export default tip;
