import { setOptIn } from '../../src/core/buddies.js';
import type { Core } from '../../src/core/core.js';
import { setupGroup } from '../../src/core/groups.js';
import { acceptAgreement, ensurePerson } from '../../src/core/members.js';
import type { Group, Member } from '../../src/db/schema.js';

// Fast set-up through the core (no dispatcher): for property tests that build many groups.

export async function quickGroup(core: Core, n: number, opts: { chat?: string; buddies?: boolean } = {}): Promise<{ group: Group; members: Member[] }> {
  const chat = opts.chat ?? 'quick-group';
  const { group } = await setupGroup(core, 'console', chat, 'Quick', { timezone: 'Europe/London', weekday: 'sunday', time: '19:00', name: 'Quick group' });
  const members: Member[] = [];
  for (let i = 0; i < n; i++) {
    const p = await ensurePerson(core, 'console', `${chat}-p${i}`, `Person ${i}`);
    const { member } = await acceptAgreement(core, group.id, p.id, 1);
    if (opts.buddies !== false) await setOptIn(core, member, true);
    members.push(member);
  }
  return { group, members };
}
