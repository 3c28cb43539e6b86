// What a command or a scheduled job says. Platform-neutral: each adapter renders it.

import { formatDate, formatLocal } from './time.js';

/** A button or menu entry. `id` is at most 40 ASCII characters; `label` at most 80. */
export interface Choice {
  id: string;
  label: string;
}

export interface FormField {
  id: string;
  label: string;
  placeholder?: string;
  required?: boolean;
  long?: boolean; // multi-line text
  maxLength?: number;
  /** An answer already given: Discord fills it in; follow-up questions do not ask it again. */
  value?: string;
  /** Part of the answer understood already ("tomorrow"): the answer is read after it. */
  keep?: string;
}

/** At most 5 fields: a Discord modal; on Telegram and the console, follow-up questions. */
export interface Form {
  /** Routed like a choice id: `<command>:<action>[:data]`, at most 40 ASCII characters. */
  id: string;
  title: string;
  fields: FormField[];
}

export interface ReplyFile {
  name: string;
  mime: string;
  /** The file: text as written, or its bytes in base64 when `encoding` says so (a Reply may wait in the outbox as JSON). */
  content: string;
  encoding?: 'base64';
  /** 'image': shown as a picture (a Discord attachment, a Telegram photo, a PNG the console saves), with `alt`. */
  kind?: 'document' | 'image';
  /** A picture's text alternative: the same in words, for people who can't see it (at most 1,000 characters). */
  alt?: string;
}

/** A file's bytes, however it is carried. */
export const fileBytes = (file: ReplyFile): Buffer => Buffer.from(file.content, file.encoding === 'base64' ? 'base64' : 'utf8');

/** A PNG picture as a file of a Reply, with its words. */
export const imageFile = (name: string, picture: { png: Buffer; alt: string }): ReplyFile => ({
  name,
  mime: 'image/png',
  content: picture.png.toString('base64'),
  encoding: 'base64',
  kind: 'image',
  alt: picture.alt,
});

/** A message sent earlier, so a later Reply can edit it (the weekly prompt's tally). */
export interface MessageRef {
  chatId: string;
  messageId: string;
}

export interface Reply {
  /** 'group': into the group's chat. 'private': only to the person the reply answers. */
  to: 'group' | 'private';
  /**
   * Small markup subset: **bold**, _italic_, [label](https://…). Escape user text with `plain()`.
   * Our own words may hold a literal `_` inside a word and bare addresses: both stay as written.
   */
  text: string;
  choices?: Choice[];
  form?: Form;
  file?: ReplyFile;
  edits?: MessageRef;
  /** Telegram: offer a button that opens the private chat with this start payload. */
  privateLink?: string;
  /**
   * A private reply with nothing secret in it (a usage hint, a refusal): where a private
   * message would be awkward (a Telegram group), it may be answered in place instead.
   */
  inPlace?: boolean;
  /**
   * A private offer that is nice to have (add a few words): where it can't go privately (a
   * Telegram member who never started the bot), it is dropped, never held or announced.
   */
  optional?: boolean;
}

export const toGroup = (text: string, extra: Partial<Reply> = {}): Reply => ({ to: 'group', text, ...extra });
export const toPrivate = (text: string, extra: Partial<Reply> = {}): Reply => ({ to: 'private', text, ...extra });

const MARKUP_CHARS = /[\\*_[\]()]/g;

/** Escape text that came from people (names, notes, tips) so it is never read as markup. */
export function plain(text: string): string {
  return text.replace(MARKUP_CHARS, (c) => `\\${c}`);
}

export const bold = (text: string) => `**${plain(text)}**`;
export const italic = (text: string) => `_${plain(text)}_`;
export const link = (label: string, url: string) => `[${plain(label)}](${url})`;

/** `datetime`: a day and a time ("Tue 3 Dec, 19:00"); `date`: a day ("Thursday 24 December"). */
export type TimeStyle = 'datetime' | 'date';
const TIME_TARGET = /^t:(\d{1,12}):(datetime|date)$/;

/**
 * A moment people read, the same way on every platform: written in the group's zone (and the
 * reader's language, `lang`) on Telegram
 * and the console; on Discord a timestamp each member sees in their own time. Written like a
 * link, `[Tue 3 Dec, 19:00](t:1764788400:datetime)`: text from people can never make one, since
 * `plain()` escapes its brackets.
 */
export function when(instant: Date, zone: string, style: TimeStyle = 'datetime', lang = 'en'): string {
  const written = style === 'date' ? formatDate(instant, zone, lang) : formatLocal(instant, zone, lang);
  return `[${plain(written)}](t:${Math.floor(instant.getTime() / 1000)}:${style})`;
}

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'bold'; text: string }
  | { kind: 'italic'; text: string }
  | { kind: 'link'; text: string; url: string }
  /** An instant: `text` is it written in the group's zone; Discord shows each reader their own time. */
  | { kind: 'time'; text: string; unix: number; style: TimeStyle }
  /** A bare address in the text: shown exactly as written, never escaped or formatted. */
  | { kind: 'url'; text: string };

const WORDY = /[\p{L}\p{N}]/u;
const isWordy = (c: string | undefined) => c !== undefined && WORDY.test(c);
const BARE_URL = /^(https?|tg):\/\/[^\s<>"]/i;

/**
 * Parse the markup subset into segments, for adapters to render in their own format.
 * Literal characters in our own sentences survive: `_` inside a word (America/New_York) is not
 * italic, and a bare address (https://…/List_of_tz_database_time_zones) is kept whole.
 */
export function parseMarkup(input: string): Segment[] {
  const out: Segment[] = [];
  let buf = '';
  const flush = () => {
    if (buf) out.push({ kind: 'text', text: buf });
    buf = '';
  };
  const readUntil = (from: number, end: string, closes: (j: number) => boolean = () => true): { text: string; next: number } | null => {
    let text = '';
    for (let j = from; j < input.length; j++) {
      if (input[j] === '\\' && j + 1 < input.length) {
        text += input[++j];
        continue;
      }
      if (input.startsWith(end, j) && closes(j)) return { text, next: j + end.length };
      text += input[j];
    }
    return null;
  };
  for (let i = 0; i < input.length; ) {
    const c = input[i];
    if (c === '\\' && i + 1 < input.length) {
      buf += input[i + 1];
      i += 2;
      continue;
    }
    if ((c === 'h' || c === 'H' || c === 't' || c === 'T') && !isWordy(input[i - 1]) && BARE_URL.test(input.slice(i, i + 10))) {
      const url = readUrl(input, i);
      flush();
      out.push({ kind: 'url', text: url.text });
      i = url.next;
      continue;
    }
    if (input.startsWith('**', i)) {
      const r = readUntil(i + 2, '**');
      if (r) {
        flush();
        out.push({ kind: 'bold', text: r.text });
        i = r.next;
        continue;
      }
    } else if (c === '_' && !isWordy(input[i - 1]) && input[i + 1] !== undefined && !/\s/.test(input[i + 1])) {
      // Italic opens at the start of a word and closes at the end of one, never inside a word.
      const r = readUntil(i + 1, '_', (j) => !isWordy(input[j + 1]) && !/\s/.test(input[j - 1]));
      if (r) {
        flush();
        out.push({ kind: 'italic', text: r.text });
        i = r.next;
        continue;
      }
    } else if (c === '[') {
      const label = readUntil(i + 1, '](');
      if (label) {
        const close = input.indexOf(')', label.next);
        if (close > 0) {
          flush();
          const url = input.slice(label.next, close);
          const t = TIME_TARGET.exec(url);
          out.push(t ? { kind: 'time', text: label.text, unix: Number(t[1]), style: t[2] as TimeStyle } : { kind: 'link', text: label.text, url });
          i = close + 1;
          continue;
        }
      }
    }
    buf += c;
    i++;
  }
  flush();
  return out;
}

/** A bare address up to the next space; closing punctuation after it is not part of it. */
function readUrl(input: string, from: number): { text: string; next: number } {
  const chars: { c: string; end: number }[] = [];
  for (let j = from; j < input.length && !/[\s<>"]/.test(input[j]); j++) {
    if (input[j] === '\\' && j + 1 < input.length && !/\s/.test(input[j + 1])) j++;
    chars.push({ c: input[j], end: j + 1 });
  }
  const opened = (s: string, open: string, close: string) => s.split(open).length - s.split(close).length;
  while (chars.length > 1) {
    const last = chars[chars.length - 1].c;
    const text = chars.map((x) => x.c).join('');
    if (/[.,;:!?'*_]/.test(last) || (last === ')' && opened(text, '(', ')') < 0) || (last === ']' && opened(text, '[', ']') < 0)) chars.pop();
    else break;
  }
  return { text: chars.map((x) => x.c).join(''), next: chars[chars.length - 1].end };
}

/** Plain text with markup removed (console, logs of shape, notifications). */
export function toPlainText(markup: string): string {
  return parseMarkup(markup)
    .map((s) => (s.kind === 'link' ? `${s.text} (${s.url})` : s.text))
    .join('');
}

/** Quote what someone typed back to them: escaped, and cut short if long. */
export function quoted(text: string, max = 40): string {
  const t = text.trim();
  return `"${plain(t.length > max ? `${t.slice(0, max)}…` : t)}"`;
}
