import { DateTime, IANAZone, type WeekdayNumbers } from 'luxon';

// Weeks, check-in times and civil hours, always in the group's own IANA time zone.

export function isValidZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/**
 * A time zone as people type it ("europe/london", " Australia/Sydney") → its IANA name in the
 * usual spelling ("Europe/London"), or null when there is no such zone. Zones are matched without
 * regard to case; an alias the platform knows by another name (US/Eastern) becomes that name.
 */
export function canonicalZone(input: string): string | null {
  const typed = input.trim();
  if (!typed || typed.length > 64) return null;
  const known = knownZones().get(typed.toLowerCase());
  if (known && IANAZone.isValidZone(known)) return known;
  if (!IANAZone.isValidZone(typed)) return null;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: typed }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

let zonesByLowerName: Map<string, string> | undefined;
function knownZones(): Map<string, string> {
  if (!zonesByLowerName) {
    zonesByLowerName = new Map();
    // The names the helpline regions use first (they keep aliases such as Europe/Belfast).
    for (const z of [...Object.values(REGION_ZONES).flat(), ...Intl.supportedValuesOf('timeZone')]) {
      if (!z.endsWith('/') && !zonesByLowerName.has(z.toLowerCase())) zonesByLowerName.set(z.toLowerCase(), z);
    }
  }
  return zonesByLowerName;
}

/** The ISO week (Monday to Sunday) in `zone` that contains `instant`, e.g. `2026-W48`. */
export function weekKey(instant: Date, zone: string): string {
  // Hot path (every check-in): remember each zone's current week and its bounds.
  const t = instant.getTime();
  const hit = weekCache.get(zone);
  if (hit && t >= hit.from && t < hit.to) return hit.key;
  const local = DateTime.fromJSDate(instant, { zone });
  const start = local.startOf('week');
  const key = local.toFormat("kkkk-'W'WW");
  weekCache.set(zone, { key, from: start.toMillis(), to: start.plus({ weeks: 1 }).toMillis() });
  return key;
}
const weekCache = new Map<string, { key: string; from: number; to: number }>();

export function parseWeekKey(key: string): { weekYear: number; weekNumber: number } | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(key);
  return m ? { weekYear: Number(m[1]), weekNumber: Number(m[2]) } : null;
}

/** The week key `n` weeks after (or before, if negative) `key`. */
export function addWeeks(key: string, n: number, zone: string): string {
  const w = parseWeekKey(key);
  if (!w) throw new Error(`bad week key ${key}`);
  return DateTime.fromObject({ ...w, weekday: 1, hour: 12 }, { zone }).plus({ weeks: n }).toFormat("kkkk-'W'WW");
}

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** "sunday", "Sun", "tu", "7" → ISO weekday (1 = Monday). Ambiguous or unknown → null. */
export function parseWeekday(input: string): number | null {
  let s = input.trim().toLowerCase().replace(/\.$/, '').replace(/^dydd\s+/, '');
  if (/^[1-7]$/.test(s)) return Number(s);
  const named = WEEKDAY_NAMES.get(s);
  if (named) return named;
  if (s.length > 6 && s.endsWith('s')) s = s.slice(0, -1); // "sundays"
  if (s.length < 2) return null;
  const hits = WEEKDAYS.map((d, i) => (d.startsWith(s) ? i + 1 : 0)).filter(Boolean);
  return hits.length === 1 ? hits[0] : null;
}

/**
 * The days in every language the bot speaks, since a group has no language yet when it is set up:
 * Welsh (with or without "dydd") and Polish (as written and as said after "w", with or without accents).
 */
const WEEKDAY_NAMES = new Map<string, number>(
  ([
    [1, ['llun', 'poniedziałek', 'poniedzialek']],
    [2, ['mawrth', 'wtorek']],
    [3, ['mercher', 'środa', 'sroda', 'środę', 'srode']],
    [4, ['iau', 'czwartek']],
    [5, ['gwener', 'piątek', 'piatek']],
    [6, ['sadwrn', 'sobota', 'sobotę', 'sobote']],
    [7, ['sul', 'niedziela', 'niedzielę', 'niedziele']],
  ] as [number, string[]][]).flatMap(([n, names]) => names.map((name) => [name, n] as [string, number])),
);

export const weekdayName = (n: number) => WEEKDAYS[n - 1][0].toUpperCase() + WEEKDAYS[n - 1].slice(1);

/** A part of the day people name with a day ("sunday evening"): a hint for the time. */
export type PartOfDay = 'morning' | 'afternoon' | 'evening' | 'night';
/** The time suggested for a day named with a part of the day. */
export const PART_OF_DAY_TIME: Record<PartOfDay, string> = { morning: '10:00', afternoon: '14:00', evening: '19:00', night: '20:00' };

const CLOCK = /^(?:(\d{2})(\d{2})|(\d{1,2})(?:\s?([:.h])\s?(\d{2}))?)(?:\s*([ap])\.?\s?m\.?)?(?=$|[\s,;!?)])/i;

/**
 * A time of day at the start of `text`: "7pm", "7 pm", "7:30 pm", "7.30pm", "19:30", "0930",
 * "noon". The words after it are `rest`. `part` reads a bare "7:30" as evening on "sunday evening".
 * The one reader of times for setup, settings, meetups and follow-up answers.
 */
export function readTimeOfDay(text: string, part?: PartOfDay): { time: string; rest: string; exact: boolean } | null {
  const s = text.trimStart();
  const word = /^(noon|midday|midnight)(?=$|[\s,;!?)])/i.exec(s);
  if (word) return { time: word[1].toLowerCase() === 'midnight' ? '00:00' : '12:00', rest: s.slice(word[0].length).trim(), exact: true };
  const m = CLOCK.exec(s);
  if (!m) return null;
  let hour = Number(m[1] ?? m[3]);
  const minute = Number(m[2] ?? m[5] ?? 0);
  const ampm = m[6]?.toLowerCase();
  if (ampm) {
    if (hour < 1 || hour > 12) return null;
    if (ampm === 'p' && hour !== 12) hour += 12;
    if (ampm === 'a' && hour === 12) hour = 0;
  } else if (part && part !== 'morning' && hour >= 1 && hour <= 11) hour += 12;
  if (hour > 23 || minute > 59) return null;
  // "exact": written so it can only be a time (am/pm or hours and minutes), not a bare number.
  const exact = !!ampm || m[4] === ':' || m[1] !== undefined || (m[4] !== undefined && (hour > 12 || minute > 12));
  return { time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`, rest: s.slice(m[0].length).trim(), exact };
}

/** "19:00", "7pm", "7:30 pm", "7.30pm", "0930" → "HH:MM"; anything else → null. */
export function parseTimeOfDay(input: string, part?: PartOfDay): string | null {
  const r = readTimeOfDay(input.trim(), part);
  return r && !r.rest ? r.time : null;
}

/** "sunday", "Sunday evening", "sun eve" → the ISO weekday, and the part of the day if named. */
export function parseDay(input: string): { weekday: number; part?: PartOfDay } | null {
  const [day, ...more] = input.trim().toLowerCase().replace(/^dydd\s+/, '').split(/\s+/);
  const weekday = parseWeekday(day ?? '');
  if (!weekday) return null;
  if (!more.length) return { weekday };
  const p = /^(morning|afternoon|evening|eve|night|tonight)s?$/.exec(more.join(' ').replace(/^(in the|at)\s+/, ''));
  if (!p) return null;
  const part = ({ eve: 'evening', tonight: 'night' } as Record<string, PartOfDay>)[p[1]] ?? (p[1] as PartOfDay);
  return { weekday, part };
}

/** Clock times written in a sentence ("3 Dec 19.30", "tuesday 7.30pm") as HH:MM, for the date reader. */
export function clockTimesAsHHMM(text: string): string {
  return text.replace(/(^|\s)(\d{1,2}(?:\s?[:.h]\s?\d{2})?(?:\s*[ap]\.?\s?m\.?)?)(?=$|[\s,;!?)])/gi, (all, sp: string, t: string) => {
    const r = readTimeOfDay(t);
    return r && !r.rest && r.exact ? `${sp}${r.time}` : all;
  });
}

/**
 * The instant a local wall-clock time happens on a given ISO weekday of a given week.
 * A time inside the spring daylight-saving gap runs at the first valid instant after it
 * (the moment the clocks jump); in the autumn overlap it runs once, at the first occurrence.
 */
export function localInstant(zone: string, week: string, weekday: number, time: string): Date {
  const w = parseWeekKey(week);
  if (!w) throw new Error(`bad week key ${week}`);
  const [hour, minute] = time.split(':').map(Number);
  const dt = DateTime.fromObject({ ...w, weekday: weekday as WeekdayNumbers, hour, minute }, { zone });
  if (dt.hour === hour && dt.minute === minute) {
    // In the autumn overlap the same wall time happens twice: take the first.
    for (const back of [30, 60, 120]) {
      const earlier = dt.minus({ minutes: back });
      if (earlier.hour === hour && earlier.minute === minute) return earlier.toJSDate();
    }
    return dt.toJSDate();
  }
  // In the gap: luxon shifted forward by the gap's length. Walk back to the transition.
  let t = dt;
  while (true) {
    const prev = t.minus({ minutes: 1 });
    if (prev.hour * 60 + prev.minute < hour * 60 + minute && prev.weekday === weekday) return t.toJSDate();
    t = prev;
  }
}

/** When this week's check-in prompt is due for a group. */
export function checkinInstant(group: { timezone: string; checkin_weekday: number; checkin_time: string }, week: string): Date {
  return localInstant(group.timezone, week, group.checkin_weekday, group.checkin_time);
}

export function localHour(instant: Date, zone: string): number {
  return DateTime.fromJSDate(instant, { zone }).hour;
}

/** Whole weeks between two instants. */
export function wholeWeeksBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / (7 * 24 * 3600 * 1000));
}

/** A local date/time for people: "Tue 3 Dec, 19:00". */
export function formatLocal(instant: Date, zone: string, locale = 'en'): string {
  return DateTime.fromJSDate(instant, { zone }).setLocale(locale).toFormat('ccc d MMM, HH:mm');
}

/** A date for people: "Thursday 24 December". */
export function formatDate(instant: Date, zone: string, locale = 'en'): string {
  // MMMM: the month as it stands in a date (Polish "6 grudnia", not "6 grudzień").
  return DateTime.fromJSDate(instant, { zone }).setLocale(locale).toFormat('cccc d MMMM');
}

const USA = [
  'America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Phoenix',
  'America/Anchorage', 'America/Juneau', 'America/Sitka', 'America/Yakutat', 'America/Nome', 'America/Metlakatla',
  'America/Adak', 'America/Boise', 'America/Detroit', 'America/Menominee', 'Pacific/Honolulu', 'America/Puerto_Rico',
];
const CANADA = [
  'America/Toronto', 'America/Vancouver', 'America/Edmonton', 'America/Winnipeg', 'America/Halifax',
  'America/St_Johns', 'America/Regina', 'America/Montreal', 'America/Moncton', 'America/Glace_Bay',
  'America/Goose_Bay', 'America/Whitehorse', 'America/Dawson', 'America/Yellowknife', 'America/Iqaluit',
  'America/Rankin_Inlet', 'America/Cambridge_Bay', 'America/Inuvik', 'America/Swift_Current',
  'America/Dawson_Creek', 'America/Fort_Nelson', 'America/Creston', 'America/Atikokan', 'America/Blanc-Sablon',
];

/** The zones each helpline region is named by; a name ending in '/' covers every zone under it. */
export const REGION_ZONES: Record<string, readonly string[]> = {
  GB: ['Europe/London', 'GB', 'Europe/Jersey', 'Europe/Guernsey', 'Europe/Isle_of_Man', 'Europe/Belfast'],
  IE: ['Europe/Dublin', 'Eire'],
  AU: ['Australia/'],
  NZ: ['Pacific/Auckland', 'Pacific/Chatham', 'NZ'],
  CA: [...CANADA, 'Canada/'],
  US: [...USA, 'US/', 'America/Indiana/', 'America/Kentucky/', 'America/North_Dakota/'],
};

/** The helpline region a time zone most likely means (shown at setup, changeable). Any case. */
export function regionForZone(zone: string): { region: string; nation: string | null } {
  const z = canonicalZone(zone) ?? zone;
  if (z === 'Europe/Belfast') return { region: 'GB', nation: 'northern_ireland' };
  for (const [region, names] of Object.entries(REGION_ZONES)) {
    if (names.some((n) => (n.endsWith('/') ? z.startsWith(n) : z === n))) return { region, nation: null };
  }
  return { region: 'INT', nation: null };
}

/** Scheduled private messages go out between 09:00 and 20:00 in the group's zone. */
export const QUIET = { startHour: 9, endHour: 20 } as const;

/** The earliest instant at or after `now` inside the group's sending hours. */
export function privateSendTime(now: Date, zone: string): Date {
  const local = DateTime.fromJSDate(now, { zone });
  if (local.hour >= QUIET.startHour && local.hour < QUIET.endHour) return now;
  const day = local.hour >= QUIET.endHour ? local.plus({ days: 1 }) : local;
  return day.set({ hour: QUIET.startHour, minute: 0, second: 0, millisecond: 0 }).toJSDate();
}
