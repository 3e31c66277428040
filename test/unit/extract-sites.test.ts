import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { findRule } from '../../src/extract/site-rule.js';
import { SITE_RULES, siteRuleFor } from '../../src/extract/sites/index.js';

const SITES_DIR = new URL('../../src/extract/sites/', import.meta.url);
const PAGES_DIR = new URL('../fixtures/pages/sites/', import.meta.url);
const page = (domain: string) => readFileSync(new URL(`${domain}.html`, PAGES_DIR), 'utf8');

interface SiteCase {
  url: string;
  title: string;
  byline: string;
  publishedAt: string;
  /** the body's first sentence, from its start */
  first: string;
  /** a sentence further down, to prove the body is whole */
  later: string;
  /** boilerplate seen on the saved page that must not reach the text */
  gone: string[];
}

/** One saved page per site rule (test/fixtures/pages/sites/<domain>.html), in that site's markup. */
const SITES: Record<string, SiteCase> = {
  'lemonde.fr': {
    url: 'https://www.lemonde.fr/ameriques/article/2017/11/14/donald-trump-jr-a-echange-des-messages-avec-wikileaks-pendant-la-campagne_5214638_3222.html',
    title: 'Donald Trump Jr. a échangé des messages avec WikiLeaks pendant la campagne',
    byline: 'Le Monde avec AFP',
    publishedAt: '2017-11-14T09:49:36.000Z',
    first: 'Le fils aîné du président américain a publié lundi soir ses échanges',
    later: 'Les services de renseignement américains estiment que WikiLeaks a servi de relais',
    gone: ['Lire aussi', 'Enquête russe : ce que l’on sait', 'Newsletter', 'S’inscrire', 'Réactions', 'Voir les contributions', 'Dans la même rubrique', 'CARLO ALLEGRI', 'Partager', 'Temps de Lecture', 'cookies', 'Les plus lus'],
  },
  'theguardian.com': {
    url: 'https://www.theguardian.com/us-news/2017/nov/13/donald-trump-jr-wikileaks-twitter-messages',
    title: 'Donald Trump Jr communicated with WikiLeaks during final stages of election',
    byline: 'Sabrina Siddiqui',
    publishedAt: '2017-11-14T00:45:58.000Z',
    first: 'Revelation that Trump’s son corresponded with the organization via Twitter',
    later: 'Trump Jr’s lawyer said his client had nothing to hide',
    gone: ['skip past newsletter promotion', 'after newsletter promotion', 'This Week in Trumpland', 'Privacy Notice', 'George Papadopoulos: who is', 'Photograph', 'Explore more on these topics', 'Support the Guardian', 'Comments (1,204)', 'Last modified'],
  },
  'bbc.com': {
    url: 'https://www.bbc.com/news/world-us-canada-41984478',
    title: 'Trump Jr and WikiLeaks: What the messages say',
    byline: 'Anthony Zurcher',
    publishedAt: '2017-11-14T09:27:18.000Z',
    first: 'Donald Trump Jr has published private Twitter messages',
    later: 'to suggest that Australia appoint Julian Assange as ambassador to the US',
    gone: ['Getty Images', 'says he has nothing to hide', 'More on this story', 'Seven key questions', 'US election 2016', 'North America reporter', 'agree to cookies', 'Related'],
  },
  'npr.org': {
    url: 'https://www.npr.org/2017/11/14/564026346/donald-trump-jr-releases-twitter-messages-with-wikileaks',
    title: 'Donald Trump Jr. Releases Twitter Messages With WikiLeaks',
    byline: 'Philip Ewing',
    publishedAt: '2017-11-14T10:06:00.000Z',
    first: 'Donald Trump Jr. on Monday released private messages he exchanged with WikiLeaks',
    later: 'President Trump has called the inquiry a witch hunt.',
    gone: ['hide caption', 'toggle caption', 'Getty Images', 'Sessions Signals Openness', 'NPR thanks our sponsors', 'Sign up for the NPR Politics newsletter', 'inbox', 'donald trump jr.', 'More Stories From NPR'],
  },
  'politico.com': {
    url: 'https://www.politico.com/story/2017/11/13/trump-jr-wikileaks-messages-244867',
    title: 'Trump Jr. corresponded with WikiLeaks during campaign',
    byline: 'Kyle Cheney',
    publishedAt: '2017-11-13T19:26:10.000Z',
    first: 'The messages show the group asking the candidate\'s son to promote its material.',
    later: 'A lawyer for Trump Jr. did not respond to a request for comment.',
    gone: ['Related stories', 'Manafort, Gates indicted', 'Playbook', 'Advertisement', 'Getty Images', 'Missing out on the latest scoops', 'Most Read', 'Share on Facebook'],
  },
  'france24.com': {
    url: 'https://www.france24.com/fr/20171114-etats-unis-donald-trump-jr-wikileaks-messages-campagne',
    title: 'États-Unis : Donald Trump Jr. a correspondu avec WikiLeaks pendant la campagne',
    byline: 'France 24',
    publishedAt: '2017-11-14T07:21:44.000Z',
    first: 'Le fils aîné du président américain a publié lundi soir ses échanges privés avec WikiLeaks',
    later: 'L’avocat de Donald Trump Jr. a assuré que son client n’avait « rien à cacher ».',
    gone: ['Lire aussi', 'Paul Manafort, ex-directeur de campagne de Trump, inculpé', 'Publicité', 'Brendan Smialowski', 'Avec AFP et Reuters', 'Télécharger', 'Les plus lus', 'cookies', 'Sur le même sujet'],
  },
  'francetvinfo.fr': {
    url: 'https://www.francetvinfo.fr/monde/usa/presidentielle/donald-trump/etats-unis-le-fils-aine-de-donald-trump-a-echange-des-messages-avec-wikileaks-pendant-la-campagne_2466148.html',
    title: 'Etats-Unis : le fils aîné de Donald Trump a échangé des messages avec WikiLeaks pendant la campagne',
    byline: 'franceinfo avec AFP',
    publishedAt: '2017-11-14T07:37:00.000Z',
    first: 'Donald Trump Jr. a publié lundi soir ces messages privés',
    later: 'pour « améliorer la perception » de son impartialité.',
    gone: ['A lire aussi', 'ce que l’on sait des inculpations', 'Publicité', 'GETTY IMAGES', 'newsletter', 'Commentaires', 'Temps de lecture', 'Copier le lien'],
  },
  'rfi.fr': {
    url: 'https://www.rfi.fr/fr/ameriques/20171114-etats-unis-trump-jr-wikileaks-messages-enquete-russe',
    title: "Etats-Unis: les messages de Donald Trump Jr. avec WikiLeaks relancent l'enquête russe",
    byline: 'Anne Corpet',
    publishedAt: '2017-11-14T11:02:00.000Z',
    first: 'Aux États-Unis, la publication de messages échangés entre WikiLeaks et le fils aîné',
    later: 'La Maison Blanche n’a pas souhaité commenter.',
    gone: ['À lire aussi', 'qui est George Papadopoulos', 'Écouter', 'le récit de notre correspondante', 'REUTERS/Carlo Allegri', 'Je m\'abonne', 'Les plus lus'],
  },
  'lawfaremedia.org': {
    url: 'https://www.lawfaremedia.org/article/trump-jr-wikileaks-messages-what-they-mean-legally',
    title: 'The Trump Jr.-WikiLeaks Messages: What They Mean Legally',
    byline: 'Jane Chong, Benjamin Wittes',
    publishedAt: '2017-11-14T12:34:00.000Z',
    first: 'The newly released direct messages raise questions under federal campaign finance law',
    later: 'Investigators will want to know what else happened.',
    gone: ['Subscribe to Lawfare', 'inbox', 'is a former deputy managing editor', 'Creative Commons', 'More Articles', 'The Papadopoulos Plea', 'Elections & Voting'],
  },
  'arstechnica.com': {
    url: 'https://arstechnica.com/tech-policy/2017/11/facebook-google-twitter-lawyers-face-grilling-over-russian-election-meddling/',
    title: 'Facebook, Google, Twitter lawyers face grilling over Russian election meddling',
    byline: 'Cyrus Farivar',
    publishedAt: '2017-11-01T16:00:00.000Z',
    first: 'Senators want to know why the companies took so long to spot Russia-linked accounts.',
    later: 'it was hiring thousands of additional reviewers to look at ads before they ran.',
    gone: ['Further Reading', '126 million Americans may have seen', 'Advertisement', 'Getty Images', 'Senior Tech Policy Reporter', 'Reader Comments', 'currency field', 'Share on Reddit'],
  },
  'next.ink': {
    url: 'https://next.ink/1862/donald-trump-jr-et-wikileaks-communiquaient-pendant-elections-americaines/',
    title: 'Donald Trump Jr et WikiLeaks communiquaient pendant les élections américaines',
    byline: 'Vincent Hermann',
    publishedAt: '2017-11-14T10:39:00.000Z',
    first: 'Alors que l’enquête sur l’influence russe pendant les élections américaines se poursuit',
    later: 'et demandé la publication de ses déclarations d’impôts.',
    gone: ['Abonnez-vous', 'Je m’abonne', 'Commentaires (48)', 'Wikileaks a eu son moment de gloire', 'Le 14/11/2017 à 15h47', 'Tags', '5 min', 'Tous droits réservés'],
  },
};

describe.each(Object.entries(SITES))('site rule for %s', (domain, expected) => {
  const article = extractArticle(page(domain), expected.url);

  it('is found for the page URL', () => {
    expect(siteRuleFor(expected.url)?.hosts).toContain(domain);
  });

  it('reads title, byline and date', () => {
    expect(article.title).toBe(expected.title);
    expect(article.byline).toBe(expected.byline);
    expect(article.publishedAt).toBe(expected.publishedAt);
  });

  it('keeps the body from its first sentence on', () => {
    expect(article.text.startsWith(expected.first)).toBe(true);
    expect(article.text).toContain(expected.later);
  });

  it('drops the boilerplate', () => {
    for (const boilerplate of expected.gone) expect(article.text, boilerplate).not.toContain(boilerplate);
  });
});

describe('the site rule registry', () => {
  const files = readdirSync(SITES_DIR)
    .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
    .map((file) => file.replace(/\.ts$/, ''));

  it('lists one rule per file in sites/, named after its first host', () => {
    expect(SITE_RULES.map((rule) => rule.hosts[0]).sort()).toEqual([...files].sort());
  });

  it('has a saved page and a test for every rule', () => {
    const pages = readdirSync(PAGES_DIR).map((file) => file.replace(/\.html$/, ''));
    expect(pages.sort()).toEqual([...files].sort());
    expect(Object.keys(SITES).sort()).toEqual([...files].sort());
  });

  it('matches subdomains and only whole labels', () => {
    expect(siteRuleFor('https://www.lemonde.fr/x')?.hosts).toContain('lemonde.fr');
    expect(siteRuleFor('https://feeds.bbci.co.uk/x')).toBeUndefined();
    expect(siteRuleFor('https://www.bbc.co.uk/news/world-us-canada-1')?.hosts).toContain('bbc.co.uk');
    expect(siteRuleFor('https://notlemonde.fr/x')).toBeUndefined();
    expect(siteRuleFor('not a url')).toBeUndefined();
    expect(findRule([{ hosts: ['example.org'], body: 'p' }, { hosts: ['news.example.org'], body: 'article' }], 'www.news.example.org')?.body).toBe('article');
  });

  it('uses the canonical URL to find the rule of a page served elsewhere (AMP cache, mirror)', () => {
    const article = extractArticle(page('npr.org'), 'https://amp-cache.example.net/c/s/www.npr.org/story');
    expect(article.byline).toBe('Philip Ewing');
    expect(article.text).not.toContain('hide caption');
  });

  it('falls back to the generic scorer when the site changed its markup', () => {
    const html = page('npr.org').replace('id="storytext"', 'id="story-body-v2"');
    const article = extractArticle(html, SITES['npr.org'].url);
    expect(article.text).toContain('Donald Trump Jr. on Monday released private messages');
    expect(article.text).toContain('President Trump has called the inquiry a witch hunt.');
  });
});
