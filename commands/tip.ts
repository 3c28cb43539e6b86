import type { Command } from './command.js';
import { notYet } from './shared.js';

// Arrives with the domain issue: the definition is listed so every platform registers it.
const tip: Command = {
  name: 'tip',
  description: 'Share a tip with the group: /tip #topic text',
  usage: '/tip #topic text, e.g. /tip #benefits Ask for the assessment notes in writing',
  access: 'member',
  scope: 'group',
  options: [
    { name: 'text', description: 'Your tip, starting with #topic', type: 'string', rest: true, required: true, maxLength: 2000 },
  ],
  async run() {
    return notYet('/tip');
  },
};

export default tip;
