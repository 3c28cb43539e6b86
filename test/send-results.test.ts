import { DiscordAPIError } from 'discord.js';
import { GrammyError, HttpError } from 'grammy';
import { describe, expect, it } from 'vitest';
import { deliveryFailure } from '../src/adapters/discord/delivery.js';
import { classify } from '../src/adapters/telegram/errors.js';
import type { DeliveryFailure } from '../src/core/outbox.js';
import { sendResult } from '../src/jobs/delivery.js';

// How a send ended, as the operators' metrics count it: the platform's own status when it
// answered (429, 5xx), never the error's words.

const grammy = (code: number, description: string, parameters = {}) => new GrammyError('Call failed', { ok: false, error_code: code, description, parameters }, 'sendMessage', {});
const discord = (status: number, code: number, raw: object = {}) => new DiscordAPIError({ message: 'x', code, ...raw }, code, status, 'POST', '/channels/1/messages', {});
const result = (f: object) => sendResult(f as DeliveryFailure);

describe('send results for the metrics', () => {
  it('Telegram: 429 and 5xx from the status; a network error is a plain retry; 403 to a group is gone', () => {
    expect(result(classify(grammy(429, 'Too Many Requests: retry after 7', { retry_after: 7 }), 'group'))).toBe('429');
    expect(result(classify(grammy(502, 'Bad Gateway'), 'group'))).toBe('5xx');
    expect(result(classify(new HttpError('Network request failed', new Error('ECONNRESET')), 'person'))).toBe('retry');
    expect(result(classify(grammy(403, 'Forbidden: bot was kicked from the group chat'), 'group'))).toBe('gone');
    expect(result(classify(grammy(403, "Forbidden: bot can't initiate conversation with a user"), 'person'))).toBe('unreachable');
    expect(result(classify(grammy(400, 'Bad Request: message text is empty'), 'group'))).toBe('failed');
    expect(result(classify(grammy(401, 'Unauthorized'), 'group'))).toBe('revoked');
  });

  it('Discord: 429 and 5xx from the status; 50013 in a group is no_permission', () => {
    expect(result(deliveryFailure(discord(429, 0, { retry_after: 1.5 }), 'group'))).toBe('429');
    expect(result(deliveryFailure(discord(503, 0), 'group'))).toBe('5xx');
    expect(result(deliveryFailure(discord(403, 50013), 'group'))).toBe('no_permission');
    expect(result(deliveryFailure(discord(404, 10003), 'group'))).toBe('gone');
    expect(result(deliveryFailure(Object.assign(new Error('x'), { code: 'ECONNRESET' }), 'group'))).toBe('retry');
  });
});
