import { GrammyError, HttpError } from 'grammy';
import { loggableError } from '../../core/core.js';
import type { DeliveryFailure } from '../../core/outbox.js';

// What a Bot API error means for us. Logged without payloads (they carry what people wrote).

export function errorInfo(err: unknown): Record<string, unknown> {
  if (err instanceof GrammyError) return { method: err.method, code: err.error_code, description: err.description.slice(0, 120) };
  if (err instanceof HttpError) return { type: 'HttpError', cause: (err.error as { name?: string })?.name };
  return loggableError(err);
}

export type Verdict =
  | DeliveryFailure
  /** The group became a supergroup: move the chat and send again. */
  | { kind: 'migrate'; toChatId: string; reason: string }
  /** An edit that changed nothing: the message already shows this. */
  | { kind: 'unchanged'; reason: string };

const BACKOFF_BASE_MS = 2_000;
const BACKOFF_MAX_MS = 10 * 60_000;

export const backoffMs = (attempts: number) => Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.min(attempts, 12));

/** Classify a failed send to a person's private chat or a group's chat. */
export function classify(err: unknown, audience: 'group' | 'person', attempts = 0): Verdict {
  if (err instanceof HttpError) return { kind: 'retry', afterMs: backoffMs(attempts), reason: 'network error' };
  if (!(err instanceof GrammyError)) return { kind: 'retry', afterMs: backoffMs(attempts), reason: 'unexpected error' };
  const d = err.description.toLowerCase();
  const reason = `${err.error_code} ${err.description}`.slice(0, 200);
  if (err.error_code === 429) return { kind: 'retry', afterMs: Math.max(1, err.parameters.retry_after ?? 1) * 1000, reason, status: 429 };
  if (err.error_code >= 500) return { kind: 'retry', afterMs: backoffMs(attempts), reason, status: err.error_code };
  if (err.parameters.migrate_to_chat_id !== undefined) return { kind: 'migrate', toChatId: String(err.parameters.migrate_to_chat_id), reason };
  if (d.includes('message is not modified')) return { kind: 'unchanged', reason };
  if (err.error_code === 403 || d.includes('chat not found') || d.includes('user not found')) {
    // 403: kicked / not a member (group), blocked / never started / deactivated (person).
    return audience === 'person' ? { kind: 'unreachable', reason } : { kind: 'gone', reason };
  }
  if (err.error_code === 401) return { kind: 'revoked', reason };
  if (err.error_code === 409) return { kind: 'retry', afterMs: BACKOFF_MAX_MS, reason };
  return { kind: 'permanent', reason };
}

/** 403 or chat not found for a private chat: the person never started the bot, or blocked it. */
export const cannotReachPerson = (err: unknown) => {
  const v = classify(err, 'person');
  return v.kind === 'unreachable';
};

/** What to log when a reply could not be sent: a chat over its limit for longer than a reply may wait is said plainly. */
export function replyNotSent(err: unknown, what = 'reply'): string {
  return err instanceof GrammyError && err.error_code === 429 ? `telegram: a ${what} was given up: the chat is over its limit` : `telegram: ${what} not sent`;
}
