import { describe, expect, it } from 'vitest';
import { MAX_CRAWL_DELAY_MS, createRobotsCache, productToken, type RobotsFetch } from '../../src/fetch/robots.js';
import { PermanentError, TransientError } from '../../src/lib/errors.js';

const ROBOTS = `
User-agent: *
Disallow: /

User-agent: veille
Allow: /news/
Disallow: /news/private/
Disallow: /search?
Crawl-delay: 2
`;

const HOUR = 60 * 60_000;

/** A robots.txt "server" that counts how often it was asked; answers in order, the last one repeating. */
function robotsServer(...answers: (string | number | Error)[]): { calls: string[]; fetch: RobotsFetch } {
  const calls: string[] = [];
  const fetch: RobotsFetch = async (robotsUrl) => {
    calls.push(robotsUrl.href);
    const answer = answers[Math.min(calls.length - 1, answers.length - 1)];
    if (answer instanceof Error) throw answer;
    return typeof answer === 'number' ? { status: answer, text: 'error page' } : { status: 200, text: answer };
  };
  return { calls, fetch };
}

function clock() {
  let t = 1_700_000_000_000;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e as Error);

describe('productToken', () => {
  it.each([
    ['Veille/0.1 (+https://github.com/veille; news monitoring)', 'Veille'],
    ['Veille-test/1', 'Veille-test'],
    ['my_bot', 'my_bot'],
    ['(weird)', '*'],
  ])('takes the product token of %s', (ua, token) => {
    expect(productToken(ua)).toBe(token);
  });
});

describe('createRobotsCache', () => {
  it('applies the group of our product token, case-insensitively, else the * group', async () => {
    const server = robotsServer(ROBOTS);
    const ours = createRobotsCache({ productToken: 'Veille' });
    await ours.check(new URL('https://news.example/news/2024/story'), server.fetch);
    expect(await refusal(ours.check(new URL('https://news.example/news/private/memo'), server.fetch))).toEqual(
      new PermanentError('disallowed by robots.txt: https://news.example/news/private/memo'),
    );
    expect(await refusal(ours.check(new URL('https://news.example/search?q=rt'), server.fetch))).toBeInstanceOf(PermanentError);

    const other = createRobotsCache({ productToken: 'OtherBot' });
    expect(await refusal(other.check(new URL('https://news.example/news/2024/story'), server.fetch))).toBeInstanceOf(PermanentError);
  });

  it('asks for <origin>/robots.txt once per origin, shared by concurrent checks, for an hour', async () => {
    const server = robotsServer(ROBOTS);
    const time = clock();
    const robots = createRobotsCache({ productToken: 'Veille', now: time.now });
    await Promise.all([robots.check(new URL('https://news.example/news/a'), server.fetch), robots.check(new URL('https://news.example/news/b'), server.fetch)]);
    await robots.check(new URL('https://news.example/news/c'), server.fetch);
    expect(server.calls).toEqual(['https://news.example/robots.txt']);

    await robots.check(new URL('http://news.example:8080/news/a'), server.fetch); // another origin
    expect(server.calls).toHaveLength(2);

    time.advance(HOUR + 1);
    await robots.check(new URL('https://news.example/news/a'), server.fetch);
    expect(server.calls).toHaveLength(3);
  });

  it('reads the Crawl-delay of our group, in ms, capped', async () => {
    const robots = createRobotsCache({ productToken: 'Veille' });
    expect(robots.crawlDelayMs('https://news.example')).toBe(0); // not fetched yet
    await robots.check(new URL('https://news.example/news/a'), robotsServer(ROBOTS).fetch);
    expect(robots.crawlDelayMs('https://news.example')).toBe(2000);

    await robots.check(new URL('https://slow.example/'), robotsServer('User-agent: *\nCrawl-delay: 3600').fetch);
    expect(robots.crawlDelayMs('https://slow.example')).toBe(MAX_CRAWL_DELAY_MS);
  });

  it.each([401, 403, 404, 410])('allows everything when robots.txt answers %i (RFC 9309: unavailable)', async (status) => {
    const server = robotsServer(status);
    const robots = createRobotsCache({ productToken: 'Veille' });
    await robots.check(new URL('https://news.example/anything'), server.fetch);
    await robots.check(new URL('https://news.example/else'), server.fetch);
    expect(server.calls).toHaveLength(1);
  });

  it('allows everything when robots.txt cannot be fetched at all (too many redirects, refused address)', async () => {
    const robots = createRobotsCache({ productToken: 'Veille' });
    await robots.check(new URL('https://news.example/a'), robotsServer(new PermanentError('too many redirects')).fetch);
  });

  it.each([
    ['HTTP 503', 503],
    ['HTTP 429', 429],
    ['a timeout', new TransientError('GET https://news.example/robots.txt exceeded the 5000 ms deadline')],
  ])('disallows everything for a while when robots.txt is unreachable (%s), then asks again', async (_name, answer) => {
    const server = robotsServer(answer, ROBOTS);
    const time = clock();
    const robots = createRobotsCache({ productToken: 'Veille', now: time.now });
    const url = new URL('https://news.example/news/a');
    const error = (await refusal(robots.check(url, server.fetch))) as TransientError;
    expect(error).toBeInstanceOf(TransientError);
    expect(error.message).toMatch(/^robots\.txt of https:\/\/news\.example is unreachable \(.+\); not fetching https:\/\/news\.example\/news\/a until it answers$/);
    expect(error.retryAfterMs).toBe(5 * 60_000);

    time.advance(60_000);
    expect(await refusal(robots.check(url, server.fetch))).toBeInstanceOf(TransientError); // cached, not asked again
    expect(server.calls).toHaveLength(1);

    time.advance(5 * 60_000);
    await robots.check(url, server.fetch);
    expect(server.calls).toHaveLength(2);
  });

  it('keeps using the last good robots.txt while the server is unreachable', async () => {
    const server = robotsServer(ROBOTS, 500);
    const time = clock();
    const robots = createRobotsCache({ productToken: 'Veille', now: time.now });
    await robots.check(new URL('https://news.example/news/a'), server.fetch);
    time.advance(HOUR + 1);
    await robots.check(new URL('https://news.example/news/b'), server.fetch);
    expect(await refusal(robots.check(new URL('https://news.example/news/private/c'), server.fetch))).toBeInstanceOf(PermanentError);
    expect(server.calls).toHaveLength(2);
    expect(robots.crawlDelayMs('https://news.example')).toBe(2000);
  });

  it('never refuses robots.txt itself', async () => {
    const server = robotsServer('User-agent: *\nDisallow: /');
    await createRobotsCache({ productToken: 'Veille' }).check(new URL('https://news.example/robots.txt'), server.fetch);
    expect(server.calls).toHaveLength(0);
  });

  it('stops waiting when the caller aborts', async () => {
    const never: RobotsFetch = () => new Promise(() => {});
    const controller = new AbortController();
    const pending = createRobotsCache({ productToken: 'Veille' }).check(new URL('https://news.example/a'), never, controller.signal);
    controller.abort(new Error('job cancelled'));
    await expect(pending).rejects.toThrow('job cancelled');
  });
});
