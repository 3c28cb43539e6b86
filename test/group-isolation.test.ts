import { describe, expect, it } from 'vitest';
import { handle, type Incoming } from '../commands/dispatch.js';
import { testWorld } from './helpers/core.js';
import { textOf } from './helpers/act.js';

// One group's data never shows in another group, even for someone who belongs to both.

describe('groups are kept apart', () => {
  it('shows tips, check-in tallies, stats and the agreement of the group asked about only', async () => {
    const world = await testWorld('2026-11-23T10:00:00Z');
    const say = (name: string, chat: string, text: string) => {
      const m = /^\/(\S+)\s*([\s\S]*)$/.exec(text)!;
      const incoming: Incoming = {
        platform: 'console', chatId: chat, inPrivateChat: false, seenByGroup: true,
        user: { id: name.toLowerCase(), name }, isChatAdmin: name === 'Sam', botName: 'bot',
      };
      return handle(world.app, incoming, m[2] === '#' ? { kind: 'choice', id: m[1] } : { kind: 'command', name: m[1], text: m[2] });
    };
    await say('Sam', 'parents', '/setup Europe/London sunday 19:00 Tuesday Parents');
    await say('Sam', 'grief', '/setup Europe/London monday 20:00 Grief Circle');
    await say('Sam', 'parents', '/agreement set Parents: we keep what is said here.');
    for (const who of ['Ann', 'Bea', 'Cal']) await handle(world.app, { platform: 'console', chatId: 'parents', inPrivateChat: false, seenByGroup: true, user: { id: who.toLowerCase(), name: who }, isChatAdmin: false, botName: 'bot' }, { kind: 'choice', id: 'join:accept:2' });
    await handle(world.app, { platform: 'console', chatId: 'grief', inPrivateChat: false, seenByGroup: true, user: { id: 'ann', name: 'Ann' }, isChatAdmin: false, botName: 'bot' }, { kind: 'choice', id: 'join:accept:1' });

    await say('Ann', 'parents', '/tip #benefits Ask for the assessment notes in writing');
    for (const who of ['Ann', 'Bea', 'Cal']) await say(who, 'parents', '/checkin 2 a hard week with the school');

    const tipsInGrief = textOf(await say('Ann', 'grief', '/tips benefits'));
    expect(tipsInGrief).not.toMatch(/assessment notes/);
    expect(textOf(await say('Ann', 'parents', '/tips benefits'))).toMatch(/assessment notes/);

    expect(textOf(await say('Ann', 'grief', '/agreement'))).not.toMatch(/Parents: we keep/);
    const griefStats = textOf(await say('Sam', 'grief', '/stats'));
    expect(griefStats).toMatch(/Grief Circle/);
    expect(griefStats).not.toMatch(/Bea|Cal|: 3 people|W48: 3/);
    const rows = await world.core.db.selectFrom('checkins').select('group_id').execute();
    expect(new Set(rows.map((r) => r.group_id))).toEqual(new Set([1]));
    await world.close();
  });
});
