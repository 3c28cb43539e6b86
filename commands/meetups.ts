import { idFromChoice } from './shared.js';
import { RSVPS, cancelMeetup, meetupLine, meetupToCallOff, remindersAhead, rsvp, upcomingMeetups } from '../src/core/meetups.js';
import { type Choice, bold, toPrivate, when } from '../src/core/reply.js';
import { formatLocal } from '../src/core/time.js';
import type { Command, CommandContext } from './command.js';

const SHOWN = 5;

const meetups: Command = {
  name: 'meetups',
  description: 'Upcoming meetups, and say if you are coming',
  usage: '/meetups',
  access: 'member',
  scope: 'group',
  options: [],
  async run(ctx) {
    return list(ctx);
  },
  choices: {
    access: 'member',
    async run(ctx, data) {
      const id = idFromChoice(data[1]);
      const answer = data[0] === 'r' ? RSVPS.get(data[2]) : undefined;
      if (answer) {
        const w = ctx.words;
        const m = await rsvp(ctx.core, ctx.group!, ctx.member!, id, answer, w);
        const at = when(new Date(m.starts_at), ctx.group!.timezone, 'datetime', w.lang);
        const reminders = remindersAhead(new Date(m.starts_at), ctx.core.clock.now());
        const title = bold(m.title);
        const text =
          answer === 'yes' ? `${w.t('meetups-yes-reply', { title, at })} ${reminders ? w.t('meetups-remind-you', { ahead: reminders }) : w.t('meetups-see-you')}`
          : answer === 'maybe' ? `${w.t('meetups-maybe-reply', { title, at })} ${w.t(reminders ? 'meetups-maybe-reminder' : 'meetups-no-pressure')}`
          : w.t('meetups-no-reply', { title });
        return [toPrivate(text)];
      }
      if (data[0] === 'x') {
        // Asks first: calling off tells everyone who answered and changes the group's post.
        const w = ctx.words;
        const m = await meetupToCallOff(ctx.core, ctx.group!, ctx.member, ctx.isFacilitator, id, w);
        const at = when(new Date(m.starts_at), ctx.group!.timezone, 'datetime', w.lang);
        return [
          toPrivate(w.t('meetups-call-off-ask', { title: bold(m.title), at }), {
            inPlace: true,
            choices: [
              { id: `meetups:off:${m.id}`, label: w.t('meetups-call-off-yes') },
              { id: `meetups:keep:${m.id}`, label: w.t('meetups-keep-label') },
            ],
          }),
        ];
      }
      if (data[0] === 'keep') return [toPrivate(ctx.words.t('meetups-kept'), { inPlace: true })];
      if (data[0] === 'off') {
        const { meetup: m, told } = await cancelMeetup(ctx.core, ctx.group!, ctx.member, ctx.isFacilitator, id, ctx.person.display_name, ctx.words);
        return [toPrivate(ctx.words.t('meetups-called-off', { title: bold(m.title), told }), { inPlace: true })];
      }
      return [toPrivate(ctx.words.t('meetups-old-button'), { inPlace: true })];
    },
  },
};

async function list(ctx: CommandContext) {
  const group = ctx.group!;
  const w = ctx.words;
  const rows = await upcomingMeetups(ctx.core.db, group.id, ctx.member!.id, ctx.core.clock.now(), SHOWN);
  if (!rows.length) return [toPrivate(w.t('meetups-none'), { inPlace: true })];
  const lines = [w.t('meetups-coming-up'), ''];
  const choices: Choice[] = [];
  for (const [i, m] of rows.entries()) {
    const mine = m.mine ? ` ${w.t('meetups-you-said', { answer: m.mine })}` : '';
    lines.push(`${w.t('meetups-item', { n: i + 1, meetup: meetupLine(m, group.timezone, w), yes: m.yes, maybe: m.maybe })}${mine}`);
    const meetup = `${m.title.slice(0, 40)} (${formatLocal(new Date(m.starts_at), group.timezone, w.lang).split(',')[0]})`;
    choices.push(
      { id: `meetups:r:${m.id}:y`, label: w.t('meetups-yes-label', { meetup }) },
      { id: `meetups:r:${m.id}:m`, label: w.t('meetups-maybe-label', { meetup }) },
      { id: `meetups:r:${m.id}:n`, label: w.t('meetups-no-label', { meetup }) },
    );
    if (m.member_id === ctx.member!.id || ctx.isFacilitator) choices.push({ id: `meetups:x:${m.id}`, label: w.t('meetups-call-off-label', { meetup }) });
  }
  lines.push('', w.t('meetups-tap'));
  // Private: it says what this member answered.
  return [toPrivate(lines.join('\n'), { choices: choices.slice(0, 25) })];
}

export default meetups;
