import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { AWAY } from '../src/charts/canvas.js';
import { words } from '../src/core/i18n.js';
import { groupChart } from '../src/charts/group-chart.js';
import { myWeeksChart } from '../src/charts/my-weeks-chart.js';
import type { MyWeek } from '../src/core/my-weeks.js';
import type { GroupFigures, MoodView, PeriodView } from '../src/core/stats.js';

// The pictures themselves: real PNGs of the expected size, not blank, and the same bytes for the
// same figures on every run (the font ships with the project; nothing depends on the clock).

const sunday = (i: number) => new Date(Date.UTC(2026, 8, 13 + 7 * i)).toISOString().slice(0, 10);
const period = (i: number, checkedIn: number | null, members: number | null = 9): PeriodView => ({ period: `p${i}`, startDate: sunday(i), label: '', members, checkedIn, rate: null });
const block = (from: number, spread: MoodView['spread']): MoodView => ({ firstPeriod: `p${from}`, lastPeriod: `p${from + 3}`, firstStartDate: sunday(from), lastStartDate: sunday(from + 3), label: '', people: spread ? 6 : null, spread });
const figures = (checkedIn: (number | null)[], blocks: MoodView[] = []): GroupFigures => ({
  members: { active: 9, away: 0, left: 0 },
  periods: checkedIn.map((n, i) => period(i, n)).reverse(),
  moods: blocks.at(-1) ?? null,
  moodBlocks: [...blocks].reverse(),
});
const weeks = (moods: (number | 'away' | null)[]): MyWeek[] => moods.map((m, i) => ({ period: `p${i}`, startDate: sunday(i), mood: typeof m === 'number' ? m : null, away: m === 'away' }));

async function pixels(png: Buffer) {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const data = ctx.getImageData(0, 0, image.width, image.height).data;
  const colours = new Map<string, number>();
  let inked = 0;
  for (let i = 0; i < data.length; i += 4) {
    const hex = `#${[data[i], data[i + 1], data[i + 2]].map((v) => v.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
    colours.set(hex, (colours.get(hex) ?? 0) + 1);
    if (hex !== '#FFFFFF') inked++;
  }
  return { width: image.width, height: image.height, colours, inked: inked / (data.length / 4) };
}

const TWELVE = [5, 6, null, 7, 0, 6, 5, 8, 7, 6, 5, 4];
const BLOCKS = [block(0, { 1: 0, 2: 4, 3: 6, 4: 9, 5: null }), block(4, { 1: 3, 2: 4, 3: 6, 4: 9, 5: 5 }), block(8, null)];

describe('the /stats picture', () => {
  it('is a PNG of 960 pixels across, with ink on it, the same bytes each time', async () => {
    const a = (await groupChart('Tuesday Parents', figures(TWELVE, BLOCKS)))!;
    const b = (await groupChart('Tuesday Parents', figures(TWELVE, BLOCKS)))!;
    expect(a.png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const p = await pixels(a.png);
    expect(p.width).toBe(960);
    expect(p.height).toBe(44 + 380 + 90 + 46 * 3);
    expect(p.inked).toBeGreaterThan(0.1);
    expect(Buffer.compare(a.png, b.png)).toBe(0);
    expect(a.alt).toBe(b.alt);
  });

  it('changes with the figures, and is shorter without moods', async () => {
    const a = (await groupChart('Tuesday Parents', figures(TWELVE)))!;
    const b = (await groupChart('Tuesday Parents', figures([...TWELVE.slice(0, 11), 9])))!;
    expect(Buffer.compare(a.png, b.png)).not.toBe(0);
    expect((await pixels(a.png)).height).toBe(44 + 380);
    expect(b.alt).toMatch(/Week of 29 Nov: 9 of 9 checked in\.$/);
  });

  it('says every figure in words, within the platforms’ 1,024 characters, even for a long name', async () => {
    const long = (await groupChart('A'.repeat(200), figures(TWELVE, BLOCKS)))!;
    expect(long.alt.length).toBeLessThanOrEqual(1000);
    const alt = (await groupChart('Tuesday Parents', figures(TWELVE, BLOCKS)))!.alt;
    expect(alt).toMatch(/Week of 27 Sep: 1 or 2 people checked in\./);
    expect(alt).toMatch(/Week of 11 Oct: nobody checked in\./);
    expect(alt).toMatch(/Moods 13 Sep to 4 Oct: struggling 0, low 4, okay 6, good 9, great not shown\./);
    expect(alt).toMatch(/Moods 8 Nov to 29 Nov: not shown, only 1 or 2 people checked in\./);
  });

  it('draws the moods in colours that keep apart for colour-blind readers, with their names beside them', async () => {
    const p = await pixels((await groupChart('Tuesday Parents', figures(TWELVE, BLOCKS)))!.png);
    for (const colour of ['#D55E00', '#E69F00', '#56B4E9', '#0072B2']) expect(p.colours.has(colour), colour).toBe(true);
  });
});

describe('the /myweeks picture', () => {
  it('shows weeks away as a shaded rest, and none when there were none', async () => {
    const rested = await pixels((await myWeeksChart({ groupName: 'Tuesday Parents', zone: 'Europe/London', span: '6m', from: '2026-09-13', weeks: weeks([3, 4, 'away', 'away', 2, null, 5]) })).png);
    const plain = await pixels((await myWeeksChart({ groupName: 'Tuesday Parents', zone: 'Europe/London', span: '6m', from: '2026-09-13', weeks: weeks([3, 4, null, null, 2, null, 5]) })).png);
    // Two weeks' band: thousands of pixels of it, not a stray edge.
    expect(rested.colours.get(AWAY) ?? 0).toBeGreaterThan(10_000);
    expect(plain.colours.get(AWAY) ?? 0).toBe(0);
    expect(rested.width).toBe(960);
  });

  it('is the same bytes for the same weeks, and says them in words a month to a line', async () => {
    const data = { groupName: 'Tuesday Parents', zone: 'Europe/London', span: '1y' as const, from: '2026-09-13', weeks: weeks(Array.from({ length: 52 }, (_, i) => (i % 9 === 4 ? 'away' : i % 5 === 0 ? null : 1 + (i % 5)))) };
    const a = (await myWeeksChart(data));
    expect(Buffer.compare(a.png, (await myWeeksChart(data)).png)).toBe(0);
    expect(a.alt.length).toBeLessThanOrEqual(1000);
    expect(a.alt.split('\n').slice(1, 3)).toEqual(['September 2026: low, okay.', 'October 2026: good, low; away 1 week.']);
  });
});

describe('the pictures in other languages', () => {
  it('say their words in Welsh and Polish, dates and months the local way', async () => {
    const welsh = (await groupChart('Grŵp Rhieni', figures(TWELVE, BLOCKS), words('cy')))!.alt;
    expect(welsh).toMatch(/^Siart o atebion yn Grŵp Rhieni, dros y 12 cyfnod olaf sydd wedi gorffen\./);
    expect(welsh).toMatch(/Wythnos 27 Medi: atebodd 1 neu 2 o bobl\./);
    expect(welsh).toMatch(/Hwyliau 13 Medi i 4 Hyd: anodd 0, isel 4, iawn 6, da 9, gwych heb ei ddangos\./);
    const data = { groupName: 'Grupa', zone: 'Europe/Warsaw', span: '6m' as const, from: '2026-09-13', weeks: weeks([3, 'away', 'away', 4, null, null, null, 'away', 'away', 'away', 'away', 'away']) };
    const polish = (await myWeeksChart(data, words('pl'))).alt.split('\n');
    expect(polish[1]).toBe('wrzesień 2026: w porządku; przerwa: 2 tygodnie.');
    expect(polish[2]).toBe('październik 2026: dobrze.');
    expect(polish[3]).toBe('listopad 2026: brak odpowiedzi; przerwa: 5 tygodni.');
    const english = (await myWeeksChart(data)).alt;
    expect(english).toMatch(/November 2026: no check-ins; away 5 weeks\./);
  });
});
