import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { queueNudges } from '../src/core/absence.js';
import type { FixedClock } from '../src/core/ports.js';
import type { Seen } from './contract/harness.js';
import { consoleHarness } from './helpers/console-harness.js';

// A group that meets in Welsh, and a mixed one: the group's posts follow the group's language,
// what is said to one person follows theirs.

const texts = (seen: Seen[]) => seen.map((s) => s.text).join('\n---\n');
const ENGLISH = /\b(the|you|your|check-in|Thank)\b/;

describe('languages, on the console', () => {
  let chat: ReturnType<typeof consoleHarness>;
  beforeEach(async () => {
    chat = consoleHarness();
    await chat.start();
    await chat.makeFacilitator('Sam');
  });
  afterEach(() => chat.stop());
  const clock = () => chat.core().clock as FixedClock;

  async function join(who: string, accept = 'Accept') {
    await chat.send(who, 'group', '/join');
    return chat.press(who, accept);
  }

  it('a Welsh group: set up on "dydd Sul", its prompt, buttons and tally in Welsh, and each answer to a member in Welsh', async () => {
    // Sam speaks Welsh: the group starts in Welsh, set up on "dydd Sul".
    await chat.send('Sam', 'dm', '/language cy');
    const setUp = texts(await chat.send('Sam', 'group', '/setup Europe/London dydd Sul 19:00 Grŵp Rhieni'));
    expect(setUp).toMatch(/^Croeso, Grŵp Rhieni! .*\nGair bach wythnosol: dydd Sul am 19:00 \(Europe\/London\)\. .* Sul 29 Tach, 19:00\.\nLlinellau cymorth ar gyfer \/support: y DU \(GB\)\./);
    expect(setUp).not.toMatch(ENGLISH);
    expect(texts(await chat.send('Sam', 'group', '/settings language cy'))).toBe("Iaith y grŵp nawr yw Cymraeg: mae'r gair bach wythnosol a'r hyn dw i'n ei ddweud wrth y grŵp yn ei dilyn. Mae pob aelod yn gallu dewis ei iaith ei hun gyda /language.");
    // The default agreement nobody has accepted yet follows the group into Welsh.
    expect(texts(await chat.send('Alex', 'group', '/join'))).toMatch(/1\. .*\n2\. /);
    expect(texts(await chat.send('Alex', 'group', '/join'))).not.toMatch(/What is said here stays here/);
    for (const who of ['Alex', 'Bea']) expect(texts(await join(who, 'Derbyn ac ymuno'))).not.toMatch(ENGLISH);
    clock().set(new Date('2026-11-29T19:00:30Z'));
    const prompt = (await chat.send('Sam', 'group', '/prompt now')).concat(await chat.deliver()).find((s) => s.to === 'group' && /gair bach wythnosol/.test(s.text))!;
    expect(prompt.text).toMatch(/^Grŵp Rhieni: gair bach wythnosol\n/);
    expect(prompt.text).toMatch(/Does neb wedi ateb eto\./);
    expect(prompt.text).not.toMatch(ENGLISH);
    expect(prompt.choices).toEqual(['1 😣 anodd', '2 😕 isel', '3 😐 iawn', '4 🙂 da', '5 😄 gwych']);

    const tapped = await chat.press('Alex', '4 🙂 da');
    expect(texts(tapped)).toMatch(/^Diolch am ateb\. 🙂/);
    expect(texts(tapped)).toMatch(/Hoffet ti ychwanegu ychydig eiriau\?/);
    clock().advance(10_000);
    await chat.deliver();
    expect((await chat.groupTexts()).at(-1)).toMatch(/Mae 1 person wedi ateb hyd yma\.$/);

    const typed = texts(await chat.send('Bea', 'dm', '/checkin 1'));
    expect(typed).toMatch(/Mae'n ddrwg gen i fod yr wythnos hon mor anodd\. Does dim rhaid i ti ei chario ar dy ben dy hun\./);
    expect(typed).toMatch(/Os wyt ti neu rywun arall mewn perygl nawr, ffonia \*\*999\*\*|ffonia 999/);
    expect(typed).toMatch(/Pobl y gelli di siarad â nhw yn y DU, am ddim ac yn gyfrinachol:/);
    expect(texts(await chat.send('Bea', 'dm', '/checkin bendigedig'))).toMatch(/Doeddwn i ddim yn gallu deall/);
    expect(texts(await chat.send('Bea', 'dm', '/checkin gwych'))).toMatch(/^Dw i wedi newid dy ateb ar gyfer yr wythnos hon\. 😄/);

    // Three quiet weeks later, Alex gets the gentle check-in, in Welsh, with Welsh buttons.
    clock().advance(22 * 86400_000);
    const group = await chat.core().db.selectFrom('groups').selectAll().executeTakeFirstOrThrow();
    await queueNudges(chat.core(), group, clock().now());
    clock().advance(12 * 3600_000); // a private message waits for a kind hour
    const nudge = (await chat.deliver()).find((s) => s.to === 'private' && s.who === 'Alex')!;
    expect(nudge.text).toMatch(/^Helo Alex, cyfarchiad cynnes gan Grŵp Rhieni/);
    expect(nudge.text).not.toMatch(ENGLISH);
    expect(nudge.choices).toEqual(['1 😣 anodd', '2 😕 isel', '3 😐 iawn', '4 🙂 da', '5 😄 gwych']);
    expect(texts(await chat.send('Alex', 'dm', '/support'))).toMatch(/^Os wyt ti neu rywun arall mewn perygl nawr/);
  });

  it('a mixed group: the prompt stays English while a member who chose Polish is answered in Polish', async () => {
    await chat.send('Sam', 'group', '/setup Europe/London niedziela 19:00 Tuesday Parents');
    for (const who of ['Alex', 'Ola']) await join(who);
    const chosen = await chat.send('Ola', 'dm', '/language pl');
    expect(texts(chosen)).toBe('Od teraz rozmawiam z tobą w języku: Polski.');
    clock().set(new Date('2026-11-29T19:00:30Z'));
    const prompt = (await chat.send('Sam', 'group', '/prompt now')).concat(await chat.deliver()).find((s) => s.to === 'group' && /weekly check-in/.test(s.text))!;
    expect(prompt.choices[0]).toBe('1 😣 struggling');
    expect(texts(await chat.press('Ola', '3 😐 okay'))).toMatch(/^Dziękuję, że się odzywasz\. 😐/);
    expect(texts(await chat.press('Alex', '4 🙂 good'))).toMatch(/^Thank you for checking in\. 🙂/);
    const shown = texts(await chat.send('Ola', 'dm', '/language'));
    expect(shown).toMatch(/Rozmawiam z tobą w języku: Polski\. Wybrano to przez \/language\./);
    // Back to following: the console has no app language, and the group's is English.
    expect(texts(await chat.send('Ola', 'dm', '/language auto'))).toBe("I'll follow your app's language where I have it, else your group's. For now that is English.");
    expect(texts(await chat.send('Ola', 'dm', '/checkin 2'))).toMatch(/^Updated your check-in for this week\./);
    expect(texts(await chat.send('Ola', 'dm', '/language klingon'))).toMatch(/I speak English \(en\), Cymraeg \(cy\) and Polski \(pl\) so far/);
  });
});
