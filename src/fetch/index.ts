export { createFetcher } from './fetcher.js';
export { decodeBody, normalizeCharset, charsetFromContentType, type BodyKind, type DecodedBody } from './charset.js';
export { blockedRange, createAddressGuard, BlockedAddressError, type AddressGuard, type Resolver } from './ssrf.js';
export { createRobotsCache, productToken, type RobotsCache, type RobotsFetch } from './robots.js';
export { createHostLimiter, type HostLimiter, type Release } from './host-limiter.js';
export type { FetchOptions, FetchResult, Fetcher, FetcherDefaults } from './types.js';
