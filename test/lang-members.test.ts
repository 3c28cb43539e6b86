import { afterEach, describe, expect, it } from 'vitest';
import type { Command } from '../commands/command.js';
import { handle } from '../commands/dispatch.js';
import { defaultAgreement } from '../src/core/agreements.js';
import { words } from '../src/core/i18n.js';
import { type MyWeeks, myWeeksSentence } from '../src/core/my-weeks.js';
import { textOf } from './helpers/act.js';
import { type DomainWorld, domainWorld } from './helpers/domain-world.js';

// Joining, leaving, breaks and the dispatcher's own answers: in the group's language (cy, set by
// the facilitator Sam), in a member's own (pl, by /language), and in English as before.

let w: DomainWorld;
afterEach(() => w?.close());

/** A group that speaks Welsh; Bo speaks Polish for himself. */
async function mixed(): Promise<DomainWorld> {
  w = await domainWorld(['Ana', 'Bo']);
  await w.act.command('Sam', '/settings language cy');
  await w.act.command('Bo', '/language pl', 'dm');
  return w;
}

describe('joining in the group’s language', () => {
  it('shows the agreement, its buttons, the welcome to the group and the private welcome in Welsh', async () => {
    await mixed();
    const [ask] = await w.act.command('Dee', '/join');
    expect(ask.text).toContain("Croeso i **Tuesday Parents**. Cyn i ti ymuno, dyma beth rydyn ni'n ei gytuno gyda'n gilydd.");
    expect(ask.text).toContain('**Tuesday Parents: ein cytundeb**');
    expect(ask.choices!.map((c) => c.label)).toEqual(['Derbyn ac ymuno', 'Dim nawr']);
    const [group, own] = await w.act.choose('Dee', 'join:accept:1');
    expect(group).toMatchObject({ to: 'group', text: 'Croeso, **Dee**! 👋' });
    expect(own.text).toContain('Rwyt ti yn **Tuesday Parents**.');
    expect(own.text).toContain("cael eu cadw am 12 mis, ac yna'n cael eu dileu");
    expect(textOf(await w.act.command('Dee', '/join'))).toContain('Rwyt ti eisoes yn aelod o **Tuesday Parents**. Croeso nôl!');
  });

  it('welcomes a Polish speaker privately in Polish, and the group in Welsh', async () => {
    await mixed();
    await w.act.command('Bo', '/leave');
    await w.act.choose('Bo', 'leave:yes');
    const [group, own] = await w.act.choose('Bo', 'join:accept:1');
    expect(group.text).toBe('Croeso nôl, **Bo**! 👋');
    expect(own.text).toContain('Jesteś w grupie **Tuesday Parents**.');
    expect(own.text).toContain('są przechowywane przez 12 miesięcy, a potem usuwane');
  });
});

describe('leaving, a break and coming back', () => {
  it('speaks Welsh to a member who has no language of their own', async () => {
    await mixed();
    expect(textOf(await w.act.command('Ana', '/away 3'))).toMatch(/^Cymera'r holl amser sydd ei angen arnat ti\. .*tan y dyddiad hwn: \[Dydd Llun 14 Rhagfyr\]/);
    expect(textOf(await w.act.command('Ana', '/back'))).toBe("Croeso nôl i **Tuesday Parents**! Mae'n braf dy gael di yma. Anfona /checkin pryd bynnag yr hoffet ti.");
    expect(textOf(await w.act.command('Ana', '/back'))).toContain('Doeddet ti ddim i ffwrdd');
    const [ask] = await w.act.command('Ana', '/leave');
    expect(ask.text).toContain('Wyt ti eisiau gadael **Tuesday Parents**?');
    expect(ask.choices!.map((c) => c.label)).toEqual(['Ydw, gadael', 'Aros']);
    expect(textOf(await w.act.choose('Ana', 'leave:no'))).toBe("Dw i'n falch dy fod ti'n aros.");
    expect(textOf(await w.act.choose('Ana', 'leave:yes'))).toContain('Rwyt ti wedi gadael **Tuesday Parents**.');
  });

  it('speaks Polish to a member who chose it, the bad number included', async () => {
    await mixed();
    expect(textOf(await w.act.command('Bo', '/away 3'))).toContain('Przerwa trwa do: [poniedziałek 14 grudnia]');
    expect(textOf(await w.act.command('Bo', '/away'))).toContain('Nie będę przeszkadzać, dopóki nie wyślesz /back');
    expect(textOf(await w.act.command('Bo', '/away 99'))).toBe('Przerwa może trwać od 1 do 52 tygodni, na przykład /away 3, albo po prostu /away, dopóki nie wyślesz /back.');
    expect(textOf(await w.act.command('Bo', '/back'))).toContain('Witaj z powrotem w grupie **Tuesday Parents**!');
    expect(textOf(await w.act.command('Bo', '/leave'))).toContain('Chcesz opuścić grupę **Tuesday Parents**?');
    expect(textOf(await w.act.choose('Bo', 'leave:yes'))).toContain('Nie należysz już do grupy **Tuesday Parents**.');
  });

  it('is unchanged in English', async () => {
    w = await domainWorld(['Ana']);
    expect(textOf(await w.act.command('Ana', '/away'))).toBe(
      "Take all the time you need. I'll leave you in peace until you send /back: no check-ins and no buddy rounds. We'll be glad to see you when you're back.",
    );
    expect(textOf(await w.act.command('Ana', '/away 0'))).toBe('You can be away for 1 to 52 weeks, like /away 3, or just /away until you send /back.');
    expect(textOf(await w.act.command('Ana', '/back'))).toBe("Welcome back to **Tuesday Parents**! It's good to have you. /checkin whenever you like.");
    await w.act.choose('Ana', 'leave:yes');
    const [group, own] = await w.act.choose('Ana', 'join:accept:1');
    expect(group.text).toBe('Welcome back, **Ana**! 👋');
    expect(own.text).toContain('Your check-ins and their notes are kept for 12 months, then deleted; /mydata shows what I keep and /forgetme erases it.');
  });
});

describe('the dispatcher’s answers', () => {
  it('refuses kindly in the person’s language', async () => {
    await mixed();
    expect(textOf(await w.act.command('Bo', '/settings'))).toBe('To polecenie jest dla osób prowadzących grupę. Jeśli chcesz coś zmienić, porozmawiaj z jedną z nich.');
    expect(textOf(await w.act.command('Ana', '/settings'))).toContain('Mae hwnna ar gyfer hwyluswyr y grŵp.');
    expect(textOf(await w.act.command('Dee', '/checkin 3'))).toBe('Dwyt ti ddim wedi ymuno â **Tuesday Parents** gyda fi eto. Anfona /join i ddarllen cytundeb y grŵp ac ymuno.');
    expect(textOf(await w.act.command('Bo', '/chekin'))).toBe('Nie znam polecenia /chekin. Czy chodzi o /checkin? Wyślij /help, żeby zobaczyć, co umiem.');
    expect(textOf(await w.act.choose('Bo', 'nosuch:1'))).toBe('Przepraszam, ten przycisk już nie działa. Wyślij /help, żeby zobaczyć, co umiem.');
  });

  it('says sorry for its own failure in the person’s language', async () => {
    await mixed();
    const boom: Command = { name: 'boom', description: 'x', usage: '/boom', access: 'anyone', scope: 'group', options: [], run: () => Promise.reject(new Error('boom')) };
    const app = { core: w.world.core, commands: new Map([['boom', boom]]) };
    const as = (name: string) => ({ platform: 'console' as const, chatId: 'console-group', inPrivateChat: false, seenByGroup: true, user: { id: name.toLowerCase(), name }, isChatAdmin: false, botName: 'bot' });
    expect(textOf(await handle(app, as('Bo'), { kind: 'command', name: 'boom' }))).toMatch(/^Przepraszam, coś poszło nie tak po mojej stronie\./);
    expect(textOf(await handle(app, as('Ana'), { kind: 'command', name: 'boom' }))).toMatch(/^Mae'n ddrwg gen i, aeth rhywbeth o'i le ar fy ochr i\./);
  });

  it('asks the group, in its language, to move a private matter to a private chat', async () => {
    await mixed();
    const [r] = await w.act.command('Bo', '/forgetme');
    expect(r).toMatchObject({ to: 'group', text: "Gad i ni wneud hynny mewn sgwrs breifat gyda fi, fel ei fod yn aros rhyngon ni. Tapia isod a phwysa Start, a byddwn ni'n parhau yno." });
  });

  it('is unchanged in English', async () => {
    w = await domainWorld(['Ana']);
    expect(textOf(await w.act.command('Ana', '/chekin'))).toBe("I don't know /chekin. Did you mean /checkin? Send /help to see what I can do.");
    expect(textOf(await w.act.command('Dee', '/checkin 3'))).toBe("You haven't joined **Tuesday Parents** with me yet. Send /join to read the group agreement and join.");
  });
});

describe('the agreement', () => {
  it('is set, shown and offered in each reader’s language, its text as written', async () => {
    await mixed();
    await w.act.command('Sam', '/language pl', 'dm');
    expect(textOf(await w.act.command('Sam', '/agreement set Short'))).toMatch(/^Zasady potrzebują przynajmniej kilku słów\./);
    const [set] = await w.act.command('Sam', '/agreement set We listen. We keep it here.');
    expect(set).toMatchObject({ to: 'group', text: expect.stringMatching(/^Mae cytundeb y grŵp wedi newid \(fersiwn 2\)\. .*\n\nWe listen\. We keep it here\.$/s) });
    expect(textOf(await w.act.command('Bo', '/agreement'))).toBe('**Tuesday Parents: nasze zasady**\nWe listen. We keep it here.');
    const [, offer] = await w.act.command('Ana', '/checkin 3');
    expect(offer.text).toMatch(/^Mae cytundeb y grŵp wedi newid\. Darllena fe/);
    expect(offer.choices!.map((c) => c.label)).toEqual(['Derbyn', 'Dim nawr']);
    expect(textOf(await w.act.command('Ana', '/agreement oops'))).toBe("I newid y cytundeb, mae hwylusydd yn anfon /agreement set ac yna'r testun newydd.");
  });

  it('has a default in each language, English as before', () => {
    expect(defaultAgreement('en')).toMatch(/^1\. What is said here stays here\.\n2\. We listen without judging/);
    expect(defaultAgreement('cy')).toMatch(/^1\. Mae'r hyn sy'n cael ei ddweud yma'n aros yma\./);
    expect(defaultAgreement('pl').split('\n')).toHaveLength(5);
  });
});

describe('help, privacy and your weeks', () => {
  it('frames /help in the person’s language (the command lines are someone else’s)', async () => {
    await mixed();
    const help = textOf(await w.act.command('Bo', '/help', 'dm'));
    expect(help).toMatch(/^Pomagam tej grupie trzymać cotygodniowy rytm: .* Oto, co możesz mi wysłać:\n/);
    expect(help).toMatch(/\n\nJeśli potrzebujesz teraz z kimś porozmawiać, \/support podaje telefony zaufania\.$/);
    expect(textOf(await w.act.command('Sam', '/help'))).toContain('\n\nI hwyluswyr:\n');
  });

  it('asks before erasing, and hands over the data, in Polish', async () => {
    await mixed();
    const [ask] = await w.act.command('Bo', '/forgetme', 'dm');
    expect(ask.text).toMatch(/^To usuwa wszystko, co o tobie przechowuję, .*\n\nUsunąć wszystko teraz\?$/s);
    expect(ask.choices!.map((c) => c.label)).toEqual(['Tak, usuń wszystko', 'Nie, zostaw']);
    expect(textOf(await w.act.choose('Bo', 'forgetme:no', 'dm'))).toBe('Nic nie zostało usunięte. Cieszę się, że nadal tu jesteś.');
    expect(textOf(await w.act.command('Bo', '/mydata', 'dm'))).toMatch(/^Oto wszystko, co o tobie przechowuję/);
    expect(textOf(await w.act.choose('Bo', 'forgetme:yes', 'dm'))).toMatch(/^Gotowe: wszystkie dane o tobie są usunięte\./);
  });

  it('says what /myweeks can show, and the sentence under it, in the person’s language', async () => {
    await mixed();
    expect(textOf(await w.act.command('Bo', '/myweeks 2y'))).toBe('Mogę pokazać 3 miesiące, 6 miesięcy albo rok wstecz: /myweeks 3m, /myweeks 6m albo /myweeks 1y.');
    expect(textOf(await w.act.command('Bo', '/myweeks'))).toMatch(/nie ma odpowiedzi do pokazania\. \/checkin czeka, kiedy zechcesz\. Widzisz to tylko ty\.$/);
    expect(textOf(await w.act.command('Ana', '/myweeks'))).toContain("Dim ond ti sy'n gallu gweld hyn.");
  });

  it('counts weeks and check-ins in each language’s forms', () => {
    const data = (checked: number, away: number): MyWeeks => ({
      groupName: 'G',
      zone: 'Europe/London',
      span: '6m',
      from: '2026-12-06',
      weeks: [
        ...Array.from({ length: checked }, (_, i) => ({ period: `p${i}`, startDate: '2026-12-06', mood: 3, away: false })),
        ...Array.from({ length: away }, (_, i) => ({ period: `a${i}`, startDate: '2026-12-06', mood: null, away: true })),
      ],
    });
    expect(myWeeksSentence(data(1, 0), words('en'))).toBe('Since 6 December you have checked in 1 time.');
    expect(myWeeksSentence(data(3, 2), words('en'))).toBe('Since 6 December you have checked in 3 times, and taken 2 weeks away.');
    expect(myWeeksSentence(data(0, 1), words('en'))).toBe("Since 6 December you have taken 1 week away. /checkin is there whenever you'd like it.");
    expect(myWeeksSentence(data(0, 0), words('en'))).toMatch(/^There are no check-ins to show since \d+ \w+\. \/checkin is there whenever you'd like it\.$/);
    expect(myWeeksSentence(data(1, 0), words('pl'))).toBe('Od 6 grudnia: 1 odpowiedź.');
    expect(myWeeksSentence(data(3, 22), words('pl'))).toBe('Od 6 grudnia: 3 odpowiedzi i 22 tygodnie przerwy.');
    expect(myWeeksSentence(data(12, 5), words('pl'))).toBe('Od 6 grudnia: 12 odpowiedzi i 5 tygodni przerwy.');
    expect(myWeeksSentence(data(0, 1), words('pl'))).toMatch(/^Od 6 grudnia: 1 tydzień przerwy\./);
    expect(myWeeksSentence(data(1, 2), words('cy'))).toBe('Ers 6 Rhagfyr rwyt ti wedi ateb unwaith, ac wedi cymryd pythefnos i ffwrdd.');
    expect(myWeeksSentence(data(2, 7), words('cy'))).toBe('Ers 6 Rhagfyr rwyt ti wedi ateb ddwywaith, ac wedi cymryd 7 wythnos i ffwrdd.');
  });
});

describe('plain words in a private chat', () => {
  it('are answered in the language of the person’s group, the mood buttons too', async () => {
    await mixed();
    const [r] = await handle(
      w.world.app,
      { platform: 'console', chatId: 'dm:ana', inPrivateChat: true, seenByGroup: false, user: { id: 'ana', name: 'Ana' }, isChatAdmin: false, botName: 'bot' },
      { kind: 'text' },
    );
    expect(r.text).toMatch(/^Diolch am ysgrifennu\. Bot ydw i, .*\n\nMae \/help yn dangos popeth arall galla i ei wneud\.$/s);
    expect(r.choices![0].label).toBe('1 😣 anodd');
  });
});
