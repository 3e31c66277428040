export { SECTION_TITLES, buildDigest, compareEntries, entryComparator, otherOutletCount } from './build-digest.js';
export type { BuildDigestInput } from './build-digest.js';
export { clusterEntries, jaccard, sameStory, titleTokens, urlKey } from './cluster.js';
