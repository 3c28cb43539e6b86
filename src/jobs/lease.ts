import type { DB } from '../db/database.js';
import type { Clock } from '../core/ports.js';
import { systemClock } from '../core/ports.js';

// Exactly one process runs the schedule: the holder of an unexpired lease row. The holder
// renews it while alive; another process takes it over once it has expired. Real time, not the
// bot's (movable) clock: leases are about processes, not about the schedule's notion of "now".

export interface LeaseOptions {
  name?: string;
  holder: string;
  ttlMs?: number;
  clock?: Clock;
}

export class Lease {
  readonly name: string;
  readonly holder: string;
  readonly ttlMs: number;
  private readonly clock: Clock;
  /** Until when this process may act, by its own reckoning (a margin before the row expires). */
  private validUntil = 0;
  epoch = 0;

  constructor(private readonly db: DB, opts: LeaseOptions) {
    this.name = opts.name ?? 'schedule';
    this.holder = opts.holder;
    this.ttlMs = opts.ttlMs ?? 30_000;
    this.clock = opts.clock ?? systemClock;
  }

  /** Take the lease if free or expired, or renew it if ours. True while this process holds it. */
  async acquire(): Promise<boolean> {
    const now = this.clock.now().getTime();
    const expires = now + this.ttlMs;
    await this.db
      .insertInto('leases')
      .values({ name: this.name, holder: this.holder, expires_at: expires, epoch: 1, acquired_at: now })
      .onConflict((oc) =>
        oc
          .column('name')
          .doUpdateSet((eb) => ({
            expires_at: expires,
            // A takeover bumps the epoch and the acquisition time; a renewal keeps them.
            epoch: eb.case().when('leases.holder', '=', this.holder).then(eb.ref('leases.epoch')).else(eb(eb.ref('leases.epoch'), '+', 1)).end(),
            acquired_at: eb.case().when('leases.holder', '=', this.holder).then(eb.ref('leases.acquired_at')).else(now).end(),
            holder: this.holder,
          }))
          .where((eb) => eb.or([eb('leases.holder', '=', this.holder), eb('leases.expires_at', '<', now)])),
      )
      .execute();
    const row = await this.db.selectFrom('leases').selectAll().where('name', '=', this.name).executeTakeFirst();
    if (row?.holder === this.holder && row.expires_at === expires) {
      this.epoch = row.epoch;
      // Stop acting a little before the row expires, so two holders never overlap.
      this.validUntil = expires - Math.min(this.ttlMs / 5, 5_000);
      return true;
    }
    this.validUntil = 0;
    return false;
  }

  /** Still ours by our own reckoning (checked before every send). */
  get held(): boolean {
    return this.clock.now().getTime() < this.validUntil;
  }

  /** Give it up (clean shutdown), so another process can take over at once. */
  async release(): Promise<void> {
    this.validUntil = 0;
    await this.db.deleteFrom('leases').where('name', '=', this.name).where('holder', '=', this.holder).execute();
  }

  async current() {
    return this.db.selectFrom('leases').selectAll().where('name', '=', this.name).executeTakeFirst();
  }
}
