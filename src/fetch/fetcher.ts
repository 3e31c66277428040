import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import { type Agent, request } from 'undici';
import { PermanentError, TransientError, errorForStatus, errorMessage, isTransient, parseRetryAfter } from '../lib/errors.js';
import { type Logger, silentLogger } from '../lib/logger.js';
import { createAgent } from './agent.js';
import { decodeBody } from './charset.js';
import { ACCEPT_ENCODING, createDecoders } from './decompress.js';
import { fetchFile } from './file.js';
import { createHostLimiter } from './host-limiter.js';
import { readCapped } from './read-capped.js';
import { ROBOTS_MAX_BYTES, type RobotsAnswer, createRobotsCache, productToken } from './robots.js';
import { BlockedAddressError, type AddressGuard, checkHostLiteral, createAddressGuard } from './ssrf.js';
import type { FetchOptions, FetchResult, Fetcher, FetcherDefaults } from './types.js';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

const DEFAULT_USER_AGENT = 'Veille/0.1 (+https://github.com/veille; news monitoring)';

const ACCEPT: Record<NonNullable<FetchOptions['accept']>, string> = {
  feed: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5',
  html: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.8',
  any: '*/*',
};

type Headers = Record<string, string | string[] | undefined>;

function header(headers: Headers, name: string): string | null {
  const value = headers[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

function flatten(headers: Headers): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

function mergeOptions(defaults: FetchOptions, overrides: Partial<FetchOptions>): FetchOptions {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  return { ...defaults, ...defined };
}

function requestHeaders(options: FetchOptions): Record<string, string> {
  const custom = Object.fromEntries(Object.entries(options.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    'user-agent': options.userAgent ?? DEFAULT_USER_AGENT,
    accept: ACCEPT[options.accept ?? 'any'],
    ...custom,
    'accept-encoding': ACCEPT_ENCODING, // only what decompress.ts decodes, whatever the caller asked
    ...(options.etag ? { 'if-none-match': options.etag } : {}),
    ...(options.lastModified ? { 'if-modified-since': options.lastModified } : {}),
  };
}

/** http(s) only on every hop; file:// is handled before the first hop and never reached by a redirect. */
function checkHop(url: URL, guard: AddressGuard | null): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new PermanentError(`unsupported URL scheme "${url.protocol}" in ${url.href}`);
  }
  const refused = guard && checkHostLiteral(url.hostname, guard);
  if (refused) throw refused;
}

/** Decompresses the body stream (the size cap counts decoded bytes) and reads it, capped. */
function readBody(body: Readable, contentEncoding: string | null, maxBytes: number, url: string, truncate = false): Promise<Buffer> {
  const decoders = createDecoders(contentEncoding);
  const decoded = decoders.length ? (pipeline([body, ...decoders], () => {}) as unknown as Readable) : body;
  return readCapped(decoded, maxBytes, `body of ${url}`, { truncate });
}

/** How fetchHttp treats the answer; only the robots.txt fetch departs from the defaults. */
interface HttpMode {
  /** return any final status as a result instead of failing on 4xx/5xx (the body is read for 2xx only) */
  anyStatus?: boolean;
  /** keep the first maxBytes of a larger body instead of failing */
  truncate?: boolean;
}

function findBlocked(err: unknown): BlockedAddressError | null {
  for (let e = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof BlockedAddressError) return e;
  }
  return null;
}

function isDecodeError(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  return typeof code === 'string' && (code.startsWith('Z_') || code.startsWith('ERR__ERROR') || code === 'ERR_BROTLI');
}

/**
 * The guarded HTTP fetcher: deadline over the whole request, decoded-size cap, manual redirects with
 * the SSRF guard on every hop, conditional GET, charset decoding, per-host concurrency and politeness.
 */
export function createFetcher(defaults: FetcherDefaults, log: Logger = silentLogger): Fetcher {
  const { perHostConcurrency, politenessDelayMs, trustedAddresses, robotsProductToken, lookup, ca, ...fetchDefaults } = defaults;
  const limiter = createHostLimiter(perHostConcurrency, politenessDelayMs ?? 0);
  const guard = createAddressGuard(trustedAddresses);
  const robots = createRobotsCache({ productToken: robotsProductToken ?? productToken(fetchDefaults.userAgent ?? DEFAULT_USER_AGENT), log });
  const agents = new Map<'guarded' | 'open', Agent>();
  let closed = false;

  const agentFor = (allowPrivate: boolean): Agent => {
    const key = allowPrivate ? 'open' : 'guarded';
    let agent = agents.get(key);
    if (!agent) agents.set(key, (agent = createAgent(allowPrivate ? null : guard, lookup, ca)));
    return agent;
  };

  /** <origin>/robots.txt through the same guarded path: deadline, SSRF guard, redirects, host limiter. */
  async function fetchRobots(robotsUrl: URL, options: FetchOptions): Promise<RobotsAnswer> {
    const robotsOptions: FetchOptions = {
      timeoutMs: options.timeoutMs,
      maxBytes: ROBOTS_MAX_BYTES,
      maxRedirects: 5, // RFC 9309 §2.3.1.2: follow at least five
      allowPrivateNetworks: options.allowPrivateNetworks,
      userAgent: options.userAgent,
      headers: options.headers, // the source's headers: a site that refuses default clients may refuse them here too
      accept: 'any',
    };
    const { status, text } = await fetchHttp(robotsUrl, robotsOptions, { anyStatus: true, truncate: true });
    return { status, text };
  }

  async function fetchHttp(start: URL, options: FetchOptions, mode: HttpMode = {}): Promise<FetchResult> {
    const hopGuard = options.allowPrivateNetworks ? null : guard;
    const dispatcher = agentFor(options.allowPrivateNetworks);
    const headers = requestHeaders(options);
    const maxRedirects = options.maxRedirects ?? 5;
    const controller = new AbortController();
    let deadlineHit = false;
    let timer: NodeJS.Timeout | undefined;
    const startDeadline = () => {
      timer ??= setTimeout(() => {
        deadlineHit = true;
        controller.abort(new TransientError(`GET ${start.href} exceeded the ${options.timeoutMs} ms deadline`));
      }, options.timeoutMs);
    };
    const userSignal = options.signal;
    const onUserAbort = () => controller.abort(userSignal?.reason);
    userSignal?.addEventListener('abort', onUserAbort, { once: true });

    let url = start;
    try {
      if (userSignal?.aborted) throw userSignal.reason;
      for (let hop = 0; ; hop++) {
        checkHop(url, hopGuard);
        if (options.robots) await robots.check(url, (robotsUrl) => fetchRobots(robotsUrl, options), controller.signal);
        // the deadline starts once the first hop has a slot: queueing behind the same host is not the server's fault
        const crawlDelayMs = options.robots ? robots.crawlDelayMs(url.origin) : 0;
        const release = await limiter.acquire(url.host, controller.signal, crawlDelayMs);
        startDeadline();
        try {
          const response = await request(url, {
            method: 'GET',
            headers,
            dispatcher,
            signal: controller.signal,
            headersTimeout: options.timeoutMs,
            bodyTimeout: options.timeoutMs,
          });
          const { statusCode: status, body } = response;
          const resHeaders = response.headers as Headers;

          if (REDIRECT_STATUSES.has(status)) {
            await body.dump();
            const location = header(resHeaders, 'location');
            if (!location) throw new PermanentError(`GET ${url.href} answered HTTP ${status} without a Location`);
            if (hop >= maxRedirects) throw new PermanentError(`too many redirects (more than ${maxRedirects}) from ${start.href}`);
            const next = new URL(location, url);
            if (url.protocol === 'https:' && next.protocol === 'http:' && !options.allowHttpsDowngrade) {
              throw new PermanentError(
                `redirect from https to http refused: ${url.href} → ${next.href} (set allow_insecure_redirects on the source to follow it)`,
              );
            }
            log.debug({ url: url.href, status, location: next.href }, 'fetch redirected');
            url = next;
            continue;
          }

          const result = {
            url: url.href,
            status,
            headers: flatten(resHeaders),
            contentType: header(resHeaders, 'content-type'),
            etag: header(resHeaders, 'etag'),
            lastModified: header(resHeaders, 'last-modified'),
          };
          if (status === 304) {
            await body.dump();
            log.debug({ url: url.href }, 'fetch not modified');
            return {
              ...result,
              notModified: true,
              body: Buffer.alloc(0),
              etag: result.etag ?? options.etag ?? null,
              lastModified: result.lastModified ?? options.lastModified ?? null,
              text: '',
              charset: 'utf-8',
            };
          }
          if (mode.anyStatus && (status < 200 || status >= 300)) {
            await body.dump();
            return { ...result, notModified: false, body: Buffer.alloc(0), text: '', charset: 'utf-8' };
          }
          const statusError = errorForStatus(status, `GET ${url.href}`, parseRetryAfter(header(resHeaders, 'retry-after')));
          if (statusError) {
            await body.dump();
            throw statusError;
          }
          const bytes = await readBody(body, header(resHeaders, 'content-encoding'), options.maxBytes, url.href, mode.truncate);
          const { text, charset } = decodeBody(bytes, result.contentType, options.accept ?? 'any');
          log.debug({ url: url.href, status, bytes: bytes.length, charset }, 'fetched');
          return { ...result, notModified: false, body: bytes, text, charset };
        } finally {
          release();
        }
      }
    } catch (err) {
      if (deadlineHit) throw new TransientError(`GET ${url.href} exceeded the ${options.timeoutMs} ms deadline`, undefined, { cause: err });
      if (userSignal?.aborted) throw new TransientError(`GET ${url.href} was aborted`, undefined, { cause: userSignal.reason });
      const blocked = findBlocked(err);
      if (blocked) {
        const from = blocked.hostname && blocked.hostname !== blocked.address ? ` resolved from ${blocked.hostname}` : '';
        throw new PermanentError(`refused private address ${blocked.address} (${blocked.range})${from} for ${url.href}`, { cause: err });
      }
      if (err instanceof PermanentError || err instanceof TransientError) throw err;
      if (isDecodeError(err)) throw new PermanentError(`could not decompress the body of ${url.href}: ${errorMessage(err)}`, { cause: err });
      const message = `GET ${url.href} failed: ${errorMessage(err)}`;
      throw isTransient(err) ? new TransientError(message, undefined, { cause: err }) : new PermanentError(message, { cause: err });
    } finally {
      clearTimeout(timer);
      userSignal?.removeEventListener('abort', onUserAbort);
      controller.abort(); // a no-op once the response is complete; otherwise closes the socket
    }
  }

  return {
    async fetch(input, overrides = {}) {
      if (closed) throw new PermanentError('the fetcher is closed');
      const options = mergeOptions(fetchDefaults, overrides);
      let url: URL;
      try {
        url = new URL(input);
      } catch (err) {
        throw new PermanentError(`invalid URL "${input}"`, { cause: err });
      }
      if (url.protocol === 'file:') return fetchFile(url, options);
      return fetchHttp(url, options);
    },
    async close() {
      closed = true;
      await Promise.all([...agents.values()].map((agent) => agent.close()));
      agents.clear();
    },
  };
}
