import { toPrivate } from '../src/core/reply.js';
import { supportText } from '../src/core/support.js';
import type { Command } from './command.js';

// Never gated, never rate-limited: works for anyone, anywhere, at any time.
const support: Command = {
  name: 'support',
  description: 'Helplines and emergency numbers: people you can talk to right now',
  usage: '/support',
  access: 'anyone',
  scope: 'anywhere',
  options: [],
  async run(ctx) {
    const region = ctx.group?.region ?? 'INT';
    return [toPrivate(supportText(ctx.core.helplines, region, ctx.group?.nation ?? null, ctx.group?.audience, ctx.words), { inPlace: true })];
  },
};

export default support;
