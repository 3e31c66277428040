import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { FAST_HTML, limitNesting, loadHtml } from '../../src/extract/dom.js';

const page = (name: string) => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8');

describe('extractArticle on a news page with boilerplate', () => {
  const article = extractArticle(page('news-article.html'), 'https://www.examplepost.com/politics/vk?utm_source=twitter');

  it('reads the metadata', () => {
    expect(article.url).toBe('https://www.examplepost.com/politics/vk?utm_source=twitter');
    expect(article.title).toBe('A Russian social media giant pitched the Trump campaign, emails show');
    expect(article.canonicalUrl).toBe('https://www.examplepost.com/politics/vk-trump-campaign/2017/11/17/story.html');
    expect(article.byline).toBe('Rosalind S. Helderman, Tom Hamburger'); // the meta author is a URL: JSON-LD wins
    expect(article.publishedAt).toBe('2017-11-17T19:31:00.000-05:00');
    expect(article.lang).toBe('en');
    expect(article.siteName).toBe('The Example Post');
  });

  it('keeps the body, from its first sentence to its last, as paragraphs', () => {
    expect(article.text.startsWith('An executive with a prominent Russian social media company made multiple overtures')).toBe(true);
    expect(article.text).toContain('“This will be the top news in Russia,” wrote Konstantin Sidorkov');
    expect(article.text).toContain('\n\nA direct line of contact\n\n');
    expect(article.text.endsWith('A White House spokeswoman declined to comment.')).toBe(true);
    expect(article.text.split('\n\n')).toHaveLength(7);
  });

  it.each([
    'cookies', 'Politics', 'Share on Twitter', 'Advertisement', 'Read more', 'newsletter', 'inbox', 'Sign up', 'Related stories',
    'Mueller indicts', 'Leave a Comment', 'reader comment', 'Most read', 'All rights reserved', 'Privacy', 'dataLayer', 'Home',
  ])('drops the boilerplate %j', (boilerplate) => {
    expect(article.text).not.toContain(boilerplate);
  });
});

describe('extractArticle on a French page', () => {
  const article = extractArticle(page('french-article.html'), 'https://www.quotidien.example.fr/international/trump-jr-wikileaks');

  it('detects French from the text when the page does not say', () => {
    expect(article.lang).toBe('fr');
  });

  it('reads title without the site suffix, byline and date from meta tags', () => {
    expect(article.title).toBe('Trump Jr. a échangé des messages avec WikiLeaks pendant la campagne');
    expect(article.byline).toBe('Jean Dupont');
    expect(article.publishedAt).toBe('2017-11-14T08:45:00.000+01:00');
    expect(article.siteName).toBeUndefined();
  });

  it('keeps the standfirst and body, drops "Lire aussi", the newsletter prompt, sharing and comments', () => {
    expect(article.text).toMatch(/^Le fils aîné du président américain/);
    expect(article.text).toContain('Donald Trump Jr. a échangé des messages privés sur Twitter avec WikiLeaks');
    expect(article.text).toContain('améliorerait la perception de son impartialité.');
    for (const boilerplate of ['Lire aussi', 'Abonnez-vous', 'Partager', 'Commentaires', 'lecteur', 'Accueil', 'droits réservés']) {
      expect(article.text).not.toContain(boilerplate);
    }
  });
});

describe('extractArticle on hostile input', () => {
  it('reads a broken page without running or keeping its scripts', () => {
    const article = extractArticle(page('hostile.html'), 'https://h.example.com/x');
    expect(article.title).toBe('Breaking news & views');
    expect(article.byline).toBe('Mallory');
    expect(article.publishedAt).toBeUndefined(); // "Invalid Date" and "yesterday-ish" are not dates
    expect(article.text).toContain('Text inside a broken table cell');
    expect(article.text).toContain('Another paragraph with misnested tags that is long enough');
    expect(article.text).not.toMatch(/alert|injected|unterminated/);
  });

  it.each([
    ['an empty string', ''],
    ['plain text', 'just some words'],
    ['no body', '<html><head><title>Only a head</title></head></html>'],
    ['binary garbage', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)).toString('latin1')],
    ['a lone <', '<'],
    ['unclosed comment', '<p>before</p><!-- never closed <p>after</p>'],
    ['broken JSON-LD', '<script type="application/ld+json">{"@type":"NewsArticle",</script><p>x</p>'],
  ])('does not throw on %s', (_, html) => {
    const article = extractArticle(html, 'https://h.example.com/x');
    expect(article.url).toBe('https://h.example.com/x');
    expect(typeof article.title).toBe('string');
    expect(typeof article.text).toBe('string');
  });

  it('reads a page nested 100 000 levels deep (the parser stack is capped)', () => {
    const html = `<html><body>${'<div>'.repeat(100_000)}<p>Deep text that is long enough to be a paragraph.</p>${'</div>'.repeat(100_000)}</body></html>`;
    expect(extractArticle(html, 'https://h.example.com/x').text).toBe('Deep text that is long enough to be a paragraph.');
  });

  it('reads a page with 100 000 top-level elements and megabyte attributes', () => {
    const flat = `${'<span>x</span>'.repeat(100_000)}<p class="${'a'.repeat(2_000_000)}">Paragraph after a huge attribute, long enough to keep.</p><meta name="author" content="${'b'.repeat(1_000_000)}">`;
    const article = extractArticle(flat, 'https://h.example.com/x');
    expect(article.text).toContain('Paragraph after a huge attribute, long enough to keep.');
    expect(article.byline).toBeUndefined();
  });
});

describe('the parser', () => {
  it('is htmlparser2 in HTML mode: lowercase names, void elements, RCDATA title', () => {
    const $ = load('<HTML><Body><P>a<BR>b</P><title><b>x</b></title></Body></HTML>', FAST_HTML);
    expect($('p').html()).toBe('a<br>b');
    expect($('title').text()).toBe('<b>x</b>');
    // htmlparser2 adds no <html>/<body> of its own (parse5 would)
    expect(load('<p>x</p>', FAST_HTML)('body')).toHaveLength(0);
  });

  it('reads a large page with inline drawings the same, and an "<svg" inside a script swallows no text', () => {
    const icon = '<svg viewBox="0 0 24 24"><title>Menu</title>' + '<path d="M3 6h18v2H3z"/>'.repeat(40) + '</svg>';
    const prose = '<p>The harbour board approved the new quay on Monday, after three years of hearings, objections and revised plans.</p>';
    const cards = Array.from({ length: 300 }, (_, i) => `<div class="card">${icon}<p>Card ${i} on the quay and the board, long enough, with commas, to count.</p></div>`).join('');
    const body = `<script>var tpl = '<svg class="x">';</script>${prose}${icon}${cards}`;
    const html = `<html><head><title>Quay approved</title></head><body><main>${body}</main></body></html>`;
    expect(html.length).toBeGreaterThan(100_000);
    const text = extractArticle(html, 'https://example.org/quay').text;
    expect(text).toContain('The harbour board approved the new quay on Monday');
    expect(text).not.toContain('Menu');
    expect(text).toContain('Card 299 on the quay');
  });

  it('closes a title left open and caps the nesting on a large page with drawings, read in pieces', () => {
    const icon = '<svg viewBox="0 0 24 24"><title>Menu</title>' + '<path d="M3 6h18v2H3z"/>'.repeat(40) + '</svg>';
    const cards = Array.from({ length: 300 }, (_, i) => `<div class="card">${icon}<p>Card ${i} on the quay and the board, long enough, with commas, to count.</p></div>`).join('');
    const deep = `${'<div>'.repeat(600)}<p>The harbour board approved the new quay on Monday, after three years of hearings.</p>${'</div>'.repeat(600)}`;
    const html = `<html><head><title>Quay approved\n</head><body>${icon}<main>${deep}${cards}</main></body></html>`;
    expect(html.length).toBeGreaterThan(100_000);
    const article = extractArticle(html, 'https://example.org/quay');
    expect(article.title).toBe('Quay approved');
    expect(article.text).toContain('The harbour board approved the new quay on Monday');
    expect(article.text).toContain('Card 299 on the quay');
  });

  it('builds no node for a comment inside an element; a top-level one stays (the top-level count decides the wrapper)', () => {
    const $ = loadHtml('<!-- top --><div><p>Before<!-- a note -->, after.</p><!-- another --><p>Second</p></div>');
    const comments: string[] = [];
    const stack = [...$.root()[0].children];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type === 'comment') comments.push(node.data);
      if ('children' in node) stack.push(...node.children);
    }
    expect(comments).toEqual([' top ']);
    expect($('p').first().text()).toBe('Before, after.');
    expect($('div').children()).toHaveLength(2);
  });

  it('leaves ordinary pages untouched by the nesting cap', () => {
    const html = page('news-article.html');
    expect(limitNesting(html)).toBe(html);
    const many = '<div><p>x</p></div>'.repeat(2000);
    expect(limitNesting(many)).toBe(many);
  });
});

describe('extractArticle on a page encoded in UTF-8 twice', () => {
  // what a CMS writes when it reads UTF-8 as Latin-1: ’ (E2 80 99) becomes â, U+0080, U+0099
  const twice = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
  const body = 'The baker’s new oven, bought last spring, bakes “twice the bread” — and uses half the wood, she says.';
  const html = `<html><head><title>${twice('The baker’s oven')}</title></head><body><article><h1>${twice('The baker’s oven')}</h1><p>${twice(body)}</p><p>${twice(`${body} 5 € a loaf.`)}</p></article></body></html>`;
  const article = extractArticle(html, 'https://news.example.org/oven');

  it('reads the title and the text as the outlet wrote them', () => {
    expect(article.title).toBe('The baker’s oven');
    expect(article.text).toBe(`${body}\n\n${body} 5 € a loaf.`);
  });

  it('leaves a text without control characters as it is, Latin-1 letters included', () => {
    const plain = extractArticle(`<html><body><article><p>Ã la carte: the café’s menu, with crème brûlée, costs 20 € (Â± 2 €) this week in Zürich.</p></article></body></html>`, 'https://news.example.org/menu');
    expect(plain.text).toBe('Ã la carte: the café’s menu, with crème brûlée, costs 20 € (Â± 2 €) this week in Zürich.');
  });
});
