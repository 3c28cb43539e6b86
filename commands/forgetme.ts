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
  async run(ctx) {
    const w = ctx.words;
    return [
      toPrivate([w.t('forgetme-what'), w.t('forgetme-platform'), w.t('forgetme-ask')].join('\n\n'), {
        choices: [
          { id: 'forgetme:yes', label: w.t('forgetme-yes') },
          { id: 'forgetme:no', label: w.t('forgetme-no') },
        ],
      }),
    ];
  },
  choices: {
    access: 'anyone',
    async run(ctx, data) {
      const w = ctx.words;
      if (ctx.seenByGroup) return [toGroup(ctx.groupWords.t('forgetme-go-private'), { privateLink: privateLinkFor('forgetme', ctx.group?.id) })];
      if (data[0] === 'no' && data.length === 1) return [toPrivate(w.t('forgetme-kept'))];
      if (data[0] !== 'yes' || data.length !== 1) return [toPrivate(w.t('forgetme-old-button'), { inPlace: true })];
      // Their words are read before the erasure: it takes their language with it.
      await forgetPerson(ctx.core, ctx.person.id);
      return [toPrivate(w.t('forgetme-done'))];
    },
  },
};

export default forgetme;
