import { chromium } from 'playwright-core';
import { readFileSync, readdirSync, statSync } from 'node:fs';
const dir = process.argv[2];
const file = readdirSync(dir).find((f) => f.endsWith('.html'))!;
console.log('html bytes', statSync(`${dir}/${file}`).size);
const html = readFileSync(`${dir}/${file}`, 'utf8');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
for (const w of [900, 400]) {
  const p = await b.newPage({ viewport: { width: w, height: 1000 } });
  await p.setContent(html);
  const h = await p.evaluate(() => document.documentElement.scrollHeight);
  console.log(w, 'height', h);
  await p.screenshot({ path: `/tmp/demo-${w}.png` });
}
await b.close();
