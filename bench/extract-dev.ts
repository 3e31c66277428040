/**
 * Extraction on the public development pages (../shared/eval/extraction, materialised into
 * .cache/eval/extraction; `npm run eval:extraction` builds the fixed halves): a stable sample of the
 * report half, PER_SOURCE pages per source with a gold text, scored for extractArticle and, in the
 * same run, Readability + jsdom (fewer passes: it is slower). Figures only, never asserted.
 * Pin to one core to compare runs: `taskset -c 0 npm run bench`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readabilityExtractor, score, veille, type EvalCase } from './extract.js';

const HALF = fileURLToPath(new URL('../.cache/eval/extraction-halves/report/', import.meta.url));
const PER_SOURCE = Number(process.env.BENCH_EXTRACT_DEV_PER_SOURCE ?? 40);
const PASSES = Number(process.env.BENCH_EXTRACT_DEV_PASSES ?? 3);
export const EXTRACT_DEV_TARGET = { pagesPerS: 150, p99Ms: 30 };

function sample(): EvalCase[] {
  const sha = (name: string) => createHash('sha1').update(name).digest('hex');
  const taken = new Map<string, number>();
  const cases: EvalCase[] = [];
  for (const name of readdirSync(HALF).sort((a, b) => (sha(a) < sha(b) ? -1 : 1))) {
    const dir = `${HALF}${name}/`;
    if (!existsSync(`${dir}expected.txt`) || !existsSync(`${dir}page.html`)) continue;
    const meta = existsSync(`${dir}meta.json`) ? JSON.parse(readFileSync(`${dir}meta.json`, 'utf8')) : {};
    const source = meta.source ?? name.split('-')[0];
    if ((taken.get(source) ?? 0) >= PER_SOURCE) continue;
    taken.set(source, (taken.get(source) ?? 0) + 1);
    const html = readFileSync(`${dir}page.html`, 'utf8');
    cases.push({ name, url: meta.url ?? 'https://example.invalid/', title: meta.title ?? '', date: null, html, expected: readFileSync(`${dir}expected.txt`, 'utf8') });
  }
  return cases;
}

export async function benchExtractDev(): Promise<Record<string, number>> {
  if (!existsSync(HALF)) {
    console.log(`  (skipped: ${HALF} is missing; materialise the pages and run npm run eval:extraction once, see ../shared/eval/extraction/README.md)`);
    return { skipped: 1 };
  }
  const cases = sample();
  const ours = score(veille, cases, PASSES);
  const theirs = score(await readabilityExtractor(), cases, 1);
  const row = (name: string, s: ReturnType<typeof score>) =>
    `  ${name.padEnd(22)} word F1 ${s.f1.toFixed(3)}   ${s.pagesPerS.toFixed(0).padStart(5)} pages/s (${s.pagesPerCpuS.toFixed(0)} per CPU-s)   p99 ${s.p99Ms.toFixed(1)} ms`;
  console.log(`  ${cases.length} report-half pages (${PER_SOURCE} per source); target ≥ ${EXTRACT_DEV_TARGET.pagesPerS} pages/s, p99 ≤ ${EXTRACT_DEV_TARGET.p99Ms} ms`);
  console.log(row('extractArticle', ours));
  console.log(row('Readability + jsdom', theirs));
  return {
    pages: cases.length,
    veilleF1: ours.f1,
    veillePagesPerS: ours.pagesPerS,
    veillePagesPerCpuS: ours.pagesPerCpuS,
    veilleP99Ms: ours.p99Ms,
    readabilityF1: theirs.f1,
    readabilityPagesPerS: theirs.pagesPerS,
    readabilityP99Ms: theirs.p99Ms,
  };
}
