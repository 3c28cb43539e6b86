import type { Command } from './command.js';
import { notYet } from './shared.js';

// Arrives with the domain issue: the definition is listed so every platform registers it.
const prompt: Command = {
  name: 'prompt',
  description: 'The weekly check-in: now, skip this week, pause or resume',
  usage: '/prompt now|skip|pause|resume',
  access: 'facilitator',
  scope: 'group',
  options: [
    { name: 'action', description: 'now, skip, pause or resume', type: 'string', required: true, choices: ['now', 'skip', 'pause', 'resume'] },
  ],
  async run() {
    return notYet('/prompt');
  },
};

export default prompt;
