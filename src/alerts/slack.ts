import type { AlertConfig } from '../config/schema.js';
import type { Alert, AlertKind, ClaimHit, Stance } from '../domain/types.js';
import { KIND_LABEL, formatDateTime, oneLine, outletName, safeHttpUrl, shownClaims, truncate } from './format.js';
import { STANCE_VERB, claimReason, readerWhy } from './reasons.js';
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
const FALLBACK_MAX = 3000; // `text` may be 40k, but a notification shows a line or two
/** The whole message (header, sections, context) a person reads at a glance. */
export const MESSAGE_MAX = 1500;
// Our own budgets within MESSAGE_MAX, so that one long field cannot crowd out the others
const TITLE_MAX = 200;
const STATEMENT_MAX = 200;
const REASON_MAX = 180;
const QUOTE_MAX = 280;
const SEED_ERROR_MAX = 200;
const ALSO_IN_NAMED = 3;

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

const SECTION_MAX = 3000; // Slack's limit per section

function section(text: string): SlackBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: clampMrkdwn(text, SECTION_MAX) } };
}

const ALERT_STANCE: Record<AlertKind, Stance | null> = { contradiction: 'contradicts', support: 'supports', relevant: null };

/** The claim findings this alert is about: only those of its own stance, at or above the threshold, strongest first. */
export function alertClaims(alert: Alert): ClaimHit[] {
  const stance = ALERT_STANCE[alert.kind];
  if (!stance) return [];
  return shownClaims(alert.score.claims, { minClaimScore: alert.minClaimScore ?? 0, possible: false }).filter((hit) => hit.stance === stance);
}

/** "Contradicts C35 · Zeta Group spent on sponsored tweets"; "Relevant · <title>" without a claim. */
export function alertHeader(alert: Alert): string {
  const hits = alertClaims(alert);
  // plain text, but a `<…>` could still read as a mention or a tag in some clients: use look-alike angles
  const title = oneLine(alert.story.title || alert.story.url).replace(/</g, '‹').replace(/>/g, '›');
  const lead = hits.length > 0 ? `${STANCE_VERB[hits[0].stance]} ${[...new Set(hits.map((hit) => oneLine(hit.claim)))].join(', ')}` : KIND_LABEL[alert.kind].label;
  return truncate(`${lead} · ${title}`, HEADER_MAX);
}

/** One short message: header, outlet and time, the sentence that matters with the seed's, other outlets, a link. */
export function renderSlack(alert: Alert, channel?: Pick<SlackChannel, 'tz'>): SlackMessage {
  const { emoji, label } = KIND_LABEL[alert.kind];
  const { story, score } = alert;
  const title = field(story.title || story.url, TITLE_MAX);
  const tz = channel?.tz ?? 'UTC';
  const hits = alertClaims(alert);
  const blocks: SlackBlock[] = [{ type: 'header', text: { type: 'plain_text', text: alertHeader(alert), emoji: true } }];

  const meta = [field(alert.outlet ?? outletName(story.siteName, null, story.url), 100), formatDateTime(story.publishedAt, tz) ?? 'date unknown'];
  blocks.push(section(`*${slackLink(story.url, title)}*\n${meta.join(' · ')}`));

  const top = hits[0];
  if (top) {
    const claim = alert.claims[top.claim];
    const lines = [`*${field(top.claim, 20)}*${claim?.statement ? ` · ${field(claim.statement, STATEMENT_MAX)}` : ''}`, `_${field(claimReason(top), REASON_MAX)}_`];
    if (top.evidence) lines.push(`*This story:* “${field(top.evidence, QUOTE_MAX)}”`);
    if (claim?.quote) lines.push(`*Seed:* “${field(claim.quote, QUOTE_MAX)}”`);
    if (top.stance === 'contradicts' && claim?.seedError) lines.push(`:warning: The seed itself is wrong here: ${field(claim.seedError, SEED_ERROR_MAX)}`);
    blocks.push(section(lines.join('\n')));
  } else {
    const why = readerWhy(score);
    if (why.length > 0) blocks.push(section(field(why.join(' · '), 400)));
  }

  const context: string[] = [];
  if (hits.length > 1) context.push(`${hits.length - 1} more ${hits.length === 2 ? 'claim' : 'claims'} with the same finding`);
  const also = alert.alsoIn ?? [];
  if (also.length > 0) {
    const named = also.slice(0, ALSO_IN_NAMED).map((item) => slackLink(item.url, field(item.outlet, 60)));
    context.push(`also in ${also.length} ${also.length === 1 ? 'outlet' : 'outlets'}: ${named.join(', ')}${also.length > ALSO_IN_NAMED ? '…' : ''}`);
  }
  if (alert.storyPage && safeHttpUrl(alert.storyPage)) context.push(slackLink(alert.storyPage, 'Open in Veille'));
  if (context.length > 0) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: clampMrkdwn(context.join(' · '), 600) }] });

  return {
    text: clampMrkdwn(`${emoji} ${label}: ${title}`, FALLBACK_MAX),
    blocks: fitMessage(blocks),
    unfurl_links: false,
    unfurl_media: false,
  };
}

function blockText(block: SlackBlock): string {
  if (block.type === 'header' || block.type === 'section') return block.text.text;
  if (block.type === 'context') return block.elements.map((e) => e.text).join('');
  return '';
}

/** Characters a person reads in the message (every block's text). */
export function messageLength(blocks: SlackBlock[]): number {
  return blocks.reduce((n, block) => n + blockText(block).length, 0);
}

/** Keep the whole message within MESSAGE_MAX: the claim section gives way first (it holds the quotes). */
function fitMessage(blocks: SlackBlock[]): SlackBlock[] {
  const over = messageLength(blocks) - MESSAGE_MAX;
  if (over <= 0) return blocks;
  const index = blocks.findIndex((block, i) => i > 1 && block.type === 'section');
  const target = index >= 0 ? index : 1;
  const block = blocks[target];
  if (block.type !== 'section') return blocks;
  const text = clampMrkdwn(block.text.text, Math.max(1, block.text.text.length - over));
  return blocks.map((b, i) => (i === target ? { type: 'section', text: { type: 'mrkdwn', text } } : b));
}

export async function sendSlack(message: SlackMessage, channel: SlackChannel, ctx: DeliveryContext): Promise<void> {
  await postJson(channel.webhook_url, JSON.stringify(message), {}, ctx, `Slack webhook of channel "${channel.id}"`);
}

export const slackNotifier = {
  type: 'slack',
  description: 'Slack incoming webhook: one short Block Kit message quoting the story sentence and the seed claim',
  render: renderSlack,
  send: sendSlack,
} satisfies Notifier<SlackChannel, SlackMessage>;
