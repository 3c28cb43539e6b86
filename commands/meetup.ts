import { idFromChoice } from './shared.js';
import { MEETUP_HELP, confirmMeetup, discardDraft, draftMeetup, meetupLine } from '../src/core/meetups.js';
import { type Reply, plain, toPrivate } from '../src/core/reply.js';
import { type Command, type CommandContext, str } from './command.js';

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
  async run(ctx, args) {
    if (!args.when && !args.title && !args.place) {
      return [
        toPrivate("Let's plan a meetup. Tell me when, what and where.", {
          inPlace: true,
          form: {
            id: 'meetup:form',
            title: 'Suggest a meetup',
            fields: [
              { id: 'when', label: 'When (e.g. next Tuesday 7pm)', required: true, maxLength: 100 },
              { id: 'title', label: 'What is it (e.g. Coffee and chat)', required: true, maxLength: 100 },
              { id: 'place', label: 'Where', required: true, maxLength: 200 },
            ],
          },
        }),
      ];
    }
    return readBack(ctx, { when: str(args.when), title: str(args.title), place: str(args.place) });
  },
  forms: {
    access: 'member',
    async run(ctx, _data, v) {
      return readBack(ctx, { when: str(v.when), title: str(v.title), place: str(v.place) });
    },
  },
  choices: {
    access: 'member',
    async run(ctx, data) {
      const id = idFromChoice(data[1]);
      if (data[0] === 'no') {
        await discardDraft(ctx.core, ctx.member!, id);
        return [toPrivate(`No problem, nothing was posted. ${MEETUP_HELP}`, { inPlace: true })];
      }
      if (data[0] !== 'ok') return [toPrivate("Sorry, that button doesn't work any more. Send /meetups to carry on.", { inPlace: true })];
      // The group's post goes through the outbox, so it can be edited if the meetup is called off.
      await confirmMeetup(ctx.core, ctx.group!, ctx.member!, id, ctx.person.display_name);
      return [toPrivate("It's posted, and I've put you down as coming. Those who say yes or maybe get a reminder the day before and an hour before.")];
    },
  },
};

async function readBack(ctx: CommandContext, input: { when: string; title: string; place: string }): Promise<Reply[]> {
  const draft = await draftMeetup(ctx.core, ctx.group!, ctx.member!, input);
  return [
    toPrivate(`Here's what I read: ${meetupLine(draft, ctx.group!.timezone)} (${plain(ctx.group!.timezone)} time). Shall I post it to the group?`, {
      inPlace: true,
      choices: [
        { id: `meetup:ok:${draft.id}`, label: 'Confirm and post' },
        { id: `meetup:no:${draft.id}`, label: 'Cancel' },
      ],
    }),
  ];
}

export default meetup;
