export { FakeTelegram } from './fake.js';
export type { FakeTelegramOptions, SentMessage, EditRecord, CallbackAnswer, RequestRecord, FailOptions } from './fake.js';
export { GROUP_ANONYMOUS_BOT } from './model.js';
export type { NewGroup, NewUser, BotStatus } from './model.js';
export { TELEGRAM_LIMITS, type RateLimits, type Window } from './limits.js';
export type { ConflictPolicy } from './polling.js';
