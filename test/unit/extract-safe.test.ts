import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractArticle, extractArticleSafe } from '../../src/extract/index.js';
import { nestsDeeperThan } from '../../src/extract/dom.js';
import { extractWorkersStarted, HOSTILE_NESTING_DEPTH, hostility } from '../../src/extract/extract-safe.js';
import { PermanentError } from '../../src/lib/errors.js';

const page = (name: string) => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8');
const URL_ = 'https://h.example.com/x';

const DEEP = `<html><body>${'<div>'.repeat(60_000)}<p>Deep text that is long enough to be a paragraph.</p>${'</div>'.repeat(60_000)}</body></html>`;
const PARAGRAPH = '<p>This paragraph of a very large page is long enough to be kept, with commas, and more words.</p>\n';
/** 6 MB of distinct paragraphs (numbered, so that none is dropped as a repeat). */
const LARGE = `<html><head><title>A very large page</title></head><body><article>${Array.from(
  { length: Math.ceil(6_300_000 / PARAGRAPH.length) },
  (_, i) => PARAGRAPH.replace('This paragraph', `Paragraph ${i}`),
).join('')}</article></body></html>`;

/** Runs `work` while a 5 ms interval counts its ticks on this thread. */
async function whileTicking<T>(work: () => Promise<T>): Promise<{ result: PromiseSettledResult<T>; ticks: number }> {
  let ticks = 0;
  const interval = setInterval(() => ticks++, 5);
  try {
    const [result] = await Promise.allSettled([work()]);
    return { result, ticks };
  } finally {
    clearInterval(interval);
  }
}

describe('which pages are hostile', () => {
  it('leaves ordinary pages on the fast path', () => {
    for (const name of ['news-article.html', 'french-article.html', 'hostile.html', 'sites/theguardian.com.html']) {
      expect(hostility(page(name)), name).toBeUndefined();
    }
    const flat = '<div><p>x</p><br><img src=x><input></div>'.repeat(10_000);
    expect(hostility(flat)).toBeUndefined(); // closed tags and void tags never add up
  });

  it('names pages that are too large or nested too deep', () => {
    expect(hostility(LARGE)).toMatch(/^a 6\d{3} KB page$/);
    expect(hostility(DEEP)).toBe(`a page nested more than ${HOSTILE_NESTING_DEPTH} levels deep`);
    expect(nestsDeeperThan('<div>'.repeat(11), 10)).toBe(true);
    expect(nestsDeeperThan('<div></div>'.repeat(11), 10)).toBe(false);
  });
});

describe('extractArticleSafe', () => {
  it('gives the same article as extractArticle on an ordinary page', async () => {
    const html = page('news-article.html');
    expect(await extractArticleSafe(html, URL_)).toEqual(extractArticle(html, URL_));
  });

  it('reads a 60 000-deep page in a worker while the event loop keeps ticking', async () => {
    const { result, ticks } = await whileTicking(() => extractArticleSafe(DEEP, URL_));
    expect(result.status).toBe('fulfilled');
    if (result.status === 'fulfilled') expect(result.value.text).toBe('Deep text that is long enough to be a paragraph.');
    expect(ticks).toBeGreaterThan(0);
  });

  it('reads a 6 MB page in a worker, or fails with a reason, while the event loop keeps ticking', async () => {
    const { result, ticks } = await whileTicking(() => extractArticleSafe(LARGE, URL_, { deadlineMs: 30_000 }));
    if (result.status === 'fulfilled') {
      expect(result.value.title).toBe('A very large page');
      expect(result.value.text.startsWith('Paragraph 0 of a very large page')).toBe(true);
    } else {
      expect(result.reason).toBeInstanceOf(PermanentError);
      expect(String(result.reason.message)).toMatch(/6\d{3} KB page/);
    }
    expect(ticks).toBeGreaterThan(0);
  });

  it('fails with a PermanentError naming the deadline and the page when the worker is too slow', async () => {
    const { result, ticks } = await whileTicking(() => extractArticleSafe(LARGE, URL_, { deadlineMs: 20 }));
    expect(result.status).toBe('rejected');
    if (result.status === 'rejected') {
      expect(result.reason).toBeInstanceOf(PermanentError);
      expect(result.reason.message).toBe(`article extraction passed its 20 ms deadline on ${hostility(LARGE)} (${URL_})`);
    }
    expect(ticks).toBeGreaterThan(0);
  });

  it('keeps its worker for the next large page, and starts another after a page that passed its deadline', async () => {
    await extractArticleSafe(DEEP, URL_);
    const warm = extractWorkersStarted();
    const again = await extractArticleSafe(DEEP, URL_);
    expect(again.text).toBe('Deep text that is long enough to be a paragraph.');
    expect(extractWorkersStarted()).toBe(warm); // the same worker read it

    await expect(extractArticleSafe(LARGE, URL_, { deadlineMs: 20 })).rejects.toBeInstanceOf(PermanentError);
    const after = await extractArticleSafe(DEEP, URL_);
    expect(after.text).toBe('Deep text that is long enough to be a paragraph.');
    expect(extractWorkersStarted()).toBe(warm + 1); // the slow page's worker was dropped, a new one read this
  });

  it('lets a process end by itself while its worker waits for the next page', async () => {
    const module = fileURLToPath(new URL('../../src/extract/extract-safe.ts', import.meta.url));
    const script =
      `const { extractArticleSafe } = await import(${JSON.stringify(module)});` +
      `const html = '<html><body>' + '<div>'.repeat(20000) + '<p>Deep text that is long enough to be a paragraph.</p>' + '</div>'.repeat(20000) + '</body></html>';` +
      `const article = await extractArticleSafe(html, 'https://h.example.com/x');` +
      `console.log(article.text);`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(out.trim()).toBe('Deep text that is long enough to be a paragraph.');
    expect(code).toBe(0);
  }, 60_000);
});
