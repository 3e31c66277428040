import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { Veille } from '../../src/main.js';
import { makeTestEnv, type TestEnv } from '../helpers/test-env.js';

/**
 * The web app in a real browser (Debian's chromium through playwright-core), against a worker that
 * has processed the offline demo's feeds and pages: filter to contradictions, open the story, mark it
 * not relevant, and the next digest's preview no longer lists it. Screenshots go to test-results/.
 */
const SHOTS = path.resolve('test-results');
const TOKEN = 'browser-test-token-0123456789abcdef';

let env: TestEnv;
let veille: Veille;
let browser: Browser;
let url = '';

/** config/demo.yaml with its relative file: URLs made absolute, the web app on a free port. */
function demoConfig(): unknown {
  const config = YAML.parse(readFileSync('config/demo.yaml', 'utf8'));
  const configDir = pathToFileURL(path.resolve('config') + '/');
  for (const source of config.sources) source.url = new URL(source.url.replace(/^file:/, ''), configDir).href;
  return { ...config, watchlist: './watchlist.yaml', web: { port: 0, token: TOKEN } };
}

beforeAll(async () => {
  env = await makeTestEnv('embedded', demoConfig());
  veille = await Veille.open(env.options());
  const summary = await veille.once({ sendDigests: false });
  expect(summary.relevant).toBeGreaterThan(0);
  await veille.start();
  url = veille.webUrl!;
  await mkdir(SHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await veille?.close();
  await env?.cleanup();
});

/** Prometheus text format, as a scraper reads it: `name{label="value",…} number` per sample line. */
function parsePrometheus(text: string): { name: string; labels: Record<string, string>; value: number }[] {
  const samples = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) throw new Error(`not Prometheus text: ${line}`);
    const labels = Object.fromEntries([...(m[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)].map((l) => [l[1], l[2]]));
    samples.push({ name: m[1], labels, value: m[3] === '+Inf' ? Infinity : Number(m[3]) });
  }
  return samples;
}

describe('the web app in a browser, after the demo', () => {
  it('counts in /metrics what the demo did: stories, relevant ones, match jobs and their durations', async () => {
    const res = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    const samples = parsePrometheus(await res.text());
    const value = (name: string, labels: Record<string, string> = {}) =>
      samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;
    expect(value('veille_stories')).toBeGreaterThanOrEqual(13);
    expect(value('veille_stories_relevant')).toBeGreaterThanOrEqual(9);
    expect(value('veille_job_duration_seconds_count', { stage: 'match', outcome: 'completed' })).toBeGreaterThanOrEqual(13);
    expect(value('veille_job_duration_seconds_count', { stage: 'poll-source', outcome: 'completed' })).toBeGreaterThanOrEqual(4);
    expect(value('veille_config_reload_ok')).toBe(1);
  });

  it('signs in, finds the contradiction, marks it not relevant, and the digest preview drops it', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await page.goto(`${url}/stories`);
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.fill('input[name=token]', TOKEN);
    await page.click('button[type=submit]');
    await page.waitForURL(`${url}/stories`);
    await page.screenshot({ path: path.join(SHOTS, 'web-stories.png'), fullPage: true });
    expect(await page.locator('tr.story').count()).toBeGreaterThan(3);

    await page.selectOption('select[name=stance]', 'contradicts');
    await page.click('form.filters button[type=submit]');
    await page.waitForURL(/stance=contradicts/);
    const rows = page.locator('tr.story');
    expect(await rows.count()).toBe(1);
    const title = (await rows.first().locator('td a').first().innerText()).trim();
    expect(title).toMatch(/3,000/);

    await rows.first().locator('td a').first().click();
    await page.waitForURL(/\/stories\/[0-9a-f]+$/);
    expect(await page.locator('tr.claim').first().innerText()).toContain('C35');
    await page.screenshot({ path: path.join(SHOTS, 'web-story.png'), fullPage: true });

    const preview = await browser.newPage();
    await preview.setExtraHTTPHeaders({ authorization: `Bearer ${TOKEN}` });
    await preview.goto(`${url}/digests/demo/preview`);
    expect(await preview.content()).toContain(title);

    await page.click('form.feedback:has(input[value=not_relevant]) button');
    await page.waitForURL(/feedback=ok/);
    expect(await page.locator('[role=status]').innerText()).toContain('recorded');

    await preview.reload();
    expect(await preview.content()).not.toContain(title);
    await preview.close();

    await page.goto(`${url}/claims`);
    expect(await page.locator('tr#C35').innerText()).toMatch(/1 contradicting story/);
    await page.screenshot({ path: path.join(SHOTS, 'web-claims.png'), fullPage: true });
    await page.close();
  });
});
