import { afterEach, describe, expect, it } from 'vitest';
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
