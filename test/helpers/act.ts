import { type Action, type Incoming, handle } from '../../commands/dispatch.js';
import type { Reply } from '../../src/core/reply.js';
import type { TestWorld } from './core.js';

/** Drive the dispatcher directly as one person, in the console group or their private chat. */
export function actor(world: TestWorld, opts: { admins?: string[] } = {}) {
  const admins = new Set((opts.admins ?? []).map((a) => a.toLowerCase()));
  const incoming = (name: string, where: 'group' | 'dm'): Incoming => ({
    platform: 'console',
    chatId: where === 'group' ? 'console-group' : `dm:${name.toLowerCase()}`,
    inPrivateChat: where === 'dm',
    seenByGroup: where === 'group',
    user: { id: name.toLowerCase(), name },
    isChatAdmin: admins.has(name.toLowerCase()),
    isFacilitatorOf: async () => admins.has(name.toLowerCase()),
    botName: 'bot',
  });
  const run = (name: string, where: 'group' | 'dm', action: Action): Promise<Reply[]> => handle(world.app, incoming(name, where), action);
  return {
    command: (name: string, text: string, where: 'group' | 'dm' = 'group') => {
      const m = /^\/(\S+)\s*([\s\S]*)$/.exec(text)!;
      return run(name, where, { kind: 'command', name: m[1], text: m[2] });
    },
    choose: (name: string, id: string, where: 'group' | 'dm' = 'group') => run(name, where, { kind: 'choice', id }),
    form: (name: string, id: string, values: Record<string, string>, where: 'group' | 'dm' = 'group') => run(name, where, { kind: 'form', id, values }),
    /** Set up the console group with `facilitator` and join `members` to it. */
    async groupWith(facilitator: string, members: string[]) {
      admins.add(facilitator.toLowerCase());
      await run(facilitator, 'group', { kind: 'command', name: 'setup', text: 'Europe/London sunday 19:00 Tuesday Parents' });
      for (const m of members) await run(m, 'group', { kind: 'choice', id: 'join:accept:1' });
    },
  };
}

export const textOf = (replies: Reply[]) => replies.map((r) => r.text).join('\n');
