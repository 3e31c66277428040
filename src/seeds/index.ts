// Seed import: propose a watchlist (entities, claims) from seed articles, for ops to review.
export { importSeeds, type ImportOptions, type ImportResult } from './import.js';
export { proposeWatchlist, proposeFromSeeds, type Proposal, type ProposeOptions, type SeedDocument } from './propose.js';
export { formatWatchlistYaml, type YamlHeader } from './yaml.js';
export { stripBoilerplate, boilerplateReason } from './boilerplate.js';
export { findDates, type FoundDate } from './dates.js';
export { findQuantities, type FoundQuantity } from './quantities.js';
export { reviewWatchlist } from './review.js';
