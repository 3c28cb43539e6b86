import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'grammy/types';
import { type Choice, parseMarkup, toPlainText } from '../../core/reply.js';

// Reply markup (**bold**, _italic_, [label](url)) as Telegram HTML, and choices as inline keyboards.

export const MAX_TEXT = 4096;
export const MAX_CAPTION = 1024;
/** answerCallbackQuery text (show_alert) is at most 200 characters. */
export const MAX_ALERT = 200;
const CHUNK = 4000;

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeHtml(s).replace(/"/g, '&quot;');
const SAFE_URL = /^(https?|tg):\/\/[^\s]+$/i;

/** Markup → Telegram HTML. Everything that is text is escaped; only http(s)/tg links become links. */
export function toHtml(markup: string): string {
  return parseMarkup(markup)
    .map((s) => {
      if (s.kind === 'bold') return `<b>${escapeHtml(s.text)}</b>`;
      if (s.kind === 'italic') return `<i>${escapeHtml(s.text)}</i>`;
      if (s.kind === 'url') return escapeHtml(s.text); // Telegram links bare addresses itself
      if (s.kind === 'link') return SAFE_URL.test(s.url) ? `<a href="${escapeAttr(s.url)}">${escapeHtml(s.text)}</a>` : escapeHtml(`${s.text} (${s.url})`);
      return escapeHtml(s.text);
    })
    .join('');
}

export const plainLength = (markup: string) => toPlainText(markup).length;

/** Split long markup on line breaks so each part fits one message (markup rarely spans lines). */
export function chunks(markup: string, max = CHUNK): string[] {
  if (plainLength(markup) <= max) return [markup];
  const out: string[] = [];
  let cur = '';
  for (const line of markup.split('\n')) {
    const pieces = plainLength(line) > max ? hardSplit(line, max) : [line];
    for (const piece of pieces) {
      const next = cur ? `${cur}\n${piece}` : piece;
      if (cur && plainLength(next) > max) {
        out.push(cur);
        cur = piece;
      } else cur = next;
    }
  }
  if (cur) out.push(cur);
  return out;
}

function hardSplit(line: string, max: number): string[] {
  // A single enormous line: cut its plain text (markup inside is dropped, but nothing is lost).
  const text = toPlainText(line).replace(/[\\*_[\]()]/g, (c) => `\\${c}`);
  const out: string[] = [];
  for (let i = 0; i < text.length; i += max) out.push(text.slice(i, i + max));
  return out;
}

/** https://t.me/<bot>?start=<payload>; payloads are 1–64 of A-Za-z0-9_- (anything else becomes "start"). */
export function deepLink(botUsername: string, payload: string | undefined): string {
  const p = payload && /^[A-Za-z0-9_-]{1,64}$/.test(payload) ? payload : 'start';
  return `https://t.me/${botUsername}?start=${p}`;
}

/** The "add me to your group" link: Telegram asks which group, adds the bot, and sends `/start@bot setup` there. */
export const startGroupLink = (botUsername: string) => `https://t.me/${botUsername}?startgroup=${START_GROUP_PAYLOAD}`;
export const START_GROUP_PAYLOAD = 'setup';

/** Inline keyboard: short choice lists on one row, longer ones one per row; an optional link button last. */
export function keyboard(
  choices: Choice[] | undefined,
  callbackData: (choiceId: string) => string | null,
  link?: { label: string; url: string },
): InlineKeyboardMarkup | undefined {
  const buttons: InlineKeyboardButton[] = [];
  for (const c of (choices ?? []).slice(0, 25)) {
    const data = callbackData(c.id);
    if (data) buttons.push({ text: c.label.slice(0, 80) || '…', callback_data: data });
  }
  const rows: InlineKeyboardButton[][] =
    buttons.length <= 3 && buttons.every((b) => b.text.length <= 20) ? (buttons.length ? [buttons] : []) : buttons.map((b) => [b]);
  if (link) rows.push([{ text: link.label, url: link.url }]);
  return rows.length ? { inline_keyboard: rows } : undefined;
}
