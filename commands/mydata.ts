import type { Command } from './command.js';
import { notYet } from './shared.js';

// Arrives with the domain issue: the definition is listed so every platform registers it.
const mydata: Command = {
  name: 'mydata',
  description: 'Everything I keep about you, as a file, privately',
  usage: '/mydata (in a private chat with me)',
  access: 'member',
  scope: 'group',
  privateOnly: () => true,
  options: [],
  async run() {
    return notYet('/mydata');
  },
};

export default mydata;
