/**
 * Extraction memory: heap a worker keeps after extracting many distinct big pages. Nothing of a page
 * should outlive its extraction; a module-level cache keyed by strings cut from a page's source keeps
 * the whole page (a cut string holds its parent). Figures only, never asserted.
 *
 *   npx tsx bench/extract-memory.ts
 */
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { extractArticle } from '../src/extract/index.js';

const PAGES = 60;
/** ~1 MB of article text per page. */
const PARAGRAPHS = 400;

/** A full collection, with --expose-gc or without it. */
function collect(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  gc();
}

export async function benchExtractMemory(): Promise<Record<string, number>> {
  const paragraph = `<p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(40)}</p>`;
  let pageBytes = 0;
  collect();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < PAGES; i++) {
    // each page with class names of its own, as sites have
    const html = `<html><head><title>Story ${i}</title></head><body><div class="story-container-${i}-main"><article class="article-body-${i}">${paragraph.repeat(PARAGRAPHS)}</article></div></body></html>`;
    pageBytes += html.length;
    extractArticle(html, `https://example.org/story-${i}`);
  }
  collect();
  const keptMb = (process.memoryUsage().heapUsed - before) / 1e6;
  console.log(`  ${PAGES} distinct pages of ${(pageBytes / PAGES / 1e6).toFixed(1)} MB: ${keptMb.toFixed(1)} MB of heap kept after them (a page's worth is ${(pageBytes / PAGES / 1e6).toFixed(1)} MB)`);
  return { pages: PAGES, pageMb: Math.round((pageBytes / PAGES / 1e6) * 10) / 10, heapKeptMb: Math.round(keptMb * 10) / 10 };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchExtractMemory();
