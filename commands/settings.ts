import { changeSetting, describeSettings } from '../src/core/groups.js';
import { quoted, toPrivate } from '../src/core/reply.js';
import { type Command, str } from './command.js';

const settings: Command = {
  name: 'settings',
  description: "Show the group's settings, or change one",
  usage: '/settings, or /settings <key> <value>, e.g. /settings absence 3',
  access: 'facilitator',
  scope: 'group',
  options: [
    { name: 'key', description: 'Which setting', type: 'string', choices: ['name', 'timezone', 'day', 'time', 'absence', 'pairing', 'region', 'language', 'role', 'notes'] },
    { name: 'value', description: 'The new value', type: 'string', rest: true },
  ],
  async run(ctx, args) {
    const group = ctx.group!;
    const key = str(args.key);
    const value = str(args.value);
    if (!key) return [toPrivate(describeSettings(group, ctx.member?.facilitator_notes === 1))];
    if (!value) {
      const known = example(key);
      if (!known) return [toPrivate(`I don't have a setting called ${quoted(key)}. Send /settings to see them all.`, { inPlace: true })];
      return [toPrivate(`What should ${key.toLowerCase()} be? For example: /settings ${key.toLowerCase()} ${known}`, { inPlace: true })];
    }
    return [toPrivate(await changeSetting(ctx.core, group, key, value, ctx.member?.status === 'active' ? ctx.member.id : null))];
  },
};

// A Map: a typed key like "constructor" must not find Object.prototype's members.
const EXAMPLES = new Map(Object.entries({ name: 'Tuesday Parents', timezone: 'Europe/London', day: 'sunday', time: '19:00', absence: '2', pairing: '2', region: 'GB', language: 'en', role: '@Facilitators', notes: 'on' }));

function example(key: string): string | undefined {
  return EXAMPLES.get(key.toLowerCase());
}

export default settings;
