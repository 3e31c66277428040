import { z } from 'zod';

/** One entry of a parsed feed: lenient with the web, every field present. */
export const FeedItem = z.object({
  title: z.string(),
  link: z.string(),
  guid: z.string(),
  publishedAt: z.string().nullable(),
  summary: z.string(),
  author: z.string(),
});
export type FeedItem = z.infer<typeof FeedItem>;

export interface Feed {
  title: string;
  items: FeedItem[];
}

/** What extractArticle gives for one HTML page. */
export interface Article {
  url: string;
  canonicalUrl?: string;
  title: string;
  text: string;
  byline?: string;
  publishedAt?: string;
  lang?: string;
  siteName?: string;
}

/** A link a source discovered (feed item or list-page link), before fetching the page. */
export interface DiscoveredItem {
  /** absolute URL of the article page */
  url: string;
  /** canonical form used for dedupe (tracking parameters stripped) */
  canonicalUrl: string;
  guid: string;
  title: string;
  publishedAt: string | null;
  summary: string;
}

export interface StoryInput {
  title: string;
  text: string;
  lang?: string | null;
  url?: string | null;
  publishedAt?: string | null;
}

/** `possible`: the story speaks of the claim's fact but the evidence is not specific; listed in digests, never alerted. */
export type Stance = 'supports' | 'contradicts' | 'possible';

export interface ClaimHit {
  /** claim id of the watchlist, e.g. C14 */
  claim: string;
  stance: Stance;
  score: number;
  /** the story's sentence that carries the stance */
  evidence: string;
  /** why, in plain words ("the story gives 3,000 sponsored tweets; the claim says 1,823") */
  reason?: string;
  /** the kind of evidence that decided (number, date, denial, seed-correction, …), for evaluation */
  rule?: string;
}

export interface EntityHit {
  id: string;
  /** the alias as written in the watchlist that matched first */
  alias: string;
  count: number;
}

export interface StoryScore {
  relevance: number;
  relevant: boolean;
  claims: ClaimHit[];
  entities: EntityHit[];
  why: string[];
}

export interface Scorer {
  /** the score with the rule-based stances */
  score(story: StoryInput): StoryScore;
  /** the score with the stances of the configured stance provider (the rules when none is set) */
  assess(story: StoryInput): Promise<StoryScore>;
  relevanceThreshold: number;
}

/** A stored story as alerts and digests see it. */
export interface Story {
  id: string;
  sourceId: string;
  url: string;
  canonicalUrl: string;
  title: string;
  text: string;
  byline: string | null;
  publishedAt: string | null;
  lang: string | null;
  siteName: string | null;
  fetchedAt: string;
  /** the cluster of outlets running the same story: the id of its first story */
  clusterId: string | null;
}

export type AlertKind = 'contradiction' | 'support' | 'relevant';

/** What an instant notifier renders: one story, why it matched, which claims. */
export interface Alert {
  /** deterministic id: one per (story, channel) */
  id: string;
  channelId: string;
  kind: AlertKind;
  story: Pick<Story, 'id' | 'sourceId' | 'url' | 'title' | 'publishedAt' | 'lang' | 'siteName'>;
  score: StoryScore;
  /** claim statements and seed quotes, by claim id, for quoting both sides */
  claims: Record<string, { statement: string; quote: string; seedError?: string }>;
  /** the name a reader knows the outlet by (site name, else the source's `name`) */
  outlet?: string;
  /** claim findings under this score are not shown (matching.contradiction_threshold when routed) */
  minClaimScore?: number;
  /** the story's page in the web app, when web.public_url is set */
  storyPage?: string;
  /** the story's cluster (the same story in several outlets): the id of its first story */
  clusterId?: string;
  /** other outlets already known to run the same story when the alert was routed */
  alsoIn?: { outlet: string; url: string }[];
}

export interface DigestEntry {
  /** `outlet`: the name a reader knows the outlet by (site name, else the source's `name`) */
  story: Alert['story'] & { summary: string; outlet?: string };
  score: StoryScore;
  /** other outlets that ran the same story */
  alsoIn: { url: string; title: string; sourceId: string; outlet?: string; lang?: string | null }[];
}

export interface DigestSection {
  /** storyline thread or grouping label */
  title: string;
  /** what the section holds; relevant sections are threads */
  kind?: AlertKind;
  entries: DigestEntry[];
}

export interface Digest {
  id: string;
  digestId: string;
  periodStart: string | null;
  periodEnd: string;
  sections: DigestSection[];
  storyCount: number;
  /** stories of this run left out of the e-mail by the digest's max_stories (counted as "and N more") */
  hiddenCount?: number;
  /** every story of the run counted by thread (its main entity), largest first */
  threads?: { title: string; stories: number }[];
  claims: Alert['claims'];
}
