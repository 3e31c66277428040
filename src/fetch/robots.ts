import robotsParserModule from 'robots-parser';
import { PermanentError, TransientError, errorMessage } from '../lib/errors.js';
import { type Logger, silentLogger } from '../lib/logger.js';

// CommonJS `module.exports = fn` typed as `export default fn`: under NodeNext the default import is the function itself
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;
type Robot = ReturnType<typeof robotsParser>;

/** robots.txt bytes parsed; RFC 9309 §2.5 asks crawlers to parse at least 500 KiB and lets them ignore the rest. */
export const ROBOTS_MAX_BYTES = 512 * 1024;
/** How long a fetched robots.txt (or a 4xx "allow all") is trusted; RFC 9309 §2.4 says no more than 24 h. */
const ROBOTS_TTL_MS = 60 * 60_000;
/** How long a robots.txt that could not be reached blocks article fetches before it is asked again. */
const UNREACHABLE_TTL_MS = 5 * 60_000;
/** RFC 9309 §2.3.1.4: unreachable for this long, a crawler may treat robots.txt as unavailable (allow all). */
const UNREACHABLE_GIVE_UP_MS = 30 * 24 * 60 * 60_000;
/** A longer Crawl-delay would park article jobs behind one host for minutes; such sites get this much. */
export const MAX_CRAWL_DELAY_MS = 30_000;
/** Origins remembered; the least recently used is forgotten first. */
const MAX_ORIGINS = 10_000;

/** What came back for <origin>/robots.txt: any HTTP status (redirects already followed) and the body text. */
export interface RobotsAnswer {
  status: number;
  text: string;
}

/**
 * Fetches a robots.txt URL. Resolves for every HTTP status; rejects with a TransientError when the
 * server could not be reached (timeout, refused, reset) and a PermanentError when the fetch itself
 * is not possible (too many redirects, refused address, undecodable body).
 */
export type RobotsFetch = (robotsUrl: URL) => Promise<RobotsAnswer>;

type Rules =
  /** 2xx: the parsed file */
  | { kind: 'parsed'; robot: Robot; crawlDelayMs: number }
  /** 4xx, or no file can be fetched: RFC 9309 §2.3.1.3, everything is allowed */
  | { kind: 'unavailable'; reason: string }
  /** 429, 5xx, network failure: RFC 9309 §2.3.1.4, everything is disallowed for now */
  | { kind: 'unreachable'; reason: string; since: number };

interface Entry {
  rules: Promise<Rules>;
  /** the settled rules, for synchronous crawl-delay lookups */
  settled: Rules | null;
  expiresAt: number;
}

export interface RobotsCache {
  /**
   * Resolves when `url` may be fetched by `productToken`; rejects with a PermanentError when robots.txt
   * disallows it, a TransientError (with retryAfterMs) while robots.txt is unreachable.
   */
  check(url: URL, fetchRobots: RobotsFetch, signal?: AbortSignal): Promise<void>;
  /** Crawl-delay of the origin's robots.txt for our token, in ms (capped); 0 when unknown or none. */
  crawlDelayMs(origin: string): number;
}

export interface RobotsCacheOptions {
  /** the product token groups are matched with, e.g. "Veille" (RFC 9309 §2.2.1: case-insensitive) */
  productToken: string;
  now?: () => number;
  log?: Logger;
}

/** The RFC 9309 product token of a User-Agent: its leading [A-Za-z_-] characters ("Veille/0.1 (…)" → "Veille"). */
export function productToken(userAgent: string): string {
  return userAgent.trim().match(/^[A-Za-z_-]+/)?.[0] ?? '*';
}

function waitFor<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * robots.txt per origin, following RFC 9309: fetched once per origin and cached for an hour (one
 * fetch shared by concurrent callers); 4xx means allow all; 429, 5xx and unreachable servers mean
 * disallow all for a few minutes (the article job fails transiently and is retried), unless an
 * earlier copy is cached, which then stays in use (§2.4).
 */
export function createRobotsCache({ productToken: token, now = Date.now, log = silentLogger }: RobotsCacheOptions): RobotsCache {
  const entries = new Map<string, Entry>();

  const toRules = async (robotsUrl: URL, fetchRobots: RobotsFetch, previous: Rules | null): Promise<Rules> => {
    try {
      const { status, text } = await fetchRobots(robotsUrl);
      if (status >= 200 && status < 300) {
        const robot = robotsParser(robotsUrl.href, text);
        const delaySeconds = Number(robot.getCrawlDelay(token) ?? 0);
        const crawlDelayMs = Number.isFinite(delaySeconds) && delaySeconds > 0 ? Math.min(delaySeconds * 1000, MAX_CRAWL_DELAY_MS) : 0;
        return { kind: 'parsed', robot, crawlDelayMs };
      }
      // 4xx: no file for us (3xx left over means no file either); 429 and 5xx: the server is struggling
      if (status < 500 && status !== 429) return { kind: 'unavailable', reason: `HTTP ${status}` };
      return unreachable(`HTTP ${status}`, previous);
    } catch (err) {
      if (err instanceof PermanentError) return { kind: 'unavailable', reason: errorMessage(err) };
      return unreachable(errorMessage(err), previous);
    }
  };

  const unreachable = (reason: string, previous: Rules | null): Rules => {
    const since = previous?.kind === 'unreachable' ? previous.since : now();
    if (now() - since > UNREACHABLE_GIVE_UP_MS) return { kind: 'unavailable', reason: `unreachable since ${new Date(since).toISOString()}` };
    return { kind: 'unreachable', reason, since };
  };

  const rulesFor = (origin: string, fetchRobots: RobotsFetch): Promise<Rules> => {
    const cached = entries.get(origin);
    if (cached) {
      entries.delete(origin); // re-inserted below: Map order is recency order
      entries.set(origin, cached);
      if (cached.expiresAt > now()) return cached.rules;
    }
    const previous = cached?.settled ?? null;
    const settle = (entry: Entry, fresh: Rules): Rules => {
      // an unreachable robots.txt keeps a parsed copy in use (RFC 9309 §2.4), asked again soon
      const kept = fresh.kind === 'unreachable' && previous?.kind === 'parsed' ? previous : fresh;
      entry.settled = kept;
      entry.expiresAt = now() + (fresh.kind === 'unreachable' ? UNREACHABLE_TTL_MS : ROBOTS_TTL_MS);
      if (fresh.kind === 'parsed') log.debug({ origin, crawlDelayMs: fresh.crawlDelayMs }, 'robots.txt fetched');
      else if (fresh.kind === 'unavailable') log.debug({ origin, reason: fresh.reason }, 'no robots.txt, all allowed');
      else log.warn({ origin, reason: fresh.reason, keptPrevious: kept !== fresh }, 'robots.txt unreachable');
      return kept;
    };
    const entry: Entry = {
      settled: previous, // the old Crawl-delay holds while the new copy is fetched
      expiresAt: Infinity, // callers share the fetch in flight
      rules: toRules(new URL('/robots.txt', origin), fetchRobots, previous).then((fresh) => settle(entry, fresh)),
    };
    entries.set(origin, entry);
    if (entries.size > MAX_ORIGINS) entries.delete(entries.keys().next().value!);
    return entry.rules;
  };

  return {
    async check(url, fetchRobots, signal) {
      if (url.pathname === '/robots.txt') return; // RFC 9309 §2.2.2: implicitly allowed
      const rules = await waitFor(rulesFor(url.origin, fetchRobots), signal);
      if (rules.kind === 'unavailable') return;
      if (rules.kind === 'unreachable') {
        const retryAfterMs = Math.max((entries.get(url.origin)?.expiresAt ?? 0) - now(), 0);
        throw new TransientError(`robots.txt of ${url.origin} is unreachable (${rules.reason}); not fetching ${url.href} until it answers`, retryAfterMs);
      }
      if (rules.robot.isAllowed(url.href, token) === false) throw new PermanentError(`disallowed by robots.txt: ${url.href}`);
    },
    crawlDelayMs(origin) {
      const rules = entries.get(origin)?.settled;
      return rules?.kind === 'parsed' ? rules.crawlDelayMs : 0;
    },
  };
}
