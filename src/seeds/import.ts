/**
 * `veille seeds import <dir>`: read every .txt seed in a directory (in file-name order: S0, S1, …),
 * propose a watchlist and write it to a NEW file for review. Never overwrites a file, and never
 * writes config/watchlist.yaml, the watchlist the worker runs with.
 */
import { access, mkdir, readdir, readFile, realpath, writeFile } from 'node:fs/promises';
import { cleanSeedText } from './clean-text.js';
import path from 'node:path';
import { PermanentError } from '../lib/errors.js';
import { proposeFromSeeds, type ProposeOptions, type SeedDocument } from './propose.js';
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

async function readSeeds(dir: string): Promise<SeedDocument[]> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.txt')).map((e) => e.name);
  } catch (err) {
    throw new PermanentError(`cannot read seed directory ${dir} (${(err as NodeJS.ErrnoException).code ?? String(err)})`, { cause: err });
  }
  if (!names.length) throw new PermanentError(`no .txt seed file in ${dir}`);
  names.sort();
  return Promise.all(names.map(async (file, i) => ({ key: `S${i}`, file, text: cleanSeedText(await readFile(path.join(dir, file), 'utf8')) })));
}

const exists = (file: string) => access(file).then(() => true, () => false);

const overwriteError = (outFile: string, cause?: unknown) =>
  new PermanentError(`refusing to overwrite ${outFile}: it already exists. Choose a new file name (or move the old proposal away).`, { cause });

/** Propose a watchlist from the .txt seeds of `dir` and write it to `outFile`, a new file. */
export async function importSeeds(dir: string, outFile: string, options: ImportOptions = {}): Promise<ImportResult> {
  const target = await refuseLiveWatchlist(outFile);
  if (await exists(target)) throw overwriteError(outFile);
  const docs = await readSeeds(dir);
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
