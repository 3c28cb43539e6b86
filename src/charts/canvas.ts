import { createRequire } from 'node:module';
import type { Canvas } from '@napi-rs/canvas';
import type { ChartConfiguration } from 'chart.js';

// Pictures drawn on the server: Chart.js on @napi-rs/canvas (Skia, shipped inside npm, no
// browser). The font ships with the project (Atkinson Hyperlegible, made for low vision), so a
// chart is the same, byte for byte, on every machine; nothing animates or depends on the clock.
// Both libraries load on the first picture, not at start: Skia alone adds about 100 ms and 27 MB.

export const FONT = 'Atkinson Hyperlegible';

type Libraries = { canvas: typeof import('@napi-rs/canvas'); Chart: typeof import('chart.js').Chart };
let libraries: Promise<Libraries> | undefined;
function load(): Promise<Libraries> {
  libraries ??= (async () => {
    const [canvas, charts] = await Promise.all([import('@napi-rs/canvas'), import('chart.js')]);
    const require = createRequire(import.meta.url);
    for (const file of ['latin-400-normal', 'latin-ext-400-normal', 'latin-700-normal', 'latin-ext-700-normal']) {
      canvas.GlobalFonts.registerFromPath(require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-${file}.woff2`), FONT);
    }
    const { Chart } = charts;
    Chart.register(charts.BarController, charts.BarElement, charts.CategoryScale, charts.LinearScale, charts.LineController, charts.LineElement, charts.PointElement, charts.Legend, charts.Title);
    Chart.defaults.font.family = FONT;
    Chart.defaults.font.size = 15;
    Chart.defaults.color = INK;
    return { canvas, Chart };
  })();
  return libraries;
}

/** Text and lines: dark grey on white (contrast over 12:1). */
export const INK = '#222222';
export const GRID = '#DDDDDD';
export const PAPER = '#FFFFFF';

/**
 * Mood colours on a blue-orange scale (Okabe & Ito's palette), which keeps its order for people
 * with protanopia or deuteranopia; every mood is also named in words on the picture.
 */
export const MOOD_COLOURS: Record<number, string> = { 1: '#D55E00', 2: '#E69F00', 3: '#999999', 4: '#56B4E9', 5: '#0072B2' };
export const CHECKED_IN = '#0072B2';
export const MEMBERS = '#C8DCEB';
export const AWAY = '#ECEAE4';

/** A picture and the same said in words. */
export interface Picture {
  png: Buffer;
  /** The text alternative: what the picture shows, for a screen reader (at most 1,000 characters). */
  alt: string;
}

/** One chart of a picture, in a band of the picture's height. */
export interface Panel {
  height: number;
  config: ChartConfiguration;
}

const TITLE_HEIGHT = 44;

/**
 * Canvases kept for reuse, by size: Skia's pixels live outside the JavaScript heap, which the
 * garbage collector does not see, so a new canvas for every picture would pile up memory. Drawing
 * is synchronous once the libraries are loaded, so one canvas of a size is never in use twice at once.
 */
const canvases = new Map<string, Canvas>();
function canvasOf(libs: Libraries, width: number, height: number): Canvas {
  const key = `${width}x${height}`;
  let canvas = canvases.get(key);
  if (!canvas) {
    if (canvases.size >= 16) canvases.clear();
    canvas = libs.canvas.createCanvas(width, height);
    canvases.set(key, canvas);
  }
  const ctx = canvas.getContext('2d');
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, width, height);
  return canvas;
}

/** Draw a title and the panels one under the other on a white canvas; PNG bytes. */
export async function drawPicture(width: number, title: string, panels: Panel[]): Promise<Buffer> {
  const libs = await load();
  // From here on nothing awaits: the kept canvases are used by one picture at a time.
  const height = TITLE_HEIGHT + panels.reduce((h, p) => h + p.height, 0);
  const canvas = canvasOf(libs, width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, 0, width, height);
  writeAt(ctx as unknown as CanvasRenderingContext2D, title, width / 2, TITLE_HEIGHT / 2 + 2, { size: 20, bold: true });
  let top = TITLE_HEIGHT;
  for (const panel of panels) {
    const part = canvasOf(libs, width, panel.height);
    const chart = new libs.Chart(part.getContext('2d') as unknown as CanvasRenderingContext2D, {
      ...panel.config,
      options: { ...panel.config.options, responsive: false, animation: false, devicePixelRatio: 1, events: [] },
    });
    ctx.drawImage(part, 0, top);
    chart.destroy();
    top += panel.height;
  }
  return canvas.toBuffer('image/png');
}

/** Words written on the chart beside a bar or point: labels in words, never colour alone. */
export function writeAt(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, opts: { size?: number; bold?: boolean; align?: CanvasTextAlign; colour?: string } = {}): void {
  ctx.save();
  ctx.font = `${opts.bold ? 'bold ' : ''}${opts.size ?? 14}px "${FONT}"`;
  ctx.fillStyle = opts.colour ?? INK;
  ctx.textAlign = opts.align ?? 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(text, x, y);
  ctx.restore();
}

/** Cut a text alternative to the platforms' limit (Discord's attachment description: 1,024). */
export function fitAlt(lines: string[], max = 1000): string {
  let out = '';
  for (const line of lines) {
    const next = out ? `${out}\n${line}` : line;
    if (next.length > max) return out.length + 2 <= max ? `${out}\n…` : `${out.slice(0, max - 1)}…`;
    out = next;
  }
  return out;
}
