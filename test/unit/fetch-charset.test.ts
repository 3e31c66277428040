import { describe, expect, it } from 'vitest';
import { decodeBody, normalizeCharset } from '../../src/fetch/charset.js';
import { fixture } from '../fixtures/fetch/server.js';

const TITLE = 'Ingérence russe : ce que l’on sait';

describe('decodeBody', () => {
  it('uses the Content-Type charset for a windows-1252 French page', () => {
    const { text, charset } = decodeBody(fixture('page-windows-1252.html'), 'text/html; charset=windows-1252', 'html');
    expect(charset).toBe('windows-1252');
    expect(text).toContain(TITLE);
    expect(text).toContain('« RT » a financé environ 1823 tweets promotionnels…');
  });

  it('falls back to <meta charset> when the header has no charset', () => {
    const { text, charset } = decodeBody(fixture('page-meta-charset-1252.html'), 'text/html', 'html');
    expect(charset).toBe('windows-1252');
    expect(text).toContain(TITLE);
  });

  it('reads a http-equiv charset and treats ISO-8859-1 as windows-1252, as browsers do', () => {
    const { text, charset } = decodeBody(fixture('page-http-equiv-latin1.html'), null, 'html');
    expect(charset).toBe('windows-1252');
    expect(text).toContain('l’on sait'); // 0x92 is a curly apostrophe in windows-1252, a control in ISO-8859-1
  });

  it('uses the XML declaration of a feed', () => {
    const { text, charset } = decodeBody(fixture('feed-iso-8859-1.xml'), 'application/rss+xml', 'feed');
    expect(charset).toBe('windows-1252');
    expect(text).toContain('<title>Élection américaine : l’ingérence russe</title>');
  });

  it('puts a byte-order mark before everything else and strips it', () => {
    const { text, charset } = decodeBody(fixture('feed-utf8-bom.xml'), 'application/xml; charset=iso-8859-1', 'feed');
    expect(charset).toBe('utf-8');
    expect(text.startsWith('<?xml')).toBe(true);
    expect(text).toContain('Élection américaine');
  });

  it('decodes UTF-16LE with a BOM', () => {
    const body = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>Ingérence</p>', 'utf16le')]);
    expect(decodeBody(body, null, 'html')).toEqual({ text: '<p>Ingérence</p>', charset: 'utf-16le' });
  });

  it('prefers the header charset over the document', () => {
    const body = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><t>Élection</t>', 'utf8');
    expect(decodeBody(body, 'text/xml; charset="UTF-8"', 'feed').text).toContain('Élection');
  });

  it('skips an unknown charset label and goes on', () => {
    const body = fixture('page-meta-charset-1252.html');
    const { charset } = decodeBody(body, 'text/html; charset=klingon', 'html');
    expect(charset).toBe('windows-1252');
  });

  it('ignores an XML declaration for HTML and a meta for feeds', () => {
    const xml = Buffer.from('<?xml version="1.0" encoding="windows-1252"?><p>é</p>', 'utf8');
    expect(decodeBody(xml, null, 'html').charset).toBe('utf-8');
    const feed = Buffer.from('<rss><description><![CDATA[<meta charset="windows-1252">]]></description></rss>');
    expect(decodeBody(feed, null, 'feed').charset).toBe('utf-8');
  });

  it('does not look for a meta past the prescan window or inside a comment', () => {
    const late = Buffer.from(`<html><head>${' '.repeat(5000)}<meta charset="windows-1252"></head></html>`);
    expect(decodeBody(late, null, 'html').charset).toBe('utf-8');
    const commented = Buffer.from('<html><head><!-- <meta charset="windows-1252"> --></head></html>');
    expect(decodeBody(commented, null, 'html').charset).toBe('utf-8');
  });

  it('treats a meta declaring UTF-16 in ASCII bytes as UTF-8', () => {
    const body = Buffer.from('<meta charset="utf-16"><p>é</p>', 'utf8');
    expect(decodeBody(body, null, 'html')).toMatchObject({ charset: 'utf-8', text: '<meta charset="utf-16"><p>é</p>' });
  });

  it('defaults to UTF-8', () => {
    expect(decodeBody(Buffer.from('Ingérence', 'utf8'), 'text/plain', 'any')).toEqual({ text: 'Ingérence', charset: 'utf-8' });
  });
});

describe('normalizeCharset', () => {
  it('maps legacy labels the way browsers do', () => {
    expect(normalizeCharset('ISO-8859-1')).toBe('windows-1252');
    expect(normalizeCharset('latin1')).toBe('windows-1252');
    expect(normalizeCharset('us-ascii')).toBe('windows-1252');
    expect(normalizeCharset(' UTF8 ')).toBe('utf-8');
    expect(normalizeCharset('iso-8859-15')).toBe('iso-8859-15');
    expect(normalizeCharset('klingon')).toBeNull();
  });
});

describe('windows-1252 bytes 0x80-0x9f', () => {
  it('decodes to the typographic characters, not C1 controls', () => {
    const { text } = decodeBody(Buffer.from([0x80, 0x85, 0x92, 0x93, 0x94, 0x9c]), 'text/plain; charset=iso-8859-1', 'any');
    expect(text).toBe('€…’“”œ');
  });
});
