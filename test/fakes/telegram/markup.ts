/** reply_markup checks: inline keyboards (callback_data ≤ 64 bytes), force_reply, reply keyboards. */
import { badRequest } from './errors.js';

export type Markup = Record<string, unknown>;

const ACTIONS = [
  'callback_data', 'url', 'login_url', 'switch_inline_query', 'switch_inline_query_current_chat',
  'switch_inline_query_chosen_chat', 'copy_text', 'web_app', 'callback_game', 'pay',
];

/** Parses (form fields arrive as JSON text) and validates a reply_markup; returns it as an object. */
export function checkMarkup(raw: unknown): Markup | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  let markup: unknown = raw;
  if (typeof raw === 'string') {
    try {
      markup = JSON.parse(raw);
    } catch {
      throw badRequest("can't parse reply keyboard markup JSON object");
    }
  }
  if (typeof markup !== 'object' || markup === null) throw badRequest('object expected as reply markup');
  const m = markup as Markup;
  if ('inline_keyboard' in m) checkInlineKeyboard(m.inline_keyboard);
  return m;
}

function checkInlineKeyboard(rows: unknown): void {
  if (!Array.isArray(rows)) throw badRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Array");
  for (const row of rows) {
    if (!Array.isArray(row)) throw badRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Array");
    for (const button of row as Array<Record<string, unknown>>) {
      if (typeof button?.text !== 'string' || button.text === '') {
        throw badRequest("can't parse inline keyboard button: Text must be non-empty");
      }
      if (!ACTIONS.some((a) => a in button)) {
        throw badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
      }
      if ('callback_data' in button) {
        const data = button.callback_data;
        const bytes = typeof data === 'string' ? Buffer.byteLength(data) : 0;
        if (bytes < 1 || bytes > 64) throw badRequest('BUTTON_DATA_INVALID');
      }
      if ('url' in button && (typeof button.url !== 'string' || !/^(https?|tg):\/\//.test(button.url))) {
        throw badRequest('BUTTON_URL_INVALID');
      }
    }
  }
}

/** All callback_data values on a message's inline keyboard. */
export function callbackDataOf(markup: Markup | undefined): string[] {
  const rows = markup?.inline_keyboard;
  if (!Array.isArray(rows)) return [];
  return rows.flatMap((row: Array<Record<string, unknown>>) =>
    row.map((b) => b.callback_data).filter((d): d is string => typeof d === 'string'),
  );
}
