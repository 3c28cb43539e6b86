import { join } from 'node:path';
import { type Figure, nowMs, percentile, withTempDir } from './lib.js';
import { benchWorld, command, consoleIncoming, seedGroups } from './world.js';

// p50 and p99 time to handle 10,000 mixed commands through the core.

const COMMANDS = 10_000;
const MIX = ['/checkin 3 ok week', '/help', '/support', '/agreement', '/tips', '/meetups', '/buddy', '/checkin 5', '/settings', '/away 2', '/back'];

export async function latencyBench(): Promise<Figure[]> {
  return withTempDir(async (dir) => {
    const w = await benchWorld(join(dir, 'bench.db'));
    seedGroups(w.sqlite, { groups: 50, membersPerGroup: 40 });
    const times: number[] = [];
    for (let i = 0; i < COMMANDS + 500; i++) {
      const g = i % 50;
      const m = (i * 7) % 40;
      const text = MIX[i % MIX.length];
      const incoming = consoleIncoming(`u${g}-${m}`, i % 3 === 0 ? 'group' : 'dm', g === 0 ? 'console-group' : `chat-${g}`, m === 0);
      const t0 = nowMs();
      await command(w.app, incoming, text);
      if (i >= 500) times.push(nowMs() - t0); // the first 500 warm up
    }
    await w.db.destroy();
    const p50 = percentile(times, 50);
    const p99 = percentile(times, 99);
    return [
      { section: 'latency', name: 'command p50', value: p50, unit: 'ms', reference: 20, referenceLabel: 'p99 target', ratio: p50 / 20, target: '—', met: true },
      { section: 'latency', name: 'command p99', value: p99, unit: 'ms', reference: 20, referenceLabel: 'target', ratio: p99 / 20, target: '< 20 ms', met: p99 < 20 },
    ];
  });
}
