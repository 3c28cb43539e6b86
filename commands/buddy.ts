import type { Command } from './command.js';
import { notYet } from './shared.js';

// Arrives with the domain issue: the definition is listed so every platform registers it.
const buddy: Command = {
  name: 'buddy',
  description: 'Your buddy: see who it is, opt in or out, ask for a new one',
  usage: '/buddy, /buddy on, /buddy off, /buddy new, /buddy avoid <name>',
  access: 'member',
  scope: 'group',
  privateOnly: (args) => String(args.action ?? '').toLowerCase() === 'avoid',
  options: [
    { name: 'action', description: 'on, off, new or avoid', type: 'string', choices: ['on', 'off', 'new', 'avoid'] },
    { name: 'name', description: 'For avoid: who you would rather not be paired with', type: 'string', rest: true },
  ],
  async run() {
    return notYet('/buddy');
  },
};

export default buddy;
