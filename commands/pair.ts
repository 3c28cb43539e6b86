import type { Command } from './command.js';
import { notYet } from './shared.js';

// Arrives with the domain issue: the definition is listed so every platform registers it.
const pair: Command = {
  name: 'pair',
  description: 'Pair buddies now (a private preview first)',
  usage: '/pair now',
  access: 'facilitator',
  scope: 'group',
  options: [
    { name: 'action', description: 'now', type: 'string', required: true, choices: ['now'] },
  ],
  async run() {
    return notYet('/pair');
  },
};

export default pair;
