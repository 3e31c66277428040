/**
 * `veille seeds import <paths or URLs…>`: read every seed (.txt, .html, .eml files, directories of
 * them in file-name order, http(s) URLs; S0, S1, … in that order),
 * propose a watchlist and write it to a NEW file for review. Never overwrites a file, and never
 * writes config/watchlist.yaml, the watchlist the worker runs with.
 */
import { access, mkdir, realpath, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PermanentError } from '../lib/errors.js';
import type { Fetcher } from '../fetch/index.js';
import { readSeedInputs } from './inputs.js';
import { proposeFromSeeds, type ProposeOptions } from './propose.js';
import { formatWatchlistYaml } from './yaml.js';

export interface ImportResult {
  entities: number;
  claims: number;
  /** absolute path of the file written */
  outFile: string;
}

export interface ImportOptions extends ProposeOptions {
  /**
   * The date written in the header.
   * @defaultValue today (UTC)
   */
  now?: Date;
  /** the fetcher URL seeds go through @defaultValue a guarded fetcher for public addresses */
  fetcher?: Fetcher;
}

/** The live watchlist, relative to a project directory. */
const LIVE_WATCHLIST = path.join('config', 'watchlist.yaml');

/** Resolve symlinks of the deepest existing ancestor, so "./x/../config/watchlist.yaml" and links are caught. */
async function canonicalPath(file: string): Promise<string> {
  const abs = path.resolve(file);
  let dir = path.dirname(abs);
  const rest = [path.basename(abs)];
  for (;;) {
    try {
      return path.join(await realpath(dir), ...rest);
    } catch {
      const parent = path.dirname(dir);
      if (parent === dir) return abs;
      rest.unshift(path.basename(dir));
      dir = parent;
    }
  }
}

async function refuseLiveWatchlist(outFile: string): Promise<string> {
  const target = await canonicalPath(outFile);
  const live = await canonicalPath(LIVE_WATCHLIST);
  if (target === live || target.endsWith(`${path.sep}${LIVE_WATCHLIST}`)) {
    throw new PermanentError(
      `refusing to write ${outFile}: it is the live watchlist (config/watchlist.yaml). Write the proposal to a new file and merge what you keep by hand.`,
    );
  }
  return target;
}

const exists = (file: string) => access(file).then(() => true, () => false);

const overwriteError = (outFile: string, cause?: unknown) =>
  new PermanentError(`refusing to overwrite ${outFile}: it already exists. Choose a new file name (or move the old proposal away).`, { cause });

/** Propose a watchlist from seed files, directories or URLs and write it to `outFile`, a new file. */
export async function importSeeds(inputs: string | readonly string[], outFile: string, options: ImportOptions = {}): Promise<ImportResult> {
  const target = await refuseLiveWatchlist(outFile);
  if (await exists(target)) throw overwriteError(outFile);
  const docs = await readSeedInputs(typeof inputs === 'string' ? [inputs] : inputs, { fetcher: options.fetcher });
  const proposal = proposeFromSeeds(docs, options);
  const text = formatWatchlistYaml(proposal.watchlist, {
    date: (options.now ?? new Date()).toISOString().slice(0, 10),
    sources: docs.map((d) => ({ key: d.key, file: d.file })),
    counts: new Map(proposal.entities.map((e) => [e.id, { mentions: e.mentions, documents: e.documents }])),
    minDocs: options.minDocs,
    minMentions: options.minMentions,
  });
  await mkdir(path.dirname(target), { recursive: true });
  try {
    await writeFile(target, text, { encoding: 'utf8', flag: 'wx' }); // wx: fails if the file exists, even if it appeared meanwhile
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw overwriteError(outFile, err);
    throw new PermanentError(`cannot write ${outFile} (${(err as NodeJS.ErrnoException).code ?? String(err)})`, { cause: err });
  }
  return { entities: proposal.watchlist.entities.length, claims: proposal.watchlist.claims.length, outFile: target };
}
