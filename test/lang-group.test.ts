import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { queueMeetupReminders } from '../src/core/meetups.js';
import { toPlainText } from '../src/core/reply.js';
import { actor, textOf } from './helpers/act.js';
import { testWorld } from './helpers/core.js';
import { type DomainWorld, domainWorld } from './helpers/domain-world.js';

// The group's business in the group's language and each person's own: meetup posts follow the
// group (/settings language), answers and private messages follow the person (/language).

let w: DomainWorld;
beforeEach(async () => {
  w = await domainWorld(['Sam', 'Alex', 'Bea', 'Cy']);
});
afterEach(() => w.close());

const plain = async (p: Promise<{ text: string }[]>) => toPlainText((await p).map((r) => r.text).join('\n'));
const groupPost = async () => {
  const [post] = await w.outbox('meetup');
  return JSON.parse(post.payload) as { text: string; choices: { id: string; label: string }[] };
};

describe('meetups', () => {
  it('posts to the group in Welsh and answers a Polish member in Polish', async () => {
    await w.act.command('Sam', '/settings language cy', 'dm');
    await w.act.command('Alex', '/language pl', 'dm');
    const r = await w.act.command('Alex', '/meetup 3 Dec 7pm | Kawa | Café');
    expect(toPlainText(r[0].text)).toMatch(/^Tak to odczytuję: Kawa: czw\.? 3 gru.*, 19:00, miejsce: Café \(czas Europe\/London\)/);
    expect(r[0].choices!.map((c) => c.label)).toEqual(['Potwierdź i opublikuj', 'Anuluj']);
    expect(await plain(w.act.choose('Alex', r[0].choices![0].id))).toMatch(/^Opublikowane.*dzień wcześniej i godzinę przed\.$/);
    const post = await groupPost();
    expect(toPlainText(post.text)).toMatch(/^📅 Mae Alex yn awgrymu cyfarfod: Kawa: Iau 3 Rhag, 19:00 yn Café\. Wyt ti'n dod\?$/);
    expect(post.choices.map((c) => c.label)).toEqual(['Ydw', 'Efallai', 'Nac ydw']);
    // Bea follows the group: Welsh; Alex: Polish.
    expect(await plain(w.act.choose('Bea', post.choices[0].id))).toMatch(/^Hyfryd: rwyt ti'n dod i Kawa ar Iau 3 Rhag, 19:00\. Bydda i'n dy atgoffa/);
    expect(await plain(w.act.choose('Alex', post.choices[1].id))).toMatch(/^Zapisane jako „może” na Kawa/);
    const list = await w.act.command('Alex', '/meetups');
    expect(toPlainText(list[0].text)).toMatch(/Przed nami[\s\S]*Przyjdzie: 1, może: 1\. Twoja odpowiedź: może\./);
    expect(list[0].choices![0].label).toMatch(/^Tak: Kawa \(czw/);
  });

  it('reminds each person in their own language', async () => {
    await w.act.command('Sam', '/settings language cy', 'dm');
    await w.act.command('Alex', '/language pl', 'dm');
    const r = await w.act.command('Alex', '/meetup 24 Nov 19:00 | Coffee | Café');
    await w.act.choose('Alex', r[0].choices![0].id);
    await w.act.choose('Bea', (await groupPost()).choices[1].id);
    w.world.clock.set(new Date('2026-11-23T19:30:00Z'));
    expect(await queueMeetupReminders(w.world.core, w.world.clock.now())).toBe(2);
    const sent = await w.outbox('meetup_reminder');
    expect(toPlainText(sent.find((s) => s.to === 'Alex')!.text)).toMatch(/^Przypomnienie od grupy Tuesday Parents: Coffee, wt\.? 24 lis.*miejsce: Café\. Jeśli plany/);
    expect(toPlainText(sent.find((s) => s.to === 'Bea')!.text)).toMatch(/^Nodyn i dy atgoffa gan Tuesday Parents: mae Coffee ar Maw 24 Tach, 19:00, yn Café\. Dim pwysau/);
  });

  it('calls off in the caller\'s words, tells each who answered in theirs, and edits the group post in the group\'s', async () => {
    await w.act.command('Sam', '/settings language pl', 'dm');
    await w.act.command('Bea', '/language cy', 'dm');
    const r = await w.act.command('Alex', '/meetup 3 Dec 7pm | Coffee | Café');
    await w.act.choose('Alex', r[0].choices![0].id);
    const post = await groupPost();
    await w.act.choose('Bea', post.choices[0].id);
    await w.act.choose('Cy', post.choices[2].id);
    const ask = await w.act.command('Sam', '/meetups');
    const off = ask[0].choices!.find((c) => c.id.startsWith('meetups:x:'))!;
    expect(off.label).toMatch(/^Odwołaj: Coffee/);
    const confirm = await w.act.choose('Sam', off.id);
    expect(await plain(w.act.choose('Sam', confirm[0].choices![0].id))).toMatch(/^Odwołane: Coffee\. Daję znać 3 osobom/);
    const told = await w.outbox('meetup_cancelled');
    expect(toPlainText(told.find((t) => t.to === 'Bea')!.text)).toMatch(/^Mae Sam, un o'r hwyluswyr, wedi canslo Coffee ar Iau 3 Rhag/);
    expect(toPlainText(told.find((t) => t.to === 'Cy')!.text)).toMatch(/^Spotkanie Coffee, czw/);
    expect(toPlainText((await groupPost()).text)).toMatch(/^📅 Odwołane: Coffee/);
  });

  it('reads bad input back in the person\'s language', async () => {
    await w.act.command('Bea', '/language cy', 'dm');
    expect(await plain(w.act.command('Bea', '/meetup yesterday 5pm | Coffee | Café'))).toMatch(/wedi mynd heibio yn barod/);
    expect(await plain(w.act.command('Bea', '/meetup whenever | Coffee | Café'))).toMatch(/^Doeddwn i ddim yn gallu darllen "whenever"/);
    expect(await plain(w.act.command('Bea', '/meetup tomorrow | Coffee | Café'))).toMatch(/Bron yna: Coffee yn Café/);
    expect(await plain(w.act.command('Bea', '/meetups'))).toMatch(/^Does dim cyfarfodydd i ddod/);
    // English stays as it was.
    expect(await plain(w.act.command('Alex', '/meetup whenever | Coffee | Café'))).toMatch(/^I couldn't read "whenever" as a date and time/);
  });
});

describe('setup and settings', () => {
  it('answers /setup in the facilitator\'s language, since a new group has none yet', async () => {
    const world = await testWorld('2026-11-23T10:00:00Z');
    try {
      const act = actor(world, { admins: ['Ola'] });
      await act.command('Ola', '/language pl', 'dm');
      expect(await plain(act.command('Ola', '/setup Europe/Nowhere niedziela 19:00'))).toMatch(/^Nie znam strefy czasowej "Europe\/Nowhere"/);
      expect(await plain(act.command('Ola', '/setup Europe/Warsaw blah 19:00'))).toMatch(/^Nie rozpoznaję dnia "blah"/);
      expect(await plain(act.command('Ola', '/setup Europe/Warsaw niedziela wieczorem'))).toMatch(/Nie rozpoznaję godziny|O której godzinie/);
      const form = await act.command('Ola', '/setup');
      expect(form[0].form!.title).toBe('Konfiguracja grupy');
      const done = await plain(act.command('Ola', '/setup Europe/Warsaw niedziela 19:00 Rodzice'));
      expect(done).toMatch(/^Witaj, Rodzice! Grupa jest gotowa\.\nCotygodniowe pytanie: niedziela, godz\. 19:00 \(Europe\/Warsaw\)\. Następne: niedz?\.? 29 lis/);
      expect(done).toMatch(/Teraz każdy może wysłać \/join/);
    } finally {
      await world.close();
    }
  });

  it('shows and changes settings in the facilitator\'s words, and tells the group of a new rhythm in the group\'s', async () => {
    await w.act.command('Sam', '/settings language pl', 'dm');
    await w.act.command('Sam', '/language cy', 'dm');
    const shown = await plain(w.act.command('Sam', '/settings', 'dm'));
    expect(shown).toMatch(/^Gosodiadau Tuesday Parents:/);
    expect(shown).toMatch(/• day: dydd Sul \(diwrnod y gair wythnosol\)/);
    expect(shown).toMatch(/• absence: 2 wythnos/);
    expect(await plain(w.act.command('Sam', '/settings absence 40', 'dm'))).toMatch(/^Nifer o wythnosau rhwng 1 a 12/);
    expect(await plain(w.act.command('Sam', '/settings colour blue', 'dm'))).toMatch(/^Does dim gosodiad o'r enw "colour"/);
    const moved = await w.act.command('Sam', '/settings day monday', 'dm');
    expect(toPlainText(moved[0].text)).toBe('Cotygodniowe pytanie ma nowy termin: od teraz co tydzień: poniedziałek, godz. 19:00, zamiast co tydzień: niedziela, godz. 19:00.');
    expect(toPlainText(moved[1].text)).toMatch(/^Wedi'i wneud: mae day nawr yn dydd Llun\. /);
    // Polish counts: 2-4 and 5+.
    await w.act.command('Sam', '/language pl', 'dm');
    await w.act.command('Sam', '/settings pairing 3', 'dm');
    await w.act.command('Sam', '/settings absence 5', 'dm');
    const pl = await plain(w.act.command('Sam', '/settings', 'dm'));
    expect(pl).toMatch(/• absence: 5 tygodni/);
    expect(pl).toMatch(/• pairing: co 3 tygodnie/);
  });

  it('keeps English as it was', async () => {
    const shown = await plain(w.act.command('Sam', '/settings', 'dm'));
    expect(shown).toMatch(/^Settings for Tuesday Parents:\n• name: Tuesday Parents \(the group name\)/);
    expect(shown).toMatch(/• absence: 2 weeks \(weeks of quiet before a gentle check-in \(1 to 12\)\)/);
    expect(shown).toMatch(/• keep: 12 months/);
    expect(await plain(w.act.command('Sam', '/settings pairing 3', 'dm'))).toBe('Done: pairing is now every 3 weeks.');
  });
});

describe('/prompt', () => {
  it('answers the facilitator in theirs and tells the group in the group\'s', async () => {
    await w.act.command('Sam', '/settings language cy', 'dm');
    await w.act.command('Sam', '/language pl', 'dm');
    const skip = await w.act.command('Sam', '/prompt skip', 'dm');
    expect(skip[0].to).toBe('group');
    expect(toPlainText(skip[0].text)).toBe('Dim cyfarfod yr wythnos hon: fydd dim cwestiwn wythnosol ar Sul 29 Tach, 19:00. Cymerwch ofal, a welwn ni chi\'r wythnos wedyn.');
    expect(await plain(w.act.command('Sam', '/prompt skip', 'dm'))).toMatch(/^Ten tydzień jest już pominięty: nie będzie pytania niedz?\.? 29 lis/);
    expect(await plain(w.act.command('Sam', '/prompt pause', 'dm'))).toBe('Cotygodniowe pytania grupy Tuesday Parents są wstrzymane. /prompt resume uruchamia je znowu.');
    expect(await plain(w.act.command('Sam', '/prompt resume', 'dm'))).toMatch(/^Cotygodniowe pytania znowu działają\. Następne: niedz?\.? 6 gru/);
    expect(await plain(w.act.command('Sam', '/prompt banana', 'dm'))).toMatch(/^Nie znam "\/prompt banana"\. Możesz użyć/);
    expect(await plain(w.act.command('Sam', '/prompt now', 'dm'))).toMatch(/^Gotowe/);
    expect(await plain(w.act.command('Sam', '/prompt now', 'dm'))).toMatch(/^Pytanie na ten tydzień już czeka w kolejce/);
  });

  it('keeps English as it was', async () => {
    expect(await plain(w.act.command('Sam', '/prompt pause', 'dm'))).toBe('The weekly check-in prompts for Tuesday Parents are paused. /prompt resume starts them again.');
    expect(await plain(w.act.command('Sam', '/prompt resume', 'dm'))).toBe('The weekly check-in prompts are back on. The next one is on Sun 29 Nov, 19:00.');
  });
});

describe('/stats', () => {
  it('speaks the facilitator\'s language, with weeks and people counted its way', async () => {
    await w.act.command('Sam', '/language pl', 'dm');
    await w.act.command('Sam', '/settings notes on', 'dm');
    for (const n of ['Sam', 'Alex', 'Bea']) await w.act.command(n, '/checkin 3', 'dm');
    w.world.clock.set(new Date('2026-12-21T10:00:00Z'));
    await w.act.command('Sam', '/checkin 4', 'dm');
    const r = await plain(w.act.command('Sam', '/stats', 'dm'));
    expect(r).toMatch(/^Tuesday Parents: jak się ma grupa\n\nOsoby w grupie: aktywne 4, na przerwie 0\./);
    expect(r).toMatch(/• Tydzień od 23 lis: 3 osoby z 4 osób w grupie w tamtym czasie \(75%\)/);
    expect(r).toMatch(/• Tydzień od 13 gru: nikt/);
    expect(r).toMatch(/Cisza \(4\+ tyg\., poza osobami na przerwie\)\n• Alex: 4 tygodnie[^]*• Cy: 4 tygodnie/);
    expect(r).toMatch(/nikt nigdy nie jest usuwany/);
    // English as it was.
    await w.act.command('Sam', '/language en', 'dm');
    const en = await plain(w.act.command('Sam', '/stats', 'dm'));
    expect(en).toMatch(/^Tuesday Parents: how the group is doing\n\nMembers: 4 active, 0 away\./);
    expect(en).toMatch(/• Week of 23 Nov: 3 people of 4 members then \(75%\)/);
    expect(en).toMatch(/• Cy: 4 weeks/);
  });
});
