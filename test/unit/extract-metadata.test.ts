import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { dateFromUrl, readDateText } from '../../src/extract/date-text.js';

const BODY = '<p>A paragraph of article text that is long enough, with commas, to be the main text of this page.</p>';
const page = (head: string, body = BODY, lang = '') => `<html${lang ? ` lang="${lang}"` : ''}><head>${head}</head><body>${body}</body></html>`;
const read = (head: string, body?: string, url = 'https://www.example-news.com/a', lang?: string) => extractArticle(page(head, body, lang), url);

describe('title', () => {
  it.each([
    ['<title>Headline of the day - Le Monde</title><meta property="og:site_name" content="Le Monde">', 'Headline of the day'],
    ['<title>Headline of the day | US news | The Guardian</title>', 'Headline of the day'],
    ['<title>County Weekly :: News :: Flood barriers approved for River Street</title>', 'Flood barriers approved for River Street'],
    ['<title>Opinion | Congress should stop waiting for Silicon Valley</title>', 'Congress should stop waiting for Silicon Valley'],
    ['<title>Paris - Le maire annonce un plan pour les transports</title>', 'Paris - Le maire annonce un plan pour les transports'],
    ['<title>Ignored</title><meta property="og:title" content="From Open Graph">', 'From Open Graph'],
    ['<title>Ignored</title><meta name="twitter:title" content="From Twitter card">', 'From Twitter card'],
    ['<script type="application/ld+json">{"@type":"NewsArticle","headline":"From JSON-LD"}</script>', 'From JSON-LD'],
    // Chinese and Japanese sites write the separator without spaces
    ['<title>武汉的声音：有英勇的你，才有英雄的城！-新华网</title><meta property="og:site_name" content="新华网">', '武汉的声音：有英勇的你，才有英雄的城！'],
    ['<title>NEWS WEB EASY|子どもへの体罰を禁止する法律ができる</title><meta property="og:site_name" content="NEWS WEB EASY">', '子どもへの体罰を禁止する法律ができる'],
    ['<title>Anti-corruption drive - Le Monde</title><meta property="og:site_name" content="Le Monde">', 'Anti-corruption drive'],
  ])('%s → %j', (head, title) => {
    expect(read(head, BODY, 'https://www.countyweekly.co.uk/a').title).toBe(title);
  });

  it('takes the page’s one headline when the declared title says the same with a kicker or a site name', () => {
    const head = '<title>Stadtrat: Hafenfest zieht um / Lokales / Home - Talbote Online</title><meta property="og:title" content="TIPP - Stadtrat: Hafenfest zieht um">';
    expect(read(head, `<h1>Stadtrat: Hafenfest zieht um</h1>${BODY}`).title).toBe('Stadtrat: Hafenfest zieht um');
  });

  it('leaves out a kicker element set in the <h1> before the headline the declared title gives', () => {
    const head = '<title>Flood barriers approved for River Street - County Weekly</title>';
    const h1 = '<h1><span class="kicker">Town council</span> <span>Flood barriers approved for River Street</span></h1>';
    expect(read(head, `${h1}${BODY}`).title).toBe('Flood barriers approved for River Street');
    // a headline written with its own lead-in stays whole
    const whole = '<h1>Town council: flood barriers approved for River Street</h1>';
    expect(read(head, `${whole}${BODY}`).title).toBe('Town council: flood barriers approved for River Street');
  });

  it('leaves out a kicker styled apart at the head of the <h1> before the headline’s bare text', () => {
    const head = '<title>Harbour works: what changes for ferries | County Weekly</title>';
    const h1 = '<h1><span class="topline">Harbour works: what changes for ferries</span> Ferry timetable moves to the summer hours</h1>';
    expect(read(head, `${h1}${BODY}`).title).toBe('Ferry timetable moves to the summer hours');
    // a phrase set in italics inside the headline is part of it
    const italic = '<h1><em class="work">Harbour works</em> opens at the ferry terminal</h1>';
    expect(read('<title>Harbour works opens at the ferry terminal | County Weekly</title>', `${italic}${BODY}`).title).toBe('Harbour works opens at the ferry terminal');
  });

  it('keeps the declared title when the one <h1> is something else (a logo, a section name)', () => {
    const head = '<meta property="og:title" content="Flood barriers approved for River Street">';
    expect(read(head, `<h1>County Weekly</h1>${BODY}`).title).toBe('Flood barriers approved for River Street');
    expect(read(head, `<h1>Weather</h1><h1>River Street news</h1>${BODY}`).title).toBe('Flood barriers approved for River Street');
  });

  it('reads the one <h1> that is the declared title’s last part as the site’s name (a book’s menu title), not the headline', () => {
    const book = read('<title>Borrowing and Lending Tools - The Workshop Handbook</title>', `<nav><h1 class="menu-title">The Workshop Handbook</h1></nav><main>${BODY}</main>`);
    expect(book.title).toBe('Borrowing and Lending Tools');
    // a headline at the end of the title stays the headline
    const headline = 'Flood barriers approved for River Street after a long night of debate';
    expect(read(`<title>County Weekly - News - ${headline}</title>`, `<h1>${headline}</h1>${BODY}`).title).toBe(headline);
  });

  it('takes the one headline when the other <h1>s are empty, the site name or the same headline again', () => {
    const head = '<title>Lantern festival moves to the harbour | County Weekly</title><meta property="og:site_name" content="County Weekly">';
    const headline = 'Lantern festival moves to the harbour front this year';
    expect(read(head, `<h1 class="small">${headline}</h1><h1 class="large">${headline}</h1>${BODY}`).title).toBe(headline);
    expect(read(head, `<h1><img src="logo.png" alt=""></h1><h1>${headline}</h1>${BODY}`).title).toBe(headline);
    expect(read(head, `<h1>County Weekly</h1><h1>${headline}</h1>${BODY}`).title).toBe(headline);
  });

  it('takes, of several <h1>s, the one the declared title opens with', () => {
    const head = '<title>Lantern festival moves to the harbour - The weekly paper of the seven valley towns</title>';
    expect(read(head, `<h1>Quick links</h1><h1>The weekly paper</h1><h1>Lantern festival moves to the harbour</h1>${BODY}`).title).toBe('Lantern festival moves to the harbour');
    // a section named in one word is no headline
    expect(read('<title>Weather | Storm warning for the coast tonight</title>', `<h1>Weather</h1><h1>Forecast</h1>${BODY}`).title).toBe('Storm warning for the coast tonight');
  });

  it('takes, of several <h1>s, the headline the declared title says in other words', () => {
    const head = '<title>Lantern festival moves to the harbour front | County Weekly</title>';
    const h1s = '<h1>Notes from a small harbour town</h1><h1>This year the lantern festival moves to the harbour</h1><h1>Most popular posts this week</h1>';
    expect(read(head, `${h1s}${BODY}`).title).toBe('This year the lantern festival moves to the harbour');
    // a short heading that shares words is a section name
    expect(read(head, `<h1>Harbour front</h1><h1>Festival news</h1>${BODY}`).title).toBe('Lantern festival moves to the harbour front');
  });

  it('keeps the headline before a pipe that is left in the title (a subtitle, a tagline)', () => {
    const head = '<title>Lantern festival moves to the harbour | A guide for visitors | County Weekly</title>';
    const article = read(head, `<h1>Lantern festival moves to the harbour | A guide for visitors</h1>${BODY}`);
    expect(article.title).toBe('Lantern festival moves to the harbour');
    expect(article.text).not.toContain('A guide for visitors'); // the headline's line is still known as the headline
    // one word before the pipe is no headline
    expect(read('<title>Lanterns | A guide to the harbour festival</title>', `<h1>Lanterns | A guide to the harbour festival</h1>${BODY}`).title).toBe('Lanterns | A guide to the harbour festival');
  });

  it('falls back to the <h1>', () => {
    expect(read('', `<h1>The only headline</h1>${BODY}`).title).toBe('The only headline');
  });

  it('leaves out the permalink sign documentation pages print after a heading', () => {
    const head = '<title>Request routing — Example Framework 4.2 documentation</title>';
    expect(read(head, `<h1>Request routing<a class="headerlink" href="#request-routing">¶</a></h1>${BODY}`).title).toBe('Request routing');
  });
});

describe('a page rendered by script', () => {
  it('gives its own description as the text when its body holds none (a forum thread saved before its script ran)', () => {
    const summary = 'I am new to astronomy and would love advice on choosing a first telescope for planets and galaxies.';
    const article = read(`<meta property="og:description" content="${summary}">`, '<section id="main"></section><noscript>Please enable JavaScript</noscript>');
    expect(article.text).toBe(summary);
  });

  it('keeps its body text when there is any', () => {
    expect(read('<meta name="description" content="A short summary of the article, written for search engines.">').text).toBe(BODY.replace(/<\/?p>/g, ''));
  });
});

describe('publication date', () => {
  it.each([
    ['JSON-LD', '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2017-11-14T10:49:36+01:00"}</script>', BODY, '2017-11-14T10:49:36.000+01:00'],
    ['Le Monde’s og:article:published_time', '<meta property="og:article:published_time" content="2017-11-14T10:49:36+01:00">', BODY, '2017-11-14T10:49:36.000+01:00'],
    ['a non-standard "published" meta', '<meta name="govuk:first-published-at" content="2019-05-05T00:00:00+01:00">', BODY, '2019-05-05T00:00:00.000+01:00'],
    ['<time datetime>', '', `<time datetime="2017-11-17T19:31:00-05:00">Nov 17</time>${BODY}`, '2017-11-17T19:31:00.000-05:00'],
    ['microdata content', '', `<meta itemprop="datePublished" content="2018-08-14">${BODY}`, '2018-08-14T00:00:00.000Z'],
    ['an hAtom <abbr class="published">', '', `<abbr class="published" title="2018-08-14T19:32:00+02:00">19:32</abbr>${BODY}`, '2018-08-14T19:32:00.000+02:00'],
    ['<time> text', '', `<time class="published">2017-11-16 12:41:00</time>${BODY}`, '2017-11-16T12:41:00.000Z'],
    ['a visible French date', '', `<span class="date">Publié le 14/11/2017 à 18h32</span>${BODY}`, '2017-11-14T18:32:00.000Z'],
    ['a visible US date', '', `<div class="storydate">Posted: Friday, June 3, 2011 4:15 pm</div>${BODY}`, '2011-06-03T16:15:00.000Z'],
  ])('from %s', (_, head, body, iso) => {
    expect(read(head, body).publishedAt).toBe(iso);
  });

  it('keeps the offset the page gives, so the day is the one the outlet printed and the instant is the same', () => {
    const published = read('<meta property="article:published_time" content="2022-05-03T21:36:00-03:00">').publishedAt!;
    expect(published).toBe('2022-05-03T21:36:00.000-03:00');
    expect(Date.parse(published)).toBe(Date.parse('2022-05-04T00:36:00Z'));
    // no offset, or UTC: the date is read as UTC, as before
    expect(read('<meta property="article:published_time" content="2022-05-03T21:36:00Z">').publishedAt).toBe('2022-05-03T21:36:00.000Z');
  });

  it('reads a date printed beside the headline in a block without a date class', () => {
    const body = `<div class="l-detail"><h1>Headline of the day</h1><div class="l-teaser"><p>Pressemitteilung vom 25. Januar 2022 | Berlin</p></div>${BODY}</div>`;
    expect(read('', body).publishedAt).toBe('2022-01-25T00:00:00.000Z');
    expect(read('', `<div class="l-detail"><h1>Headline of the day</h1>${BODY}</div>`, 'https://x.example/a').publishedAt).toBeUndefined();
  });

  it('prefers the publication date to a modification date shown first', () => {
    const body = `<p class="meta-updated">Mis à jour le 15/11/2017 à 07h10</p><p class="meta-date">Publié le 14/11/2017 à 18h32</p>${BODY}`;
    expect(read('', body).publishedAt).toBe('2017-11-14T18:32:00.000Z');
  });

  it('reads the URL as the last resort', () => {
    expect(read('', BODY, 'https://www.example.com/opinions/2017/11/14/congress/').publishedAt).toBe('2017-11-14T00:00:00.000Z');
    expect(read('<meta property="article:published_time" content="2017-11-13T08:00:00Z">', BODY, 'https://x.example/2017/11/14/a').publishedAt).toBe('2017-11-13T08:00:00.000Z');
  });

  it.each([
    ['https://x.example/2017/11/14/story', '2017-11-14T00:00:00.000Z'],
    ['https://www.theguardian.com/us-news/2017/nov/13/story', '2017-11-13T00:00:00.000Z'],
    ['https://www.france24.com/fr/20171114-etats-unis', '2017-11-14T00:00:00.000Z'],
    ['https://x.example/a/2017-10-28/b', '2017-10-28T00:00:00.000Z'],
    ['https://x.example/digital/2017-10/facebook', undefined],
    ['https://x.example/1509404650_123456.html', undefined],
    ['https://x.example/news/20171399-x', undefined],
  ])('URL %s → %s', (url, iso) => {
    expect(dateFromUrl(url)).toBe(iso);
  });

  it.each([
    ['26.10.2017, 18:05', false, '2017-10-26T18:05:00.000Z'],
    ['14 de agosto de 2018, 21:05', false, '2018-08-14T21:05:00.000Z'],
    ['Le 14 novembre 2017 à 11h39', false, '2017-11-14T11:39:00.000Z'],
    ['11/13/2017 07:26 PM EST', true, '2017-11-13T19:26:00.000Z'],
    ['03/04/2018', false, '2018-04-03T00:00:00.000Z'],
    ['03/04/2018', true, '2018-03-04T00:00:00.000Z'],
    ['3 millions 2017', false, undefined],
    ['yesterday-ish', false, undefined],
  ])('visible text %j (US order: %s) → %s', (text, monthFirst, iso) => {
    expect(readDateText(text, monthFirst)).toBe(iso);
  });
});

describe('byline, language, canonical URL and site name', () => {
  it('reads bylines from meta, JSON-LD and the markup, without "By" and capitals', () => {
    expect(read('<meta name="author" content="Jean Dupont">').byline).toBe('Jean Dupont');
    expect(read('<script type="application/ld+json">{"@type":"NewsArticle","author":[{"name":"A. One"},{"name":"B. Two"}]}</script>').byline).toBe('A. One, B. Two');
    expect(read('', `<p class="byline">By KYLE CHENEY</p>${BODY}`).byline).toBe('Kyle Cheney');
  });

  it('takes the language from <html lang>, then from the text', () => {
    expect(read('', BODY, undefined, 'fr-FR').lang).toBe('fr');
    const german = '<p>Die Anklageschrift umfasst zwölf Punkte, darunter Verschwörung gegen die Vereinigten Staaten, Geldwäsche und Falschaussagen vor dem Gericht in Washington.</p>';
    expect(read('', german).lang).toBe('de');
  });

  it('resolves the canonical URL against the page and reads the site name', () => {
    const article = read('<link rel="canonical" href="/politics/story?utm_source=x"><meta property="og:site_name" content="Example News">');
    expect(article.canonicalUrl).toBe('https://www.example-news.com/politics/story');
    expect(article.siteName).toBe('Example News');
  });
});
