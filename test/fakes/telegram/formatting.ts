/** Loose checks of `parse_mode` text, answering like Telegram's "can't parse entities" errors. */
import { badRequest } from './errors.js';

const HTML_TAGS = new Set([
  'b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'span', 'tg-spoiler',
  'a', 'tg-emoji', 'code', 'pre', 'blockquote', 'tg-time',
]);
const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

const cantParse = (why: string) => badRequest(`can't parse entities: ${why}`);
const byteOffset = (s: string, i: number) => Buffer.byteLength(s.slice(0, i));

/** Returns the text the user would see (tags removed, entities decoded), or throws a 400. */
export function plainText(text: string, parseMode: string | undefined): string {
  if (!parseMode) return text;
  const mode = parseMode.toLowerCase();
  if (mode === 'html') return parseHtml(text);
  if (mode === 'markdownv2') return parseMarkdownV2(text);
  if (mode === 'markdown') return text.replace(/[*_`[\]]/g, '');
  throw badRequest(`unsupported parse_mode`);
}

function parseHtml(src: string): string {
  const stack: string[] = [];
  let out = '';
  for (let i = 0; i < src.length; ) {
    const ch = src[i]!;
    if (ch === '&') {
      const m = /^&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/i.exec(src.slice(i));
      const name = m?.[1]?.toLowerCase();
      if (m && name !== undefined) {
        if (name.startsWith('#x')) out += String.fromCodePoint(parseInt(name.slice(2), 16));
        else if (name.startsWith('#')) out += String.fromCodePoint(parseInt(name.slice(1), 10));
        else out += NAMED_ENTITIES[name] ?? m[0];
        i += m[0].length;
        continue;
      }
      out += ch;
      i++;
      continue;
    }
    if (ch !== '<') {
      out += ch;
      i++;
      continue;
    }
    const close = src.indexOf('>', i);
    if (close < 0) throw cantParse(`Unclosed start tag at byte offset ${byteOffset(src, i)}`);
    const inner = src.slice(i + 1, close);
    if (inner.startsWith('/')) {
      const name = inner.slice(1).trim().toLowerCase();
      const top = stack.pop();
      if (top === undefined) throw cantParse(`Unexpected end tag at byte offset ${byteOffset(src, i)}`);
      if (top !== name) {
        throw cantParse(`Unmatched end tag at byte offset ${byteOffset(src, i)}, expected "</${top}>", found "</${name}>"`);
      }
    } else {
      const name = (/^[a-z][a-z0-9-]*/i.exec(inner)?.[0] ?? inner).toLowerCase();
      if (!HTML_TAGS.has(name)) throw cantParse(`Unsupported start tag "${name}" at byte offset ${byteOffset(src, i)}`);
      if (name === 'span' && !/class\s*=\s*"?tg-spoiler"?/.test(inner)) {
        throw cantParse(`Tag "span" must have class "tg-spoiler" at byte offset ${byteOffset(src, i)}`);
      }
      stack.push(name);
    }
    i = close + 1;
  }
  const open = stack.pop();
  if (open !== undefined) throw cantParse(`Can't find end tag corresponding to start tag "${open}"`);
  return out;
}

/** Only the characters that are never markup are checked: they must be escaped outside code. */
function parseMarkdownV2(src: string): string {
  const alwaysEscaped = new Set(['#', '+', '-', '=', '{', '}', '.', '!']);
  let out = '';
  let inCode = false;
  let inUrl = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\') {
      out += src[i + 1] ?? '';
      i++;
      continue;
    }
    if (ch === '`') {
      inCode = !inCode;
      continue;
    }
    if (inCode) {
      out += ch;
      continue;
    }
    if (inUrl) {
      if (ch === ')') inUrl = false;
      continue;
    }
    if (ch === ']' && src[i + 1] === '(') {
      inUrl = true;
      i++;
      continue;
    }
    const lineStart = i === 0 || src[i - 1] === '\n';
    if (alwaysEscaped.has(ch) || (ch === '>' && !lineStart)) {
      throw cantParse(`Character '${ch}' is reserved and must be escaped with the preceding '\\'`);
    }
    if ('*_~|[]()>'.includes(ch)) continue;
    out += ch;
  }
  if (inCode) throw cantParse(`Can't find end of Pre entity at byte offset ${byteOffset(src, src.lastIndexOf('`'))}`);
  return out;
}
