import type { ChartConfiguration, Plugin } from 'chart.js';
import { DateTime } from 'luxon';
import { MOODS } from '../core/checkins.js';
import { POOL_PERIODS } from '../core/figures.js';
import type { GroupFigures, MoodView, PeriodView } from '../core/stats.js';
import { CHECKED_IN, GRID, MEMBERS, MOOD_COLOURS, type Picture, drawPicture, fitAlt, writeAt } from './canvas.js';

// The facilitators' /stats picture: check-ins per finished period and the pooled moods. It draws
// only what src/core/stats.ts returns, so the figures rule (finished periods, frozen, nothing
// from fewer than 3 people) holds in the picture too. Never one person's moods, never notes.

const WIDTH = 960;
const short = (isoDate: string) => DateTime.fromISO(isoDate).toFormat('d LLL');
const LOW = '1 or 2';

/** The picture for `/stats`, or null when no check-in period has ended yet. */
export async function groupChart(groupName: string, figures: GroupFigures): Promise<Picture | null> {
  if (!figures.periods.length) return null;
  const periods = [...figures.periods].reverse();
  const blocks = [...figures.moodBlocks].reverse();
  const panels = [{ height: 380, config: checkInsChart(periods) }];
  if (blocks.length) panels.push({ height: 90 + 46 * blocks.length, config: moodsChart(blocks) });
  return { png: await drawPicture(WIDTH, `${groupName}: check-ins, week by week`, panels), alt: altText(groupName, periods, blocks) };
}

function checkInsChart(periods: PeriodView[]): ChartConfiguration {
  // Checked in is drawn over members then (a lower order is drawn last). Counts in words on the bars; a hidden count is written as "1 or 2" where its bar would be.
  const counts: Plugin<'bar'> = {
    id: 'counts',
    afterDatasetsDraw(chart) {
      const ctx = chart.ctx as unknown as CanvasRenderingContext2D;
      const y0 = chart.scales.y.getPixelForValue(0);
      chart.getDatasetMeta(1).data.forEach((bar, i) => {
        const n = periods[i].checkedIn;
        if (n === null) writeAt(ctx, LOW, bar.x, y0 - 12, { size: 13 });
        else writeAt(ctx, String(n), bar.x, chart.scales.y.getPixelForValue(n) - 12, { bold: true });
      });
    },
  };
  return {
    type: 'bar',
    data: {
      labels: periods.map((p) => short(p.startDate)),
      datasets: [
        { label: 'Members then', data: periods.map((p) => p.members), backgroundColor: MEMBERS, grouped: false, barPercentage: 0.9, order: 1 },
        { label: 'Checked in', data: periods.map((p) => p.checkedIn), backgroundColor: CHECKED_IN, grouped: false, barPercentage: 0.55, order: 0 },
      ],
    },
    options: {
      layout: { padding: { left: 12, right: 24, top: 4, bottom: 4 } },
      plugins: { legend: { position: 'top' }, title: { display: true, text: `People who checked in, each week starting (the last ${periods.length} that have ended)`, font: { weight: 'normal' } } },
      scales: {
        x: { grid: { display: false } },
        y: { beginAtZero: true, grace: '12%', ticks: { precision: 0 }, grid: { color: GRID }, title: { display: true, text: 'People' } },
      },
    },
    plugins: [counts],
  };
}

function moodsChart(blocks: MoodView[]): ChartConfiguration {
  const shown = (b: MoodView, mood: number) => b.spread?.[String(mood)] ?? 0;
  const counts: Plugin<'bar'> = {
    id: 'moodCounts',
    afterDatasetsDraw(chart) {
      const ctx = chart.ctx as unknown as CanvasRenderingContext2D;
      chart.data.datasets.forEach((_, d) => {
        chart.getDatasetMeta(d).data.forEach((bar, i) => {
          const n = shown(blocks[i], d + 1);
          const { width } = bar.getProps(['width'], true) as { width: number };
          if (n > 0 && width >= 26) writeAt(ctx, String(n), bar.x - width / 2, bar.y, { bold: true, colour: d + 1 === 5 || d + 1 === 1 ? '#FFFFFF' : '#111111' });
        });
      });
      chart.getDatasetMeta(0).data.forEach((bar, i) => {
        if (!blocks[i].spread) writeAt(ctx, 'not shown: only 1 or 2 people checked in', chart.scales.x.getPixelForValue(0) + 8, bar.y, { align: 'left', size: 13 });
      });
    },
  };
  return {
    type: 'bar',
    data: {
      labels: blocks.map((b) => `${b.firstStartDate ? short(b.firstStartDate) : b.firstPeriod} – ${short(b.lastStartDate)}`),
      datasets: [1, 2, 3, 4, 5].map((mood) => ({ label: MOODS[mood].label, data: blocks.map((b) => shown(b, mood)), backgroundColor: MOOD_COLOURS[mood], barPercentage: 0.8 })),
    },
    options: {
      indexAxis: 'y',
      layout: { padding: { left: 12, right: 24, top: 4, bottom: 4 } },
      plugins: {
        legend: { position: 'top' },
        title: { display: true, text: `Moods over each block of ${POOL_PERIODS} weeks (a mood chosen by only 1 or 2 people is left out)`, font: { weight: 'normal' } },
      },
      scales: { x: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, grid: { color: GRID }, title: { display: true, text: 'Check-ins' } }, y: { stacked: true, grid: { display: false } } },
    },
    plugins: [counts],
  };
}

function altText(groupName: string, periods: PeriodView[], blocks: MoodView[]): string {
  const lines = [`A chart of check-ins in ${groupName}, over the last ${periods.length} check-in periods that have ended.`];
  for (const p of periods) {
    const who = p.checkedIn === null ? `${LOW} people checked in` : p.checkedIn === 0 ? 'nobody checked in' : `${p.checkedIn}${p.members === null ? '' : ` of ${p.members}`} checked in`;
    lines.push(`Week of ${short(p.startDate)}: ${who}.`);
  }
  for (const b of blocks) {
    const when = `${b.firstStartDate ? short(b.firstStartDate) : b.firstPeriod} to ${short(b.lastStartDate)}`;
    if (!b.spread) lines.push(`Moods ${when}: not shown, only 1 or 2 people checked in.`);
    else lines.push(`Moods ${when}: ${[1, 2, 3, 4, 5].map((m) => `${MOODS[m].label} ${b.spread![String(m)] ?? 'not shown'}`).join(', ')}.`);
  }
  return fitAlt(lines);
}
