import { isActive } from '../src/core/members.js';
import { toPrivate } from '../src/core/reply.js';
import type { Access, Command } from './command.js';

const help: Command = {
  name: 'help',
  description: 'What I can do for you here',
  usage: '/help',
  access: 'anyone',
  scope: 'anywhere',
  options: [],
  async run(ctx) {
    const { commandList } = await import('./index.js');
    const may = (a: Access) => a === 'anyone' || (a === 'member' ? true : ctx.isFacilitator);
    // /join is for those who have not joined yet; facilitator commands only for facilitators.
    const joined = isActive(ctx.member);
    const forEveryone = commandList.filter((c) => c.access !== 'facilitator' && may(c.access) && !(joined && c.name === 'join'));
    const forFacilitators = commandList.filter((c) => c.access === 'facilitator' && may(c.access));
    const row = (c: Command) => `/${c.name}: ${c.description}`;
    const lines = [
      "I help this group keep its weekly rhythm: check-ins, buddies, tips and meetups. Here's what you can send me:",
      ...forEveryone.map(row),
    ];
    if (forFacilitators.length) lines.push('', 'For facilitators:', ...forFacilitators.map(row));
    if (!ctx.group && !ctx.inPrivateChat) lines.push('', 'This chat is not set up yet: a facilitator starts with /setup.');
    if (ctx.inPrivateChat && ctx.addToGroupLink) lines.push('', `To bring me into a group of your own, open this link and pick the group: ${ctx.addToGroupLink}`);
    lines.push('', 'If you need someone to talk to right now, /support lists helplines.');
    return [toPrivate(lines.join('\n'), { inPlace: true })];
  },
};

export default help;
