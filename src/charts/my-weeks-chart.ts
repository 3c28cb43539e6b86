import type { ChartConfiguration, Plugin } from 'chart.js';
import { DateTime } from 'luxon';
import { type Words, words } from '../core/i18n.js';
import type { MyWeek, MyWeeks } from '../core/my-weeks.js';
import { AWAY, GRID, INK, MOOD_COLOURS, type Picture, drawPicture, fitAlt, writeAt } from './canvas.js';

// A member's own weeks (/myweeks), for them alone: their moods week by week, weeks away shown as
// a shaded rest that the line does not cross, and weeks without a check-in simply left blank.

const WIDTH = 960;
const short = (isoDate: string, w: Words) => DateTime.fromISO(isoDate).setLocale(w.lang).toFormat('d MMM');

export async function myWeeksChart(data: MyWeeks, w: Words = words('en')): Promise<Picture> {
  const { weeks } = data;
  const first = weeks[0]?.startDate;
  const title = first ? w.t('chart-my-title', { group: data.groupName, date: short(first, w) }) : w.t('chart-my-title-empty', { group: data.groupName });
  return { png: await drawPicture(WIDTH, title, [{ height: 420, config: chart(weeks, w) }]), alt: altText(data, w) };
}

function chart(weeks: MyWeek[], w: Words): ChartConfiguration {
  // The line joins check-ins across weeks without one, never across a week away.
  const awayBetween = (a: number, b: number) => {
    while (a > 0 && weeks[a].mood === null) a--;
    while (b < weeks.length - 1 && weeks[b].mood === null) b++;
    return weeks.slice(a, b + 1).some((week) => week.away);
  };
  // Weeks away: a light band with the word, drawn under the line.
  const rests: Plugin<'line'> = {
    id: 'rests',
    beforeDatasetsDraw(c) {
      const ctx = c.ctx as unknown as CanvasRenderingContext2D;
      const { top, bottom } = c.chartArea;
      const step = weeks.length > 1 ? c.scales.x.getPixelForValue(1) - c.scales.x.getPixelForValue(0) : c.chartArea.width;
      // One band for each run of weeks away, the word at its start.
      weeks.forEach((week, i) => {
        if (!week.away || weeks[i - 1]?.away) return;
        let end = i;
        while (weeks[end + 1]?.away) end++;
        const x = c.scales.x.getPixelForValue(i) - step / 2;
        ctx.save();
        ctx.fillStyle = AWAY;
        ctx.fillRect(x, top, step * (end - i + 1), bottom - top);
        ctx.restore();
        writeAt(ctx, w.t('chart-away'), x + 4, top + 14, { size: 13, align: 'left', colour: '#555555' });
      });
    },
  };
  return {
    type: 'line',
    data: {
      labels: weeks.map((week) => short(week.startDate, w)),
      datasets: [
        {
          label: w.t('chart-my-subtitle'),
          data: weeks.map((week) => week.mood),
          spanGaps: true,
          borderColor: '#777777',
          borderWidth: 2,
          segment: { borderColor: (s) => (awayBetween(s.p0DataIndex, s.p1DataIndex) ? 'rgba(0,0,0,0)' : undefined) },
          pointRadius: 7,
          pointBorderColor: INK,
          pointBorderWidth: 1,
          pointBackgroundColor: weeks.map((week) => (week.mood ? MOOD_COLOURS[week.mood] : INK)),
        },
      ],
    },
    options: {
      layout: { padding: { left: 12, right: 28, top: 4, bottom: 4 } },
      plugins: { legend: { display: false }, title: { display: true, text: w.t('chart-my-subtitle'), font: { weight: 'normal' } } },
      scales: {
        x: { offset: true, grid: { display: false }, ticks: { autoSkip: true, maxRotation: 0 } },
        // Room above and below the moods, with a tick for each mood only.
        y: { min: 0.6, max: 5.4, grid: { color: GRID }, afterBuildTicks: (axis) => void (axis.ticks = [1, 2, 3, 4, 5].map((value) => ({ value }))), ticks: { callback: (v) => (Number(v) >= 1 && Number(v) <= 5 ? w.t(`mood-${Number(v)}`) : '') } },
      },
    },
    plugins: [rests],
  };
}

/** The same in words, a month to a line: the moods in order, and the weeks away. */
function altText(data: MyWeeks, w: Words): string {
  const { weeks } = data;
  if (!weeks.length) return w.t('chart-my-alt-empty', { group: data.groupName });
  const lines = [w.t('chart-my-alt', { group: data.groupName, from: short(weeks[0].startDate, w), to: short(weeks.at(-1)!.startDate, w) })];
  const months = new Map<string, MyWeek[]>();
  for (const week of weeks) {
    const m = DateTime.fromISO(week.startDate).setLocale(w.lang).toFormat('LLLL yyyy');
    months.set(m, [...(months.get(m) ?? []), week]);
  }
  for (const [month, ws] of months) {
    const moods = ws.filter((x) => x.mood).map((x) => w.t(`mood-${x.mood}`));
    const away = ws.filter((x) => x.away).length;
    const parts = [moods.length ? moods.join(', ') : w.t('chart-month-none'), ...(away ? [w.t('chart-month-away', { count: away })] : [])];
    lines.push(w.t('chart-month', { month, what: parts.join('; ') }));
  }
  return fitAlt(lines);
}
