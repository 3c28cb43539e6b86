import { idFromChoice } from './shared.js';
import { findGroup } from '../src/core/groups.js';
import { MEETUP_HELP, TimeNeeded, confirmMeetup, discardDraft, draftMeetup, meetupLine, parseWhen, remindersAhead, whatTime, whatTimeWords } from '../src/core/meetups.js';
import { type Form, type Reply, bold, plain, toPrivate } from '../src/core/reply.js';
import { type Command, type CommandContext, str } from './command.js';

const MEETUP_FORM: Form = {
  id: 'meetup:form',
  title: 'Suggest a meetup',
  fields: [
    { id: 'when', label: 'When (e.g. next Tuesday 7pm)', required: true, maxLength: 100 },
    { id: 'title', label: 'What is it (e.g. Coffee and chat)', required: true, maxLength: 100 },
    { id: 'place', label: 'Where', required: true, maxLength: 200 },
  ],
};

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
        // The form's id names the group, so each answer can be checked in the group's time zone.
        toPrivate("Let's plan a meetup. Tell me when, what and where.", { inPlace: true, form: { ...MEETUP_FORM, id: `meetup:form:${ctx.group!.id}` } }),
      ];
    }
    const input = { when: str(args.when), title: str(args.title), place: str(args.place) };
    try {
      return await readBack(ctx, input);
    } catch (err) {
      // "tomorrow | Coffee | Park": ask only the time; the answer ("10am") is read with the day.
      if (!(err instanceof TimeNeeded) || !input.title || !input.place) throw err;
      const [when, title, place] = MEETUP_FORM.fields;
      return [
        toPrivate(`Nearly there: ${bold(input.title)} at ${plain(input.place)}.`, {
          inPlace: true,
          form: {
            ...MEETUP_FORM,
            id: `meetup:form:${ctx.group!.id}`,
            fields: [{ ...when, label: whatTimeWords(err.day).replace(/\?$/, ''), keep: err.day }, { ...title, value: input.title }, { ...place, value: input.place }],
          },
        }),
      ];
    }
  },
  forms: {
    access: 'member',
    form: MEETUP_FORM,
    async check(env, data, field, v) {
      if (field !== 'when') return { ok: true };
      const group = env.group ?? (await findGroup(env.core.db, Number(data[1])));
      if (!group) return { ok: true };
      try {
        parseWhen(v.when ?? '', group, env.core.clock.now());
        return { ok: true };
      } catch (err) {
        // "tomorrow": asked what time, and the answer ("10am") is read with it.
        if (err instanceof TimeNeeded) return { ok: false, problem: `${whatTime(err.day)} For example 10am or 7pm.`, keep: err.day };
        throw err;
      }
    },
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
      const m = await confirmMeetup(ctx.core, ctx.group!, ctx.member!, id, ctx.person.display_name);
      const reminders = remindersAhead(new Date(m.starts_at), ctx.core.clock.now());
      return [toPrivate(`It's posted, and I've put you down as coming.${reminders ? ` Those who say yes or maybe get a reminder ${reminders}.` : ''}`)];
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
