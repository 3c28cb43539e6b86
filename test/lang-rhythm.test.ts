import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { queueNudges } from '../src/core/absence.js';
import { runPairRound } from '../src/core/pairing/rounds.js';
import { words } from '../src/core/i18n.js';
import type { Reply } from '../src/core/reply.js';
import { noteText, queueFacilitatorNotes } from '../src/jobs/facilitator-note.js';
import { permissionNoteText, queuePermissionNote } from '../src/jobs/permission-note.js';
import { type DomainWorld, domainWorld } from './helpers/domain-world.js';

// The group's rhythm in the reader's language: the gentle check-in and the word to a buddy in
// each person's own (their /language, else the group's), English exactly as before.

const labels = (payload: string) => ((JSON.parse(payload) as Reply).choices ?? []).map((c) => c.label);

describe('the gentle check-in, in each person’s language', () => {
  let w: DomainWorld;
  const seen = async (...names: string[]) => {
    for (const n of names) await w.act.command(n, '/checkin 4', 'dm');
  };
  const nudge = async () => queueNudges(w.world.core, await w.group(), w.world.clock.now());
  beforeEach(async () => {
    w = await domainWorld(['Alex', 'Bea', 'Cy']);
  });
  afterEach(() => w.close());

  it('is written in English, word for word as before, with English mood buttons', async () => {
    w.advanceDays(15);
    await nudge();
    const cy = (await w.outbox('nudge')).find((o) => o.to === 'Cy')!;
    expect(cy.text).toBe(
      [
        'Hi **Cy**, a friendly hello from **Tuesday Parents**. We\'ve been thinking of you.',
        "Whenever you feel like it, a quick check-in lets the group know how you are: just tap a mood below, or send /checkin. There's nothing to catch up on.",
        'If you would like a break for a while, /away lets you take one. And /support is here any time you need someone to talk to.',
      ].join('\n'),
    );
    expect(labels(cy.payload)).toEqual(['1 😣 struggling', '2 😕 low', '3 😐 okay', '4 🙂 good', '5 😄 great']);
  });

  it('follows a Welsh group, and a member’s own Polish', async () => {
    await w.act.command('Sam', '/settings language cy');
    await w.act.command('Bea', '/language pl', 'dm');
    w.advanceDays(15);
    await nudge();
    const out = await w.outbox('nudge');
    const cy = out.find((o) => o.to === 'Cy')!;
    expect(cy.text).toMatch(/^Helo \*\*Cy\*\*, cyfarchiad cynnes gan \*\*Tuesday Parents\*\*/);
    expect(cy.text).toMatch(/anfona \/checkin/);
    expect(labels(cy.payload)).toContain('1 😣 anodd');
    const bea = out.find((o) => o.to === 'Bea')!;
    expect(bea.text).toMatch(/^Cześć \*\*Bea\*\*, serdeczne pozdrowienia z grupy \*\*Tuesday Parents\*\*/);
    expect(bea.text).toMatch(/\/away/);
    expect(labels(bea.payload)).toContain('5 😄 świetnie');
    expect(out.find((o) => o.to === 'Alex')!.text).toMatch(/^Helo \*\*Alex\*\*/);
  });

  it('tells a buddy in the buddy’s own language, and a facilitator in theirs', async () => {
    await w.act.command('Sam', '/settings language cy');
    await w.act.command('Sam', '/settings notes on');
    await w.act.command('Sam', '/language pl', 'dm');
    await w.buddiesOn('Bea', 'Cy');
    await runPairRound(w.world.core, await w.group(), w.world.clock.now());
    for (let week = 1; week <= 4; week++) {
      w.advanceDays(7);
      await seen('Sam', 'Alex', 'Bea');
      await nudge();
    }
    const [told] = await w.outbox('buddy_told');
    expect(told.to).toBe('Bea');
    expect(told.text).toBe('Mae dy gyfaill **Cy** wedi bod yn dawel yn **Tuesday Parents** ers tipyn. Os wyt ti\'n teimlo fel hynny, efallai y byddai neges gyfeillgar gen ti\'n cael croeso. Dim pwysau o gwbl.');
    const [note] = await w.outbox('facilitator_note');
    expect(note.to).toBe('Sam');
    expect(note.text).toMatch(/^Prywatna notatka, o którą prosisz: \*\*Cy\*\* nie odzywa się w grupie \*\*Tuesday Parents\*\* od około 4 tygodni\.\n/);
    expect(note.text).toMatch(/a osoba z jej pary o tym wie/);
  });
});

describe("facilitators' private notes, in their language", () => {
  const group = { name: 'Tuesday Parents', timezone: 'Europe/London', checkin_weekday: 7, checkin_time: '19:00' };

  it('writes the weekly note in English as before, and in Welsh and Polish', () => {
    expect(noteText(group, '2026-W49', ['Cy'], ['Ann'], 5, 1)).toBe(
      [
        'Your weekly note for **Tuesday Parents**, the week of Sun 6 Dec:',
        '• Checked in (2 of 5 members): **Cy**, and 1 person privately',
        '• Quiet for a while: **Ann**. A friendly hello from someone might be welcome.',
        '',
        'Names only: moods and notes always stay private. To stop these notes: /settings notes off',
      ].join('\n'),
    );
    const cy = noteText(group, '2026-W49', ['Cy'], [], 5, 2, words('cy'));
    expect(cy).toMatch(/^Dy nodyn wythnosol ar gyfer \*\*Tuesday Parents\*\*, wythnos Sul 6 Rhag:/);
    expect(cy).toMatch(/• Wedi ateb \(3 o 5 aelod\): \*\*Cy\*\*, a dau berson yn breifat/);
    expect(cy).toMatch(/• Does neb wedi mynd yn dawel\./);
    const pl = noteText(group, '2026-W49', [], [], 2, 3, words('pl'));
    expect(pl).toMatch(/• Odpowiedzi: 3 osoby prywatnie/);
    expect(noteText(group, '2026-W49', [], [], 9, 5, words('pl'))).toMatch(/• Odpowiedzi \(5 z 9 osób\): 5 osób prywatnie/);
  });

  it('sends the weekly note and the permission note to each facilitator in their own language', async () => {
    const w = await domainWorld(['Alex', 'Bea']);
    await w.act.command('Sam', '/settings language cy');
    await w.act.command('Sam', '/settings notes on');
    const g = await w.group();
    await queueFacilitatorNotes(w.world.core, g, '2026-W48', w.world.clock.now());
    expect((await w.outbox('facilitator_weekly'))[0].text).toMatch(/^Dy nodyn wythnosol/);
    await w.act.command('Sam', '/language pl', 'dm');
    await queuePermissionNote(w.world.core, g.id, 1, 'send', w.world.clock.now());
    expect((await w.outbox('permission_note'))[0].text).toBe(
      'Nie mogę teraz pisać na kanale grupy **Tuesday Parents**: potrzebuję tam uprawnienia **Wysyłanie wiadomości**.\n' +
        'Nic nie przepadnie. Cotygodniowe pytanie i inne wpisy czekają i wyjdą, gdy administrator serwera przywróci mi to uprawnienie (ustawienia kanału, Uprawnienia).',
    );
    await w.close();
  });

  it('keeps the permission note in English word for word', () => {
    expect(permissionNoteText('Tuesday Parents', 'view')).toBe(
      "I can't post in **Tuesday Parents**'s channel right now: I need the **View Channel** permission there.\n" +
        "Nothing is lost. The weekly check-in and other posts are waiting, and go out once a server admin gives me that permission back (the channel's settings, Permissions).",
    );
  });
});

describe('buddies and pairing, in each person’s language', () => {
  let w: DomainWorld;
  const say = async (name: string, text: string, where: 'group' | 'dm' = 'dm') => (await w.act.command(name, text, where)).map((r) => r.text).join('\n');
  beforeEach(async () => {
    w = await domainWorld(['Alex', 'Bea', 'Cy']);
  });
  afterEach(() => w.close());

  it('answers /buddy as before in English', async () => {
    expect(await say('Alex', '/buddy on', 'group')).toBe(
      "You're in: you'll get a buddy at the next round (every 2 weeks), with a private introduction. Just so you know: if you go quiet for a while, your buddy is told, so a person can reach out. /buddy off stops it any time.",
    );
    expect(await say('Alex', '/buddy avoid Nobody')).toBe('I couldn\'t find a member called "Nobody" in this group. Check the name as it shows in the group chat, like: /buddy avoid Sam');
  });

  it('answers /buddy in the group’s Welsh and a member’s own Polish', async () => {
    await w.act.command('Sam', '/settings language cy');
    await w.act.command('Bea', '/language pl', 'dm');
    expect(await say('Alex', '/buddy on', 'group')).toMatch(/^Rwyt ti i mewn: byddi di'n cael cyfaill yn y rownd nesaf \(bob 2 wythnos\)/);
    expect(await say('Bea', '/buddy on', 'group')).toMatch(/^Jesteś na liście: w następnej rundzie \(co 2 tygodnie\) dostaniesz parę/);
    expect(await say('Bea', '/buddy avoid Nobody')).toMatch(/^Nie mogę znaleźć w tej grupie nikogo o imieniu „Nobody”/);
    expect(await say('Bea', '/buddy avoid Alex')).toMatch(/^Gotowe: nie trafisz do pary z \*\*Alex\*\*/);
    const list = await w.act.command('Bea', '/buddy avoid', 'dm');
    expect(list[0].choices?.map((c) => c.label)).toEqual(['Usuń: Alex']);
    expect(await say('Cy', '/buddy', 'group')).toMatch(/^Does dim cyfeillion i ti ar hyn o bryd\. Mae cyfeillion yn cael eu paru bob 2 wythnos/);
  });

  it('introduces each buddy in their own language, and runs /pair now in the facilitator’s', async () => {
    await w.act.command('Sam', '/settings language cy');
    await w.act.command('Bea', '/language pl', 'dm');
    await w.act.command('Sam', '/language pl', 'dm');
    await w.buddiesOn('Alex', 'Bea');
    const preview = await w.act.command('Sam', '/pair now', 'group');
    expect(preview[0].text).toMatch(/^\*\*Podgląd\*\*: tak wyglądałyby pary/);
    expect(preview[0].text).toMatch(/Pary zostają do następnej rundy: niedziela 13 grudnia\.$/);
    expect(preview[0].choices?.map((c) => c.label)).toEqual(['Potwierdź: dobierz pary teraz', 'Anuluj']);
    const done = await w.act.choose('Sam', preview[0].choices![0].id, 'dm');
    expect(done[0].text).toMatch(/^Gotowe: 1 para\. Każda osoba dostanie prywatne przedstawienie/);
    const intros = await w.outbox('pair_intro');
    expect(intros.find((o) => o.to === 'Alex')!.text).toMatch(/^Dy gyfaill yn \*\*Tuesday Parents\*\* tan y rownd nesaf ar Dydd Sul 13 Rhagfyr yw \*\*Bea\*\*\.\nRhywbeth i ddechrau sgwrs, os hoffet ti: _Sut wyt ti'n hoffi treulio awr dawel, pan fydd un gen ti\?_\nDwedwch helo/);
    expect(intros.find((o) => o.to === 'Bea')!.text).toMatch(/^Twoja para w grupie \*\*Tuesday Parents\*\* do następnej rundy \(niedziela 13 grudnia\): \*\*Alex\*\*\.\nNa początek rozmowy, jeśli chcesz: _/);
  });
});

describe('topics and tips, in each person’s language', () => {
  let w: DomainWorld;
  const say = async (name: string, text: string, where: 'group' | 'dm' = 'dm') => (await w.act.command(name, text, where)).map((r) => `${r.to}: ${r.text}`).join('\n');
  beforeEach(async () => {
    w = await domainWorld(['Alex', 'Bea']);
  });
  afterEach(() => w.close());

  it('answers as before in English', async () => {
    expect(await say('Alex', '/topics seek sleep, school')).toBe(
      "private: Got it: you're looking for #sleep, #school. Buddy pairing will look for people who can help. /tips #sleep may have something already.",
    );
    expect(await say('Alex', '/tip #sleep A warm bath helps')).toMatch(/^group: 💡 \*\*Alex\*\* shared a tip on #sleep:\nA warm bath helps\nprivate: Thank you for sharing! Saved under #sleep as tip \d+; anyone can find it with \/tips #sleep\.$/);
    expect(await say('Alex', '/tip #sleep')).toMatch(/Add the tip itself after the topic\. Start with a #topic, like: \/tip #benefits Ask for the assessment notes in writing/);
    expect(await say('Alex', `/tip #sleep ${'a'.repeat(2001)}`)).toMatch(/Tips can be up to 2,000 characters; yours is 2,001\./);
  });

  it('speaks Welsh in a Welsh group, Polish to a member who chose it; the group post follows the group', async () => {
    await w.act.command('Sam', '/settings language cy');
    await w.act.command('Bea', '/language pl', 'dm');
    expect(await say('Alex', '/topics offer sleep')).toBe('private: Diolch! Rwyt ti\'n gallu helpu gyda: #sleep. Wrth baru cyfeillion, bydda i\'n chwilio am bobl sy\'n chwilio am y rhain.');
    expect(await say('Bea', '/topics')).toMatch(/^private: Możesz pomóc w: na razie nic\nSzukasz: na razie nic\n/);
    const tip = await w.act.command('Bea', '/tip #sleep Ciepła kąpiel pomaga', 'dm');
    expect(tip[0]).toMatchObject({ to: 'group', text: '💡 Rhannodd **Bea** gyngor am #sleep:\nCiepła kąpiel pomaga' });
    expect(tip[1].text).toMatch(/^Dziękuję, że się dzielisz! Zapisane w temacie #sleep jako wskazówka \d+/);
    expect(tip[1].choices?.map((c) => c.label)).toEqual(['Usuń tę wskazówkę']);
    expect(await say('Bea', `/tip #sleep ${'a'.repeat(2345)}`)).toMatch(/Wskazówka może mieć do 2000 znaków; twoja ma 2345\./);
    const found = await say('Bea', '/tips sleep');
    expect(found).toMatch(/^private: \*\*Wskazówki w temacie #sleep \\\(strona 1 z 1\\\)\*\*/);
    expect(found).toMatch(/_twoja wskazówka \d+_/);
    expect(await say('Alex', '/tips nothing-here')).toMatch(/^private: Does dim cynghorion eto am "nothing-here"\. Rhanna un gyda \/tip #pwnc testun/);
  });
});
