/** setWebhook's side of the fake: updates POSTed to the bot, retried until it answers 2xx, as Telegram does. */
import type { Update } from 'grammy/types';
import { badRequest } from './errors.js';
import type { UpdateQueue } from './polling.js';

export interface WebhookDelivery {
  updateId: number;
  backend: string;
  /** The HTTP status the bot answered, or 0 for no answer (refused, reset, timed out). */
  status: number;
}

export class WebhookPusher {
  url: string | undefined;
  private secret: string | undefined;
  private maxConnections = 40;
  /**
   * Where the public url leads: the test's stand-in for the load balancer and its TLS in front of
   * the bot's processes (http://127.0.0.1:PORT), taken in turn. The url's path is kept.
   */
  backends: string[] = [];
  /** Every POST and how the bot answered it, in order. */
  readonly deliveries: WebhookDelivery[] = [];
  private inFlight = 0;
  private next = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private lastError: { date: number; message: string } | undefined;
  private loseAnswers = 0;
  private readonly aborts = new Set<AbortController>();

  constructor(
    private readonly queue: UpdateQueue,
    private readonly opts: { retryMs: number; timeoutMs: number },
  ) {
    queue.onPush = () => this.pump();
  }

  /** setWebhook, checked as the Bot API checks it; an empty url removes the webhook. */
  set(p: { url?: string; secret?: string; allowedUpdates?: string[]; maxConnections?: number }): true {
    if (!p.url) return this.clear();
    let url: URL;
    try {
      url = new URL(p.url);
    } catch {
      throw badRequest('invalid webhook URL specified');
    }
    if (url.protocol !== 'https:') throw badRequest('bad webhook: An HTTPS URL must be provided for webhook');
    if (!['', '443', '80', '88', '8443'].includes(url.port)) throw badRequest('bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443');
    if (p.secret !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(p.secret)) throw badRequest('secret token contains unallowed characters');
    if (p.maxConnections !== undefined && (p.maxConnections < 1 || p.maxConnections > 100)) throw badRequest('bad webhook: max_connections must be between 1 and 100');
    this.url = p.url;
    this.secret = p.secret;
    this.maxConnections = p.maxConnections ?? 40;
    if (p.allowedUpdates) this.queue.setAllowed(p.allowedUpdates);
    this.pump();
    return true;
  }

  clear(): true {
    this.url = undefined;
    this.secret = undefined;
    clearTimeout(this.retryTimer);
    return true;
  }

  info(): Record<string, unknown> {
    return {
      url: this.url ?? '',
      has_custom_certificate: false,
      pending_update_count: this.queue.pending + this.inFlight,
      max_connections: this.url ? this.maxConnections : undefined,
      ...(this.lastError ? { last_error_date: Math.floor(this.lastError.date / 1000), last_error_message: this.lastError.message } : {}),
    };
  }

  /** The bot's next `n` answers are lost on the way back: Telegram sees no answer and sends those updates again. */
  loseNextAnswers(n = 1): void {
    this.loseAnswers += n;
  }

  /** Sends one update again at once, as Telegram does when it got no 2xx (to the next backend in turn). */
  async redeliver(update: Update): Promise<number> {
    return this.post(update);
  }

  stop(): void {
    this.clear();
    for (const a of this.aborts) a.abort();
  }

  private pump(): void {
    while (this.url && this.inFlight < this.maxConnections) {
      const update = this.queue.shift();
      if (!update) return;
      this.inFlight++;
      void this.post(update).then((status) => {
        this.inFlight--;
        if (status >= 200 && status < 300) return this.pump();
        // No 2xx: the update is sent again after a while (Telegram backs off; here a fixed pause).
        this.queue.unshift(update);
        clearTimeout(this.retryTimer);
        this.retryTimer = setTimeout(() => this.pump(), this.opts.retryMs);
      });
    }
  }

  private async post(update: Update): Promise<number> {
    const url = new URL(this.url ?? 'https://invalid.example/');
    if (!this.backends.length) {
      // No way to the public address from a test: as if it refused.
      this.lastError = { date: Date.now(), message: 'Connection refused' };
      this.deliveries.push({ updateId: update.update_id, backend: url.href, status: 0 });
      return 0;
    }
    const backend = this.backends[this.next++ % this.backends.length];
    const target = `${backend}${url.pathname}${url.search}`;
    const abort = new AbortController();
    this.aborts.add(abort);
    const timer = setTimeout(() => abort.abort(), this.opts.timeoutMs);
    let status = 0;
    try {
      const res = await fetch(target, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(this.secret ? { 'x-telegram-bot-api-secret-token': this.secret } : {}) },
        body: JSON.stringify(update),
        signal: abort.signal,
      });
      await res.arrayBuffer();
      status = res.status;
      if (status >= 200 && status < 300 && this.loseAnswers > 0) {
        this.loseAnswers--;
        this.lastError = { date: Date.now(), message: 'Read timeout expired' };
        status = 0;
      } else if (status < 200 || status >= 300) this.lastError = { date: Date.now(), message: `Wrong response from the webhook: ${status}` };
    } catch {
      this.lastError = { date: Date.now(), message: abort.signal.aborted ? 'Read timeout expired' : 'Connection refused' };
    } finally {
      clearTimeout(timer);
      this.aborts.delete(abort);
    }
    this.deliveries.push({ updateId: update.update_id, backend, status });
    return status;
  }
}
