import { rhythmNews, setupGroup } from '../src/core/groups.js';
import { bold, plain, toGroup, toPrivate } from '../src/core/reply.js';
import { nextPromptAt } from '../src/core/prompts.js';
import { formatLocal, weekdayName } from '../src/core/time.js';
import { PROMPT_NOW_CHOICE } from './shared.js';
import { type Command, str } from './command.js';

const setup: Command = {
  name: 'setup',
  description: 'Set this chat up as a group: time zone, check-in day and time, name',
  usage: '/setup <time zone> <day> <HH:MM> [group name], e.g. /setup Europe/London sunday 19:00 Tuesday Parents',
  access: 'facilitator',
  scope: 'chat',
  options: [
    { name: 'timezone', description: 'IANA time zone, e.g. Europe/London', type: 'string', required: true, autocomplete: 'timezone' },
    { name: 'day', description: 'Check-in day, e.g. sunday', type: 'string', required: true, choices: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] },
    { name: 'time', description: 'Check-in time, 24-hour HH:MM, e.g. 19:00', type: 'string', required: true },
    { name: 'name', description: 'Group name (optional)', type: 'string', rest: true, maxLength: 100 },
  ],
  async run(ctx, args) {
    if (!args.timezone && !args.day && !args.time) {
      return [
        toPrivate('Let\'s set this group up. Tell me the time zone, the check-in day and time, and a name if you like.', {
          inPlace: true,
          form: {
            id: 'setup:form',
            title: 'Set up the group',
            fields: [
              { id: 'timezone', label: 'Time zone (e.g. Europe/London)', required: true, maxLength: 60 },
              { id: 'day', label: 'Check-in day (e.g. sunday)', required: true, maxLength: 10 },
              { id: 'time', label: 'Check-in time (e.g. 19:00)', required: true, maxLength: 8 },
              { id: 'name', label: 'Group name (optional)', maxLength: 100 },
            ],
          },
        }),
      ];
    }
    return runSetup(ctx, { timezone: str(args.timezone), weekday: str(args.day), time: str(args.time), name: str(args.name) });
  },
  forms: {
    access: 'facilitator',
    async run(ctx, _data, v) {
      return runSetup(ctx, { timezone: str(v.timezone), weekday: str(v.day), time: str(v.time), name: str(v.name) });
    },
  },
};

async function runSetup(ctx: Parameters<Command['run']>[0], input: { timezone: string; weekday: string; time: string; name: string }) {
  const before = ctx.group;
  const { group, created } = await setupGroup(ctx.core, ctx.platform, ctx.chatId, '', input);
  // Set up again with a new day, time or zone: the group hears it plainly, the facilitator what it means this week.
  const news = !created && before ? await rhythmNews(ctx.core, before, group) : null;
  const next = formatLocal(await nextPromptAt(ctx.core, group), group.timezone);
  const region = group.nation ? `${group.region} (${group.nation.replace('_', ' ')})` : group.region;
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
