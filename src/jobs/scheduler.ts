import { DateTime } from 'luxon';
import { type Core, loggableError } from '../core/core.js';
import { type JobName, type RunOutcome, existingRuns, recordRun, runKey } from '../core/job-runs.js';
import { PROMPT_GRACE_MS, enqueuePrompt } from '../core/prompts.js';
import { finishedPeriods } from '../core/periods.js';
import { addWeeks, localInstant, weekKey } from '../core/time.js';
import type { Group } from '../db/schema.js';
import { queueFacilitatorNotes } from './facilitator-note.js';

// What falls due, computed from the database in each group's own time zone. node-cron only
// ticks; every tick asks "which (job, group, period) is due and not yet decided?". A run inside
// its grace window runs; one past it is recorded as late (with a log line) and never runs:
// after downtime the bot catches up, without a flood of stale posts.

export interface ScheduleDomain {
  queueNudges?(core: Core, group: Group, now: Date): Promise<number>;
  pairingPeriod?(group: Group, now: Date): string;
  runPairRound?(core: Core, group: Group, now: Date, opts?: { periodKey?: string }): Promise<unknown>;
  queueMeetupReminders?(core: Core, now: Date): Promise<number>;
  upkeep?(core: Core, group: Group, now: Date): Promise<number>;
}

export interface Occurrence {
  period: string;
  due: Date;
}

interface GroupJob {
  job: JobName;
  graceMs: number;
  /** How far back a missed run is still noticed (and logged as late). */
  lookbackMs: number;
  occurrences(group: Group, from: Date, to: Date): Occurrence[];
  /** The group settings its occurrences depend on: groups that share them share the answer. */
  signature(group: Group): string;
  run(core: Core, group: Group, occ: Occurrence, now: Date): Promise<{ outcome: RunOutcome; count: number; recorded?: boolean }>;
}

export const GRACE = {
  prompt: PROMPT_GRACE_MS,
  pairing: 24 * 3600_000,
  nudges: 3600_000, // the next civil hour
  facilitator_note: 10 * 3600_000, // 10:00 until the 20:00 end of private sending hours
  upkeep: 20 * 3600_000, // any time that day
} as const;

/** Nudges and the facilitators' weekly note go out at this civil hour in the group's zone. */
export const NUDGE_TIME = '10:00';
export const NOTE_TIME = '10:00';
/** Figures are fixed and old check-ins deleted in the small hours of the group's day. */
export const UPKEEP_TIME = '03:30';

const DAY = 86400_000;

export interface TickReport {
  ran: number;
  late: number;
  errors: number;
  reminders: number;
}

export class Scheduler {
  readonly jobs: GroupJob[];
  private readonly instants = new Map<string, Date>();
  private halted = false;

  constructor(private readonly core: Core, private readonly domain: ScheduleDomain = {}) {
    this.jobs = [this.promptJob(), this.noteJob()];
    if (domain.queueNudges) this.jobs.push(this.nudgeJob());
    if (domain.runPairRound && domain.pairingPeriod) this.jobs.push(this.pairingJob());
    if (domain.upkeep) this.jobs.push(this.upkeepJob());
  }

  /** Shutdown: a tick under way stops after the run in hand (the rest stays due for the next holder). */
  halt(): void {
    this.halted = true;
  }

  /** One tick at `now`: run what is due, record what is late. */
  async tick(now: Date = this.core.clock.now()): Promise<TickReport> {
    const report: TickReport = { ran: 0, late: 0, errors: 0, reminders: 0 };
    const groups = await this.core.db.selectFrom('groups').selectAll().where('active', '=', 1).execute();
    const todo: { job: GroupJob; group: Group; occ: Occurrence; key: string }[] = [];
    for (const job of this.jobs) {
      const from = new Date(now.getTime() - job.lookbackMs);
      // Thousands of groups share a handful of zones and check-in times: compute each once.
      const memo = new Map<string, Occurrence[]>();
      for (const group of groups) {
        let occs: Occurrence[];
        try {
          const sig = job.signature(group);
          occs = memo.get(sig) ?? job.occurrences(group, from, now);
          memo.set(sig, occs);
        } catch (err) {
          this.core.log.error({ job: job.job, group: group.id, err: String(err) }, 'job schedule unreadable');
          continue;
        }
        // Nothing from before the group was set up (a group set up at 19:30 waits for next week's 19:00).
        for (const occ of occs) if (occ.due.toISOString() >= group.created_at) todo.push({ job, group, occ, key: runKey(job.job, group.id, occ.period) });
      }
    }
    const done = await existingRuns(this.core.db, todo.map((t) => t.key));
    let sinceYield = 0;
    for (const t of todo) {
      if (this.halted) break;
      if (done.has(t.key)) continue;
      // Thousands of groups can fall due at once: let chat events in between (a Discord
      // interaction must be answered within 3 seconds).
      if (++sinceYield % 50 === 0) await new Promise((r) => setImmediate(r));
      const r = await this.runOne(t.job, t.group, t.occ, now);
      if (r === 'late') report.late++;
      else if (r === 'error') report.errors++;
      else report.ran++;
    }
    // One warning for them all: after a long stop, thousands of groups' runs can be late at once.
    if (report.late) this.core.log.warn({ job: 'schedule', outcome: 'late', count: report.late }, `${report.late} scheduled runs were past their grace window and skipped (the bot was stopped or busy)`);
    if (this.domain.queueMeetupReminders && !this.halted) {
      const t0 = performance.now();
      try {
        report.reminders = await this.domain.queueMeetupReminders(this.core, now);
        const log = report.reminders ? this.core.log.info : this.core.log.debug;
        log.call(this.core.log, { job: 'meetup_reminders', period: now.toISOString().slice(0, 16), outcome: 'ran', count: report.reminders, ms: ms(t0) }, 'job run');
      } catch (err) {
        report.errors++;
        this.core.log.error({ job: 'meetup_reminders', outcome: 'error', err: loggableError(err), ms: ms(t0) }, 'job failed');
      }
    }
    return report;
  }

  /**
   * Run everything that fell due between `from` and `to`, in order, as if the bot had been
   * ticking all along (the console's `:clock +7d`). Steps at each due instant, and each hour
   * when meetup reminders are wired (their due times are the domain's).
   */
  async runThrough(from: Date, to: Date): Promise<TickReport> {
    const total: TickReport = { ran: 0, late: 0, errors: 0, reminders: 0 };
    if (to.getTime() <= from.getTime()) return total;
    const steps = new Set<number>([to.getTime()]);
    const groups = await this.core.db.selectFrom('groups').selectAll().where('active', '=', 1).execute();
    for (const job of this.jobs) {
      const seen = new Set<string>();
      for (const g of groups) {
        const sig = job.signature(g);
        if (seen.has(sig)) continue;
        seen.add(sig);
        for (const o of job.occurrences(g, from, to)) steps.add(o.due.getTime());
      }
    }
    if (this.domain.queueMeetupReminders)
      for (let h = Math.ceil(from.getTime() / 3600_000) * 3600_000; h <= to.getTime() && steps.size < 20_000; h += 3600_000) steps.add(h);
    for (const t of [...steps].sort((a, b) => a - b)) {
      const r = await this.tick(new Date(t));
      total.ran += r.ran;
      total.late += r.late;
      total.errors += r.errors;
      total.reminders += r.reminders;
    }
    return total;
  }

  private async runOne(job: GroupJob, group: Group, occ: Occurrence, now: Date): Promise<RunOutcome | 'error'> {
    const { db, log } = this.core;
    const t0 = performance.now();
    const base = { job: job.job, group: group.id, period: occ.period };
    if (now.getTime() > occ.due.getTime() + job.graceMs) {
      if (await recordRun(db, { job: job.job, groupId: group.id, period: occ.period, dueAt: occ.due, outcome: 'late', now }))
        log.info({ ...base, outcome: 'late', dueAt: occ.due.toISOString(), lateMs: now.getTime() - occ.due.getTime(), ms: ms(t0) }, 'job skipped: past its grace window');
      return 'late';
    }
    try {
      const r = await job.run(this.core, group, occ, now);
      if (!r.recorded) await recordRun(db, { job: job.job, groupId: group.id, period: occ.period, dueAt: occ.due, outcome: r.outcome, count: r.count, durationMs: performance.now() - t0, now });
      log.info({ ...base, outcome: r.outcome, count: r.count, ms: ms(t0) }, 'job run');
      return r.outcome;
    } catch (err) {
      // Not recorded: the next tick tries again while the grace window lasts.
      log.error({ ...base, outcome: 'error', err: loggableError(err), ms: ms(t0) }, 'job failed');
      return 'error';
    }
  }

  /** Memoised: thousands of groups share a handful of (zone, week, day, time). */
  private instant(zone: string, week: string, weekday: number, time: string): Date {
    const k = `${zone}|${week}|${weekday}|${time}`;
    let d = this.instants.get(k);
    if (!d) {
      if (this.instants.size > 50_000) this.instants.clear();
      d = localInstant(zone, week, weekday, time);
      this.instants.set(k, d);
    }
    return d;
  }

  /** Weeks (in the zone) whose instant on `weekday` at `time` falls in (from, to]. */
  private weekly(zone: string, weekday: number, time: string, from: Date, to: Date): { week: string; due: Date }[] {
    const out: { week: string; due: Date }[] = [];
    const last = weekKey(to, zone);
    for (let w = addWeeks(weekKey(from, zone), -1, zone), i = 0; i < 600; w = addWeeks(w, 1, zone), i++) {
      const due = this.instant(zone, w, weekday, time);
      if (due > from && due <= to) out.push({ week: w, due });
      if (w === last) break;
    }
    return out;
  }

  private promptJob(): GroupJob {
    return {
      job: 'prompt',
      graceMs: GRACE.prompt,
      lookbackMs: 8 * DAY,
      signature: (g) => `${g.timezone}|${g.checkin_weekday}|${g.checkin_time}`,
      occurrences: (g, from, to) => this.weekly(g.timezone, g.checkin_weekday, g.checkin_time, from, to).map((x) => ({ period: x.week, due: x.due })),
      run: async (core, group, occ, now) => {
        if (group.prompt_paused) return { outcome: 'paused', count: 0 };
        // Claim the run and the prompt together: both or neither.
        return core.db.transaction().execute(async (trx) => {
          if (!(await recordRun(trx, { job: 'prompt', groupId: group.id, period: occ.period, dueAt: occ.due, outcome: 'ran', count: 1, now })))
            return { outcome: 'already' as const, count: 0, recorded: true };
          const queued = await enqueuePrompt(core, trx, group, occ.period, now, now);
          if (!queued) await trx.updateTable('job_runs').set({ outcome: 'already', count: 0 }).where('key', '=', runKey('prompt', group.id, occ.period)).execute();
          return { outcome: queued ? ('ran' as const) : ('already' as const), count: queued ? 1 : 0, recorded: true };
        });
      },
    };
  }

  private noteJob(): GroupJob {
    return {
      job: 'facilitator_note',
      graceMs: GRACE.facilitator_note,
      lookbackMs: 8 * DAY,
      signature: (g) => g.timezone,
      // Monday morning: a note about the check-in period that has most recently ended.
      occurrences: (g, from, to) => this.weekly(g.timezone, 1, NOTE_TIME, from, to).map((x) => ({ period: addWeeks(x.week, -1, g.timezone), due: x.due })),
      run: async (core, group, occ, now) => {
        const ended = finishedPeriods(group, occ.due, 1)[0];
        return { outcome: 'ran', count: ended ? await queueFacilitatorNotes(core, group, ended.period, now) : 0 };
      },
    };
  }

  private nudgeJob(): GroupJob {
    return {
      job: 'nudges',
      graceMs: GRACE.nudges,
      lookbackMs: 2 * DAY,
      signature: (g) => g.timezone,
      occurrences: (g, from, to) => daily(g.timezone, NUDGE_TIME, from, to),
      run: async (core, group, _occ, now) => ({ outcome: 'ran', count: await this.domain.queueNudges!(core, group, now) }),
    };
  }

  /** Daily: fix the figures of finished periods, delete what is past keeping (src/core/retention.ts). */
  private upkeepJob(): GroupJob {
    return {
      job: 'upkeep',
      graceMs: GRACE.upkeep,
      lookbackMs: 2 * DAY,
      signature: (g) => g.timezone,
      occurrences: (g, from, to) => daily(g.timezone, UPKEEP_TIME, from, to),
      run: async (core, group, _occ, now) => ({ outcome: 'ran', count: await this.domain.upkeep!(core, group, now) }),
    };
  }

  /** A round at the check-in time of the first week of each pairing period. */
  private pairingJob(): GroupJob {
    const period = this.domain.pairingPeriod!;
    return {
      job: 'pairing',
      graceMs: GRACE.pairing,
      lookbackMs: 8 * DAY,
      // pairingPeriod depends on the zone and how often rounds run.
      signature: (g) => `${g.timezone}|${g.checkin_weekday}|${g.checkin_time}|${g.pair_every_weeks}`,
      occurrences: (group, from, to) => {
        // Shared by every group with the same signature: read the rhythm alone (when each group
        // was set up is filtered per group in tick()).
        const g = { ...group, created_at: '', rhythm_changed_at: null, period_at_change: null, period_at_change_from: null };
        return this.weekly(g.timezone, g.checkin_weekday, g.checkin_time, from, to)
          .map((x) => {
            const p = period(g, x.due);
            const before = period(g, this.instant(g.timezone, addWeeks(x.week, -1, g.timezone), g.checkin_weekday, g.checkin_time));
            return p === before ? null : { period: p, due: x.due };
          })
          .filter((x): x is Occurrence => x !== null);
      },
      run: async (core, group, occ, now) => {
        const res = (await this.domain.runPairRound!(core, group, now, { periodKey: occ.period })) as { created?: boolean; groups?: unknown[] } | undefined;
        return { outcome: res?.created === false ? 'already' : 'ran', count: res?.groups?.length ?? 0 };
      },
    };
  }
}

/** Each local day's `time` in `zone` that falls in (from, to], keyed by the date. */
function daily(zone: string, time: string, from: Date, to: Date): Occurrence[] {
  const out: Occurrence[] = [];
  let day = DateTime.fromJSDate(from, { zone }).startOf('day');
  const [hour, minute] = time.split(':').map(Number);
  for (let i = 0; i < 400 && day.toMillis() <= to.getTime(); i++, day = day.plus({ days: 1 })) {
    const due = day.set({ hour, minute }).toJSDate();
    if (due > from && due <= to) out.push({ period: day.toISODate()!, due });
  }
  return out;
}

const ms = (t0: number) => Math.round(performance.now() - t0);
