import type { Migration } from 'kysely';
import * as foundation from './2026-11-22-01-foundation.js';
import * as domain from './2026-11-22-02-domain.js';
import * as schedule from './2026-11-22-03-schedule.js';
import * as quietIndex from './2026-11-22-06-quiet-index.js';
import * as outboxClaims from './2026-12-03-02-outbox-claims.js';
import * as signingSecret from './2026-12-03-04-signing-secret.js';
import * as periods from './2026-12-03-05-periods.js';
import * as agreementOffer from './2026-12-03-06-agreement-offer.js';
import * as consoleState from './2026-12-03-08-console.js';
import * as groupAudience from './2026-12-03-08-group-audience.js';
import * as incomingUpdates from './2026-12-04-03-incoming-updates.js';
import * as groupTopic from './2026-12-04-05-group-topic.js';
import * as pendingQuestions from './2026-12-04-06-pending-questions.js';
import * as personLanguage from './2026-12-04-07-person-language.js';

// An explicit list: migrations run in name order and are never edited once shipped.
export const migrations: Record<string, Migration> = {
  '2026-11-22-01-foundation': foundation,
  '2026-11-22-02-domain': domain,
  '2026-11-22-03-schedule': schedule,
  '2026-11-22-06-quiet-index': quietIndex,
  '2026-12-03-02-outbox-claims': outboxClaims,
  '2026-12-03-04-signing-secret': signingSecret,
  '2026-12-03-05-periods': periods,
  '2026-12-03-06-agreement-offer': agreementOffer,
  '2026-12-03-08-console': consoleState,
  '2026-12-03-08-group-audience': groupAudience,
  '2026-12-04-03-incoming-updates': incomingUpdates,
  '2026-12-04-05-group-topic': groupTopic,
  '2026-12-04-06-pending-questions': pendingQuestions,
  '2026-12-04-07-person-language': personLanguage,
};
