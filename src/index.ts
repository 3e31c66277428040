// The public library API: benchmarks and evaluations import these from dist/index.js.
export { extractArticle } from './extract/index.js';
export { parseFeed } from './sources/parse-feed.js';
export { loadWatchlist } from './config/load.js';
export { createScorer } from './matchers/index.js';
