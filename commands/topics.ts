import type { Command } from './command.js';
import { notYet } from './shared.js';

// Arrives with the domain issue: the definition is listed so every platform registers it.
const topics: Command = {
  name: 'topics',
  description: 'What you can help with, and what you are looking for',
  usage: '/topics offer <topics>, /topics seek <topics>',
  access: 'member',
  scope: 'group',
  options: [
    { name: 'kind', description: 'offer (I can help with) or seek (I am looking for)', type: 'string', choices: ['offer', 'seek'] },
    { name: 'topics', description: 'Topics, separated by commas', type: 'string', rest: true, autocomplete: 'topic' },
  ],
  async run() {
    return notYet('/topics');
  },
};

export default topics;
