import { describe, expect, it } from 'vitest';
import { renderDigestEmail } from '../../src/alerts/email/render-digest.js';
import { buildDigest } from '../../src/digest/build-digest.js';
import type { DigestEntry } from '../../src/domain/types.js';

const hostileTitle = '<script>alert(1)</script> & <img src=x onerror=alert(2)>';

function entry(id: string, title: string, url: string, sourceId = 'wire'): DigestEntry {
  return {
    story: { id, sourceId, url, title, publishedAt: '2018-11-14T08:05:00Z', lang: 'en', siteName: null, summary: 'A short summary.' },
    score: {
      relevance: 0.82,
      relevant: true,
      claims: [{ claim: 'C14', stance: 'contradicts', score: 0.87, evidence: 'RT bought "3,000" promoted tweets.' }],
      entities: [{ id: 'rt', alias: 'RT', count: 3 }],
      why: [],
    },
    alsoIn: [],
  };
}

const hostile = entry('hostile', hostileTitle, 'https://news.example.org/hostile');
const jsLink = entry('jslink', 'A story with a javascript: link to RT promoted tweets', 'javascript:alert(document.cookie)', 'evil');
const mirrored = entry('mirror', 'A story with a javascript: link to RT promoted tweets', 'https://mirror.example.net/story', 'mirror');

const digest = buildDigest({
  id: 'daily-2018-11-15',
  digestId: 'daily',
  periodStart: '2018-11-14T07:00:00Z',
  periodEnd: '2018-11-15T07:00:00Z',
  entries: [hostile, jsLink, mirrored],
  claims: {
    C14: {
      statement: 'Twitter said RT paid for about 1,823 promoted tweets.',
      quote: 'environ 1823 tweets promotionnels',
      seedError: 'the seed says <b>1823</b>',
    },
  },
});

const options = { subject: 'Veille: {count} new stories on {date}', from: 'Veille <veille@example.org>', to: ['desk@example.org'], tz: 'Europe/Paris' };

describe('digest e-mail rendering', () => {
  const email = renderDigestEmail(digest, options);

  it('fills the subject template', () => {
    expect(email.subject).toBe('Veille: 2 new stories on 2018-11-15');
  });

  it('A1 escapes hostile titles and quotes in the HTML', () => {
    expect(email.html).not.toContain('<script>');
    expect(email.html).not.toContain('<img');
    expect(email.html).not.toContain('<b>1823');
    expect(email.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(2)&gt;');
    expect(email.html).toContain('RT bought &quot;3,000&quot; promoted tweets.');
  });

  it('renders only http(s) links as links', () => {
    const hrefs = [...email.html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => href.startsWith('https://'))).toBe(true);
    expect(email.html).not.toContain('javascript:alert');
    expect(email.text).not.toContain('javascript:alert');
  });

  it('shows outlet, date, the claim, both sentences and why in plain words', () => {
    expect(email.html).toContain('news.example.org · 2018-11-14 09:05 Europe/Paris · en');
    expect(email.html).toContain('<b>Contradicts C14</b> · Twitter said RT paid for about 1,823 promoted tweets.');
    expect(email.html).toContain('Seed: “environ 1823 tweets promotionnels”');
    expect(email.html).toContain('This story: “RT bought &quot;3,000&quot; promoted tweets.”');
    expect(email.html).toContain('The seed itself is wrong here');
    expect(email.html).toContain('Why: Names RT');
    expect(email.html).toMatch(/Also in 1 outlet:/);
  });

  it('has a text part with the same titles, quotes and links', () => {
    expect(email.text).toContain(`* ${hostileTitle}`);
    expect(email.text).toContain('* A story with a javascript: link to RT promoted tweets');
    expect(email.text).toContain('https://news.example.org/hostile');
    expect(email.text).toContain('    Seed: “environ 1823 tweets promotionnels”');
    expect(email.text).toContain('    This story: “RT bought "3,000" promoted tweets.”');
    expect(email.text).toContain('Also in 1 outlet:');
    expect(email.text).toContain('⚠️ CONTRADICTING A SEED CLAIM');
  });

  it('says so when nothing matched', () => {
    const empty = buildDigest({ id: 'e', digestId: 'daily', periodStart: null, periodEnd: '2018-11-15T07:00:00Z', entries: [], claims: {} });
    const rendered = renderDigestEmail(empty, options);
    expect(rendered.subject).toBe('Veille: 0 new stories on 2018-11-15');
    expect(rendered.text).toContain('Nothing new matched');
    expect(rendered.html).toContain('Nothing new matched');
  });
});
