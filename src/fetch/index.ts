export { createFetcher } from './fetcher.js';
export { decodeBody, normalizeCharset, charsetFromContentType, type BodyKind, type DecodedBody } from './charset.js';
export { blockedRange, createAddressGuard, BlockedAddressError, type AddressGuard } from './ssrf.js';
export { createHostLimiter, type HostLimiter, type Release } from './host-limiter.js';
export type { FetchOptions, FetchResult, Fetcher, FetcherDefaults } from './types.js';
