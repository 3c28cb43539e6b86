import type { ChartConfiguration, Plugin } from 'chart.js';
import { DateTime } from 'luxon';
import { type Words, words } from '../core/i18n.js';
import { POOL_PERIODS } from '../core/figures.js';
import type { GroupFigures, MoodView, PeriodView } from '../core/stats.js';
import { CHECKED_IN, GRID, MEMBERS, MOOD_COLOURS, type Picture, drawPicture, fitAlt, writeAt } from './canvas.js';

// The facilitators' /stats picture: check-ins per finished period and the pooled moods. It draws
// only what src/core/stats.ts returns, so the figures rule (finished periods, frozen, nothing
// from fewer than 3 people) holds in the picture too. Never one person's moods, never notes.

const WIDTH = 960;
const short = (isoDate: string, w: Words) => DateTime.fromISO(isoDate).setLocale(w.lang).toFormat('d MMM');

/** The picture for `/stats`, or null when no check-in period has ended yet. */
export async function groupChart(groupName: string, figures: GroupFigures, w: Words = words('en')): Promise<Picture | null> {
  if (!figures.periods.length) return null;
  const periods = [...figures.periods].reverse();
  const blocks = [...figures.moodBlocks].reverse();
  const panels = [{ height: 380, config: checkInsChart(periods, w) }];
  if (blocks.length) panels.push({ height: 90 + 46 * blocks.length, config: moodsChart(blocks, w) });
  return { png: await drawPicture(WIDTH, w.t('chart-group-title', { group: groupName }), panels), alt: altText(groupName, periods, blocks, w) };
}

function checkInsChart(periods: PeriodView[], w: Words): ChartConfiguration {
  // Checked in is drawn over members then (a lower order is drawn last). Counts in words on the bars; a hidden count is written as "1 or 2" where its bar would be.
  const counts: Plugin<'bar'> = {
    id: 'counts',
    afterDatasetsDraw(chart) {
      const ctx = chart.ctx as unknown as CanvasRenderingContext2D;
      const y0 = chart.scales.y.getPixelForValue(0);
      chart.getDatasetMeta(1).data.forEach((bar, i) => {
        const n = periods[i].checkedIn;
        if (n === null) writeAt(ctx, w.t('chart-one-or-two'), bar.x, y0 - 12, { size: 13 });
        else writeAt(ctx, String(n), bar.x, chart.scales.y.getPixelForValue(n) - 12, { bold: true });
      });
    },
  };
  return {
    type: 'bar',
    data: {
      labels: periods.map((p) => short(p.startDate, w)),
      datasets: [
        { label: w.t('chart-members-then'), data: periods.map((p) => p.members), backgroundColor: MEMBERS, grouped: false, barPercentage: 0.9, order: 1 },
        { label: w.t('chart-checked-in'), data: periods.map((p) => p.checkedIn), backgroundColor: CHECKED_IN, grouped: false, barPercentage: 0.55, order: 0 },
      ],
    },
    options: {
      layout: { padding: { left: 12, right: 24, top: 4, bottom: 4 } },
      plugins: { legend: { position: 'top' }, title: { display: true, text: w.t('chart-checkins-subtitle', { count: periods.length }), font: { weight: 'normal' } } },
      scales: {
        x: { grid: { display: false } },
        y: { beginAtZero: true, grace: '12%', ticks: { precision: 0 }, grid: { color: GRID }, title: { display: true, text: w.t('chart-people') } },
      },
    },
    plugins: [counts],
  };
}

function moodsChart(blocks: MoodView[], w: Words): ChartConfiguration {
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
        if (!blocks[i].spread) writeAt(ctx, w.t('chart-block-hidden'), chart.scales.x.getPixelForValue(0) + 8, bar.y, { align: 'left', size: 13 });
      });
    },
  };
  return {
    type: 'bar',
    data: {
      labels: blocks.map((b) => `${b.firstStartDate ? short(b.firstStartDate, w) : b.firstPeriod} – ${short(b.lastStartDate, w)}`),
      datasets: [1, 2, 3, 4, 5].map((mood) => ({ label: w.t(`mood-${mood}`), data: blocks.map((b) => shown(b, mood)), backgroundColor: MOOD_COLOURS[mood], barPercentage: 0.8 })),
    },
    options: {
      indexAxis: 'y',
      layout: { padding: { left: 12, right: 24, top: 4, bottom: 4 } },
      plugins: {
        legend: { position: 'top' },
        title: { display: true, text: w.t('chart-moods-subtitle', { count: POOL_PERIODS }), font: { weight: 'normal' } },
      },
      scales: { x: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, grid: { color: GRID }, title: { display: true, text: w.t('chart-checkins-axis') } }, y: { stacked: true, grid: { display: false } } },
    },
    plugins: [counts],
  };
}

function altText(groupName: string, periods: PeriodView[], blocks: MoodView[], w: Words): string {
  const lines = [w.t('chart-group-alt', { group: groupName, count: periods.length })];
  for (const p of periods) {
    const date = short(p.startDate, w);
    if (p.checkedIn === null) lines.push(w.t('chart-week-hidden', { date }));
    else if (p.checkedIn === 0) lines.push(w.t('chart-week-nobody', { date }));
    else if (p.members === null) lines.push(w.t('chart-week-count', { date, count: p.checkedIn }));
    else lines.push(w.t('chart-week-of', { date, count: p.checkedIn, members: p.members }));
  }
  for (const b of blocks) {
    const span = { from: b.firstStartDate ? short(b.firstStartDate, w) : b.firstPeriod, to: short(b.lastStartDate, w) };
    if (!b.spread) lines.push(w.t('chart-moods-hidden', span));
    else {
      const spread = [1, 2, 3, 4, 5].map((m) => {
        const n = b.spread![String(m)];
        return n === null || n === undefined ? w.t('chart-mood-hidden', { mood: w.t(`mood-${m}`) }) : w.t('chart-mood-count', { mood: w.t(`mood-${m}`), count: n });
      });
      lines.push(w.t('chart-moods', { ...span, spread: spread.join(', ') }));
    }
  }
  return fitAlt(lines);
}
