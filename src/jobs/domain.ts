import { queueNudges } from '../core/absence.js';
import { queueMeetupReminders } from '../core/meetups.js';
import { pairingPeriod, runPairRound } from '../core/pairing/rounds.js';
import { upkeep } from '../core/retention.js';
import type { ScheduleDomain } from './scheduler.js';

// The domain's idempotent jobs, which the schedule decides when to run.
export const domainJobs: ScheduleDomain = { queueNudges, pairingPeriod, runPairRound, queueMeetupReminders, upkeep };
