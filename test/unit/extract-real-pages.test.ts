import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { P1, P2, P3, P4, P5 } from '../helpers/paragraphs.js';

/**
 * Shapes of real pages that lost their text (found on the public benchmark pages of
 * `npm run eval:extraction`), rebuilt small: each test is one way a page is written.
 */
const URL_ = 'https://news.example.org/a';

describe('extraction on pages written the old way', () => {
  it('reads a page whose <head> is never closed and that has no <body> tag', () => {
    const html = `<html><head><title>Headline</title><meta charset="utf-8"><div id="story"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></html>`;
    const { title, text } = extractArticle(html, URL_);
    expect(title).toBe('Headline');
    expect(text).toBe([P1, P2, P3].join('\n\n'));
  });

  it('keeps text that sits inside an <a name> anchor left open (an anchor is not a link)', () => {
    const html = `<html><body><h1>Reviews</h1><a name="first"><h2>First game</h2><p>${P1}</p><p>${P2}</p><a name="second"><h2>Second game</h2><p>${P3}</p></body></html>`;
    const { text } = extractArticle(html, URL_);
    expect(text).toContain(P1);
    expect(text).toContain(P3);
  });

  it('keeps an article that a theme wraps in blocks named like furniture ("sidebar-layout")', () => {
    const html = `<html><body><div class="sidebar-layout"><div class="sidebar-layout__main"><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p><p>${P5}</p></div></div></body></html>`;
    const { text } = extractArticle(html, URL_);
    expect(text).toBe([P1, P2, P3, P4, P5].join('\n\n'));
  });

  it('does not take "widget" in a class name for furniture (page builders call every block a widget)', () => {
    const html = `<html><body><div class="widget-span widget-type-cell"><p>${P1}</p><p>${P2}</p></div><div class="widget-span widget-type-cell"><p>${P3}</p></div><div class="sidebar"><ul><li><a href="/x">Other story one</a></li><li><a href="/y">Other story two</a></li></ul></div></body></html>`;
    const { text } = extractArticle(html, URL_);
    expect(text).toContain(P1);
    expect(text).toContain(P3);
    expect(text).not.toContain('Other story');
  });
});

describe('extraction of text not written in <p>', () => {
  it('reads a body of text separated by <br><br> over a short <p> elsewhere on the page', () => {
    const html = `<html><body><div class="c1"><p>Your local zip code is 98113, change it here if you moved away.</p></div>` +
      `<div class="c2"><b>Headline</b><br><br>${P1}<br><br>${P2}<br><br>${P3}<br><br>${P4}<hr></div></body></html>`;
    const { text } = extractArticle(html, URL_);
    for (const p of [P1, P2, P3, P4]) expect(text).toContain(p);
    expect(text).not.toContain('zip code');
  });
});

describe('extraction of an article split into sections', () => {
  it('takes every section of a document written as section > body > paragraph blocks, not the longest section alone', () => {
    // bare divs, as many generators write them: nothing in the markup says the sections belong together
    const para = (p: string) => `<div><p>${p}</p></div>`;
    const section = (title: string, ps: string[]) => `<div><h2>${title}</h2><div>${ps.map(para).join('')}</div></div>`;
    const html =
      `<html><body><nav><a href="/">Home</a> <a href="/blog">Blog</a></nav><main><article class="c-post"><h1>Headline</h1><div class="c-post-content">` +
      section('Why', [P1, P2]) + section('How', [P3, P4]) + section('What next', [P5, P1.replace('first', 'sixth')]) +
      `</div></article></main><footer><p>Copyright and a long footer line that is not part of the article at all.</p></footer></body></html>`;
    const { text } = extractArticle(html, URL_);
    for (const p of [P1, P2, P3, P4, P5]) expect(text).toContain(p);
    expect(text).toContain('What next');
    expect(text).not.toContain('footer line');
  });
});

describe('extraction from layout tables', () => {
  it('finds the article in the one cell of a layout table that holds paragraphs, not in the menu cell', () => {
    const html =
      `<html><body><table><tr><td><a href="/">Home</a><br><a href="/news">News</a><br>A short menu note that is long enough to count.</td>` +
      `<td><h1>Headline</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p></td></tr></table></body></html>`;
    const { text } = extractArticle(html, URL_);
    for (const p of [P1, P2, P3, P4]) expect(text).toContain(p);
    expect(text).not.toContain('menu note');
  });
});

describe('extraction: line filters and class hints', () => {
  it('keeps short Chinese and Japanese sentences (。 ends a sentence; a CJK character weighs like a short word)', () => {
    const zh = ['北京今天发布了新的统计数据。', '专家表示经济增长放缓。', '政府将在下周公布更多细节。'];
    const html = `<html><body><article><h1>新闻</h1><p>${P1}</p>${zh.map((z) => `<p>${z}</p>`).join('')}<p>${P2}</p></article></body></html>`;
    const { text } = extractArticle(html, URL_);
    for (const z of zh) expect(text).toContain(z);
  });

  it('does not read "navy" or "epicenter" in a class as navigation or promotion', () => {
    // the boxed part holds less than half of a long article: a furniture hint would drop it
    const html =
      `<html><body><article><h1>Headline</h1><p>${P1}</p><p>${P2}</p><div class="navy-box epicenter"><p>${P3}</p><p>${P4}</p></div><p>${P5}</p>` +
      `<p>${P1.replace('first', 'sixth')}</p><p>${P2.replace('second', 'seventh')}</p><p>${P3.replace('third', 'eighth')}</p></article><div class="navbar"><p>Home, News, Sport, Weather and a few more links here.</p></div></body></html>`;
    const { text } = extractArticle(html, URL_);
    expect(text).toContain(P3);
    expect(text).toContain(P4);
    expect(text).not.toContain('Weather');
  });
});

describe('extraction never returns nothing for a page with text', () => {
  it('reads the crawler copy in <noscript> when the page is rendered by script', () => {
    const html = `<html><body><section id="splash"><style>.x{}</style></section><div id="app"></div><noscript><div id="main-outlet"><h1>Best budget headphones</h1><div class="post"><p>${P1}</p><p>${P2}</p></div><div class="post"><p>${P3}</p></div></div></noscript></body></html>`;
    const { text } = extractArticle(html, URL_);
    for (const p of [P1, P2, P3]) expect(text).toContain(p);
  });

  it('returns the lines of a page made only of links (a directory) rather than an empty text', () => {
    const links = ['Northern Illinois University', 'University of Nebraska, Omaha', 'North Dakota State University, Fargo', 'University of Alabama, Huntsville'];
    const html = `<html><body><p>Some useful web sites</p><table><tr><td>${links.map((l, i) => `<p><a href="https://u${i}.example.edu/">${l}</a></p>`).join('')}</td></tr></table></body></html>`;
    const { text } = extractArticle(html, URL_);
    for (const l of links) expect(text).toContain(l);
  });
});

describe('extraction: where the text is', () => {
  it('reads the document when the <body> found first is an empty one inside <noscript>', () => {
    const html = `<html><head><title>Match report</title></head><script>document.write('<body id="home">')</script><noscript><body id="home"></noscript><div id="story"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></html>`;
    const { text } = extractArticle(html, URL_);
    for (const p of [P1, P2, P3]) expect(text).toContain(p);
  });

  it('reads a page streamed by script whose whole text waits in <div hidden>', () => {
    const html = `<html><body><div id="root"><p>Loading…</p></div><div hidden id="S:0"><article><h1>Tutorials</h1><p>${P1}</p><p>${P2}</p></article></div></body></html>`;
    const { text } = extractArticle(html, URL_);
    expect(text).toContain(P1);
    expect(text).toContain(P2);
  });
});

describe('extraction: a <title> never closed', () => {
  it('closes it at the end of its line instead of reading the whole page as the title', () => {
    const html = `<html><head><title>Gale to drive Nationwide\n<script>var x = 1;</script></head><body><div><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></body></html>`;
    const { title, text } = extractArticle(html, URL_);
    expect(title).toBe('Gale to drive Nationwide');
    for (const p of [P1, P2, P3]) expect(text).toContain(p);
  });
});
