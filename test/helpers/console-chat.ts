import type { App } from '../../commands/dispatch.js';
import { ConsoleChat, type MovableClock } from '../../src/adapters/console/console-chat.js';
import { DeliveryWorker } from '../../src/jobs/delivery.js';

/** A console chat delivering its outbox through the schedule's real delivery worker, as main.ts wires it. */
export function consoleChat(app: App, out: (line: string) => void, clock?: MovableClock, filesDir?: string): ConsoleChat {
  let worker: DeliveryWorker;
  const chat = new ConsoleChat({ app, out, clock, filesDir, deliverOutbox: () => worker.drain() });
  worker = new DeliveryWorker({ core: app.core, port: chat });
  return chat;
}
