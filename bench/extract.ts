/**
 * Extraction benchmark: the evaluation pages in test/fixtures/extract/ (each an HTML page, the
 * expected main text in a .txt, title and publication day in cases.json), scored for
 * extractArticle and for @mozilla/readability on jsdom in the same run:
 *
 *   - token-level F1 of the main text (bag of lowercase word tokens, mean over pages)
 *   - title accuracy (exact after normalising case, whitespace, quotes and dashes)
 *   - date accuracy (the extracted instant falls on the expected calendar day in some zone, UTC-12…UTC+14)
 *   - pages/s and p99 latency over repeated passes
 *
 *   npx tsx bench/extract.ts            prints the table and one JSON line
 *   npx tsx bench/extract.ts --pages    also prints F1 per page
 *
 * Figures only: targets are printed, never asserted (test/unit/extract-eval.test.ts guards quality).
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { extractArticle } from '../src/extract/index.js';
import { htmlToText } from '../src/extract/dom.js';

const CASES_DIR = new URL('../test/fixtures/extract/', import.meta.url);
/** Passes over all pages for the speed figure (Readability gets fewer: it is ~50× slower). */
const PASSES = Number(process.env.BENCH_EXTRACT_PASSES ?? 20);
const READABILITY_PASSES = Number(process.env.BENCH_EXTRACT_READABILITY_PASSES ?? 2);

export const EXTRACT_TARGET = { f1AboveReadability: true, title: 0.85, date: 0.8, pagesPerS: 150 };

export interface EvalCase {
  name: string;
  url: string;
  title: string;
  /** publication day as YYYY-MM-DD, null when the page does not show one */
  date: string | null;
  html: string;
  expected: string;
}

export interface Extracted {
  title: string;
  text: string;
  date?: string | null;
}

export type Extractor = (html: string, url: string) => Extracted;

export function loadCases(): EvalCase[] {
  const index = JSON.parse(readFileSync(new URL('cases.json', CASES_DIR), 'utf8')) as Omit<EvalCase, 'html' | 'expected'>[];
  return index.map((entry) => ({
    ...entry,
    html: readFileSync(new URL(`${entry.name}.html`, CASES_DIR), 'utf8'),
    expected: readFileSync(new URL(`${entry.name}.txt`, CASES_DIR), 'utf8'),
  }));
}

function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Token-level F1 of two texts as bags of words (the Scrapinghub benchmark's measure). */
export function tokenF1(extracted: string, expected: string): number {
  const want = new Map<string, number>();
  for (const token of tokens(expected)) want.set(token, (want.get(token) ?? 0) + 1);
  const got = tokens(extracted);
  const expectedCount = [...want.values()].reduce((a, b) => a + b, 0);
  if (got.length === 0 || expectedCount === 0) return got.length === expectedCount ? 1 : 0;
  let overlap = 0;
  for (const token of got) {
    const left = want.get(token) ?? 0;
    if (left > 0) {
      overlap++;
      want.set(token, left - 1);
    }
  }
  if (overlap === 0) return 0;
  const precision = overlap / got.length;
  const recall = overlap / expectedCount;
  return (2 * precision * recall) / (precision + recall);
}

function normalizeTitle(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”«»„]/g, '"')
    .replace(/[‐-―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export function sameTitle(extracted: string, expected: string): boolean {
  return normalizeTitle(extracted) === normalizeTitle(expected);
}

const HOUR = 3_600_000;
/** True when the instant falls on `day` (YYYY-MM-DD) in some time zone between UTC-12 and UTC+14. */
export function onDay(extracted: string | null | undefined, day: string): boolean {
  if (!extracted) return false;
  const instant = Date.parse(extracted);
  const start = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(instant) || Number.isNaN(start)) return false;
  return instant >= start - 14 * HOUR && instant < start + 24 * HOUR + 12 * HOUR;
}

export const veille: Extractor = (html, url) => {
  const article = extractArticle(html, url);
  return { title: article.title, text: article.text, date: article.publishedAt };
};

/** Readability as its users run it: jsdom with the page URL, then parse(); text from its HTML with block breaks. */
export async function readabilityExtractor(): Promise<Extractor> {
  const [{ JSDOM, VirtualConsole }, { Readability }] = await Promise.all([import('jsdom'), import('@mozilla/readability')]);
  const quiet = new VirtualConsole(); // jsdom reports CSS it cannot parse; that is not our concern here
  return (html, url) => {
    const dom = new JSDOM(html, { url, virtualConsole: quiet });
    try {
      const result = new Readability(dom.window.document).parse();
      return { title: result?.title ?? '', text: result?.content ? htmlToText(result.content) : '', date: result?.publishedTime ?? null };
    } finally {
      dom.window.close();
    }
  };
}

export interface Score {
  f1: number;
  title: number;
  date: number;
  pagesPerS: number;
  /** pages per second of this process's CPU time: steadier than wall time on a shared machine */
  pagesPerCpuS: number;
  p99Ms: number;
  perPage: Record<string, number>;
}

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0;
}

export function score(extract: Extractor, cases: EvalCase[], passes: number): Score {
  const perPage: Record<string, number> = {};
  let f1 = 0;
  let titles = 0;
  let dates = 0;
  let dated = 0;
  for (const page of cases) {
    const result = extract(page.html, page.url);
    perPage[page.name] = tokenF1(result.text, page.expected);
    f1 += perPage[page.name];
    if (sameTitle(result.title, page.title)) titles++;
    if (page.date) {
      dated++;
      if (onDay(result.date, page.date)) dates++;
    }
  }
  const latencies: number[] = [];
  const cpuStarted = process.cpuUsage();
  const started = performance.now();
  for (let pass = 0; pass < passes; pass++) {
    for (const page of cases) {
      const t0 = performance.now();
      extract(page.html, page.url);
      latencies.push(performance.now() - t0);
    }
  }
  const elapsed = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  return {
    f1: f1 / cases.length,
    title: titles / cases.length,
    date: dated ? dates / dated : 1,
    pagesPerS: (passes * cases.length) / (elapsed / 1000),
    pagesPerCpuS: (passes * cases.length) / ((cpu.user + cpu.system) / 1e6),
    p99Ms: percentile(latencies, 0.99),
    perPage,
  };
}

/**
 * A saved page grown to the size of a real one (~250 KB): a 600-link mega menu, 80 inline SVG
 * icons, 120 recommendation cards and a 100 KB state script, as news sites ship them. The
 * evaluation pages are small (5-15 KB); this shows the cost per page at production size.
 */
export function productionSizedPage(): { html: string; url: string } {
  const base = readFileSync(new URL('../test/fixtures/pages/sites/theguardian.com.html', import.meta.url), 'utf8');
  const menu = `<nav class="mega-menu"><ul>${Array.from({ length: 600 }, (_, i) => `<li class="menu-item"><a class="menu-link" href="/section/${i}"><span>Section ${i}</span></a></li>`).join('')}</ul></nav>`;
  const icons = '<svg viewBox="0 0 30 30"><path d="M15 0C6.7 0 0 6.7 0 15s6.7 15 15 15 15-6.7 15-15S23.3 0 15 0z"></path></svg>'.repeat(80);
  const cards = `<section class="onward">${Array.from({ length: 120 }, (_, i) => `<div class="card"><a href="/story/${i}"><picture><img src="/i/${i}.jpg" alt=""></picture><h3>A recommended story number ${i} with a long headline</h3></a><p>A teaser paragraph for story ${i}, written to make you click, with several clauses.</p></div>`).join('')}</section>`;
  const state = `<script>window.__STATE__ = ${JSON.stringify({ items: Array.from({ length: 1500 }, (_, i) => ({ id: i, title: `Item ${i}`, url: `/x/${i}` })) })}</script>`;
  return { html: base.replace('<body>', `<body>${menu}${icons}`).replace('</main>', `${cards}</main>${state}`), url: 'https://www.theguardian.com/us-news/2017/nov/13/donald-trump-jr-wikileaks-twitter-messages' };
}

function msPerPage(extract: Extractor, page: { html: string; url: string }, runs: number): number {
  extract(page.html, page.url); // warm-up
  const started = performance.now();
  for (let i = 0; i < runs; i++) extract(page.html, page.url);
  return (performance.now() - started) / runs;
}

interface BenchRun {
  cases: number;
  ours: Score;
  peer: Score;
  oursLargePageMs: number;
  peerLargePageMs: number;
}

async function run(): Promise<BenchRun> {
  const cases = loadCases();
  const readability = await readabilityExtractor();
  const large = productionSizedPage();
  return {
    cases: cases.length,
    ours: score(veille, cases, PASSES),
    peer: score(readability, cases, READABILITY_PASSES),
    oursLargePageMs: msPerPage(veille, large, PASSES),
    peerLargePageMs: msPerPage(readability, large, READABILITY_PASSES),
  };
}

function toRecord({ cases, ours, peer, oursLargePageMs, peerLargePageMs }: BenchRun): Record<string, number> {
  return {
    pages: cases,
    f1: ours.f1,
    titleAccuracy: ours.title,
    dateAccuracy: ours.date,
    pagesPerS: ours.pagesPerS,
    pagesPerCpuS: ours.pagesPerCpuS,
    p99Ms: ours.p99Ms,
    largePageMs: oursLargePageMs,
    readabilityF1: peer.f1,
    readabilityTitleAccuracy: peer.title,
    readabilityDateAccuracy: peer.date,
    readabilityPagesPerS: peer.pagesPerS,
    readabilityPagesPerCpuS: peer.pagesPerCpuS,
    readabilityP99Ms: peer.p99Ms,
    readabilityLargePageMs: peerLargePageMs,
  };
}

/** Both extractors on the same pages, in this process: F1, title and date accuracy, speed. */
export async function benchExtract(): Promise<Record<string, number>> {
  return toRecord(await run());
}

async function main(): Promise<void> {
  const result = await run();
  const { ours, peer } = result;
  const fmt = (n: number, digits = 3) => n.toFixed(digits);
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const rows: [string, string, string, string][] = [
    ['main text F1 (mean)', fmt(ours.f1), fmt(peer.f1), `> Readability ${met(ours.f1 > peer.f1)}`],
    ['title accuracy', fmt(ours.title), fmt(peer.title), `≥ ${EXTRACT_TARGET.title} ${met(ours.title >= EXTRACT_TARGET.title)}`],
    ['date accuracy', fmt(ours.date), fmt(peer.date), `≥ ${EXTRACT_TARGET.date} ${met(ours.date >= EXTRACT_TARGET.date)}`],
    ['pages/s', fmt(ours.pagesPerS, 0), fmt(peer.pagesPerS, 1), `≥ ${EXTRACT_TARGET.pagesPerS} ${met(ours.pagesPerS >= EXTRACT_TARGET.pagesPerS)}`],
    ['pages per CPU-second', fmt(ours.pagesPerCpuS, 0), fmt(peer.pagesPerCpuS, 1), ''],
    ['p99 latency (ms)', fmt(ours.p99Ms, 2), fmt(peer.p99Ms, 1), ''],
    ['250 KB page (ms)', fmt(result.oursLargePageMs, 1), fmt(result.peerLargePageMs, 1), `${fmt(1000 / result.oursLargePageMs, 0)} pages/s at production size`],
  ];
  console.log(`Article extraction on ${result.cases} pages (test/fixtures/extract), Veille vs @mozilla/readability + jsdom`);
  console.log(`  ${'metric'.padEnd(22)}${'Veille'.padStart(10)}${'Readability'.padStart(14)}   target`);
  for (const [name, a, b, target] of rows) console.log(`  ${name.padEnd(22)}${a.padStart(10)}${b.padStart(14)}   ${target}`);
  if (process.argv.includes('--pages')) {
    console.log(`  ${'F1 per page'.padEnd(32)} Veille Readability`);
    for (const name of Object.keys(ours.perPage)) console.log(`  ${name.padEnd(32)} ${fmt(ours.perPage[name])} ${fmt(peer.perPage[name])}`);
  }
  console.log(JSON.stringify(toRecord(result)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}

