import { isActive } from '../src/core/members.js';
import { toPrivate } from '../src/core/reply.js';
import { type Access, type Command, describedIn, descriptionKey } from './command.js';

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
    const w = ctx.words;
    const row = (c: Command) => `/${c.name}: ${describedIn(w.lang, descriptionKey(c.name)) ?? c.description}`;
    const lines = [w.t('help-intro'), ...forEveryone.map(row)];
    if (forFacilitators.length) lines.push('', w.t('help-facilitators'), ...forFacilitators.map(row));
    if (!ctx.group && !ctx.inPrivateChat) lines.push('', w.t('help-not-set-up'));
    if (ctx.inPrivateChat && ctx.addToGroupLink) lines.push('', w.t('help-add-to-group', { link: ctx.addToGroupLink }));
    lines.push('', w.t('help-support'));
    return [toPrivate(lines.join('\n'), { inPlace: true })];
  },
};

export default help;
