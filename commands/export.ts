import type { Command } from './command.js';
import { notYet } from './shared.js';

// Arrives with the domain issue: the definition is listed so every platform registers it.
const exportData: Command = {
  name: 'export',
  description: "Download the group's settings and totals (never notes or anyone's moods)",
  usage: '/export',
  access: 'facilitator',
  scope: 'group',
  options: [],
  async run() {
    return notYet('/export');
  },
};

export default exportData;
