import { dayProblem, rhythmNews, setupGroup, timeProblem, whatTimeOn, zoneHint } from '../src/core/groups.js';
import { type Form, bold, plain, toGroup, toPrivate, when } from '../src/core/reply.js';
import { nextPromptAt } from '../src/core/prompts.js';
import { regionName } from '../src/core/support.js';
import { PART_OF_DAY_TIME, canonicalZone, parseDay, parseTimeOfDay, readTimeOfDay, weekdayName } from '../src/core/time.js';
import { PROMPT_NOW_CHOICE } from './shared.js';
import { type Args, type Command, type FieldCheck, str } from './command.js';

const SETUP_FORM: Form = {
  id: 'setup:form',
  title: 'Set up the group',
  fields: [
    { id: 'timezone', label: 'Time zone (e.g. Europe/London)', required: true, maxLength: 60 },
    { id: 'day', label: 'Check-in day (e.g. sunday)', required: true, maxLength: 20 },
    { id: 'time', label: 'Check-in time (e.g. 19:00 or 7pm)', required: true, maxLength: 10 },
    { id: 'name', label: 'Group name (optional)', maxLength: 100 },
  ],
};

/** One answer of the setup questions, checked as it is given. */
function checkSetupAnswer(field: string, v: Record<string, string>): FieldCheck {
  const value = str(v[field]);
  if (field === 'timezone' && !canonicalZone(value)) return { ok: false, problem: zoneHint(value) };
  if (field === 'day') {
    const day = parseDay(value);
    if (!day) return { ok: false, problem: dayProblem(value) };
    // "Sunday evening": the time is asked with that in mind, and 19:00 is offered.
    if (day.part) return { ok: true, ask: whatTimeOn(day), suggest: { time: PART_OF_DAY_TIME[day.part] } };
  }
  if (field === 'time' && !parseTimeOfDay(value, parseDay(str(v.day))?.part)) return { ok: false, problem: timeProblem(value) };
  return { ok: true };
}

const setup: Command = {
  name: 'setup',
  description: 'Set this chat up as a group: time zone, check-in day and time, name',
  usage: '/setup <time zone> <day> <time> [group name], e.g. /setup Europe/London sunday 7pm Tuesday Parents',
  access: 'facilitator',
  scope: 'chat',
  parseText: setupArgs,
  options: [
    { name: 'timezone', description: 'IANA time zone, e.g. Europe/London', type: 'string', required: true, autocomplete: 'timezone' },
    { name: 'day', description: 'Check-in day, e.g. sunday', type: 'string', required: true, choices: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] },
    { name: 'time', description: 'Check-in time, e.g. 19:00 or 7pm', type: 'string', required: true },
    { name: 'name', description: 'Group name (optional)', type: 'string', rest: true, maxLength: 100 },
  ],
  async run(ctx, args) {
    if (!args.timezone && !args.day && !args.time) {
      return [
        toPrivate('Let\'s set this group up. Tell me the time zone, the check-in day and time, and a name if you like.', { inPlace: true, form: SETUP_FORM }),
      ];
    }
    return runSetup(ctx, { timezone: str(args.timezone), weekday: str(args.day), time: str(args.time), name: str(args.name) });
  },
  forms: {
    access: 'facilitator',
    form: SETUP_FORM,
    check: (_env, _data, field, v) => checkSetupAnswer(field, v),
    async run(ctx, _data, v) {
      return runSetup(ctx, { timezone: str(v.timezone), weekday: str(v.day), time: str(v.time), name: str(v.name) });
    },
  },
};

/**
 * `<zone> <day> [evening] [at] <time> [name…]`: a time may be two words ("7:30 pm"), and the
 * words after it are the group's name.
 */
export function setupArgs(text: string): Args {
  const [timezone, first, ...more] = text.trim().split(/\s+/).filter(Boolean);
  // Welsh days may come with "dydd" ("dydd Sul"): one day, two words.
  const welsh = first?.toLowerCase() === 'dydd' && more.length > 0;
  const day = welsh ? `${first} ${more[0]}` : first;
  const words = welsh ? more.slice(1) : more;
  let rest = words.join(' ');
  const part = /^(morning|afternoon|evening|eve|night)s?(?=\s|$)\s*/i.exec(rest);
  if (part) rest = rest.slice(part[0].length);
  const dayText = part && day ? `${day} ${part[1]}` : day;
  rest = rest.replace(/^at\s+/i, '');
  const t = readTimeOfDay(rest);
  if (t) return { timezone, day: dayText, time: rest.slice(0, rest.length - t.rest.length).trim(), name: t.rest || undefined };
  if (part) return { timezone, day: dayText, name: rest || undefined }; // "sunday evening": asked what time
  const [time, ...name] = rest.split(/\s+/).filter(Boolean);
  return { timezone, day: dayText, time, name: name.join(' ') || undefined };
}

async function runSetup(ctx: Parameters<Command['run']>[0], input: { timezone: string; weekday: string; time: string; name: string }) {
  const before = ctx.group;
  const { group, created } = await setupGroup(ctx.core, ctx.platform, ctx.chatId, '', input, ctx.seenByGroup ? ctx.topicId : undefined);
  // Set up again with a new day, time or zone: the group hears it plainly, the facilitator what it means this week.
  const news = !created && before ? await rhythmNews(ctx.core, before, group) : null;
  const next = when(await nextPromptAt(ctx.core, group), group.timezone);
  const region = regionName(group.region, group.nation);
  const lines = [
    created ? `Welcome, ${bold(group.name)}! This group is set up.` : `Updated: ${bold(group.name)}.`,
    news ? news.group : `Weekly check-in: ${weekdayName(group.checkin_weekday)} at ${group.checkin_time} (${plain(group.timezone)}). The next one is ${next}.`,
    `Helplines for /support: ${region}. A facilitator can change this with /settings region.`,
    created ? 'Everyone can now send /join to read the group agreement and join. Facilitators: /agreement set changes the agreement, /settings shows the rest.' : '',
  ].filter(Boolean);
  const replies = [toGroup(lines.join('\n'))];
  if (news) replies.push(toPrivate(news.facilitator, news.offerPromptNow ? { choices: [PROMPT_NOW_CHOICE] } : {}));
  return replies;
}

export default setup;
