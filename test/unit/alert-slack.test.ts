import { describe, expect, it } from 'vitest';
import { clampMrkdwn, escapeSlack, renderSlack, type SlackBlock, type SlackMessage } from '../../src/alerts/slack.js';
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
  ])('escapes the hostile title %s', (title, escaped) => {
    const message = renderSlack(withTitle(title));
    expect(message.text).toContain(escaped);
    expect(mrkdwnTexts(message).join('\n')).toContain(escaped);
    // the only control sequence left is our own link to the story
    expect(slackControls(message)).toEqual([`<https://news.example.org/rt-tweets|${escaped}>`]);
    expect(JSON.stringify(message)).not.toContain('<!channel>');
    expect(JSON.stringify(message)).not.toContain('<script>');
  });

  it('escapes hostile text in the source, the evidence and the claim', () => {
    const alert: Alert = {
      ...rtContradiction,
      story: { ...rtContradiction.story, siteName: '<!here>' },
      score: { ...rtContradiction.score, claims: [{ ...rtContradiction.score.claims[0], evidence: 'see <https://evil.example|here> & <!everyone>' }] },
    };
    const message = renderSlack(alert);
    expect(slackControls(message)).toEqual(['<https://news.example.org/rt-tweets|RT bought 3,000 promoted tweets, Twitter now says>']);
    expect(mrkdwnTexts(message).join('\n')).toContain('&lt;!here&gt;');
  });

  it('has a header naming the kind and the claim', () => {
    const header = renderSlack(rtContradiction).blocks[0];
    expect(header).toEqual({ type: 'header', text: { type: 'plain_text', text: '⚠️ Contradiction · C14', emoji: true } });
    expect(renderSlack({ ...rtContradiction, kind: 'relevant', score: { ...rtContradiction.score, claims: [] } }).blocks[0]).toMatchObject({
      text: { text: '🔎 Relevant' },
    });
  });

  it('links the title and gives source, date, relevance and entities', () => {
    const text = mrkdwnTexts(renderSlack(rtContradiction)).join('\n');
    expect(text).toContain('*<https://news.example.org/rt-tweets|RT bought 3,000 promoted tweets, Twitter now says>*');
    expect(text).toContain('Example News · 2018-11-14 09:30 UTC · relevance 0.91');
    expect(text).toContain('*Entities:* RT (3), Twitter (2)');
  });

  it('quotes both sides of the claim and says when the seed itself was wrong', () => {
    const claimBlock = mrkdwnTexts(renderSlack(rtContradiction)).find((text) => text.includes('*C14*'));
    expect(claimBlock).toBe(
      [
        '*C14* · contradicts (0.87)',
        '_Claim:_ Twitter said RT paid for about 1,823 promoted tweets aimed at the US market.',
        '*Seed says:*',
        '>“Russia Today avait financé environ 1823 tweets promotionnels”',
        '*This story says:*',
        '>“Twitter said RT bought about 3,000 promoted tweets.”',
        ':warning: *The seed itself was wrong here:* the seed rounds the figure; Twitter gave 1,823 exactly',
      ].join('\n'),
    );
  });

  it('leaves the seed-error note out when the seed was right', () => {
    const alert: Alert = { ...rtContradiction, claims: { C14: { statement: 'x', quote: 'y' } } };
    expect(JSON.stringify(renderSlack(alert))).not.toContain('seed itself was wrong');
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
