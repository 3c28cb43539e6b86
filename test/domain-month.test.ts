import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consoleChat } from './helpers/console-chat.js';
import { describe, expect, it } from 'vitest';
import { queueNudges } from '../src/core/absence.js';
import { queueMeetupReminders } from '../src/core/meetups.js';
import { runPairRound } from '../src/core/pairing/rounds.js';
import { snapshot, testWorld } from './helpers/core.js';
import { scanFor } from './helpers/domain-scan.js';

// A group's month in the console chat, with the clock moved by hand. Where the schedule would
// act, the queue functions run directly and the console delivers the outbox.

describe('a month in the life of a group, in the console chat', () => {
  it('joins, check-ins, buddies, tips, a meetup with RSVPs and reminders, a quiet member, /mydata and /forgetme', async () => {
    const world = await testWorld('2026-11-23T10:00:00Z'); // Monday, 10:00 in London
    let out: string[] = [];
    const files = mkdtempSync(join(tmpdir(), 'month-files-'));
    const chat = consoleChat(world.app, (l) => out.push(l), world.clock, files);
    const say = async (...lines: string[]) => {
      out = [];
      for (const l of lines) await chat.line(l);
      return out.join('\n');
    };
    const group = () => world.core.db.selectFrom('groups').selectAll().executeTakeFirstOrThrow();
    const schedule = async () => {
      out = [];
      await queueNudges(world.core, await group(), world.clock.now());
      await queueMeetupReminders(world.core, world.clock.now());
      await chat.drainOutbox();
      return out.join('\n');
    };

    // Week 1: setting up and joining.
    expect(await say('Sam: /setup Europe/London sunday 19:00 Tuesday Parents')).toMatch(/Welcome, Tuesday Parents!/);
    for (const n of ['Sam', 'Alex', 'Bea', 'Cy', 'Dee']) expect(await say(`${n}: /join`, `${n}: #1`)).toContain(`Welcome, ${n}!`);
    expect(await say('Alex: /checkin 4 kids settled at school')).toMatch(/\[private → Alex\] bot: Thank you/);
    expect(await say('Bea@dm: /checkin 2 a hard week')).toMatch(/private: only you can see it/);

    // Buddies and topics, then a pairing round the facilitator runs now.
    let t = await say('Alex: /buddy on', 'Bea: /buddy on', 'Cy: /buddy on', 'Dee: /buddy on');
    expect(t).toMatch(/your buddy is told/);
    await say('Bea: /topics seek sleep', 'Cy: /topics offer sleep, school');
    t = await say('Sam: /pair now');
    expect(t).toMatch(/\[private → Sam\] bot: \*?Preview/);
    expect(t).not.toMatch(/\[group\]/);
    t = await say('Sam: #1');
    expect(t).toMatch(/Done: 2 pairs/);
    // Outbox deliveries are addressed by platform user id (the console's is the lower-case name).
    expect(t).toMatch(/\[private → Bea\] bot: Your buddy in Tuesday Parents until the next round on \w+ \d+ \w+ is Cy\./);
    expect(t).toMatch(/Cy can help with #sleep, which you're looking for/);
    expect(t).toMatch(/\[private → Cy\] bot: Your buddy .* is Bea/);
    expect(t).toMatch(/conversation starter/);
    expect((await runPairRound(world.core, await group(), world.clock.now())).created).toBe(false); // the schedule skips it
    expect(await say('Bea: /buddy')).toMatch(/Your buddy right now: Cy/);

    // Tips.
    t = await say('Alex@dm: /tip #benefits Ask for the assessment notes in writing');
    expect(t).toMatch(/\[group\] bot: 💡 Alex shared a tip on #benefits:/);
    expect(await say('Bea: /tips benefits')).toMatch(/Ask for the assessment notes in writing/);

    // A meetup, read back, confirmed, answered.
    t = await say('Alex: /meetup 3 Dec 7pm | Coffee and chat | The Forum café');
    expect(t).toMatch(/Here's what I read: Coffee and chat: Thu 3 Dec, 19:00 at The Forum café/);
    t = await say('Alex: #1');
    expect(t).toMatch(/\[group\] bot: 📅 Alex suggests a meetup/);
    expect(t).toMatch(/#1 Yes {3}#2 Maybe {3}#3 No/);
    expect(await say('Bea: #1')).toMatch(/Lovely: you're coming/);
    expect(await say('Cy: #2')).toMatch(/maybe/);
    expect(await say('Sam: /meetups')).toMatch(/Coming: 2, maybe: 1/);

    // The weeks go by. Everyone but Dee keeps in touch.
    for (let week = 1; week <= 2; week++) {
      await say(':clock +7d');
      await say('Sam@dm: /checkin 4', 'Alex@dm: /checkin 3', 'Bea@dm: /checkin 3', 'Cy@dm: /checkin 4');
      t = await schedule();
      if (week === 1) expect(t).toBe('');
    }
    // Dee has been quiet for two weeks: one warm private message, and her buddy is told.
    expect(t).toMatch(/\[private → Dee\] bot: Hi Dee, a friendly hello from Tuesday Parents\. We've been thinking of you\./);
    expect(t).not.toMatch(/\[group\]/);
    expect(t).not.toMatch(/absen/i);
    const deeBuddy = /\[private → (\w+)\] bot: Your buddy Dee has been quiet/.exec(t);
    expect(deeBuddy).not.toBeNull();
    expect(await schedule()).toBe(''); // once per quiet spell

    // The day before the meetup, at 19:30: reminders to yes and maybe.
    world.clock.set(new Date('2026-12-02T19:30:00Z'));
    t = await schedule();
    expect(t).toMatch(/\[private → Alex\] bot: A reminder from Tuesday Parents: Coffee and chat/);
    expect(t).toMatch(/\[private → Bea\] bot: A reminder/);
    expect(t).toMatch(/\[private → Cy\] bot: A reminder.*you said maybe/);
    expect(t).not.toMatch(/→ (dee|sam)\]/);

    // Dee taps a mood on her message: she is back in touch.
    t = await say('Dee@dm: #4');
    expect(t).toMatch(/\[private → Dee\] bot: It's good to see you\. Thank you for checking in/);

    // Cy takes their data, then asks to be forgotten.
    t = await say('Cy@dm: /mydata');
    expect(t).toMatch(/📎 my-data\.json/);
    // The console shows a preview; the whole file is saved, named by Cy's id.
    const saved = /saved whole to (\S+)/.exec(t)![1];
    expect(readFileSync(saved, 'utf8')).toContain('"display_name": "Cy"');
    expect(await say('Cy: /forgetme')).toMatch(/\[group\] bot: Let's do that in a private chat/);
    const cyMember = await world.core.db.selectFrom('members').innerJoin('people', 'people.id', 'members.person_id').select(['members.id', 'members.person_id']).where('people.display_name', '=', 'Cy').executeTakeFirstOrThrow();
    const cy = { personIds: [cyMember.person_id], memberIds: [cyMember.id], platformIds: ['cy', 'dm:cy'], texts: [] };
    expect((await scanFor(world.core.db, cy)).length).toBeGreaterThan(5);
    t = await say('Cy@dm: /forgetme');
    expect(t).toMatch(/cannot be undone/);
    expect(await say('Cy@dm: #1')).toMatch(/everything I kept about you is erased/);
    expect(await scanFor(world.core.db, cy)).toEqual([]);
    expect(existsSync(saved)).toBe(false); // the saved copy went with the rest
    // Her platform ids in no table at all (her name may stay in what others wrote: that is theirs).
    const everything = JSON.stringify(await snapshot(world.core));
    expect(everything).not.toMatch(/"cy"|dm:cy/);
    expect(await say('Bea: /buddy')).not.toMatch(/Cy/);
    await world.close();
    rmSync(files, { recursive: true, force: true });
  });
});
