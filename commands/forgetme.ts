import { forgetPerson } from '../src/core/privacy.js';
import { toGroup, toPrivate } from '../src/core/reply.js';
import type { Command } from './command.js';
import { privateLinkFor } from './private-links.js';

const forgetme: Command = {
  name: 'forgetme',
  description: 'Erase everything I keep about you, for good',
  usage: '/forgetme (in a private chat with me)',
  // Anyone: someone who has left a group can still ask to be forgotten.
  access: 'anyone',
  scope: 'anywhere',
  privateOnly: () => true,
  options: [],
  async run() {
    return [
      toPrivate(
        [
          'This erases everything I keep about you, in every group: check-ins and notes, tips, meetups you suggested (anyone who answered one still ahead is told it is called off) and your answers, buddies, topics and your avoid list. It cannot be undone.',
          "Messages you wrote in the group chat itself belong to the platform, not to me: you can delete those there. If you'd like to keep a copy first, /mydata gives you one.",
          'Erase everything now?',
        ].join('\n\n'),
        { choices: [{ id: 'forgetme:yes', label: 'Yes, erase everything' }, { id: 'forgetme:no', label: 'No, keep it' }] },
      ),
    ];
  },
  choices: {
    access: 'anyone',
    async run(ctx, data) {
      if (ctx.seenByGroup) return [toGroup("Let's do that in a private chat with me. Tap below and press Start, and we'll carry on there.", { privateLink: privateLinkFor('forgetme', ctx.group?.id) })];
      if (data[0] === 'no' && data.length === 1) return [toPrivate('Nothing was erased. Glad you are still here.')];
      if (data[0] !== 'yes' || data.length !== 1) return [toPrivate("Sorry, that button doesn't work any more. Send /forgetme to start again.", { inPlace: true })];
      await forgetPerson(ctx.core, ctx.person.id);
      return [toPrivate("Done: everything I kept about you is erased. If you ever want to come back, /join starts afresh. Take care of yourself, and /support is there for anyone, any time.")];
    },
  },
};

export default forgetme;
