import { parseMarkup } from '../../core/reply.js';

// The neutral markup subset as Discord markdown. Everything that is not markup (people's names,
// notes, tips) is escaped, so it can never format, link or mention.

/**
 * Backslash-escape Discord markdown and mention syntax in plain text. Discord reads `\` as an
 * escape only before punctuation (before a letter or digit it shows), so a numbered line
 * "1. first" becomes `1\.`, never `\1.`.
 */
export function escapeDiscord(text: string): string {
  return text
    .replace(/[\\*_~`|[\]<>@]/g, (c) => `\\${c}`)
    .replace(/^(\s*)(?:([#>-])|(\d+)\.)/gm, (_, sp: string, mark: string | undefined, digits: string | undefined) =>
      mark ? `${sp}\\${mark}` : `${sp}${digits}\\.`,
    );
}

const SAFE_URL = /^(https?:\/\/|tel:|mailto:)[^\s()<>]+$/i;

export function toDiscordMarkdown(markup: string): string {
  return parseMarkup(markup)
    .map((s) => {
      switch (s.kind) {
        case 'bold':
          return `**${escapeDiscord(s.text)}**`;
        case 'italic':
          return `_${escapeDiscord(s.text)}_`;
        case 'url':
          return s.text; // Discord links it as written; escaping would break the address
        case 'time':
          // Each member sees it in their own time zone (and, for a day and time, how far off it is).
          return s.style === 'date' ? `<t:${s.unix}:D>` : `<t:${s.unix}:F> (<t:${s.unix}:R>)`;
        case 'link':
          return SAFE_URL.test(s.url) && /^https?:/i.test(s.url) ? `[${escapeDiscord(s.text)}](${s.url})` : `${escapeDiscord(s.text)} (${escapeDiscord(s.url)})`;
        default:
          return escapeDiscord(s.text);
      }
    })
    .join('');
}

/** Split long content at line breaks (then spaces) into pieces of at most `max` characters. */
export function splitContent(content: string, max = 2000): string[] {
  const out: string[] = [];
  let rest = content;
  while (rest.length > max) {
    let cut = rest.lastIndexOf('\n', max);
    if (cut < max / 2) cut = rest.lastIndexOf(' ', max);
    if (cut < max / 2) cut = max;
    // Never cut right after a backslash: the escape would be lost.
    while (cut > 1 && rest[cut - 1] === '\\') cut--;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^\n/, '');
  }
  if (rest.length || !out.length) out.push(rest);
  return out;
}
