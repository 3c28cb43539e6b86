import { idFromChoice } from './shared.js';
import { findGroup } from '../src/core/groups.js';
import { type Words, words, groupWords } from '../src/core/i18n.js';
import { TimeNeeded, confirmMeetup, discardDraft, draftMeetup, meetupHelp, meetupLine, parseWhen, remindersAhead, whatTime, whatTimeWords } from '../src/core/meetups.js';
import { type Form, type Reply, bold, plain, toPrivate } from '../src/core/reply.js';
import { type Command, type CommandContext, str } from './command.js';

/** The meetup form, in the words of the person who fills it in. */
const meetupForm = (w: Words): Form => ({
  id: 'meetup:form',
  title: w.t('meetup-form-title'),
  fields: [
    { id: 'when', label: w.t('meetup-form-when'), required: true, maxLength: 100 },
    { id: 'title', label: w.t('meetup-form-what'), required: true, maxLength: 100 },
    { id: 'place', label: w.t('meetup-form-where'), required: true, maxLength: 200 },
  ],
});
const MEETUP_FORM = meetupForm(words('en'));

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
        toPrivate(ctx.words.t('meetup-plan'), { inPlace: true, form: { ...meetupForm(ctx.words), id: `meetup:form:${ctx.group!.id}` } }),
      ];
    }
    const input = { when: str(args.when), title: str(args.title), place: str(args.place) };
    try {
      return await readBack(ctx, input);
    } catch (err) {
      // "tomorrow | Coffee | Park": ask only the time; the answer ("10am") is read with the day.
      if (!(err instanceof TimeNeeded) || !input.title || !input.place) throw err;
      const form = meetupForm(ctx.words);
      const [when, title, place] = form.fields;
      return [
        toPrivate(ctx.words.t('meetup-nearly', { title: bold(input.title), place: plain(input.place) }), {
          inPlace: true,
          form: {
            ...form,
            id: `meetup:form:${ctx.group!.id}`,
            fields: [{ ...when, label: whatTimeWords(err.day, ctx.words).replace(/[?？]$/, ''), keep: err.day }, { ...title, value: input.title }, { ...place, value: input.place }],
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
      // A check is not told who answers: the group's words.
      const w = groupWords(group.language);
      try {
        parseWhen(v.when ?? '', group, env.core.clock.now(), w);
        return { ok: true };
      } catch (err) {
        // "tomorrow": asked what time, and the answer ("10am") is read with it.
        if (err instanceof TimeNeeded) return { ok: false, problem: `${whatTime(err.day, w)} ${w.t('meetup-time-example')}`, keep: err.day };
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
        return [toPrivate(`${ctx.words.t('meetup-nothing-posted')} ${meetupHelp(ctx.words)}`, { inPlace: true })];
      }
      if (data[0] !== 'ok') return [toPrivate(ctx.words.t('meetups-old-button'), { inPlace: true })];
      // The group's post goes through the outbox, so it can be edited if the meetup is called off.
      const m = await confirmMeetup(ctx.core, ctx.group!, ctx.member!, id, ctx.person.display_name, ctx.words);
      const reminders = remindersAhead(new Date(m.starts_at), ctx.core.clock.now());
      return [toPrivate(`${ctx.words.t('meetup-posted')}${reminders ? ` ${ctx.words.t('meetup-posted-reminders', { ahead: reminders })}` : ''}`)];
    },
  },
};

async function readBack(ctx: CommandContext, input: { when: string; title: string; place: string }): Promise<Reply[]> {
  const w = ctx.words;
  const draft = await draftMeetup(ctx.core, ctx.group!, ctx.member!, input, w);
  return [
    toPrivate(w.t('meetup-read-back', { meetup: meetupLine(draft, ctx.group!.timezone, w), zone: plain(ctx.group!.timezone) }), {
      inPlace: true,
      choices: [
        { id: `meetup:ok:${draft.id}`, label: w.t('meetup-confirm') },
        { id: `meetup:no:${draft.id}`, label: w.t('meetup-cancel') },
      ],
    }),
  ];
}

export default meetup;
