import type { AlertConfig } from '../config/schema.js';
import type { Alert } from '../domain/types.js';
import {
  KIND_LABEL,
  entitiesLine,
  formatDateTime,
  formatScore,
  oneLine,
  safeHttpUrl,
  sortedClaims,
  truncate,
} from './format.js';
import { postJson } from './http.js';
import type { DeliveryContext, Notifier } from './types.js';

export type SlackChannel = Extract<AlertConfig, { type: 'slack' }>;

type PlainText = { type: 'plain_text'; text: string; emoji: true };
type Mrkdwn = { type: 'mrkdwn'; text: string };
export type SlackBlock =
  | { type: 'header'; text: PlainText }
  | { type: 'section'; text: Mrkdwn }
  | { type: 'context'; elements: Mrkdwn[] }
  | { type: 'divider' };

/** An incoming-webhook payload: `text` is the notification fallback, `blocks` the message. */
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
  unfurl_links: false;
  unfurl_media: false;
}

// Slack's documented limits (Block Kit reference)
const HEADER_MAX = 150;
const SECTION_MAX = 3000;
const FALLBACK_MAX = 3000; // `text` may be 40k, but a notification shows a line or two
// Our own budgets, so that one long field cannot crowd out the others in a 3000-char section
const TITLE_MAX = 300;
const STATEMENT_MAX = 500;
const QUOTE_MAX = 700;
const SEED_ERROR_MAX = 500;
const MAX_CLAIM_BLOCKS = 10; // Slack allows 50 blocks; ten claims on one story is already a lot to read

/**
 * Escape user text for Slack mrkdwn: only `&`, `<` and `>` have meaning (links, mentions like
 * `<!channel>`), and Slack asks for exactly these three entities.
 */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `<url|label>` when the URL is http(s), else the label alone. The label must already be escaped. */
export function slackLink(url: string | null | undefined, escapedLabel: string): string {
  const safe = safeHttpUrl(url);
  if (!safe) return escapedLabel;
  // `|` ends the URL part of a link, `<>` end the link: percent-encode them in the URL itself
  const href = safe.replace(/\|/g, '%7C').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/&/g, '&amp;');
  return `<${href}|${escapedLabel}>`;
}

/**
 * Cut escaped mrkdwn to `max` characters without leaving half an entity (`&am`) or half a link
 * (`<https://…`): after escaping, every `<` in the text opens a link we wrote.
 */
export function clampMrkdwn(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  cut = cut.replace(/&[a-z]*$/i, '');
  if (cut.lastIndexOf('<') > cut.lastIndexOf('>')) cut = cut.slice(0, cut.lastIndexOf('<'));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** One line of user text, cut to a budget, then escaped. */
function field(text: string, max: number): string {
  return escapeSlack(truncate(oneLine(text), max));
}

function section(text: string): SlackBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: clampMrkdwn(text, SECTION_MAX) } };
}

export function renderSlack(alert: Alert): SlackMessage {
  const { emoji, label } = KIND_LABEL[alert.kind];
  const { story, score } = alert;
  const title = field(story.title || story.url, TITLE_MAX);
  const hits = sortedClaims(score.claims);

  const headerText =
    hits.length > 0 ? `${emoji} ${label} · ${hits.map((hit) => oneLine(hit.claim)).join(', ')}` : `${emoji} ${label}`;
  const blocks: SlackBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: truncate(headerText, HEADER_MAX), emoji: true } },
  ];

  const meta = [
    field(story.siteName || story.sourceId, 100),
    formatDateTime(story.publishedAt) ?? 'date unknown',
    `relevance ${formatScore(score.relevance)}`,
  ];
  blocks.push(section(`*${slackLink(story.url, title)}*\n${meta.join(' · ')}`));

  if (score.entities.length > 0) {
    blocks.push(section(`*Entities:* ${field(entitiesLine(score.entities), 1000)}`));
  }

  for (const hit of hits.slice(0, MAX_CLAIM_BLOCKS)) {
    const claim = alert.claims[hit.claim];
    const lines = [`*${field(hit.claim, 40)}* · ${hit.stance} (${formatScore(hit.score)})`];
    if (claim?.statement) lines.push(`_Claim:_ ${field(claim.statement, STATEMENT_MAX)}`);
    if (claim?.quote) lines.push('*Seed says:*', `>“${field(claim.quote, QUOTE_MAX)}”`);
    if (hit.evidence) lines.push('*This story says:*', `>“${field(hit.evidence, QUOTE_MAX)}”`);
    if (claim?.seedError) lines.push(`:warning: *The seed itself was wrong here:* ${field(claim.seedError, SEED_ERROR_MAX)}`);
    blocks.push(section(lines.join('\n')));
  }
  if (hits.length > MAX_CLAIM_BLOCKS) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `+${hits.length - MAX_CLAIM_BLOCKS} more claims` }] });
  }

  if (score.why.length > 0) {
    const why = score.why.slice(0, 5).map((line) => field(line, 300));
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: clampMrkdwn(why.join(' · '), SECTION_MAX) }] });
  }

  return {
    text: clampMrkdwn(`${emoji} ${label}: ${title}`, FALLBACK_MAX),
    blocks,
    unfurl_links: false,
    unfurl_media: false,
  };
}

export async function sendSlack(message: SlackMessage, channel: SlackChannel, ctx: DeliveryContext): Promise<void> {
  await postJson(channel.webhook_url, JSON.stringify(message), {}, ctx, `Slack webhook of channel "${channel.id}"`);
}

export const slackNotifier = {
  type: 'slack',
  description: 'Slack incoming webhook: Block Kit message quoting the seed claim and the story sentence',
  render: renderSlack,
  send: sendSlack,
} satisfies Notifier<SlackChannel, SlackMessage>;
