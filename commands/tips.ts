import type { Command } from './command.js';
import { notYet } from './shared.js';

// Arrives with the domain issue: the definition is listed so every platform registers it.
const tips: Command = {
  name: 'tips',
  description: "Find the group's tips by topic or words",
  usage: '/tips [topic or words]',
  access: 'member',
  scope: 'group',
  options: [
    { name: 'search', description: 'A topic or some words', type: 'string', rest: true, autocomplete: 'topic' },
  ],
  async run() {
    return notYet('/tips');
  },
};

export default tips;
