import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../.cache/screenshots');

const run = promisify(execFile);
let dataDir = '';

afterAll(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** `npm run demo` = `veille demo`, with DATABASE_URL and friends set as a developer's shell may have them. */
function demo() {
  const { SMTP_URL, ...env } = process.env;
  return run(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'demo'], {
    env: { ...env, VEILLE_DATA_DIR: dataDir, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', REDIS_URL: 'redis://127.0.0.1:1', CI: '1' },
    timeout: 120_000,
  });
}

it('the offline demo finds the storyline in the bundled feeds, and replays from scratch when run again', async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'veille-demo-'));
  const outbox = path.join(dataDir, 'demo', 'outbox');
  const outputs: string[] = [];
  for (let pass = 0; pass < 2; pass += 1) {
    const { stdout, stderr } = await demo();
    outputs.push(stdout);
    // quiet by default: no info logs, a table of what was found
    expect(stderr).not.toMatch(/"level":30|story matched/);
    // three pages are linked from two sources; which source sees one first depends on scheduling, so the
    // "new" count of the poll line varies (13–16); the stories stored do not
    expect(stdout).toMatch(/Polled 4 sources \(4 ok\): 16 items, 1[3-6] new\./);
    expect(stdout).toContain('stories stored: 13');
    expect(stdout).toMatch(/^Found \d+ stories/m);
    expect(stdout).toMatch(/^RT bought 3,000 promoted tweets.*The Capitol Wire\s+[01]\.\d\d\s+C35 ✗/m);
    expect(stdout).toMatch(/stories stored: 13/);
    const files = await readdir(outbox);
    // the second run starts from an empty data/demo: one digest in the outbox again, not "nothing new"
    expect(files.filter((f) => f.endsWith('.eml'))).toHaveLength(1);
    const html = files.find((f) => f.endsWith('.html'))!;
    expect(stdout).toContain(`Open the digest in a browser: ${path.join(outbox, html)}`);
    const page = await readFile(path.join(outbox, html), 'utf8');
    // on-storyline stories are in, the keyword traps are not
    expect(page).toMatch(/WikiLeaks/);
    expect(page).toMatch(/Sidorkov|VK/);
    expect(page).not.toMatch(/Goldman Sachs/);
    expect(page).not.toMatch(/VK Cloud/);
    expect(page).not.toMatch(/demo-capitol-wire|demo-la-vigie|demo-bytewise/); // outlets by name
  }
  expect(outputs[1]).not.toContain('nothing new');

  // the demo digest as a person opens it: readable at 900 and 400 px, summary first, no sideways scroll
  const html = (await readdir(outbox)).find((f) => f.endsWith('.html'))!;
  await mkdir(SCREENSHOTS, { recursive: true });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  try {
    for (const width of [900, 400]) {
      const page = await browser.newPage({ viewport: { width, height: 800 }, javaScriptEnabled: false });
      await page.setContent(await readFile(path.join(outbox, html), 'utf8'));
      const layout = await page.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        summaryBottom: document.getElementById('summary')!.getBoundingClientRect().bottom,
        summary: document.getElementById('summary')!.innerText,
      }));
      expect(layout.overflow).toBeLessThanOrEqual(0);
      expect(layout.summaryBottom).toBeLessThanOrEqual(800);
      expect(layout.summary).toMatch(/new contradictions? and \d+ new supports? of the seed claims/);
      await page.screenshot({ path: path.join(SCREENSHOTS, `demo-digest-${width}.png`), fullPage: true });
      await page.close();
    }
  } finally {
    await browser.close();
  }
}, 240_000);
