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
  let s = input.trim().toLowerCase().replace(/\.$/, '');
  if (/^[1-7]$/.test(s)) return Number(s);
  if (s.length > 6 && s.endsWith('s')) s = s.slice(0, -1); // "sundays"
  if (s.length < 2) return null;
  const hits = WEEKDAYS.map((d, i) => (d.startsWith(s) ? i + 1 : 0)).filter(Boolean);
  return hits.length === 1 ? hits[0] : null;
}

export const weekdayName = (n: number) => WEEKDAYS[n - 1][0].toUpperCase() + WEEKDAYS[n - 1].slice(1);

/** "19:00", "7pm", "7:30 pm", "0930" → "HH:MM". */
export function parseTimeOfDay(input: string): string | null {
  const s = input.trim().toLowerCase().replace(/\s+/g, '');
  if (/^\d{3}$/.test(s)) return null; // "123": too ambiguous to guess
  let m = /^(\d{1,2})(?::|\.|h)?(\d{2})?(am|pm)?$/.exec(s);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = m[2] ? Number(m[2]) : 0;
  const ampm = m[3];
  if (!m[2] && !ampm && s.length > 2) return null;
  if (ampm) {
    if (hour < 1 || hour > 12) return null;
    if (ampm === 'pm' && hour !== 12) hour += 12;
    if (ampm === 'am' && hour === 12) hour = 0;
  }
  if (hour > 23 || minute > 59) return null;
  m = null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
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
export function formatLocal(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat('ccc d LLL, HH:mm');
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
