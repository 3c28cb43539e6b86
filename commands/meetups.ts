import type { Command } from './command.js';
import { notYet } from './shared.js';

// Arrives with the domain issue: the definition is listed so every platform registers it.
const meetups: Command = {
  name: 'meetups',
  description: 'Upcoming meetups, and say if you are coming',
  usage: '/meetups',
  access: 'member',
  scope: 'group',
  options: [],
  async run() {
    return notYet('/meetups');
  },
};

export default meetups;
