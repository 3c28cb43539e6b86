import { personDataFile } from '../src/core/privacy.js';
import { toPrivate } from '../src/core/reply.js';
import type { Command } from './command.js';

const mydata: Command = {
  name: 'mydata',
  description: 'Everything I keep about you, as a file, privately',
  usage: '/mydata (in a private chat with me)',
  // Anyone: someone who has left a group still has a right to see what is kept.
  access: 'anyone',
  scope: 'anywhere',
  privateOnly: () => true,
  options: [],
  async run(ctx) {
    const file = await personDataFile(ctx.core, ctx.person.id);
    return [toPrivate(ctx.words.t('mydata-file'), { file })];
  },
};

export default mydata;
