import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { P1, P2, P3, P4, P5 } from '../helpers/paragraphs.js';

/** Small pages, one heuristic each: what the generic scorer keeps and drops, and why. */
const URL_ = 'https://news.example.org/a';
const text = (body: string, head = '<title>Headline of the test story</title>') => extractArticle(`<html><head>${head}</head><body>${body}</body></html>`, URL_).text;

const COMMENT = 'A reader comment that goes on for a while, with opinions, commas, and more opinions, to look like content.';

describe('the generic scorer', () => {
  it('drops a comment thread whose classes say nothing, by its title', () => {
    const thread = `<div class="c9"><div class="c8">What readers are saying (3)</div>${`<div class="c7"><span>Reader</span><p>${COMMENT}</p></div>`.repeat(4)}</div>`;
    const result = text(`<div class="a1"><h1>Headline of the test story</h1><div class="a2"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>${thread}</div>`);
    expect(result).toBe([P1, P2, P3].join('\n\n'));
  });

  it('drops a comment section set in the article’s own block after its heading, and what follows it there', () => {
    const comments = `<h2><a id="comments"></a>Comments (2)</h2><p>${COMMENT}</p><p class="posted">Posted by: Reader One | May 2, 2007</p><p>${COMMENT} Twice.</p><p class="posted">Posted by: Reader Two | May 3, 2007</p>`;
    const result = text(`<div class="blog"><h1>Headline of the test story</h1><p>${P1}</p><h2>What happened next</h2><p>${P2}</p><p>${P3}</p>${comments}</div>`);
    expect(result).toBe([P1, 'What happened next', P2, P3].join('\n\n'));
    // a theme that titles it with a bare <div>
    const byDiv = text(`<div class="blog"><h1>Headline of the test story</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p>${comments.replace(/<h2>(.*?)<\/h2>/, '<div class="t">$1</div>')}</div>`);
    expect(byDiv).toBe([P1, P2, P3].join('\n\n'));
    // on a forum thread the replies are the text
    const thread = text(`<div class="thread"><p>${P1}</p>${comments}</div>`, '<script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"A thread"}</script>');
    expect(thread).toContain(COMMENT);
  });

  it('drops the comments that follow the "#comments" anchor in the article’s own block', () => {
    const comments = `<a name="comments"></a><div class="box">Posted by: Reader One on 9:35am</div><div>${COMMENT}</div><div class="box">Posted by: Reader Two on 9:50am</div><div>${COMMENT} Twice.</div>`;
    const result = text(`<div class="story"><h1>Headline of the test story</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p>${comments}</div>`);
    expect(result).toBe([P1, P2, P3].join('\n\n'));
  });

  it.each(['2 Responses to “Headline of the test story”', 'One thought on “Headline of the test story”', '3 Replies to Headline of the test story'])(
    'drops a comment thread titled the way blog themes count it: %s',
    (title) => {
      const replies = Array.from({ length: 6 }, (_, i) => `<div class="c7"><span>Reader ${i + 1}</span><p>${COMMENT} And a point, number ${i + 1}, made at length.</p></div>`);
      const thread = `<div class="c9"><div class="c8">${title}</div>${replies.join('')}</div>`;
      const result = text(`<div class="a1"><h1>Headline of the test story</h1><div class="a2"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>${thread}</div>`);
      expect(result).toBe([P1, P2, P3].join('\n\n'));
    },
  );

  it('leaves out the comment section named by its id under a short post, also in the reading without class hints', () => {
    const replies = Array.from({ length: 12 }, (_, i) => `<div class="c7"><b>Reader ${i + 1}</b><p>${COMMENT} Number ${i + 1}.</p></div>`);
    const result = text(`<div class="post"><h1>Headline of the test story</h1><p>${P1}</p><p>${P2}</p></div><div id="comments">${replies.join('')}</div>`);
    expect(result).toBe([P1, P2].join('\n\n'));
  });

  it('reads a photo post as its caption, not its comments and sidebar, when no block is long enough to be an article', () => {
    const replies = Array.from({ length: 6 }, (_, i) => `<div class="c7"><b>Reader ${i + 1}</b><p>${COMMENT} Number ${i + 1}.</p></div>`);
    const sidebar = `<div class="sidebar"><h3>Archives</h3><ul>${['January', 'February', 'March'].map((m) => `<li><a href="/${m}">${m} 2012</a></li>`).join('')}</ul></div>`;
    const html = `<div class="post"><h2>5 Nov 2012</h2><img src="/shoes.jpg"><p>Shoes at the show, in red.</p></div><div id="comments"><h4>6 comments:</h4>${replies.join('')}</div>${sidebar}`;
    const result = text(html);
    expect(result).toContain('Shoes at the show, in red.');
    expect(result).not.toContain('A reader comment');
    expect(result).not.toContain('February 2012');
  });

  it('keeps an article section titled "Discussion" (a comment title needs a count)', () => {
    const result = text(`<article><p>${P1}</p><section><h2>Discussion</h2><p>${P2}</p><p>${P3}</p></section></article>`);
    expect(result).toContain(P2);
    expect(result).toContain('Discussion');
  });

  it('takes every block of a body split into same-shape blocks (live posts, data-area blocks)', () => {
    const post = (time: string, paragraph: string) => `<div class="post"><span class="time">${time}</span><div class="post-text"><p>${paragraph}</p></div></div>`;
    const result = text(`<h1>Headline of the test story</h1><div class="feed">${post('10:02', P1)}${post('09:40', P2)}${post('09:12', P3)}</div>`);
    expect(result).toBe([P1, P2, P3].join('\n\n'));
  });

  it('takes a whole list of reviewed items, each in same-shape sections, not the one item it chose', () => {
    const verdict = 'The verdict, after a month of use, is simple: it is light, it is quick, it folds, it lasts, it costs little, and, in the rain, on the hills, it never once let us down.';
    const section = (paragraph: string) => `<div class="sect"><h3>Our take</h3><div class="copy"><p>${paragraph}</p></div></div>`;
    const item = (name: string, paragraphs: string[]) => `<li class="pick"><div class="inner"><h2>${name}</h2>${paragraphs.map(section).join('')}</div></li>`;
    const result = text(`<h1>Headline of the test story</h1><ul class="picks">${item('First pick', [verdict, P1, P2])}${item('Second pick', [P4, P5])}${item('Third pick', [P3, P1])}</ul>`);
    expect(result).toContain(verdict);
    expect(result).toContain(P4);
    expect(result).toContain(P3);
  });

  it('grows from the block it chose to the cell holding three times its text (an old table layout split in tables)', () => {
    const cell = (body: string) => `<table border="0"><tr><td><b>${body}</b></td></tr></table>`;
    const more = [P3, P4, P5, `${P4} ${P3}`, `${P5} ${P3}`];
    const result = text(`<table><tr><td><div><p>${P1}</p><p>${P2}</p></div>${more.map(cell).join('')}</td></tr></table>`);
    for (const paragraph of [P1, P2, ...more]) expect(result).toContain(paragraph);
  });

  it('reads an article laid out in the rows of a table, one part a row under a subhead row', () => {
    const nav = '<td><a href="/">Home</a><br><a href="/world">World</a></td>';
    const part1 = `<tr>${nav}<td><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p></td></tr>`;
    const part2 = `<tr><td></td><td><p>${P5}</p><p>${P3} ${P1}</p></td></tr>`;
    const result = text(`<table>${part1}<tr><td colspan="2"><b>What happens next</b></td></tr>${part2}</table>`);
    expect(result).toBe([P1, P2, P3, P4, P5, `${P3} ${P1}`].join('\n\n'));
  });

  it('reads a table cell of <br>-separated text line by line, over a footer cell of short paragraphs', () => {
    // long lines with few commas: as one paragraph the cell would earn a few points, line by line many more
    const body = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'].map((nth) => `The ${nth} part of the report goes on for a while without a single comma in it. It says what the council decided on the ${nth} day and when the works will start and what they will cost the town in the end of the ${nth} year of the plan.`);
    const article = `<td><b>Headline of the test story</b><br><br>${body.join('<br><br>')}</td>`;
    const footer = [
      'The Daily Example, a division of Example Media, since 1901.',
      'Contact us, advertise, subscribe, or read the archives.',
      'All rights reserved, copyright, terms, privacy, and cookies.',
      'Newsletters, podcasts, puzzles, events, and the daily edition.',
    ];
    const result = text(`<table><tr>${article}</tr></table><table><tr><td><p>${footer.join('</p><p>')}</p></td></tr></table>`);
    expect(result).toBe(body.join('\n\n'));
  });

  it('reads the standfirst between the headline and the body', () => {
    const standfirst = 'A standfirst of one sentence that says what the story is about';
    const result = text(`<header><h1>Headline of the test story</h1><h2 class="sub">${standfirst}</h2><p class="meta">Published 14 November 2017</p></header><div class="body"><p>${P1}</p><p>${P2}</p></div>`);
    expect(result).toBe([standfirst, P1, P2].join('\n\n'));
  });

  it('keeps lists, blockquotes and subheadings inside the article', () => {
    const result = text(`<article><p>${P1}</p><h2>What we know</h2><ul><li>Paul Manafort</li><li>Rick Gates</li></ul><blockquote><p>A quoted passage that belongs to the story.</p></blockquote><p>${P2}</p></article>`);
    expect(result.split('\n\n')).toEqual([P1, 'What we know', 'Paul Manafort', 'Rick Gates', 'A quoted passage that belongs to the story.', P2]);
  });

  it('drops captions, credits, share bars, cookie banners, "read more" and newsletter prompts', () => {
    const result = text(
      `<div class="cookie-banner">We use cookies to improve your experience on our site.</div>` +
        `<article><div class="share-bar"><a href="#">Share on Facebook</a></div>` +
        `<figure><img src="x.jpg"><figcaption>Protesters outside the court on Monday, in a long caption. Photograph: AP</figcaption></figure>` +
        `<p>${P1}</p><p><strong>Read more:</strong> <a href="/b">Another story that the site wants you to read next</a></p>` +
        `<p class="photo-credit">Photo: Jane Doe for the Example News Agency, all rights reserved</p>` +
        `<div class="inline-box"><p>Get the best headlines in your inbox every morning. Sign up for our newsletter.</p></div>` +
        `<p>${P2}</p><p>Lire aussi : <a href="/c">Un autre article que le site veut vous faire lire</a></p><p>${P3}</p></article>`,
    );
    expect(result).toBe([P1, P2, P3].join('\n\n'));
  });

  it("drops the author's card marked up as a schema.org Person (photo, job, bio) under the article", () => {
    const bio = 'Jane Roe has covered city hall for the paper since 2015, after ten years, two books and a podcast about local politics.';
    const card = `<div class="box-wrap" itemprop="author" itemscope itemtype="https://schema.org/Person"><div class="box-name">Jane Roe</div><div itemprop="description"><p>${bio}</p></div></div>`;
    const result = text(`<div class="post"><h1>Headline of the test story</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p>${card}</div>`);
    expect(result).toBe([P1, P2, P3].join('\n\n'));
    // also in the reading without class hints (a theme that names every block of its post "promo")
    const promo = [P1, P2, P3, P4].map((p) => `<div class="promo-block"><p>${p}</p></div>`).join('');
    const unhinted = text(`<div class="post"><h1>Headline of the test story</h1>${promo}${card}</div>`);
    expect(unhinted).toBe([P1, P2, P3, P4].join('\n\n'));
  });

  it('drops a notice bar under the article (a prompt to sign up and answer)', () => {
    const notice = `<div class="bottom-notice"><p>Have a question of your own about this? Ask it here, and people who know will help you.</p></div>`;
    const result = text(`<div class="question"><h1>Headline of the test story</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p>${notice}</div>`);
    expect(result).toBe([P1, P2, P3].join('\n\n'));
  });

  it('drops the small print of a disclaimer block under the article', () => {
    const small = `<div class="product-disclaimer"><p>Prices and availability are shown as of the day we wrote this and may have changed since then, check before you buy.</p></div>`;
    const result = text(`<div class="review"><h1>Headline of the test story</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p>${small}</div>`);
    expect(result).toBe([P1, P2, P3].join('\n\n'));
  });

  it('drops the row of likes under a blog post', () => {
    const likes = `<div class="post-likes-widget"><p>Be the first of your friends to like this story, it takes one click.</p></div>`;
    const result = text(`<div class="post"><h1>Headline of the test story</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p>${likes}</div>`);
    expect(result).toBe([P1, P2, P3].join('\n\n'));
  });

  it("drops a page template's unfilled blocks of filler text", () => {
    const filler = `<div class="card"><h3>Heading</h3><p>Lorem ipsum, the filler line a template shows until someone writes the copy for this block.</p><ul><li>Lorem ipsum item</li></ul></div>`;
    const result = text(`<div class="post"><h1>Headline of the test story</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p>${filler}</div>`);
    expect(result).not.toContain('Lorem ipsum');
    expect(result).toContain(P3);
  });

  it('keeps a paywall wrapper (it holds the article) and drops the prompt to subscribe', () => {
    const result = text(`<article><p>${P1}</p><div class="paywall"><p>${P2}</p><p>${P3}</p></div><div class="cta"><p>Already a subscriber? Sign in to continue reading.</p></div></article>`);
    expect(result).toBe([P1, P2, P3].join('\n\n'));
  });

  it('keeps a sentence written as one link (a teaser), drops a line of link words', () => {
    const teaser = 'Scientists found that the number of students sleeping less than seven hours a night has grown.';
    const result = text(`<article><p>${P1}</p><p><a href="/t">${teaser}</a></p><p><a href="/a">Politics</a> <a href="/b">Science updates</a></p><p>${P2}</p></article>`);
    expect(result.split('\n\n')).toEqual([P1, teaser, P2]);
  });

  it('drops text for screen readers only and tiny labels, and keeps short lines of the article', () => {
    // public benchmark gold keeps short lines such as a sender or a recipe's yield; word labels and buttons go
    const result = text(
      `<article><span class="screen-reader-text">Posted on</span><div>AFP</div><dl><dt>From:</dt><dd>Cabinet Office</dd></dl><p>${P1}</p>` +
        `<p>Under the proposals:</p><ul><li>all paid-for digital election material will need an imprint</li></ul><div>Print</div></article>`,
    );
    expect(result.split('\n\n')).toEqual(['Cabinet Office', P1, 'Under the proposals:', 'all paid-for digital election material will need an imprint']);
  });

  it('does not let the article header join the body as a sibling', () => {
    const result = text(`<div class="wrap"><div class="article-header"><h1>Headline of the test story</h1><div class="summary">28. Oktober 2017, 10:12 Uhr · Quelle: dpa, AFP</div></div><div class="article-body"><p>${P1}</p><p>${P2}</p></div></div>`);
    expect(result).toBe([P1, P2].join('\n\n'));
  });

  it('reads a page streamed by React, whose text waits in <div hidden id="S:0">, and still drops other hidden blocks', () => {
    const nav = `<nav><a href="/">Home</a> <a href="/blog">Blog</a></nav><div class="intro"><p>${P4}</p></div>`;
    const streamed = `<div hidden id="S:0"><article><h1>Headline of the test story</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p></article></div>`;
    const result = text(`${nav}<template id="B:0"></template>${streamed}<div hidden><p>${P5}</p></div><script>$RC("B:0","S:0")</script>`);
    expect(result).toContain([P1, P2, P3].join('\n\n'));
    expect(result).not.toContain(P5);
  });

  it('reads a shop page whose product grid a script shows (hidden by an inline style), when the visible page holds only a promotion', () => {
    const products = ['Chocolate Hazelnut Coffee', 'Dark Roast Coffee', 'Blueberry Coffee', 'Espresso Roast Coffee', 'Vanilla Coffee', 'Mocha Latte 12-Pack', 'Medium Roast Coffee', 'Cold Brew Pods', 'Half Caff Coffee', 'Decaf Coffee'];
    const grid = products.map((name, i) => `<li class="grid__item"><div class="card"><h3><a href="/products/${i}">${name}</a></h3><div class="price"><span>Regular price</span> <span>$${19 + i}.99</span></div></div></li>`).join('');
    const promo = '<div class="announcement-bar"><a href="/subscribe">Subscribe and save 40% off canned lattes with code EXTRA10</a> <a href="/ticket">Enter for a chance to win a golden ticket tankard</a></div>';
    const result = text(`${promo}<main><div class="lockdown-content" style="display:none;"><h2>51 products</h2><ul class="product-grid">${grid}</ul></div></main>`);
    for (const name of products) expect(result).toContain(name);
    expect(result).toContain('Regular price $19.99');
  });

  it('takes the whole <main> of a page whose main region holds much more than the paragraphs it chose (a product page)', () => {
    // label and value rows too short to vote as paragraphs
    const specs = ['Outer: 100% polyester', 'Lining: cotton', 'Care: wash at 30 °C', 'Fastening: zip', 'Pockets: chest pocket',
      'Fit: regular', 'Length: 78 cm in size M', 'Delivery: 3-5 days', 'Returns: 30 days', 'Colour: black', 'Collar: turn-down',
      'Sleeves: long', 'Number: BX22T0PL-Q11'];
    const description = [P1, P2, P3];
    const main = `<main><h1>Headline of the test story</h1><div class="desc">${description.map((p) => `<p>${p}</p>`).join('')}</div><div class="specs">${specs.map((line) => `<div class="row">${line}</div>`).join('')}</div></main>`;
    const footer = 'The shop is run by a company registered in a country far away, with a long address and a long legal notice.';
    const result = text(`<nav><a href="/">Home</a> <a href="/men">Men</a> <a href="/women">Women</a></nav>${main}<footer><p>${footer}</p></footer>`);
    expect(result).toContain(description.join('\n\n'));
    for (const line of specs) expect(result).toContain(line);
    expect(result).not.toContain(footer);
  });

  it("takes the page's only <main> when the paragraphs it chose lie outside it and <main> holds much more (a product grid)", () => {
    const tiles = Array.from({ length: 20 }, (_, i) => `Trail shoe ${i + 1} · $${80 + i}.99`);
    const grid = `<main><h1>Headline of the test story</h1><ul class="grid">${tiles.map((t) => `<li><span>${t}</span></li>`).join('')}</ul></main>`;
    const box = `<div class="panel"><p>${P4}</p><p>${P5}</p></div>`;
    const result = text(`${grid}${box}`);
    for (const tile of tiles) expect(result).toContain(tile);
  });

  it("keeps the linked titles of a listing's items next to their prices, and drops the menu's links", () => {
    const items = [['Walnut desk lamp with a linen shade', '$49.00'], ['Brass reading lamp', '$85.50'], ['Clip-on lamp for shelves', '$19.90'], ['Paper floor lamp', '$120.00']];
    const cards = items.map(([name, price]) => `<li class="card"><a href="/p/${price}"><h3>${name}</h3></a><span class="price">${price}</span></li>`).join('');
    const menu = `<ul class="filters"><li><a href="/lamps/desk">Desk lamps</a></li><li><a href="/lamps/floor">Floor lamps</a></li><li><a href="/lamps/wall">Wall lamps</a></li></ul>`;
    const result = text(`<main><h1>Headline of the test story</h1><p>${P1}</p>${menu}<ul class="grid">${cards}</ul></main>`);
    expect(result.split('\n\n')).toEqual([P1, ...items.flat()]);
  });

  it('drops a list of related stories below an article, though each has a date of its own', () => {
    const related = ['A story from last week about the same council', 'The mayor answers questions from readers', 'What the new budget means for schools'];
    const list = `<ul class="more">${related.map((title, i) => `<li class="teaser"><a href="/s/${i}">${title}</a> <span>${i + 2} March 2024</span></li>`).join('')}</ul>`;
    const result = text(`<div class="story"><h1>Headline of the test story</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p><p>${P5}</p>${list}</div>`);
    for (const title of related) expect(result).not.toContain(title);
    expect(result).toContain([P1, P2, P3, P4, P5].join('\n\n'));
  });

  it('keeps the replies of a forum thread (schema.org DiscussionForumPosting), and drops comments under an article', () => {
    // posts of one shape, the replies marked itemprop="comment" (Discourse's crawler view); the opening post is long
    // enough that the page is not read again without hints
    const opening = [P1, P5, `${P5} ${P1}`, `${P1} ${P5}`];
    const post = (paragraphs: string[], reply: boolean) =>
      `<div class="topic-body"${reply ? ' itemprop="comment"' : ''}><span class="author">someone</span><div class="post">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></div>`;
    const page = (type: string) =>
      `<div itemscope itemtype="${type}"><h1>Headline of the test story</h1>${post(opening, false)}${[P2, P3, P4].map((p) => post([p], true)).join('')}</div>`;
    const thread = text(page('http://schema.org/DiscussionForumPosting'));
    for (const paragraph of [...opening, P2, P3, P4]) expect(thread).toContain(paragraph);
    const article = text(page('http://schema.org/NewsArticle'));
    expect(article).toContain(opening.join('\n\n'));
    expect(article).not.toContain(P2);
  });

  it('keeps a table of figures in the article, one line per row, and still reads a layout table cell by cell', () => {
    const rows = [['Phoenix', '$83', '28.7%'], ['Los Angeles', '$253', '1.7%'], ['San Diego', '$215', '3.1%']];
    const table = `<table><tr><th>City</th><th>Price</th><th>Change</th></tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
    const result = text(`<article><h1>Headline of the test story</h1><p>${P1}</p>${table}<p>${P2}</p></article>`);
    expect(result.split('\n\n')).toEqual([P1, 'City Price Change', 'Phoenix $83 28.7%', 'Los Angeles $253 1.7%', 'San Diego $215 3.1%', P2]);
    const layout = text(`<table><tr><td><a href="/">Home</a></td><td><p>${P1}</p><p>${P2}</p><p>${P3}</p></td></tr></table>`);
    expect(layout).toBe([P1, P2, P3].join('\n\n'));
  });

  it('reads once a body the page repeats per screen size, and keeps a paragraph printed twice', () => {
    const variant = (size: string) => `<div class="variant hidden-${size}"><h2>How the plan works</h2><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>`;
    const once = text(`<article><h1>Headline of the test story</h1>${variant('phone')}${variant('tablet')}${variant('desktop')}</article>`);
    expect(once).toBe(['How the plan works', P1, P2, P3].join('\n\n'));
    const twice = text(`<article><h1>Headline of the test story</h1><p>${P1}</p><p>${P2}</p><p>${P1}</p></article>`);
    expect(twice.split('\n\n')).toEqual([P1, P2, P1]);
  });

  it('reads the folded panels of a product page (accordion, tabs) and still drops other hidden blocks', () => {
    const panel = (attributes: string, heading: string, body: string) => `<button>${heading}</button><div ${attributes}><p>${body}</p></div>`;
    const page =
      `<main><h1>Headline of the test story</h1><p>${P1}</p>` +
      panel('class="accordion-body" style="display:none"', 'Description', P2) +
      panel('role="tabpanel" hidden', 'Specifications', P3) +
      panel('aria-labelledby="care-tab" aria-hidden="true"', 'Care', P4) +
      `<div style="display:none"><p>${P5}</p></div></main>`;
    const result = text(page);
    for (const paragraph of [P1, P2, P3, P4]) expect(result).toContain(paragraph);
    expect(result).not.toContain(P5);
  });

  it("takes every post of a thread whose posts hold their text deep inside (a forum's nested cells)", () => {
    const nest = (inner: string) => ['inner', 'cell', 'main', 'content', 'user', 'body'].reduceRight((html, name) => `<div class="${name}">${html}</div>`, inner);
    const post = (paragraphs: string[]) =>
      `<article class="message"><div class="user-cell"><a href="/u">someone</a> Member</div>${nest(paragraphs.map((p) => `<p>${p}</p>`).join(''))}</article>`;
    const opening = [P1, P5, `${P5} ${P1}`];
    const result = text(`<h1>Headline of the test story</h1><div class="thread">${post(opening)}${post([P2])}${post([P3])}${post([P4])}</div>`);
    for (const paragraph of [...opening, P2, P3, P4]) expect(result).toContain(paragraph);
  });

  it("drops each forum post's poster panel (rank, join date, message count) and keeps the posts", () => {
    const post = (i: number) =>
      `<div class="post"><div class="user-info"><b>member${i}</b><div class="rank">Veteran poster of the board</div><dl><dt>Joined</dt><dd>Jan 2019</dd><dt>Messages</dt><dd>1,234</dd></dl></div><div class="body"><p>${COMMENT} Post ${i}.</p></div></div>`;
    const result = text(`<div class="thread">${[1, 2, 3, 4].map(post).join('')}</div>`, '<script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"A thread"}</script>');
    expect(result).toContain(`${COMMENT} Post 1.`);
    expect(result).toContain(`${COMMENT} Post 4.`);
    expect(result).not.toContain('Veteran poster');
  });

  it('drops a window drawn over the page even when it holds most of the text (terms of use in a modal)', () => {
    const story = [P1, P2, P3, P4, P5, `${P1} ${P2}`];
    const terms = Array.from({ length: 14 }, (_, i) => `<p>Section ${i + 1}. By using this site you agree to these terms, which may change at any time, without notice to you.</p>`).join('');
    const result = text(`<article>${story.map((p) => `<p>${p}</p>`).join('')}</article><div class="fixed" id="modal-terms">${terms}</div>`);
    expect(result).toBe(story.join('\n\n'));
    // its own <h1> (the window's title) does not make it the article either
    const titled = text(`<div class="grid"><h2>Shoes</h2>${story.map((p) => `<p>${p}</p>`).join('')}</div><div role="dialog" aria-modal="true" id="terms"><h1>Terms of use</h1>${terms}</div>`);
    expect(titled).toBe(['Shoes', ...story].join('\n\n'));
  });

  it('takes the whole <article> of a page without <main> when it holds much more than the paragraphs chosen (a plan in parts)', () => {
    const weeks = Array.from({ length: 12 }, (_, i) => `<div class="week"><h3>Week ${i + 1}</h3><ul><li>Easy run of ${3 + i} miles</li><li>Rest or cross-training</li><li>Long run of ${6 + i} miles</li></ul></div>`);
    // the introduction sits deep in a page builder's cells: its paragraphs' votes never reach the <article>
    const intro = ['content', 'builder', 'section', 'row', 'column', 'intro'].reduceRight((html, name) => `<div class="${name}">${html}</div>`, `<p>${P1}</p><p>${P2}</p>`);
    const page = `<article><h1>Headline of the test story</h1>${intro}${weeks.join('')}</article><div class="side"><p>${P5}</p></div>`;
    const result = text(page);
    expect(result).toContain([P1, P2].join('\n\n'));
    for (const line of ['Week 1', 'Easy run of 3 miles', 'Long run of 17 miles']) expect(result).toContain(line);
    expect(result).not.toContain(P5);
  });

  it("drops a reply's quote of an earlier post, and keeps a quote of new text", () => {
    const quote = 'A line from the minister that no other post on this page repeats at all.';
    const quoting = text(
      `<article><h1>Headline of the test story</h1><div class="post"><p>${P1}</p><p>${P2}</p></div>` +
        `<div class="post"><blockquote><div class="quote">Jane said:</div><p>${P1}</p><p>${P2}</p></blockquote><p>${P3}</p></div>` +
        `<div class="post"><blockquote><p>${quote}</p></blockquote><p>${P4}</p></div></article>`,
    );
    expect(quoting.split('\n\n')).toEqual([P1, P2, P3, quote, P4]);
  });

  it('drops the expander of a quoted post ("Click to expand...")', () => {
    const result = text(`<article><p>${P1}</p><blockquote><p>${P2}</p><div class="expand">Click to expand...</div></blockquote><p>${P3}</p></article>`);
    expect(result.split('\n\n')).toEqual([P1, P2, P3]);
  });

  it('keeps a block named both for printing and as content when it holds a third of the text (a recipe set apart to print)', () => {
    const story = [P1, P2, P3, P4, P5, 'A sixth paragraph tells how the dish came to be made, one rainy afternoon, for two children.'];
    const method = [
      'Whisk the flour, the milk and two eggs into a smooth batter, then let it rest for an hour.',
      'Cook each cake in a hot pan with a little butter, about two minutes a side, until golden.',
      'Keep the cakes warm in a low oven, covered with a cloth, while you cook the rest of the batter.',
      'Serve them at once with lemon and sugar, or with a spoonful of jam, and eat them while hot.',
    ];
    const recipe = `<div class="print-this-content"><h3>Ingredients</h3><p>Two cups of flour<br>One cup of milk<br>Two eggs</p>${method.map((p) => `<p>${p}</p>`).join('')}</div>`;
    const result = text(`<div class="entry"><h1>Headline of the test story</h1>${story.map((p) => `<p>${p}</p>`).join('')}${recipe}</div><div class="print-button"><p>Print this page for your kitchen wall, in colour or black and white.</p></div>`);
    for (const line of [...story, ...method]) expect(result).toContain(line);
    expect(result).not.toContain('Print this page');
  });

  it('keeps a short post to itself when the reading without class hints only adds the furniture they dropped', () => {
    const about = 'About me: I write about bread, gardens and the slow life, and I answer every letter, in time.';
    const post = text(`<div class="post"><h1>Headline of the test story</h1><p>${P1}</p><p>${P2}</p><div class="sidebar"><p>${about}</p></div></div>`);
    expect(post).toBe([P1, P2].join('\n\n'));
    // hints that drop the article itself still give way: the reading without them finds much more
    const hidden = text(`<div class="sidebar-layout"><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p><p>${P5}</p></div><div class="note"><p>${about}</p></div>`);
    for (const paragraph of [P1, P3, P5]) expect(hidden).toContain(paragraph);
  });

  it('keeps the notes of a short post under its headline rather than the comments the reading without class hints finds', () => {
    const notes = '<div class="episode"><h2>12. Night Sky Timelapse</h2><ul><li>Plan a timelapse of the stars over a lake</li><li>Blend the frames with a mask</li></ul><p>1,204 Views</p></div>';
    const replies = Array.from({ length: 12 }, (_, i) => `<div style="padding:10px"><b>Reader ${i + 1}</b><div>${COMMENT} Number ${i + 1}.</div></div>`);
    const result = text(`<div class="page">${notes}<div id="comments-container">${replies.join('')}</div></div>`, '<title>Night Sky Timelapse</title>');
    expect(result).toBe(['12. Night Sky Timelapse', 'Plan a timelapse of the stars over a lake', 'Blend the frames with a mask', '1,204 Views'].join('\n\n'));
  });

  it('keeps to the article when <main> holds little more than it', () => {
    const main = `<main><article><h1>Headline of the test story</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p></article><div class="aside"><p>Also on this site: a teaser of another story.</p></div></main>`;
    expect(text(main)).toBe([P1, P2, P3].join('\n\n'));
  });
  it('keeps a thread set in a <form> when a consent window over the page holds more paragraphs than it', () => {
    const cookies = ['Strictly necessary', 'Performance', 'Functional', 'Targeting'].map(
      (kind) => `<h4>${kind} cookies</h4><p>These ${kind.toLowerCase()} cookies are set by us and by our partners, they remember your choices, they count visits and sources, and they cannot all be switched off in our systems; blocking them may stop some parts of the site from working as they should.</p>`,
    );
    const consent = `<div id="pc"><div role="dialog" aria-label="Privacy preferences"><h3>Privacy preference centre</h3>${cookies.join('')}</div></div>`;
    const posts = [P1, P2].map((p, i) => `<article class="post"><div class="poster">Member ${i + 1}</div><div class="body"><p>${p}</p></div></article>`);
    const result = text(`<div id="layout"><h1>Headline of the test story</h1><form method="post" action="/moderate">${posts.join('')}</form></div>${consent}`);
    expect(result).toContain(P1);
    expect(result).toContain(P2);
    expect(result).not.toContain('cookies are set');
  });
  it('reads no word into the hash a CSS module appends to a class name ("Faq_item__adF2E" is no ad)', () => {
    const answers = [
      'Most people learn it in a year of evening classes, with a portfolio of small projects to show for it.',
      'The work is steady in most cities, with studios, agencies and in-house teams all hiring every season.',
      'Pay rises with experience, and a senior designer earns about twice what a junior one starts on.',
    ];
    const faq = answers.map((answer, i) => `<details open class="Faq_item__adF2E"><summary>Question ${i + 1}?</summary><p>${answer}</p></details>`);
    const story = [P1, P2, P3, P4, P5].map((p) => `<p>${p}</p>`).join('');
    const result = text(`<article><h1>Headline of the test story</h1>${story}<h2>Questions</h2>${faq.join('')}</article>`);
    for (const answer of answers) expect(result).toContain(answer);
  });
  it('keeps a section named for the support it describes (a service page’s "support-plans")', () => {
    const plans = [
      'The basic plan answers by email within two working days, and covers setup questions and billing.',
      'The premium plan adds a phone line open around the clock and an engineer who knows your account.',
    ];
    const story = [P1, P2, P3, P4, P5].map((p) => `<p>${p}</p>`).join('');
    const result = text(`<article><h1>Headline of the test story</h1>${story}<section class="support-plans"><h2>Plans</h2>${plans.map((p) => `<p>${p}</p>`).join('')}</section></article>`);
    for (const plan of plans) expect(result).toContain(plan);
  });
  it('reads the replies of a forum thread known by its address (a "threads" folder and the thread’s number) as its text', () => {
    const replies = [
      'I had the same problem last winter, and a new seal on the door fixed it for good, for about ten dollars.',
      'Check the drain hose first: mine was bent behind the unit, and the water had nowhere else to go at all.',
      'Mine leaked from the pump, which a repairer swapped in an hour; the part cost more than the visit did.',
      'Level the machine too, with a spirit level on its top, since a tilted drum spills over the lip of the tub.',
    ];
    const page = `<html><head><title>Water under the machine</title></head><body><h1>Water under the machine</h1><div class="first-post"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div><div id="comments">${replies.map((r, i) => `<div class="comment"><span>Member ${i + 1}</span><p>${r}</p></div>`).join('')}</div></body></html>`;
    const thread = extractArticle(page, 'https://talk.example.org/threads/water-under-the-machine.48213/').text;
    for (const reply of replies) expect(thread).toContain(reply);
    // the same page at an article's address keeps its comments out
    const article = extractArticle(page, 'https://news.example.org/2024/05/water-under-the-machine').text;
    expect(article).not.toContain(replies[0]);
  });
});
