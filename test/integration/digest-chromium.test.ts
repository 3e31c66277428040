import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDigestEmail } from '../../src/alerts/email/render-digest.js';
import { worstCaseDigest } from '../fixtures/digest/digests.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** Screenshots a person can open after the run (gitignored). */
export const SCREENSHOT_DIR = path.join(ROOT, '.cache', 'screenshots');
const SUMMARY_FOLD_PX = 800; // what a reader sees before scrolling

let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  await mkdir(SCREENSHOT_DIR, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

const email = renderDigestEmail(worstCaseDigest(30), {
  subject: 'Veille: {count} new stories',
  from: 'Veille <veille@example.org>',
  to: ['desk@example.org'],
  tz: 'Europe/Paris',
  minClaimScore: 0.6,
  publicUrl: 'https://veille.example.org',
});

async function open(width: number, colorScheme: 'light' | 'dark' = 'light') {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, javaScriptEnabled: false });
  // nothing may leave the machine: a digest has no external images, fonts or scripts
  const requests: string[] = [];
  await context.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  await page.setContent(email.html, { waitUntil: 'load' });
  return { page, context, requests };
}

describe('the digest in Chromium', () => {
  it.each([900, 400])('at %i px: no horizontal scroll, the summary above the fold, every story shown', async (width) => {
    const { page, context, requests } = await open(width);
    try {
      const layout = await page.evaluate(() => {
        const summary = document.getElementById('summary')!.getBoundingClientRect();
        return {
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
          summaryBottom: summary.bottom + window.scrollY,
          entries: document.querySelectorAll('[id^="e"]').length,
          text: document.body.innerText.replace(/\s+/g, ' ').length,
        };
      });
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
      expect(layout.summaryBottom).toBeLessThanOrEqual(SUMMARY_FOLD_PX);
      expect(layout.entries).toBe(25); // max_stories
      expect(requests).toEqual([]);
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `digest-${width}.png`), fullPage: true });
    } finally {
      await context.close();
    }
  }, 60_000);

  it('keeps light text on dark boxes in dark mode', async () => {
    const { page, context } = await open(400, 'dark');
    try {
      const colours = await page.evaluate(() => {
        const box = document.querySelector('.vx')!;
        const style = getComputedStyle(box);
        return { color: style.color, background: style.backgroundColor };
      });
      const luminance = (rgb: string) => {
        const [r, g, b] = (rgb.match(/\d+/g) ?? []).map(Number);
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      expect(luminance(colours.color) - luminance(colours.background)).toBeGreaterThan(100);
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'digest-400-dark.png') });
    } finally {
      await context.close();
    }
  }, 60_000);
});
