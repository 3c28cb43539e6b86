import { readFileSync } from 'node:fs';
import { bold, link, plain } from './reply.js';

// Crisis signposting: the emergency number first, then verified helplines for the region.

export interface HelplineLine {
  name: string;
  phone?: string;
  text?: string;
  web?: string;
  hours?: string;
  for?: string;
  nations?: string[];
  source: string;
}

export interface HelplineRegion {
  name: string;
  emergency: string | null;
  emergency_note?: string;
  lines: HelplineLine[];
}

export interface Helplines {
  checked: string;
  regions: Record<string, HelplineRegion>;
}

export const REGIONS = ['GB', 'IE', 'US', 'CA', 'AU', 'NZ', 'INT'] as const;
export const NATIONS = ['england', 'scotland', 'wales', 'northern_ireland'] as const;

export function loadHelplines(file: string): Helplines {
  return JSON.parse(readFileSync(file, 'utf8')) as Helplines;
}

const UK_WIDE = NATIONS.length;

/** The region's helplines, or the international ones (own keys only: never Object.prototype's). */
function regionOf(helplines: Helplines, region: string): HelplineRegion {
  return Object.hasOwn(helplines.regions, region) ? helplines.regions[region] : helplines.regions.INT;
}

/** The lines to show: for GB, UK-wide lines unless a nation is set, then that nation's too. */
export function linesFor(helplines: Helplines, region: string, nation: string | null): HelplineLine[] {
  const r = regionOf(helplines, region);
  if (region !== 'GB') return r.lines;
  return r.lines.filter((l) => {
    if (!l.nations || l.nations.length >= UK_WIDE) return true;
    return nation !== null && l.nations.includes(nation);
  });
}

/** The /support message: emergency number first, then each line with how to reach it. */
export function supportText(helplines: Helplines, region: string, nation: string | null): string {
  const r = regionOf(helplines, region);
  const intro = r.emergency
    ? `If you or someone else is in danger right now, call ${bold(r.emergency)}.`
    : `If you or someone else is in danger right now, call your local emergency number${r.emergency_note ? ` (${plain(r.emergency_note.replace(/^Call your local emergency number\.\s*/, ''))})` : ''}.`;
  const lines = linesFor(helplines, region, nation).map((l) => {
    const ways = [l.phone && `call ${plain(l.phone)}`, l.text && plain(l.text), l.web && link(l.web.replace(/^https?:\/\//, ''), l.web)]
      .filter(Boolean)
      .join(', ');
    const when = l.hours ? ` (${plain(l.hours)})` : '';
    return `• ${bold(l.name)}: ${ways}${when}`;
  });
  return [
    intro,
    '',
    `People you can talk to, free and confidential${r.name ? ` (${plain(r.name)})` : ''}:`,
    ...lines,
    '',
    `You are not alone, and reaching out is a strong thing to do. The group is here too.`,
  ].join('\n');
}

/** A short pointer used everywhere a full list would be too much. */
export function supportPointer(helplines: Helplines, region: string): string {
  const r = regionOf(helplines, region);
  const emergency = r.emergency ? `call ${bold(r.emergency)}` : 'call your local emergency number';
  return `If things feel too much, ${emergency} in an emergency, or send /support for people you can talk to any time.`;
}
