// Reference adapter for ../shared/eval/extraction/score.mjs: @mozilla/readability on a jsdom document,
// as Firefox's reader view runs it (text = the article node's textContent).
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';

export const name = 'readability';

const quiet = new VirtualConsole();

export function extract(html, url) {
  const dom = new JSDOM(html, { url: url ?? 'https://example.invalid/', virtualConsole: quiet });
  try {
    const a = new Readability(dom.window.document).parse();
    return { title: a?.title ?? '', text: a?.textContent ?? '', byline: a?.byline ?? null, publishedAt: a?.publishedTime ?? null, lang: a?.lang ?? null };
  } finally {
    dom.window.close();
  }
}
