import { defineConfig } from 'vitest/config';

// The suites that touch the database run twice: on SQLite (with everything else) and on a real
// PostgreSQL server the run starts itself (test/helpers/postgres-server.ts).
const onBothDatabases = [
  'test/checkins.test.ts',
  'test/absence-scan.test.ts',
  'test/access.test.ts',
  'test/domain-pairing.test.ts',
  'test/group-isolation.test.ts',
  'test/schedule-delivery.test.ts',
  'test/outbox.test.ts',
  'test/domain-month.test.ts',
  'test/facilitator-note.test.ts',
  'test/schedule-prompt.test.ts',
  'test/bad-input.test.ts',
  'test/domain-tips-meetups.test.ts',
  'test/membership.test.ts',
  'test/schedule-catchup.test.ts',
  'test/schedule-dst.test.ts',
  'test/domain-bad-input.test.ts',
  'test/schedule-console.test.ts',
  'test/domain-privacy.test.ts',
  'test/domain-stats.test.ts',
  'test/domain-absence.test.ts',
  'test/erasure.test.ts',
  'test/copy-db.test.ts',
  'test/periods.test.ts',
  'test/retention.test.ts',
  'test/prototype-keys.test.ts',
  'test/outbox-claims.test.ts',
  'test/schedule-lease.test.ts',
  'test/schedule-stop.test.ts',
  'test/http-health.test.ts',
  'test/telegram-webhook.e2e.test.ts',
  'test/telegram-follow-ups.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 20000,
    hookTimeout: 60000,
    pool: 'forks',
    // The JSON report is what .ci/run reads for its closing "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
    projects: [
      {
        extends: true,
        test: { name: 'sqlite', include: ['test/**/*.test.ts'], exclude: ['test/bench/**', 'node_modules/**', 'test/postgres-*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: [...onBothDatabases, 'test/postgres-*.test.ts'],
          env: { TEST_DB: 'postgres' },
          globalSetup: ['test/helpers/postgres-server.ts'],
        },
      },
    ],
  },
});
