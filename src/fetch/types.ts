import type { Resolver } from './ssrf.js';

/** Options of one guarded HTTP fetch. Defaults come from config `fetch:`. */
export interface FetchOptions {
  /** deadline for the whole request, headers and body, in ms */
  timeoutMs: number;
  /** cap on the decoded (decompressed) body, in bytes */
  maxBytes: number;
  /** redirects followed; each hop is checked again */
  maxRedirects: number;
  /** allow loopback, private, link-local addresses (tests, intranets) */
  allowPrivateNetworks: boolean;
  /** allow file:// URLs (only for sources written in config) */
  allowFile?: boolean;
  userAgent?: string;
  headers?: Record<string, string>;
  /** conditional GET validators stored from the last fetch */
  etag?: string | null;
  lastModified?: string | null;
  /** what the body is expected to be; picks the charset sniffing rules */
  accept?: 'feed' | 'html' | 'any';
  /**
   * honour `<origin>/robots.txt` (RFC 9309) for this URL and every redirect hop: for article pages,
   * not feeds (which are published to be polled). A disallowed URL fails with a PermanentError; a
   * Crawl-delay longer than the politeness delay becomes the delay for that host.
   * @defaultValue false
   */
  robots?: boolean;
  /**
   * follow a redirect from https to http (a downgrade anyone on the path can read and change)
   * @defaultValue false: refused with a PermanentError naming both URLs
   */
  allowHttpsDowngrade?: boolean;
  signal?: AbortSignal;
}

export interface FetchResult {
  /** final URL after redirects */
  url: string;
  status: number;
  /** true on 304 Not Modified; body is empty */
  notModified: boolean;
  headers: Record<string, string>;
  /** decompressed body bytes */
  body: Buffer;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  /** body decoded to text: charset from BOM, header, XML prolog or HTML meta, in that order */
  text: string;
  /** the charset that was used for `text` */
  charset: string;
}

/** The one object the pipeline fetches through; keeps per-host concurrency and politeness. */
export interface Fetcher {
  fetch(url: string, options?: Partial<FetchOptions>): Promise<FetchResult>;
  close(): Promise<void>;
}

/** What `createFetcher` is built with: the default options of every fetch, plus per-fetcher settings. */
export type FetcherDefaults = FetchOptions & {
  /** requests in flight to one host (host:port) at a time */
  perHostConcurrency: number;
  /** minimum gap between the starts of two requests to the same host, in ms @defaultValue 0 */
  politenessDelayMs?: number;
  /** addresses exempt from the SSRF guard even when private networks are refused (an intranet feed server) */
  trustedAddresses?: readonly string[];
  /**
   * the product token robots.txt groups are matched with
   * @defaultValue the leading token of `userAgent` ("Veille" for "Veille/0.1 (…)")
   */
  robotsProductToken?: string;
  /** replaces the system resolver (dns.lookup) for every connection; for tests that play DNS */
  lookup?: Resolver;
  /** extra certificate authorities (PEM) trusted for https, beside the system ones: an intranet CA, tests */
  ca?: string;
};
