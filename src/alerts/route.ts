import type { AlertConfig, AlertOn, DigestConfig } from '../config/schema.js';
import type { Watchlist } from '../config/watchlist.js';
import type { Alert, AlertKind, Story, StoryScore } from '../domain/types.js';
import { jobId } from '../lib/ids.js';
import { outletName } from './format.js';
import type { RouteDecision } from '../store/store.js';

export interface RouteConfig {
  alerts: AlertConfig[];
  digests: DigestConfig[];
  contradictionThreshold: number;
  /** web.public_url: alerts link to the story's page there */
  publicUrl?: string;
  /** the sources' configured `name`, by source id */
  sourceNames?: Record<string, string>;
}

/** What an alert shows of the story's cluster: the other outlets known when it is routed. */
export type ClusterMate = Pick<Story, 'sourceId' | 'url' | 'siteName'>;

/** The story's page in the web app (issue 10's `/stories/:id`), when the app is public. */
export function storyPageUrl(publicUrl: string | undefined, storyId: string): string | undefined {
  if (!publicUrl || !/^https?:\/\//i.test(publicUrl)) return undefined;
  return `${publicUrl.replace(/\/+$/, '')}/stories/${encodeURIComponent(storyId)}`;
}

/** Strongest finding first: a channel gets the first kind it subscribes to and the story qualifies for. */
const KIND_ORDER: AlertKind[] = ['contradiction', 'support', 'relevant'];

/** The score that a kind of finding reaches for this story (0 when it does not qualify). */
export function findingScore(kind: AlertOn, score: StoryScore, contradictionThreshold: number): number {
  if (kind === 'relevant') return score.relevant ? score.relevance : 0;
  const stance = kind === 'contradiction' ? 'contradicts' : 'supports';
  const best = Math.max(0, ...score.claims.filter((c) => c.stance === stance).map((c) => c.score));
  return best >= contradictionThreshold ? best : 0;
}

export function claimTexts(watchlist: Watchlist, score: StoryScore): Alert['claims'] {
  const out: Alert['claims'] = {};
  for (const hit of score.claims) {
    const claim = watchlist.claims.find((c) => c.id === hit.claim);
    if (claim) out[claim.id] = { statement: claim.statement, quote: claim.quote, ...(claim.seed_error ? { seedError: claim.seed_error } : {}) };
  }
  return out;
}

/** What an alert or a digest entry says of a story (not its whole text). */
export function storyRef(story: Story): Alert['story'] {
  const { id, sourceId, url, title, publishedAt, lang, siteName } = story;
  return { id, sourceId, url, title, publishedAt, lang, siteName };
}

/** Outbox rows and digest-buffer rows for one scored story. Pure. */
export function decideRoutes(story: Story, score: StoryScore, config: RouteConfig, watchlist: Watchlist, mates: ClusterMate[] = []): RouteDecision {
  const names = config.sourceNames ?? {};
  const outlet = outletName(story.siteName, names[story.sourceId], story.url);
  const alsoIn = mates
    .map((m) => ({ outlet: outletName(m.siteName, names[m.sourceId], m.url), url: m.url }))
    .filter((m, i, all) => m.outlet !== outlet && all.findIndex((o) => o.outlet === m.outlet) === i);
  const storyPage = storyPageUrl(config.publicUrl, story.id);
  const outbox: RouteDecision['outbox'] = [];
  for (const channel of config.alerts) {
    if (!channel.enabled) continue;
    const kind = KIND_ORDER.find((k) => channel.on.includes(k) && findingScore(k, score, config.contradictionThreshold) >= Math.max(channel.min_score, 1e-9));
    if (!kind) continue;
    const alert: Alert = {
      // one alert per cluster and channel: ten outlets running a story make one alert
      id: jobId('alert', story.clusterId ?? story.id, channel.id),
      channelId: channel.id,
      kind,
      story: storyRef(story),
      score,
      claims: claimTexts(watchlist, score),
      outlet,
      clusterId: story.clusterId ?? story.id,
      minClaimScore: config.contradictionThreshold,
      ...(storyPage ? { storyPage } : {}),
      ...(alsoIn.length > 0 ? { alsoIn } : {}),
    };
    outbox.push({ id: alert.id, channelId: channel.id, kind, payload: alert });
  }
  const hasClaim = KIND_ORDER.slice(0, 2).some((k) => findingScore(k, score, config.contradictionThreshold) > 0);
  const digests = config.digests
    .filter((d) => d.enabled && (score.relevance >= d.min_relevance || hasClaim))
    .map((d) => ({ digestId: d.id, relevance: score.relevance }));
  return { outbox, digests };
}
