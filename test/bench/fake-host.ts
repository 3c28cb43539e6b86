import { FakeDiscord } from '../fakes/discord/index.js';
import { FakeTelegram } from '../fakes/telegram/index.js';
import type { HostReport, HostSetup, HostWorld } from './fakes.js';

// Child process: the fake Telegram and Discord servers for the fan-out and memory benchmarks,
// in their own process so the bot side is measured alone. Driven over IPC (see fakes.ts).

let telegram: FakeTelegram | undefined;
let discord: FakeDiscord | undefined;
let mark = { tgSent: 0, tgRequests: 0, tg429: 0, dcMessages: 0, dcRequests: 0, dc429: 0 };
let world: HostWorld | undefined;
/** Each press since the mark: its query id and when it was made. */
let presses: { id: string; at: number }[] = [];
const timers = new Set<NodeJS.Timeout>();

/** Each presser, in turn every `everyMs`, presses the first mood on the newest prompt in their group. */
function startPressing(everyMs: number): void {
  const tg = telegram!;
  world!.telegram.pressers.forEach((uid, i) => {
    const t = setTimeout(() => {
      timers.delete(t);
      const chat = Number(world!.telegram.chatIds[i]);
      const prompt = [...tg.sent].reverse().find((m) => m.chat_id === chat && m.method === 'sendMessage' && (m.reply_markup as { inline_keyboard?: unknown })?.inline_keyboard);
      if (!prompt) return;
      const data = (prompt.reply_markup as { inline_keyboard: { callback_data?: string }[][] }).inline_keyboard.flat().find((b) => b.callback_data)?.callback_data;
      if (!data) return;
      const q = tg.pressButton(uid, prompt.message, data);
      presses.push({ id: q.id, at: Date.now() });
    }, i * everyMs);
    timers.add(t);
  });
}

const reply = (m: unknown) => process.send!(m);

async function setup(s: HostSetup): Promise<HostWorld> {
  const k = s.scale;
  // The platforms' limits with every count multiplied by k (windows kept as long as the real ones).
  telegram = new FakeTelegram({
    rateLimits: { global: { max: 30 * k, windowMs: 1000 }, group: { max: 20 * k, windowMs: 60_000 }, private: { max: 3 * k, windowMs: 3000 } },
    maxPollHoldMs: 1000,
  });
  const owner = telegram.user({ first_name: 'Owner' });
  const chatIds: string[] = [];
  const pressers: number[] = [];
  for (let i = 0; i < s.telegramGroups; i++) {
    const presser = i < (s.pressers ?? 0) ? telegram.user({ first_name: `Presser ${i}` }) : undefined;
    if (presser) {
      pressers.push(presser.id);
      // They have opened the bot's private chat before (so its private answers reach them).
      telegram.userStartsBot(presser);
    }
    chatIds.push(String(telegram.group({ title: `Group ${i}`, type: 'supergroup', admins: [owner], members: presser ? [presser] : [] }).id));
  }
  discord = new FakeDiscord({
    rateLimits: {
      global: { limit: 50 * k, windowMs: 1000 },
      routes: { 'POST /channels/:id/messages': { limit: 5 * k, windowMs: 5000 }, 'PATCH /channels/:id/messages/:id': { limit: 5 * k, windowMs: 5000 } },
      defaultRoute: { limit: 50 * k, windowMs: 1000 },
    },
  });
  const channelIds: string[] = [];
  for (let i = 0; i < s.discordGuilds; i++) channelIds.push(discord.createChannel(discord.createGuild({ name: `Guild ${i}` }), { name: 'support' }).id);
  if (s.latency) {
    // A round trip of min–max ms, half of it each way: the limits count a request when it
    // arrives, halfway (counting it only when the answer is due would add the whole jitter).
    const half = { min: s.latency.min / 2, max: s.latency.max / 2 };
    telegram.delay(half);
    telegram.delayAnswers(half);
    // The Discord fake takes fixed delays; getters draw new ones for every request.
    const draw = () => half.min + Math.random() * (half.max - half.min);
    discord.rest.delays.push({ match: null, get ms() { return draw(); }, get answerMs() { return draw(); } });
  }
  const tg = await telegram.start();
  const dc = await discord.start();
  return { telegram: { apiRoot: tg.apiRoot, token: tg.token, chatIds, pressers }, discord: { apiRoot: dc.apiRoot, token: dc.token, appId: discord.applicationId, channelIds } };
}

function markNow(): void {
  presses = [];
  mark = {
    tgSent: telegram!.sent.length,
    tgRequests: telegram!.requests.length,
    tg429: telegram!.tooManyRequests,
    dcMessages: discord!.messages.length,
    dcRequests: discord!.requests.length,
    dc429: discord!.stats.rateLimited,
  };
}

function report(): HostReport {
  const tg = telegram!;
  const dc = discord!;
  const count = (ids: string[]) => {
    const m = new Map<string, number>();
    for (const id of ids) m.set(id, (m.get(id) ?? 0) + 1);
    return [...m];
  };
  const tgSends = tg.requests.slice(mark.tgRequests).filter((r) => r.method.toLowerCase() === 'sendmessage');
  const dcPosts = dc.requests.slice(mark.dcRequests).filter((r) => r.route === 'POST /channels/:id/messages');
  const botId = dc.bot.id;
  return {
    telegram: {
      // Weekly prompts (not the answers to the pressers, nor edits).
      perChat: count(tg.sent.slice(mark.tgSent).filter((s) => s.method === 'sendMessage' && /weekly check-in/.test(s.plain ?? '')).map((s) => String(s.chat_id))),
      allSends: rateOf(tg.requests.slice(mark.tgRequests).filter((r) => LIMITED.has(r.method.toLowerCase()) && r.status === 200).map((r) => r.at)),
      requests: tgSends.length,
      tooMany: tg.tooManyRequests - mark.tg429,
      // Arrival times of the sends (before the fake's latency), for the rate the server saw.
      firstAt: tgSends[0]?.at ?? 0,
      lastAt: tgSends[tgSends.length - 1]?.at ?? 0,
      longestPauseMs: longestPause(tgSends.map((r) => r.at)),
      polls: tg.countRequests('getUpdates'),
      pressWaits: presses.map((p) => {
        const answered = tg.requests.find((r) => r.method.toLowerCase() === 'answercallbackquery' && String(r.params.callback_query_id) === p.id);
        return answered ? answered.at - p.at : -1;
      }),
    },
    discord: {
      perChat: count(dc.messages.slice(mark.dcMessages).filter((m) => m.authorId === botId).map((m) => m.channelId)),
      allSends: rateOf(dc.requests.slice(mark.dcRequests).filter((r) => r.status >= 200 && r.status < 300 && !r.route.includes('interactions') && !r.route.startsWith('GET')).map((r) => r.at)),
      requests: dcPosts.length,
      tooMany: dc.stats.rateLimited - mark.dc429,
      firstAt: dcPosts[0]?.at ?? 0,
      lastAt: dcPosts[dcPosts.length - 1]?.at ?? 0,
      longestPauseMs: longestPause(dcPosts.map((r) => r.at)),
      identified: dc.gateway.connected,
    },
  };
}

/** What Telegram's limits count: messages and edits. */
const LIMITED = new Set(['sendmessage', 'editmessagetext', 'editmessagereplymarkup', 'senddocument', 'sendphoto']);

/** How many, and how many a second from the first to the last. */
function rateOf(at: number[]): { count: number; perSecond: number } {
  const span = at.length > 1 ? (at[at.length - 1] - at[0]) / 1000 : 0;
  return { count: at.length, perSecond: span > 0 ? (at.length - 1) / span : 0 };
}

/** The longest time between two sends in a row (a takeover shows as one). */
function longestPause(at: number[]): number {
  let longest = 0;
  for (let i = 1; i < at.length; i++) longest = Math.max(longest, at[i] - at[i - 1]);
  return longest;
}

process.on('message', (m: { type: string; setup?: HostSetup }) => {
  void (async () => {
    try {
      if (m.type === 'setup') reply({ type: 'world', world: (world = await setup(m.setup!)) });
      else if (m.type === 'press') {
        startPressing((m as { everyMs?: number }).everyMs ?? 250);
        reply({ type: 'pressing' });
      }
      else if (m.type === 'mark') {
        markNow();
        reply({ type: 'marked' });
      } else if (m.type === 'report') reply({ type: 'report', report: report() });
      else if (m.type === 'stop') {
        for (const t of timers) clearTimeout(t);
        await Promise.all([telegram?.stop(), discord?.stop()]);
        reply({ type: 'stopped' });
        process.disconnect();
      }
    } catch (err) {
      reply({ type: 'error', error: err instanceof Error ? err.stack ?? err.message : String(err) });
    }
  })();
});
// The parent died or let go: go too.
process.on('disconnect', () => setTimeout(() => process.exit(0), 100).unref());
