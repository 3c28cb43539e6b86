import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CallbackSigner } from '../src/adapters/telegram/callbacks.js';
import { menus } from '../src/adapters/telegram/menu.js';
import { chunks, deepLink, keyboard, toHtml } from '../src/adapters/telegram/render.js';
import { commandList } from '../commands/index.js';
import { bold, plain, toPlainText } from '../src/core/reply.js';

// Rendering for Telegram: HTML that always parses and never lets people's text become markup,
// compact signed callback data, deep links within Telegram's rules, and menus from the registry.

describe('Telegram rendering', () => {
  it('renders the markup subset as HTML and escapes what people wrote', () => {
    expect(toHtml(`${bold('Sam & <Co>')} said _hi_ [site](https://example.org/?a=1&b="2")`)).toBe(
      '<b>Sam &amp; &lt;Co&gt;</b> said <i>hi</i> <a href="https://example.org/?a=1&amp;b=&quot;2&quot;">site</a>',
    );
    expect(toHtml(plain('<b>not bold</b> **nor this**'))).toBe('&lt;b&gt;not bold&lt;/b&gt; **nor this**');
    expect(toHtml('[click](javascript:alert(1))')).not.toContain('<a');
  });

  it('never produces a tag from any text a person typed', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const html = toHtml(plain(s));
        expect(html.replace(/&(amp|lt|gt);/g, '')).not.toMatch(/[<>]/);
        expect(toPlainText(plain(s))).toBe(s);
      }),
    );
  });

  it('splits long text into messages Telegram accepts, losing nothing', () => {
    const long = Array.from({ length: 300 }, (_, i) => `line ${i} ${'x'.repeat(40)}`).join('\n');
    const parts = chunks(long);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(toPlainText(p).length).toBeLessThanOrEqual(4000);
    expect(parts.join('\n')).toBe(long);
  });

  it('builds deep links with valid payloads only', () => {
    expect(deepLink('MyBot', 'g12')).toBe('https://t.me/MyBot?start=g12');
    expect(deepLink('MyBot', 'bad payload!')).toBe('https://t.me/MyBot?start=start');
    expect(deepLink('MyBot', 'x'.repeat(65))).toBe('https://t.me/MyBot?start=start');
  });

  it('signs callback data per chat, within 64 bytes, and refuses anything altered', () => {
    const keys = { secret: 'k'.repeat(43), legacyUntil: new Date(0) };
    const s = new CallbackSigner(keys, '123:token');
    const id = `checkin:${'m'.repeat(32)}`; // 40 characters, the longest id
    const data = s.encode(-1001234567890, id, 123456789)!;
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(s.decode(-1001234567890, data)).toEqual({ id, groupId: 123456789 });
    expect(s.decode(-1001234567891, data)).toBeNull(); // another chat
    expect(s.decode(-1001234567890, data.replace('123456789', '123456788'))).toBeNull();
    expect(new CallbackSigner({ ...keys, secret: 'o'.repeat(43) }, '123:token').decode(-1001234567890, data)).toBeNull();
    expect(s.decode(5, s.encode(5, 'join:later')!)).toEqual({ id: 'join:later' });
    fc.assert(fc.property(fc.string({ maxLength: 70 }), (junk) => s.decode(5, junk) === null));
  });

  it('lays out short choices in a row and long ones one per row, with the private link last', () => {
    const kb = keyboard([{ id: 'a', label: 'Yes' }, { id: 'b', label: 'No' }], (id) => id, { label: 'Open', url: 'https://t.me/b?start=x' });
    expect(kb!.inline_keyboard).toEqual([[{ text: 'Yes', callback_data: 'a' }, { text: 'No', callback_data: 'b' }], [{ text: 'Open', url: 'https://t.me/b?start=x' }]]);
  });

  it('builds the command menus from the registry', () => {
    const { members, admins } = menus(commandList);
    expect(admins).toHaveLength(commandList.length);
    expect(members.map((c) => c.command)).toEqual(commandList.filter((c) => c.access !== 'facilitator').map((c) => c.name));
  });
});
