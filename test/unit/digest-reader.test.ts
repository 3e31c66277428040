import { describe, expect, it } from 'vitest';
import { renderDigestEmail } from '../../src/alerts/email/render-digest.js';
import { buildDigest } from '../../src/digest/build-digest.js';
import { toEntries } from '../../src/digest/run-digest.js';
import type { DigestEntry, StoryScore } from '../../src/domain/types.js';
import type { DigestStoryRow } from '../../src/store/store.js';
import { worstCaseDigest } from '../fixtures/digest/digests.js';

const options = { subject: 'Veille: {count} new stories', from: 'Veille <veille@example.org>', to: ['desk@example.org'], tz: 'Europe/Paris', minClaimScore: 0.6 };

const claims = {
  C14: { statement: 'Twitter said RT paid for about 1,823 promoted tweets.', quote: 'environ 1823 tweets promotionnels' },
  C20: { statement: 'WikiLeaks wrote to Trump Jr. over Twitter.', quote: 'WikiLeaks a écrit à Trump Jr.' },
  C21: { statement: 'Trump Jr. answered three times.', quote: 'mes 3 réponses' },
  C33: { statement: 'WikiLeaks hacked the e-mails.', quote: 'WikiLeaks a piraté les e-mails' },
};

function story(id: string, title: string, score: Partial<StoryScore>, extra: Partial<DigestEntry['story']> = {}): DigestEntry {
  return {
    story: { id, sourceId: 'wire', url: `https://news.example.org/${id}`, title, publishedAt: '2018-11-14T08:05:00Z', lang: 'en', siteName: null, summary: 'Summary.', outlet: 'The Capitol Wire', ...extra },
    score: { relevance: 0.8, relevant: true, claims: [], entities: [{ id: 'rt', alias: 'RT', count: 2 }], why: [], ...score },
    alsoIn: [],
  };
}

function render(entries: DigestEntry[], extra: Partial<typeof options> & { publicUrl?: string } = {}, maxStories?: number) {
  const digest = buildDigest({ id: 'daily-1', digestId: 'daily', periodStart: '2018-11-14T07:00:00Z', periodEnd: '2018-11-15T07:00:00Z', entries, claims, minClaimScore: 0.6, maxStories });
  return renderDigestEmail(digest, { ...options, ...extra });
}

describe('what a digest reader sees', () => {
  it('shows only findings at or above contradiction_threshold, and at most the two strongest', () => {
    const email = render([
      story('supp', 'Twitter confirms RT bought promoted tweets', {
        claims: [
          { claim: 'C14', stance: 'supports', score: 0.9, evidence: 'Twitter confirms it.', reason: 'the story gives the same 1,823 tweets' },
          { claim: 'C21', stance: 'contradicts', score: 0.58, evidence: 'Trump Jr. replied once.' },
          { claim: 'C33', stance: 'contradicts', score: 0.55, evidence: 'The GRU hacked them.' },
          { claim: 'C20', stance: 'supports', score: 0.8, evidence: 'WikiLeaks messaged him.' },
          { claim: 'C21', stance: 'possible', score: 0.7, evidence: 'He answered.' },
        ],
      }),
    ]);
    // 0.58 and 0.55 are under 0.6: the story is a support, and no red box appears
    expect(email.text).toContain('✅ SUPPORTING A SEED CLAIM');
    expect(email.text).not.toContain('Contradicts');
    expect(email.html).not.toContain('#b91c1c');
    expect(email.text).toContain('Supports C14');
    expect(email.text).toContain('Supports C20');
    expect(email.text).not.toContain('Possibly about C21'); // third strongest: left out
    expect(email.text).toContain('The story gives the same 1,823 tweets');
  });

  it('lists a possible finding in the digest, with a sentence saying why', () => {
    const email = render([story('poss', 'Trump Jr. talks about his replies', { claims: [{ claim: 'C21', stance: 'possible', score: 0.7, evidence: 'He answered.' }] })]);
    expect(email.text).toContain('Possibly about C21 · Trump Jr. answered three times.');
    expect(email.text).toContain('without saying clearly whether it agrees');
    expect(email.text).toContain('OTHER RELEVANT STORIES');
  });

  it('never shows word stems, claim ids or scores in the why line', () => {
    const email = render([
      story('why', 'RT and Twitter', { why: ['entities: RT ×2', 'storyline words: releas, messag', 'claim C14 contradicts (0.87): rt under a negation', 'in the title: RT'] }),
    ]);
    expect(email.text).toContain('Why: Names RT · In the title: RT');
    expect(email.text).not.toMatch(/releas|messag|negation|×|0\.87/);
  });

  it('names other outlets by name, with their language, never by source id', () => {
    const rows = [
      { story: { id: 'a', sourceId: 'demo-wire', url: 'https://wire.example.org/a', title: 'RT bought tweets', text: 'RT bought tweets.', publishedAt: null, lang: 'en', siteName: 'The Capitol Wire', clusterId: 'a' }, score: { relevance: 0.9, relevant: true, claims: [], entities: [], why: [] } },
      { story: { id: 'b', sourceId: 'demo-vigie', url: 'https://vigie.example.fr/b', title: 'RT a acheté des tweets', text: 'x', publishedAt: null, lang: 'fr', siteName: null, clusterId: 'a' }, score: { relevance: 0.7, relevant: true, claims: [], entities: [], why: [] } },
      { story: { id: 'c', sourceId: 'demo-bytes', url: 'https://bytes.example.com/c', title: 'RT tweets', text: 'x', publishedAt: null, lang: 'en', siteName: null, clusterId: 'a' }, score: { relevance: 0.6, relevant: true, claims: [], entities: [], why: [] } },
    ] as unknown as DigestStoryRow[];
    const entries = toEntries(rows, { 'demo-vigie': 'La Vigie' });
    const email = render(entries);
    expect(email.text).toContain('Also in 2 outlets:');
    expect(email.text).toContain('- La Vigie (fr): RT a acheté des tweets <https://vigie.example.fr/b>');
    expect(email.text).toContain('- bytes.example.com (en): RT tweets'); // no site name, no configured name: the host
    expect(email.text).toContain('3 outlets: bytes.example.com, La Vigie and The Capitol Wire');
    expect(email.text + email.html).not.toMatch(/demo-vigie|demo-bytes|demo-wire/);
  });

  it('counts two unnamed sources on one host as two outlets, and two feeds of one named outlet as one', () => {
    const row = (id: string, sourceId: string, siteName: string | null) =>
      ({ story: { id, sourceId, url: `https://same.example.org/${id}`, title: 'RT bought tweets', text: 'x', publishedAt: null, lang: 'en', siteName, clusterId: 'a' }, score: { relevance: 0.9 - id.charCodeAt(0) / 1000, relevant: true, claims: [], entities: [], why: [] } }) as unknown as DigestStoryRow;
    expect(render(toEntries([row('a', 'feed-1', null), row('b', 'feed-2', null)])).text).toContain('Also in 1 outlet:');
    expect(render(toEntries([row('a', 'feed-1', 'The Capitol Wire'), row('b', 'feed-2', 'The Capitol Wire')])).text).not.toContain('Also in');
  });

  it('opens with a three-line summary and a table of contents', () => {
    const email = render([
      story('c', 'RT bought 3,000 tweets', { claims: [{ claim: 'C14', stance: 'contradicts', score: 0.9, evidence: 'RT bought 3,000.' }] }),
      story('s', 'Twitter confirms', { claims: [{ claim: 'C14', stance: 'supports', score: 0.9, evidence: 'Confirmed.' }] }, { outlet: 'Bytewise' }),
      story('r', 'RT news', {}),
    ]);
    const [head] = email.text.split('CONTRADICTING');
    expect(head).toContain('1 new contradiction and 1 new support of the seed claims');
    expect(head).toContain('3 stories — RT 3');
    expect(head).toContain('2 outlets: Bytewise and The Capitol Wire');
    expect(head).toMatch(/Contents:\n {2}1\. Contradicting a seed claim \(1\)\n {2}2\. Supporting a seed claim \(1\)\n {2}3\. Other relevant stories \(1\)/);
    expect(email.html).toContain('<a href="#s1"');
    expect(email.html).toContain('id="s1"');
  });

  it('says how many stories max_stories left out, linking to the web app when it is public', () => {
    const entries = Array.from({ length: 5 }, (_, i) => story(`r${i}`, `Unrelated headline number w${i}a w${i}b w${i}c`, { relevance: 0.9 - i / 100 }));
    const local = render(entries, {}, 2);
    expect(local.text).toContain('And 3 more stories, weaker matches, not shown');
    expect(local.html).not.toContain('/stories?digest=');
    const pub = render(entries, { publicUrl: 'https://veille.example.org/' }, 2);
    expect(pub.html).toContain('href="https://veille.example.org/stories?digest=daily"');
    expect(pub.text).toContain('Manage this digest: https://veille.example.org/digests/daily');
  });

  it('carries List-Unsubscribe: mailto always, one-click https only with a public web app', () => {
    const local = render([story('a', 'RT', {})]);
    expect(local.headers).toMatchObject({ 'List-Unsubscribe': '<mailto:veille@example.org?subject=unsubscribe%20daily>' });
    expect(local.headers).not.toHaveProperty('List-Unsubscribe-Post');
    const pub = render([story('a', 'RT', {})], { publicUrl: 'https://veille.example.org' });
    expect(pub.headers).toMatchObject({
      'List-Unsubscribe': '<mailto:veille@example.org?subject=unsubscribe%20daily>, <https://veille.example.org/digests/daily/unsubscribe>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
    expect(local.text).toContain('edit the digest "daily" under digests:');
  });

  it('keeps the HTML of 25 worst-case stories under 90 KB (Gmail clips at about 102 KB)', () => {
    const digest = worstCaseDigest(40); // 40 pending, max_stories 25 by default
    expect(digest.storyCount).toBe(40);
    expect(digest.hiddenCount).toBe(15);
    const email = renderDigestEmail(digest, options);
    const bytes = Buffer.byteLength(email.html, 'utf8');
    expect(bytes).toBeLessThan(90 * 1024);
    expect(email.html.match(/class="vx" style="margin:6px 0/g)?.length).toBeLessThanOrEqual(50); // two findings per story at most
  });
});
