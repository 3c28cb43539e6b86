import { currentAgreement, setAgreement } from '../src/core/agreements.js';
import { plain, toGroup, toPrivate } from '../src/core/reply.js';
import { type Command, SUBCOMMAND, str } from './command.js';
import { agreementTitle } from './shared.js';

const agreement: Command = {
  name: 'agreement',
  description: "Read the group's agreement (facilitators: /agreement set <text>)",
  usage: '/agreement (or /agreement show), or for facilitators /agreement set <text>',
  access: 'anyone',
  scope: 'group',
  options: [],
  subcommands: [
    { name: 'show', description: "Read the group's agreement", options: [] },
    {
      name: 'set',
      description: 'Replace the agreement (facilitators)',
      options: [{ name: 'text', description: 'The new agreement', type: 'string', required: true, rest: true, maxLength: 3000 }],
      access: 'facilitator',
    },
  ],
  bare: 'show',
  async run(ctx, args) {
    const group = ctx.group!;
    const action = str(args[SUBCOMMAND]).toLowerCase();
    if (action !== 'set' && action !== 'show') return [toPrivate(ctx.words.t('agreement-how-to-set'), { inPlace: true })];
    if (action === 'set') {
      const a = await setAgreement(ctx.core, group.id, str(args.text), ctx.member?.status === 'active' ? ctx.member.id : null, ctx.words);
      return [toGroup(`${ctx.groupWords.t('agreement-updated', { version: a.version })}\n\n${plain(a.text)}`)];
    }
    const a = await currentAgreement(ctx.core.db, group.id);
    return [toPrivate(`${agreementTitle(ctx.words, group)}\n${plain(a.text)}`, { inPlace: true })];
  },
};

export default agreement;
