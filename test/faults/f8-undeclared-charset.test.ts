import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../src/fetch/charset.js';
import { extractArticle } from '../../src/extract/index.js';

// Matrix row F8: cp1252 and Shift_JIS pages read right whether the charset comes from the header,
// the XML prolog, the meta, or from nowhere (then it is detected from the bytes): no U+FFFD.
const FRENCH = 'Le président a déclaré que l’élection était « truquée », selon les médias français. Où est la vérité ? Les électeurs s’interrogent.';
const JAPANESE = '東京都知事は記者会見で、新しい政策について説明しました。選挙の結果は明日発表される予定です。市民の関心は高まっています。';
const page = (text: string, meta = '') => `<html><head>${meta}<title>Story</title></head><body><article><h1>Story</h1><p>${text}</p><p>${text}</p></article></body></html>`;

describe('F8 charsets', () => {
  it.each([
    ['header', 'windows-1252', FRENCH, 'text/html; charset=windows-1252', ''],
    ['meta', 'windows-1252', FRENCH, 'text/html', '<meta charset="windows-1252">'],
    ['none', 'windows-1252', FRENCH, 'text/html', ''],
    ['header', 'Shift_JIS', JAPANESE, 'text/html; charset=Shift_JIS', ''],
    ['meta', 'Shift_JIS', JAPANESE, 'text/html', '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">'],
    ['none', 'Shift_JIS', JAPANESE, 'text/html', ''],
  ])('F8 a %s-declared %s page reads right', (_how, encoding, text, contentType, meta) => {
    const bytes = iconv.encode(page(text, meta), encoding);
    const decoded = decodeBody(bytes, contentType, 'html');
    expect(decoded.text).not.toContain('\ufffd');
    expect(extractArticle(decoded.text, 'https://news.example/story').text).toContain(text);
  });

  it('F8 an undeclared cp1252 feed reads right, and UTF-8 without a declaration stays UTF-8', () => {
    const feed = (t: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>${t}</title></item></channel></rss>`;
    expect(decodeBody(iconv.encode(feed(FRENCH), 'windows-1252'), 'application/rss+xml', 'feed').text).toContain(FRENCH);
    const utf8 = decodeBody(Buffer.from(feed(JAPANESE)), 'application/rss+xml', 'feed');
    expect(utf8).toMatchObject({ charset: 'utf-8' });
    expect(utf8.text).toContain(JAPANESE);
  });
});
