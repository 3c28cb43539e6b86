import type { Command } from './command.js';
import { notYet } from './shared.js';

// Arrives with the domain issue: the definition is listed so every platform registers it.
const meetup: Command = {
  name: 'meetup',
  description: 'Suggest a meetup: /meetup when | title | place',
  usage: '/meetup <when> | <title> | <place>, e.g. /meetup next Tuesday 7pm | Coffee | The Forum café',
  access: 'member',
  scope: 'group',
  parseText: (text) => {
    const [when, title, place] = text.split('|').map((s) => s.trim());
    return { when: when || undefined, title: title || undefined, place: place || undefined };
  },
  options: [
    { name: 'when', description: 'When, e.g. next Tuesday 7pm or 3 Dec 19:00', type: 'string', required: true },
    { name: 'title', description: 'What it is', type: 'string', required: true, maxLength: 100 },
    { name: 'place', description: 'Where', type: 'string', required: true, maxLength: 200 },
  ],
  async run() {
    return notYet('/meetup');
  },
};

export default meetup;
