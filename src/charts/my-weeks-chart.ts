import type { ChartConfiguration, Plugin } from 'chart.js';
import { DateTime } from 'luxon';
import { MOODS } from '../core/checkins.js';
import type { MyWeek, MyWeeks } from '../core/my-weeks.js';
import { AWAY, GRID, INK, MOOD_COLOURS, type Picture, drawPicture, fitAlt, writeAt } from './canvas.js';

// A member's own weeks (/myweeks), for them alone: their moods week by week, weeks away shown as
// a shaded rest that the line does not cross, and weeks without a check-in simply left blank.

const WIDTH = 960;
const short = (isoDate: string) => DateTime.fromISO(isoDate).toFormat('d LLL');

export async function myWeeksChart(data: MyWeeks): Promise<Picture> {
  const { weeks } = data;
  const first = weeks[0]?.startDate;
  const title = first ? `Your check-ins in ${data.groupName}, since ${short(first)}` : `Your check-ins in ${data.groupName}`;
  return { png: await drawPicture(WIDTH, title, [{ height: 420, config: chart(weeks) }]), alt: altText(data) };
}

function chart(weeks: MyWeek[]): ChartConfiguration {
  // The line joins check-ins across weeks without one, never across a week away.
  const awayBetween = (a: number, b: number) => {
    while (a > 0 && weeks[a].mood === null) a--;
    while (b < weeks.length - 1 && weeks[b].mood === null) b++;
    return weeks.slice(a, b + 1).some((w) => w.away);
  };
  // Weeks away: a light band with the word, drawn under the line.
  const rests: Plugin<'line'> = {
    id: 'rests',
    beforeDatasetsDraw(c) {
      const ctx = c.ctx as unknown as CanvasRenderingContext2D;
      const { top, bottom } = c.chartArea;
      const step = weeks.length > 1 ? c.scales.x.getPixelForValue(1) - c.scales.x.getPixelForValue(0) : c.chartArea.width;
      // One band for each run of weeks away, the word at its start.
      weeks.forEach((w, i) => {
        if (!w.away || weeks[i - 1]?.away) return;
        let end = i;
        while (weeks[end + 1]?.away) end++;
        const x = c.scales.x.getPixelForValue(i) - step / 2;
        ctx.save();
        ctx.fillStyle = AWAY;
        ctx.fillRect(x, top, step * (end - i + 1), bottom - top);
        ctx.restore();
        writeAt(ctx, 'away', x + 4, top + 14, { size: 13, align: 'left', colour: '#555555' });
      });
    },
  };
  return {
    type: 'line',
    data: {
      labels: weeks.map((w) => short(w.startDate)),
      datasets: [
        {
          label: 'Your mood',
          data: weeks.map((w) => w.mood),
          spanGaps: true,
          borderColor: '#777777',
          borderWidth: 2,
          segment: { borderColor: (s) => (awayBetween(s.p0DataIndex, s.p1DataIndex) ? 'rgba(0,0,0,0)' : undefined) },
          pointRadius: 7,
          pointBorderColor: INK,
          pointBorderWidth: 1,
          pointBackgroundColor: weeks.map((w) => (w.mood ? MOOD_COLOURS[w.mood] : INK)),
        },
      ],
    },
    options: {
      layout: { padding: { left: 12, right: 28, top: 4, bottom: 4 } },
      plugins: { legend: { display: false }, title: { display: true, text: 'Your mood each week you checked in (a shaded week: you were away)', font: { weight: 'normal' } } },
      scales: {
        x: { offset: true, grid: { display: false }, ticks: { autoSkip: true, maxRotation: 0 } },
        // Room above and below the moods, with a tick for each mood only.
        y: { min: 0.6, max: 5.4, grid: { color: GRID }, afterBuildTicks: (axis) => void (axis.ticks = [1, 2, 3, 4, 5].map((value) => ({ value }))), ticks: { callback: (v) => MOODS[Number(v)]?.label ?? '' } },
      },
    },
    plugins: [rests],
  };
}

/** The same in words, a month to a line: the moods in order, and the weeks away. */
function altText(data: MyWeeks): string {
  const { weeks } = data;
  if (!weeks.length) return `A chart of your check-ins in ${data.groupName}: nothing to show yet.`;
  const lines = [`A chart of your check-ins in ${data.groupName}, week by week from ${short(weeks[0].startDate)} to ${short(weeks.at(-1)!.startDate)}.`];
  const months = new Map<string, MyWeek[]>();
  for (const w of weeks) {
    const m = DateTime.fromISO(w.startDate).toFormat('LLLL yyyy');
    months.set(m, [...(months.get(m) ?? []), w]);
  }
  for (const [month, ws] of months) {
    const moods = ws.filter((w) => w.mood).map((w) => MOODS[w.mood!].label);
    const away = ws.filter((w) => w.away).length;
    const parts = [moods.length ? moods.join(', ') : 'no check-ins', ...(away ? [`away ${away} week${away === 1 ? '' : 's'}`] : [])];
    lines.push(`${month}: ${parts.join('; ')}.`);
  }
  return fitAlt(lines);
}
