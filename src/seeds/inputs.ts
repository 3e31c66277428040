/**
 * Seed inputs for `veille seeds import`: files (.txt, .html/.htm, .eml), directories of such files
 * (in file-name order) and http(s) URLs (fetched with the guarded fetcher, extracted like any article
 * page). Each becomes one SeedDocument keyed S0, S1, … in the order given.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { extractArticle } from '../extract/index.js';
import { createFetcher, type Fetcher } from '../fetch/index.js';
import { PermanentError } from '../lib/errors.js';
import { emailText } from './eml.js';
import type { SeedDocument } from './propose.js';
import { cleanSeedText } from './clean-text.js';

const EXTENSIONS = new Set(['.txt', '.html', '.htm', '.eml']);

const isUrl = (s: string) => /^https?:\/\//iu.test(s);

export interface ReadInputsOptions {
  /** the fetcher URLs go through @defaultValue a guarded fetcher (public addresses only, 20 s, 5 MB) */
  fetcher?: Fetcher;
}

/** An article's title and text, as one seed text. */
const articleText = (html: string, url: string) => {
  const a = extractArticle(html, url);
  return [a.title, a.text].filter((s) => s && s.trim()).join('\n\n');
};

async function fileText(file: string): Promise<string> {
  const ext = path.extname(file).toLowerCase();
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (err) {
    throw new PermanentError(`cannot read seed ${file} (${(err as NodeJS.ErrnoException).code ?? String(err)})`, { cause: err });
  }
  if (ext === '.html' || ext === '.htm') return articleText(raw, `file://${path.resolve(file)}`);
  if (ext === '.eml') {
    const mail = emailText(raw);
    return mail.html !== null ? articleText(mail.html, `file://${path.resolve(file)}`) : [mail.subject, mail.text].filter(Boolean).join('\n\n');
  }
  return raw;
}

async function expand(input: string): Promise<string[]> {
  let info;
  try {
    info = await stat(input);
  } catch (err) {
    throw new PermanentError(`cannot read seed ${input} (${(err as NodeJS.ErrnoException).code ?? String(err)})`, { cause: err });
  }
  if (!info.isDirectory()) {
    if (!EXTENSIONS.has(path.extname(input).toLowerCase())) {
      throw new PermanentError(`seed ${input} is not a .txt, .html, .htm or .eml file (nor a directory or an http(s) URL)`);
    }
    return [input];
  }
  const names = (await readdir(input, { withFileTypes: true }))
    .filter((e) => e.isFile() && EXTENSIONS.has(path.extname(e.name).toLowerCase()))
    .map((e) => e.name)
    .sort();
  if (!names.length) throw new PermanentError(`no .txt, .html or .eml seed file in ${input}`);
  return names.map((n) => path.join(input, n));
}

/** Read every input into seed documents; any unreadable input fails the whole import with its name. */
export async function readSeedInputs(inputs: readonly string[], options: ReadInputsOptions = {}): Promise<SeedDocument[]> {
  if (!inputs.length) throw new PermanentError('no seed given: name files, directories or http(s) URLs');
  const own = options.fetcher ? null : inputs.some(isUrl) ? defaultFetcher() : null;
  const fetcher = options.fetcher ?? own;
  try {
    const docs: SeedDocument[] = [];
    for (const input of inputs) {
      if (isUrl(input)) {
        let text: string;
        try {
          const res = await fetcher!.fetch(input, { accept: 'html' });
          text = articleText(res.text, res.url);
        } catch (err) {
          throw new PermanentError(`cannot fetch seed ${input}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
        }
        docs.push({ key: `S${docs.length}`, file: input, text });
        continue;
      }
      for (const file of await expand(input)) {
        docs.push({ key: `S${docs.length}`, file: path.basename(file), text: await fileText(file) });
      }
    }
    for (const d of docs) {
      // a "?" saved in place of a non-breaking space (« ?mot? ») is put back: it is no question mark
      d.text = cleanSeedText(d.text);
      if (!d.text.trim()) throw new PermanentError(`seed ${d.file} has no article text`);
    }
    return docs;
  } finally {
    await own?.close();
  }
}

function defaultFetcher(): Fetcher {
  return createFetcher({
    timeoutMs: 20_000,
    maxBytes: 5_000_000,
    maxRedirects: 5,
    allowPrivateNetworks: false,
    perHostConcurrency: 2,
  });
}
