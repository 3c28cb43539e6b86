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
        const m = await rsvp(ctx.core, ctx.group!, ctx.member!, id, answer);
        const at = when(new Date(m.starts_at), ctx.group!.timezone);
        const reminders = remindersAhead(new Date(m.starts_at), ctx.core.clock.now());
        const text =
          answer === 'yes' ? `Lovely: you're coming to ${bold(m.title)} on ${at}.${reminders ? ` I'll remind you ${reminders}.` : ' See you there!'}`
          : answer === 'maybe' ? `Noted as a maybe for ${bold(m.title)} on ${at}.${reminders ? " I'll send a reminder; no pressure." : ' No pressure.'}`
          : `Noted: you can't make ${bold(m.title)}. Maybe next time! You can change your answer in /meetups.`;
        return [toPrivate(text)];
      }
      if (data[0] === 'x') {
        // Asks first: calling off tells everyone who answered and changes the group's post.
        const m = await meetupToCallOff(ctx.core, ctx.group!, ctx.member, ctx.isFacilitator, id);
        const at = when(new Date(m.starts_at), ctx.group!.timezone);
        return [
          toPrivate(`Call off ${bold(m.title)} on ${at}? Everyone who answered is told privately, and the post in the group will say it's off.`, {
            inPlace: true,
            choices: [
              { id: `meetups:off:${m.id}`, label: 'Yes, call it off' },
              { id: `meetups:keep:${m.id}`, label: 'Keep it on' },
            ],
          }),
        ];
      }
      if (data[0] === 'keep') return [toPrivate('Good: the meetup is still on, and nobody was told anything.', { inPlace: true })];
      if (data[0] === 'off') {
        const { meetup: m, told } = await cancelMeetup(ctx.core, ctx.group!, ctx.member, ctx.isFacilitator, id, ctx.person.display_name);
        const who = told === 0 ? 'Nobody else had answered yet' : told === 1 ? "I'm letting the one person who answered know" : `I'm letting the ${told} people who answered know`;
        return [toPrivate(`Called off: ${bold(m.title)}. ${who}, and the post in the group now says it's off.`, { inPlace: true })];
      }
      return [toPrivate("Sorry, that button doesn't work any more. Send /meetups to carry on.", { inPlace: true })];
    },
  },
};

async function list(ctx: CommandContext) {
  const group = ctx.group!;
  const rows = await upcomingMeetups(ctx.core.db, group.id, ctx.member!.id, ctx.core.clock.now(), SHOWN);
  if (!rows.length) return [toPrivate('No meetups coming up. Suggest one with /meetup, like: /meetup next Tuesday 7pm | Coffee | The Forum café', { inPlace: true })];
  const lines = [bold('Coming up'), ''];
  const choices: Choice[] = [];
  for (const [i, m] of rows.entries()) {
    const mine = m.mine ? ` You said ${m.mine}.` : '';
    lines.push(`${i + 1}. ${meetupLine(m, group.timezone)}. Coming: ${m.yes}, maybe: ${m.maybe}.${mine}`);
    const short = `${m.title.slice(0, 40)} (${formatLocal(new Date(m.starts_at), group.timezone).split(',')[0]})`;
    choices.push({ id: `meetups:r:${m.id}:y`, label: `Yes: ${short}` }, { id: `meetups:r:${m.id}:m`, label: `Maybe: ${short}` }, { id: `meetups:r:${m.id}:n`, label: `No: ${short}` });
    if (m.member_id === ctx.member!.id || ctx.isFacilitator) choices.push({ id: `meetups:x:${m.id}`, label: `Call off: ${short}` });
  }
  lines.push('', 'Tap to say if you are coming; you can change your answer any time.');
  // Private: it says what this member answered.
  return [toPrivate(lines.join('\n'), { choices: choices.slice(0, 25) })];
}

export default meetups;
