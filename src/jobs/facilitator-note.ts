import { DateTime } from 'luxon';
import { checkedInNames } from '../core/checkins.js';
import type { Core } from '../core/core.js';
import { enqueue } from '../core/outbox.js';
import { quietMembers } from '../core/stats.js';
import { type Words, personLanguage, words } from '../core/i18n.js';
import { bold } from '../core/reply.js';
import type { Group } from '../db/schema.js';
import { checkinInstant, privateSendTime } from '../core/time.js';

// A short private weekly note to facilitators who opted in: who checked in, who has gone quiet.
// Names only, never moods or notes; a figure drawn from fewer than 3 people is not shown.

export const NOTE_KIND = 'facilitator_weekly';
const MIN_PEOPLE = 3;

export async function queueFacilitatorNotes(core: Core, group: Group, week: string, now: Date): Promise<number> {
  const nowIso = now.toISOString();
  const notAway = (eb: any) => eb.or([eb('members.away_until', 'is', null), eb('members.away_until', '<=', nowIso)]);
  const facilitators = await core.db
    .selectFrom('members')
    .innerJoin('people', 'people.id', 'members.person_id')
    .select(['members.person_id', 'people.language'])
    .where('members.group_id', '=', group.id)
    .where('members.status', '=', 'active')
    .where('members.facilitator_notes', '=', 1)
    .where(notAway)
    .execute();
  if (!facilitators.length) return 0;

  // Names only of those who checked in where the group could see it; private check-ins are counted, never named.
  const checkedIn = await checkedInNames(core, group.id, week);
  const checked = checkedIn.filter((c) => !c.private).map((c) => c.name);
  const privately = checkedIn.length - checked.length;
  // DESIGN: a name reaches facilitators after twice the threshold (the member was told privately at
  // the threshold). Counted like the gentle check-ins: from the last sign or a break's end, never weeks away.
  const quiet = await quietMembers(core, group, now, 2 * group.absence_weeks);
  const { total } = await core.db
    .selectFrom('members')
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .where('group_id', '=', group.id)
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();

  // Each facilitator reads it in their own language: their choice, else the group's.
  const text = (language: string | null) => noteText(group, week, checked, quiet.map((q) => q.name), Number(total), privately, words(personLanguage(language, group.language)));
  const notBefore = privateSendTime(now, group.timezone);
  let queued = 0;
  for (const f of facilitators) {
    const ok = await enqueue(core.db, {
      idemKey: `${NOTE_KIND}:${group.id}:${week}:${f.person_id}`,
      groupId: group.id,
      kind: NOTE_KIND,
      audience: 'person',
      personId: f.person_id,
      reply: { to: 'private', text: text(f.language) },
      notBefore,
      now,
    });
    if (ok) queued++;
  }
  return queued;
}

export function noteText(group: Pick<Group, 'name' | 'timezone' | 'checkin_weekday' | 'checkin_time'>, week: string, checked: string[], quiet: string[], total: number, privately = 0, w: Words = words('en')): string {
  // The check-in period, by the day of its prompt.
  const monday = DateTime.fromJSDate(checkinInstant(group, week), { zone: group.timezone }).setLocale(w.lang).toFormat('ccc d MMM');
  const all = checked.length + privately;
  const names = (xs: string[]) => xs.map((n) => bold(n)).join(', ');
  const privatelyText = privately ? w.t('note-privately', { count: privately }) : '';
  const who = checked.length && privately ? w.t('note-names-and-privately', { names: names(checked), privately: privatelyText }) : checked.length ? names(checked) : privatelyText;
  return [
    w.t('note-title', { group: bold(group.name), date: monday }),
    !all ? w.t('note-nobody-checked-in') : total >= MIN_PEOPLE ? w.t('note-checked-in-count', { all, total, who }) : w.t('note-checked-in', { who }),
    quiet.length ? w.t('note-quiet', { names: names(quiet) }) : w.t('note-nobody-quiet'),
    '',
    w.t('note-names-only'),
  ].join('\n');
}
