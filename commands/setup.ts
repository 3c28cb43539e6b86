import { dayName, dayProblem, rhythmNews, setupGroup, timeProblem, whatTimeOn, zoneHint } from '../src/core/groups.js';
import { type Words, words } from '../src/core/i18n.js';
import { type Form, bold, plain, toGroup, toPrivate, when } from '../src/core/reply.js';
import { nextPromptAt } from '../src/core/prompts.js';
import { regionName } from '../src/core/support.js';
import { PART_OF_DAY_TIME, canonicalZone, parseDay, parseTimeOfDay, readTimeOfDay } from '../src/core/time.js';
import { PROMPT_NOW_CHOICE } from './shared.js';
import { type Args, type Command, type FieldCheck, str } from './command.js';

/** The setup form, in the facilitator's words. */
const setupForm = (w: Words): Form => ({
  id: 'setup:form',
  title: w.t('setup-form-title'),
  fields: [
    { id: 'timezone', label: w.t('setup-form-zone'), required: true, maxLength: 60 },
    { id: 'day', label: w.t('setup-form-day'), required: true, maxLength: 20 },
    { id: 'time', label: w.t('setup-form-time'), required: true, maxLength: 10 },
    { id: 'name', label: w.t('setup-form-name'), maxLength: 100 },
  ],
});
const SETUP_FORM = setupForm(words('en'));

/** One answer of the setup questions, checked as it is given (a check is not told who answers: English). */
function checkSetupAnswer(field: string, v: Record<string, string>, w: Words = words('en')): FieldCheck {
  const value = str(v[field]);
  if (field === 'timezone' && !canonicalZone(value)) return { ok: false, problem: zoneHint(value, w) };
  if (field === 'day') {
    const day = parseDay(value);
    if (!day) return { ok: false, problem: dayProblem(value, w) };
    // "Sunday evening": the time is asked with that in mind, and 19:00 is offered.
    if (day.part) return { ok: true, ask: whatTimeOn(day, w), suggest: { time: PART_OF_DAY_TIME[day.part] } };
  }
  if (field === 'time' && !parseTimeOfDay(value, parseDay(str(v.day))?.part)) return { ok: false, problem: timeProblem(value, w) };
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
        toPrivate(ctx.words.t('setup-ask'), { inPlace: true, form: setupForm(ctx.words) }),
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
  const { group, created } = await setupGroup(ctx.core, ctx.platform, ctx.chatId, '', input, ctx.seenByGroup ? ctx.topicId : undefined, ctx.words);
  // A new group has no language yet: it hears the facilitator's. Set up again, it hears its own.
  const gw = created || !before ? ctx.words : ctx.groupWords;
  // Set up again with a new day, time or zone: the group hears it plainly, the facilitator what it means this week.
  const news = !created && before ? await rhythmNews(ctx.core, before, group, ctx.words, gw) : null;
  const next = when(await nextPromptAt(ctx.core, group), group.timezone, 'datetime', gw.lang);
  const region = regionName(group.region, group.nation, gw);
  const lines = [
    gw.t(created ? 'setup-welcome' : 'setup-updated', { group: bold(group.name) }),
    news ? news.group : gw.t('setup-weekly', { day: dayName(group.checkin_weekday, gw), time: group.checkin_time, zone: plain(group.timezone), next }),
    gw.t('setup-helplines', { region }),
    created ? gw.t('setup-join-now') : '',
  ].filter(Boolean);
  const replies = [toGroup(lines.join('\n'))];
  if (news) replies.push(toPrivate(news.facilitator, news.offerPromptNow ? { choices: [{ ...PROMPT_NOW_CHOICE, label: ctx.words.t('prompt-cmd-now-label') }] } : {}));
  return replies;
}

export default setup;
