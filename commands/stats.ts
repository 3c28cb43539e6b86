import type { Command } from './command.js';
import { notYet } from './shared.js';

// Arrives with the domain issue: the definition is listed so every platform registers it.
const stats: Command = {
  name: 'stats',
  description: 'How the group is doing (figures from fewer than 3 people are hidden)',
  usage: '/stats',
  access: 'facilitator',
  scope: 'group',
  options: [],
  async run() {
    return notYet('/stats');
  },
};

export default stats;
