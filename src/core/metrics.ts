import type { Platform } from './core.js';

// What the bot counts for its operators. Only the interface lives here: main.ts passes an
// implementation (src/http/metrics.ts, Prometheus) in the Core, or none. Every label value comes
// from the code (platforms, command names, outcomes), never from people: no names, notes, chat
// or user ids, tokens.

/**
 * How one send to a platform ended: `ok`; `429` (rate limited); `5xx` (the platform's server
 * failed); `retry` (no answer: a network error, or the adapter's own pacing); `gone` (the bot was
 * removed from the group); `unreachable` (a person's private chat is closed); `no_permission`;
 * `failed` (will never work); `revoked` (the token was refused).
 */
export type SendResult = 'ok' | '429' | '5xx' | 'retry' | 'gone' | 'unreachable' | 'no_permission' | 'failed' | 'revoked';

/** `declined`: the command answered that it could not do it (bad input, a KindError); `error`: it failed. */
export type CommandOutcome = 'ok' | 'declined' | 'error';

/** What a command was: typed, a button, a form, or plain words in a private chat. */
export type CommandAction = 'command' | 'choice' | 'form' | 'text';

export interface Metrics {
  sent(platform: Platform, result: SendResult): void;
  /** `name`: a command of the bot's own list, or `unknown`; never what someone typed. */
  command(platform: Platform, name: string, action: CommandAction, outcome: CommandOutcome, seconds: number): void;
  /** One tick of the schedule (run what is due), by the lease holder. */
  tick(seconds: number): void;
}
