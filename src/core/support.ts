import { readFileSync } from 'node:fs';
import { type Words, words } from './i18n.js';
import { bold, link, plain } from './reply.js';

// Crisis signposting: the emergency number first, then verified helplines for the region.

export interface HelplineLine {
  name: string;
  phone?: string;
  text?: string;
  web?: string;
  /** Written to be read as is: "24/7", "Fri 6pm to Mon 6am". */
  hours?: string;
  for?: string;
  /** Who the line is for, when not everyone: it is listed after the lines for everyone. */
  audience?: 'parents' | 'young people';
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

/** Regions as people say them (never the code INT). */
export const REGION_NAMES: Record<string, string> = { GB: 'the UK', IE: 'Ireland', US: 'the US', CA: 'Canada', AU: 'Australia', NZ: 'New Zealand', INT: 'international' };

/** "the UK (GB, Scotland)", "international": for /setup and /settings. */
export function regionName(region: string, nation: string | null, w: Words = words('en')): string {
  if (region === 'INT' || !Object.hasOwn(REGION_NAMES, region)) return w.t('region-international');
  const n = nation ? `, ${w.t('nation-name', { nation })}` : '';
  return w.t('region-name', { region, nation: n });
}

/** Who a group is for (`/settings audience`): the lines for them come first. */
export const AUDIENCES = ['adults', 'young people', 'everyone'] as const;
/** Rank of a line by its audience ('' = for everyone), for each kind of group. */
const AUDIENCE_ORDER: Record<string, Record<string, number>> = {
  adults: { '': 0, parents: 1, 'young people': 2 },
  'young people': { 'young people': 0, '': 1, parents: 2 },
  everyone: { '': 0, parents: 1, 'young people': 1 },
};
const audienceRank = (l: HelplineLine, groupFor: string) => {
  const order = Object.hasOwn(AUDIENCE_ORDER, groupFor) ? AUDIENCE_ORDER[groupFor] : AUDIENCE_ORDER.adults;
  return order[l.audience ?? ''] ?? 1;
};

export function loadHelplines(file: string): Helplines {
  return JSON.parse(readFileSync(file, 'utf8')) as Helplines;
}

const UK_WIDE = NATIONS.length;

/** The region's helplines, or the international ones (own keys only: never Object.prototype's). */
function regionOf(helplines: Helplines, region: string): HelplineRegion {
  return Object.hasOwn(helplines.regions, region) ? helplines.regions[region] : helplines.regions.INT;
}

/** The lines to show: for GB, UK-wide lines unless a nation is set, then that nation's too. */
export function linesFor(helplines: Helplines, region: string, nation: string | null, groupFor = 'adults'): HelplineLine[] {
  const r = regionOf(helplines, region);
  const lines = region !== 'GB' ? r.lines : r.lines.filter((l) => {
    if (!l.nations || l.nations.length >= UK_WIDE) return true;
    return nation !== null && l.nations.includes(nation);
  });
  return lines.map((l, i) => ({ l, i })).sort((a, b) => audienceRank(a.l, groupFor) - audienceRank(b.l, groupFor) || a.i - b.i).map((x) => x.l);
}

/** The /support message, in the reader's words: emergency number first, then each line with how to reach it. */
export function supportText(helplines: Helplines, region: string, nation: string | null, groupFor = 'adults', w: Words = words('en')): string {
  const r = regionOf(helplines, region);
  const note = r.emergency_note ? plain(r.emergency_note.replace(/^Call your local emergency number\.\s*/, '').replace(/\.$/, '')) : '';
  const intro = r.emergency ? w.t('support-danger', { number: bold(r.emergency) }) : note ? w.t('support-danger-local-note', { note }) : w.t('support-danger-local');
  const lines = linesFor(helplines, region, nation, groupFor).map((l) => {
    // The lines' names, numbers and hours are as each service gives them (in English).
    const ways = [l.phone && w.t('support-call', { phone: plain(l.phone) }), l.text && plain(l.text), l.web && link(l.web.replace(/^https?:\/\//, ''), l.web)]
      .filter(Boolean)
      .join(', ');
    const when = l.hours ? `, ${w.t('support-open', { hours: plain(l.hours) })}` : '';
    return `• ${bold(l.name)}: ${ways}${when}`;
  });
  const known = Object.hasOwn(helplines.regions, region) && Object.hasOwn(REGION_NAMES, region) && region !== 'INT';
  return [intro, '', known ? w.t('support-people-in', { region }) : w.t('support-people-anywhere'), ...lines, '', w.t('support-not-alone')].join('\n');
}

/** A short pointer used everywhere a full list would be too much. */
export function supportPointer(helplines: Helplines, region: string, w: Words = words('en')): string {
  const r = regionOf(helplines, region);
  return r.emergency ? w.t('support-pointer', { number: bold(r.emergency) }) : w.t('support-pointer-local');
}
