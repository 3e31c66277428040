import { describe, expect, it } from 'vitest';
import { clampMrkdwn, escapeSlack, messageLength, renderSlack, type SlackBlock, type SlackMessage } from '../../src/alerts/slack.js';
import type { Alert } from '../../src/domain/types.js';

const rtContradiction: Alert = {
  id: 'alert-1',
  channelId: 'newsroom',
  kind: 'contradiction',
  story: {
    id: 'story-1',
    sourceId: 'wire',
    url: 'https://news.example.org/rt-tweets',
    title: 'RT bought 3,000 promoted tweets, Twitter now says',
    publishedAt: '2018-11-14T09:30:00Z',
    lang: 'en',
    siteName: 'Example News',
  },
  score: {
    relevance: 0.91,
    relevant: true,
    claims: [{ claim: 'C14', stance: 'contradicts', score: 0.87, evidence: 'Twitter said RT bought about 3,000 promoted tweets.' }],
    entities: [
      { id: 'rt', alias: 'RT', count: 3 },
      { id: 'twitter', alias: 'Twitter', count: 2 },
    ],
    why: ['entities: RT, Twitter'],
  },
  claims: {
    C14: {
      statement: 'Twitter said RT paid for about 1,823 promoted tweets aimed at the US market.',
      quote: 'Russia Today avait financé environ 1823 tweets promotionnels',
      seedError: 'the seed rounds the figure; Twitter gave 1,823 exactly',
    },
  },
};

function withTitle(title: string): Alert {
  return { ...rtContradiction, story: { ...rtContradiction.story, title } };
}

function mrkdwnTexts(message: SlackMessage): string[] {
  return message.blocks.flatMap((block: SlackBlock) => {
    if (block.type === 'section') return [block.text.text];
    if (block.type === 'context') return block.elements.map((e) => e.text);
    return [];
  });
}

/** Every `<…>` Slack would parse as a link or mention. */
function slackControls(message: SlackMessage): string[] {
  return [message.text, ...mrkdwnTexts(message)].flatMap((text) => text.match(/<[^>]*>/g) ?? []);
}

describe('Slack rendering', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['<!channel> wake up', '&lt;!channel&gt; wake up'],
    ['A & B', 'A &amp; B'],
    ['<http://evil|click>', '&lt;http://evil|click&gt;'],
  ])('A1 escapes the hostile title %s', (title, escaped) => {
    const message = renderSlack(withTitle(title));
    expect(message.text).toContain(escaped);
    expect(mrkdwnTexts(message).join('\n')).toContain(escaped);
    // the only control sequence left is our own link to the story
    expect(slackControls(message)).toEqual([`<https://news.example.org/rt-tweets|${escaped}>`]);
    expect(JSON.stringify(message)).not.toContain('<!channel>');
    expect(JSON.stringify(message)).not.toMatch(/<script>|<!channel>/);
  });

  it('A1 escapes hostile text in the source, the evidence and the claim', () => {
    const alert: Alert = {
      ...rtContradiction,
      story: { ...rtContradiction.story, siteName: '<!here>' },
      score: { ...rtContradiction.score, claims: [{ ...rtContradiction.score.claims[0], evidence: 'see <https://evil.example|here> & <!everyone>' }] },
    };
    const message = renderSlack(alert);
    expect(slackControls(message)).toEqual(['<https://news.example.org/rt-tweets|RT bought 3,000 promoted tweets, Twitter now says>']);
    expect(mrkdwnTexts(message).join('\n')).toContain('&lt;!here&gt;');
  });

  it('has a header naming the stance, only the claims with that stance, and the story', () => {
    const header = renderSlack(rtContradiction).blocks[0];
    expect(header).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Contradicts C14 · RT bought 3,000 promoted tweets, Twitter now says', emoji: true } });
    const mixed: Alert = {
      ...rtContradiction,
      score: {
        ...rtContradiction.score,
        claims: [
          { claim: 'C21', stance: 'supports', score: 0.9, evidence: 'x' },
          { claim: 'C14', stance: 'contradicts', score: 0.87, evidence: 'y' },
          { claim: 'C33', stance: 'contradicts', score: 0.7, evidence: 'z' },
          { claim: 'C20', stance: 'possible', score: 0.95, evidence: 'w' },
        ],
      },
    };
    expect(renderSlack(mixed).blocks[0]).toMatchObject({ text: { text: 'Contradicts C14, C33 · RT bought 3,000 promoted tweets, Twitter now says' } });
    expect(renderSlack({ ...rtContradiction, kind: 'relevant', score: { ...rtContradiction.score, claims: [] } }).blocks[0]).toMatchObject({
      text: { text: 'Relevant · RT bought 3,000 promoted tweets, Twitter now says' },
    });
  });

  it('never shows a possible finding, nor one under the threshold', () => {
    const alert: Alert = {
      ...rtContradiction,
      minClaimScore: 0.6,
      score: {
        ...rtContradiction.score,
        claims: [
          { claim: 'C14', stance: 'contradicts', score: 0.87, evidence: 'Strong.' },
          { claim: 'C33', stance: 'contradicts', score: 0.58, evidence: 'Weak.' },
          { claim: 'C20', stance: 'possible', score: 0.95, evidence: 'Vague.' },
        ],
      },
    };
    const json = JSON.stringify(renderSlack(alert));
    expect(json).toContain('Contradicts C14 ·');
    expect(json).not.toMatch(/C33|C20|Weak\.|Vague\./);
  });

  it('links the title and gives the outlet and the time in the channel\'s time zone', () => {
    const text = mrkdwnTexts(renderSlack(rtContradiction, { tz: 'Europe/Paris' })).join('\n');
    expect(text).toContain('*<https://news.example.org/rt-tweets|RT bought 3,000 promoted tweets, Twitter now says>*');
    expect(text).toContain('Example News · 2018-11-14 10:30 Europe/Paris');
    expect(mrkdwnTexts(renderSlack(rtContradiction)).join('\n')).toContain('Example News · 2018-11-14 09:30 UTC');
  });

  it('quotes the sentence that matters and the seed, with the reason in plain words', () => {
    const alert: Alert = { ...rtContradiction, score: { ...rtContradiction.score, claims: [{ ...rtContradiction.score.claims[0], reason: 'the story gives 3,000 promoted tweets; the claim says 1,823' }] } };
    const claimBlock = mrkdwnTexts(renderSlack(alert)).find((text) => text.startsWith('*C14*'));
    expect(claimBlock).toBe(
      [
        '*C14* · Twitter said RT paid for about 1,823 promoted tweets aimed at the US market.',
        '_The story gives 3,000 promoted tweets; the claim says 1,823_',
        '*This story:* “Twitter said RT bought about 3,000 promoted tweets.”',
        '*Seed:* “Russia Today avait financé environ 1823 tweets promotionnels”',
        ':warning: The seed itself is wrong here: the seed rounds the figure; Twitter gave 1,823 exactly',
      ].join('\n'),
    );
  });

  it('keeps internal reasons and word stems out of the channel', () => {
    const alert: Alert = {
      ...rtContradiction,
      kind: 'relevant',
      score: { ...rtContradiction.score, claims: [], why: ['storyline words: releas, messag', 'claim C14 contradicts (0.87): rt under a negation', 'entities: RT ×3'] },
    };
    const json = JSON.stringify(renderSlack(alert));
    expect(json).toContain('Names RT and Twitter');
    expect(json).not.toMatch(/releas|messag|negation|×/);
  });

  it('says which other outlets ran it and links to the story page when the web app is public', () => {
    const alert: Alert = {
      ...rtContradiction,
      storyPage: 'https://veille.example.org/stories/story-1',
      alsoIn: [
        { outlet: 'La Vigie', url: 'https://vigie.example.fr/rt' },
        { outlet: 'Bytewise', url: 'https://bytewise.example.com/rt' },
      ],
    };
    const context = renderSlack(alert).blocks.at(-1);
    expect(context).toEqual({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: 'also in 2 outlets: <https://vigie.example.fr/rt|La Vigie>, <https://bytewise.example.com/rt|Bytewise> · <https://veille.example.org/stories/story-1|Open in Veille>',
        },
      ],
    });
    expect(JSON.stringify(renderSlack(rtContradiction))).not.toContain('Open in Veille');
  });

  it('is one short message: at most 1,500 characters even with ten long claims', () => {
    const long = (word: string) => `${word} `.repeat(400);
    const claims = Array.from({ length: 10 }, (_, i) => ({ claim: `C${20 + i}`, stance: 'contradicts' as const, score: 0.9 - i / 100, evidence: long('evidence') }));
    const alert: Alert = {
      ...withTitle(long('title')),
      score: { ...rtContradiction.score, claims },
      claims: Object.fromEntries(claims.map((c) => [c.claim, { statement: long('statement'), quote: long('quote'), seedError: long('error') }])),
      alsoIn: Array.from({ length: 8 }, (_, i) => ({ outlet: `Outlet ${i}`, url: `https://o${i}.example.org/${'x'.repeat(200)}` })),
      storyPage: 'https://veille.example.org/stories/story-1',
    };
    const message = renderSlack(alert);
    expect(messageLength(message.blocks)).toBeLessThanOrEqual(1500);
    expect(message.blocks.filter((b) => b.type === 'section')).toHaveLength(2); // the story, and its strongest claim
    expect(JSON.stringify(message)).toContain('9 more claims with the same finding');
  });

  it('leaves the seed-error note out when the seed was right', () => {
    const alert: Alert = { ...rtContradiction, claims: { C14: { statement: 'x', quote: 'y' } } };
    expect(JSON.stringify(renderSlack(alert))).not.toContain('seed itself is wrong');
  });

  it('does not link a javascript: URL', () => {
    const alert: Alert = { ...rtContradiction, story: { ...rtContradiction.story, url: 'javascript:alert(1)' } };
    const message = renderSlack(alert);
    expect(slackControls(message)).toEqual([]);
    expect(JSON.stringify(message)).not.toContain('javascript:');
  });

  it('keeps long fields within Slack limits', () => {
    const long = `${'<!channel> & '.repeat(800)}end`;
    const alert: Alert = {
      ...withTitle(long),
      score: { ...rtContradiction.score, claims: [{ claim: 'C14', stance: 'contradicts', score: 0.9, evidence: long }] },
      claims: { C14: { statement: long, quote: long, seedError: long } },
    };
    const message = renderSlack(alert);
    const header = message.blocks[0];
    expect(header.type === 'header' && header.text.text.length).toBeLessThanOrEqual(150);
    for (const text of mrkdwnTexts(message)) {
      expect(text.length).toBeLessThanOrEqual(3000);
      expect(text).not.toMatch(/&[a-z]*…/); // no half entity
    }
    expect(slackControls(message).every((c) => c.startsWith('<https://news.example.org/rt-tweets|'))).toBe(true);
  });
});

describe('Slack escaping helpers', () => {
  it('escapes exactly & < >', () => {
    expect(escapeSlack('a & b < c > d "e" *f*')).toBe('a &amp; b &lt; c &gt; d "e" *f*');
  });

  it('never cuts an entity or a link in half', () => {
    expect(clampMrkdwn('abc &amp; def', 7)).toBe('abc …');
    expect(clampMrkdwn('see <https://example.org|x> now', 15)).toBe('see …');
    expect(clampMrkdwn('short', 10)).toBe('short');
  });
});
