import type { Job } from 'bullmq';
import { extractArticleSafe } from '../extract/index.js';
import { errorMessage, toJobError } from '../lib/errors.js';
import { matchJob } from './job-defs.js';
import { storyIdFor } from '../store/store.js';
import { FetchArticleData } from './data.js';
import { findSource, type Deps } from './deps.js';
import { QUEUE } from './names.js';

/** file:// articles are allowed only next to a file:// source written in config. */
function allowFileFor(sourceUrl: string | undefined, articleUrl: string): boolean {
  if (!sourceUrl?.startsWith('file:') || !articleUrl.startsWith('file:')) return false;
  const sourceDir = new URL('..', new URL('.', sourceUrl)).href;
  return new URL(articleUrl).href.startsWith(sourceDir);
}

const SUMMARY_CHARS = 400;

/** Fetch the article page, extract it, store the story, enqueue its match. */
export async function fetchArticle(job: Job, deps: Deps, signal?: AbortSignal) {
  const data = FetchArticleData.parse(job.data);
  const log = deps.log.child({ queue: QUEUE.fetchArticle, jobId: job.id, sourceId: data.sourceId });
  const storyId = storyIdFor(data.canonicalUrl);
  const existing = await deps.store.getStory(storyId);
  if (!existing) {
    const source = findSource(deps, data.sourceId);
    const fetchPage = !(source?.type === 'rss' && source.fetch_articles === false);
    let article = null;
    if (fetchPage) {
      try {
        const page = await deps.fetcher.fetch(data.url, {
          accept: 'html',
          signal,
          allowFile: allowFileFor(source?.url, data.url),
          // article pages honour robots.txt unless the source turns it off (feeds are meant to be polled)
          robots: source?.robots !== false && !data.url.startsWith('file:'),
          headers: source?.headers,
          allowHttpsDowngrade: source?.allow_insecure_redirects ?? false,
          ...(source?.user_agent ? { userAgent: source.user_agent } : {}),
        });
        // huge or deeply nested pages are parsed in a worker thread with a deadline
        article = await extractArticleSafe(page.text, page.url);
      } catch (err) {
        log.warn({ url: data.url, reason: errorMessage(err) }, 'article fetch failed');
        throw toJobError(err);
      }
    }
    const text = article?.text?.trim() || data.summary;
    await deps.store.saveStory({
      sourceId: data.sourceId,
      url: data.url,
      canonicalUrl: data.canonicalUrl,
      title: article?.title?.trim() || data.title || data.url,
      text,
      summary: data.summary || text.slice(0, SUMMARY_CHARS),
      byline: article?.byline ?? null,
      publishedAt: article?.publishedAt ?? data.publishedAt,
      lang: article?.lang ?? source?.lang ?? null,
      siteName: article?.siteName ?? null,
    });
    log.info({ url: data.url, storyId, chars: text.length }, 'story stored');
  }
  const next = matchJob(storyId);
  await deps.queues.queues[QUEUE.match].add(next.name, next.data, next.opts);
  // the story is durable (and unmatched stories are recovered from the store): the poll's follow-up is done
  await deps.store.markFollowedUp(data.canonicalUrl);
  return { storyId };
}
