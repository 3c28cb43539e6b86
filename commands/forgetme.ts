import type { Command } from './command.js';
import { notYet } from './shared.js';

// Arrives with the domain issue: the definition is listed so every platform registers it.
const forgetme: Command = {
  name: 'forgetme',
  description: 'Erase everything I keep about you, for good',
  usage: '/forgetme (in a private chat with me)',
  access: 'member',
  scope: 'group',
  privateOnly: () => true,
  options: [],
  async run() {
    return notYet('/forgetme');
  },
};

export default forgetme;
