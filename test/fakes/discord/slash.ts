// Builds the `data` of a slash command (or autocomplete) interaction from plain values.
import type { CommandRegistry } from './commands.js';
import type { FakeChannel, FakeRole, FakeUser, World } from './model.js';
import { snowflake } from './model.js';
import { apiRole, apiUser, type Json } from './serialize.js';

export type SlashValue = string | number | boolean | FakeUser | FakeChannel | FakeRole;

function inferType(v: SlashValue): number {
  if (typeof v === 'string') return 3;
  if (typeof v === 'number') return Number.isInteger(v) ? 4 : 10;
  if (typeof v === 'boolean') return 5;
  if ('username' in v) return 6;
  if ('recipientId' in v) return 7;
  return 8;
}

function typeMatches(type: number, v: SlashValue): boolean {
  switch (type) {
    case 3: return typeof v === 'string';
    case 4: return typeof v === 'number' && Number.isInteger(v);
    case 10: return typeof v === 'number';
    case 5: return typeof v === 'boolean';
    case 6: return typeof v === 'object' && 'username' in v;
    case 7: return typeof v === 'object' && 'recipientId' in v;
    case 8: return typeof v === 'object' && 'permissions' in v;
    case 9: return typeof v === 'object' && ('username' in v || 'permissions' in v);
    default: return false;
  }
}

export function slashData(
  world: World,
  registry: CommandRegistry,
  guildId: string | null,
  fullName: string,
  values: Record<string, SlashValue>,
  opts: { strict: boolean; focused?: string },
): Json {
  const [name, ...path] = fullName.trim().split(/\s+/);
  const cmd = registry.find(name!, guildId);
  if (!cmd && opts.strict) {
    const known = [...registry.list('global'), ...(guildId ? registry.list(guildId) : [])].map((c) => c.name);
    throw new Error(`fake discord: /${name} is not registered here (registered: ${known.join(', ') || 'none'})`);
  }
  let defs: Json[] | undefined = cmd?.options;
  for (const part of path) {
    const sub = defs?.find((o) => o.name === part && (o.type === 1 || o.type === 2));
    if (!sub && cmd && opts.strict) throw new Error(`fake discord: /${name} has no subcommand or group "${part}"`);
    defs = sub?.options;
  }
  // Discord's client offers a command with subcommands only with one chosen.
  if (cmd && opts.strict && defs?.some((o) => o.type === 1 || o.type === 2)) {
    throw new Error(`fake discord: /${fullName} has subcommands (${defs.filter((o) => o.type === 1 || o.type === 2).map((o) => o.name).join(', ')}): name one, like "${name} ${defs[0].name}"`);
  }
  const resolved: Json = {};
  const leaf: Json[] = [];
  for (const [key, v] of Object.entries(values)) {
    const def = defs?.find((o) => o.name === key);
    if (cmd && opts.strict && !def) throw new Error(`fake discord: /${fullName} has no option "${key}"`);
    const type = def?.type ?? inferType(v);
    const focused = opts.focused === key;
    if (!focused && !typeMatches(type, v)) throw new Error(`fake discord: option "${key}" of /${fullName} has type ${type}; got ${JSON.stringify(v)}`);
    if (!focused && def?.choices && !def.choices.some((c: Json) => c.value === v)) throw new Error(`fake discord: "${String(v)}" is not a choice of option "${key}"`);
    let value: unknown = v;
    if (typeof v === 'object') {
      value = v.id;
      if ('username' in v) {
        (resolved.users ??= {})[v.id] = apiUser(v);
        const member = guildId ? world.member(guildId, v.id) : undefined;
        if (member) (resolved.members ??= {})[v.id] = { roles: member.roles, nick: member.nick, joined_at: member.joinedAt, avatar: null, premium_since: null, pending: false, flags: 0, communication_disabled_until: null, permissions: world.permissions(member.guildId, member.userId).toString() };
      } else if ('recipientId' in v) {
        (resolved.channels ??= {})[v.id] = { id: v.id, name: v.name, type: v.type, parent_id: v.parentId, permissions: guildId ? world.permissions(guildId, world.bot.id).toString() : '0' };
      } else {
        (resolved.roles ??= {})[v.id] = apiRole(v);
      }
    }
    leaf.push(focused ? { name: key, type, value: String(v), focused: true } : { name: key, type, value });
  }
  if (!opts.focused) {
    for (const def of defs ?? []) {
      if (def.required && !(def.name in values)) throw new Error(`fake discord: required option "${def.name}" of /${fullName} is missing`);
    }
  }
  let options: Json[] = leaf;
  const subTypes = path.map((_, i) => (i === path.length - 1 ? 1 : 2));
  for (let i = path.length - 1; i >= 0; i--) options = [{ name: path[i], type: subTypes[i], options }];
  const data: Json = { id: cmd?.id ?? snowflake(), name, type: 1, options };
  if (cmd?.guild_id) data.guild_id = cmd.guild_id;
  if (Object.keys(resolved).length) data.resolved = resolved;
  return data;
}
