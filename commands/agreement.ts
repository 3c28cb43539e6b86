import { currentAgreement, setAgreement } from '../src/core/agreements.js';
import { bold, plain, toGroup, toPrivate } from '../src/core/reply.js';
import { type Command, SUBCOMMAND, str } from './command.js';

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
    if (action !== 'set' && action !== 'show') return [toPrivate('To change the agreement, a facilitator sends /agreement set followed by the new text.', { inPlace: true })];
    if (action === 'set') {
      const a = await setAgreement(ctx.core, group.id, str(args.text), ctx.member?.status === 'active' ? ctx.member.id : null);
      return [toGroup(`The group agreement has been updated (version ${a.version}). I'll show it to each member once, the next time they use me; nothing is on hold meanwhile, and /agreement shows it any time.\n\n${plain(a.text)}`)];
    }
    const a = await currentAgreement(ctx.core.db, group.id);
    return [toPrivate(`${bold(`${group.name}: our agreement`)}\n${plain(a.text)}`, { inPlace: true })];
  },
};

export default agreement;
