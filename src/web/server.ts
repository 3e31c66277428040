/**
 * The built-in web app, served from the worker process (fastify): stories with their findings,
 * one story's explanation, and the operations endpoints (/healthz, /readyz, /metrics).
 *
 * Access: bound to 127.0.0.1 by default. With `web.token` set, every page needs it, as a cookie
 * set by the sign-in form or as `Authorization: Bearer <token>`; /healthz and /readyz stay open;
 * /metrics needs it unless `web.metrics_public`.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Pool } from 'pg';
import { exportFeedback, FEEDBACK_KINDS, recordFeedback, STANCES, storyFeedback, type FeedbackKind } from '../store/feedback.js';
import { createMetrics, type JobMetrics } from './metrics.js';
import { claimsPage, digestsPage, loginPage, sourcesPage, storiesPage, storyDetailPage, type PageContext, type SourceView } from './pages.js';
import { claimTallies, listStories, pendingPerDigest, sentDigestRuns, storiesPerSource, storyPage, type StoryFilters } from './queries.js';
import type { LoadedConfig } from '../config/load.js';
import { composeDigest, renderDigest, type DigestDeliveryContext } from '../digest/run-digest.js';
import type { VeilleStatus } from '../status/status.js';

export interface WebOptions {
  host: string;
  port: number;
  token?: string;
  metricsPublic: boolean;
  pool: Pool;
  /** the watchlist and settings in use now (config reloads change them) */
  context: () => PageContext;
  queueCounts: () => Promise<Record<string, Record<string, number>> | null>;
  configOk: () => boolean;
  /** job durations per stage, observed by the workers */
  jobMetrics?: JobMetrics;
  /** sources and their health (Veille.status) */
  status: () => Promise<VeilleStatus>;
  /** the configured sources and digests, and what rendering a digest needs */
  digests: () => { configs: LoadedConfig['config']['digests']; sources: LoadedConfig['config']['sources']; context: DigestDeliveryContext };
  /** queue one poll of a source now */
  pollNow: (sourceId: string) => Promise<void>;
  /** tell ops (their channels) that a reader asked for something only they can do */
  raiseOps?: (key: string, message: string) => Promise<void>;
}

const COOKIE = 'veille_session';
const PAGE_SIZE = 100;
const OPEN_PATHS = new Set(['/healthz', '/readyz', '/login']);
/** A mail client's one-click unsubscribe (RFC 8058) carries no token and no form: it is open. */
const UNSUBSCRIBE = /^\/digests\/[^/]+\/unsubscribe$/;
const STORY_ID = /^[0-9a-f]{6,64}$/i;

const sha = (s: string) => createHash('sha256').update(s).digest();
const sameSecret = (a: string, b: string) => timingSafeEqual(sha(a), sha(b));

function cookieOf(request: FastifyRequest, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

const one = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, 200) : null);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function filtersFrom(query: Record<string, unknown>, threads: { id: string; claims: string[] }[] = []): StoryFilters {
  const stance = one(query.stance);
  const day = (v: unknown) => (one(v) && DAY.test(one(v)!) ? one(v) : null);
  return {
    relevant: one(query.relevant) !== '0',
    stance: stance === 'contradicts' || stance === 'supports' || stance === 'any' ? stance : null,
    claim: one(query.claim),
    thread: one(query.thread),
    threadClaims: one(query.thread) ? (threads.find((t) => t.id === one(query.thread))?.claims ?? []) : null,
    digest: one(query.digest),
    source: one(query.source),
    lang: one(query.lang)?.toLowerCase() ?? null,
    q: one(query.q),
    since: day(query.since),
    until: day(query.until),
    limit: PAGE_SIZE,
  };
}

export function createWebApp(options: WebOptions): FastifyInstance {
  const app = Fastify({ logger: false, bodyLimit: 16 * 1024 });
  const session = options.token ? createHmac('sha256', options.token).update('veille web session').digest('hex') : undefined;
  const csrf = randomBytes(24).toString('hex');
  const metrics = createMetrics({ pool: options.pool, queueCounts: options.queueCounts, configOk: options.configOk, jobMetrics: options.jobMetrics });

  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });

  const signedIn = (request: FastifyRequest) => {
    if (!options.token) return true;
    const bearer = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (bearer && sameSecret(bearer, options.token)) return true;
    const cookie = cookieOf(request, COOKIE);
    return !!cookie && sameSecret(cookie, session!);
  };

  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0];
    if (OPEN_PATHS.has(path) || (path === '/metrics' && options.metricsPublic) || (request.method === 'POST' && UNSUBSCRIBE.test(path)) || signedIn(request)) return;
    if (path === '/metrics' || request.headers.accept?.includes('application/json') || request.method !== 'GET') {
      return reply.code(401).header('www-authenticate', 'Bearer').send({ error: 'a token is required (web.token)' });
    }
    return reply.redirect('/login');
  });

  // every form but sign-in carries the process's CSRF token; a cross-site post cannot read it
  app.addHook('preHandler', async (request, reply) => {
    const path = request.url.split('?')[0];
    if (request.method !== 'POST' || path === '/login' || UNSUBSCRIBE.test(path)) return;
    const sent = one(((request.body ?? {}) as Record<string, unknown>)._csrf);
    if (!sent || !sameSecret(sent, csrf)) return reply.code(403).send({ error: 'missing or wrong CSRF token: reload the page and try again' });
  });

  const page = (reply: FastifyReply, body: string, code = 200) =>
    reply
      .code(code)
      .header('content-type', 'text/html; charset=utf-8')
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'")
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'no-referrer')
      .send(body);

  app.get('/', async (_request, reply) => reply.redirect('/stories'));
  app.get('/healthz', async () => ({ ok: true }));
  app.get('/readyz', async (_request, reply) => {
    const store = await options.pool.query('SELECT 1').then(() => true, () => false);
    const queue = (await options.queueCounts().catch(() => null)) !== null;
    const config = options.configOk();
    return reply.code(store && queue ? 200 : 503).send({ ready: store && queue, store, queue, config });
  });
  app.get('/metrics', async (_request, reply) => reply.header('content-type', metrics.contentType).send(await metrics.metrics()));

  app.get('/login', async (request, reply) => page(reply, loginPage(one((request.query as Record<string, unknown>).failed) === '1')));
  app.post('/login', async (request, reply) => {
    const token = one((request.body as Record<string, unknown> | undefined)?.token);
    if (!options.token || !token || !sameSecret(token, options.token)) return reply.redirect('/login?failed=1', 303);
    return reply.header('set-cookie', `${COOKIE}=${session}; HttpOnly; SameSite=Strict; Path=/`).redirect('/stories', 303);
  });

  app.get('/stories', async (request, reply) => {
    const filters = filtersFrom(request.query as Record<string, unknown>, options.context().watchlist.threads);
    const rows = await listStories(options.pool, filters);
    return page(reply, storiesPage(rows, filters, options.context()));
  });
  app.get('/claims', async (_request, reply) => page(reply, claimsPage(await claimTallies(options.pool), options.context())));
  app.get('/stories/:id', async (request, reply) => {
    const { id } = request.params as { id: string };
    const story = STORY_ID.test(id) ? await storyPage(options.pool, id) : null;
    if (!story) return page(reply, '<!doctype html><title>Not found</title><p>No such story.</p>', 404);
    const given = await storyFeedback(options.pool, id);
    const done = one((request.query as Record<string, unknown>).feedback) === 'ok';
    return page(reply, storyDetailPage(story, options.context(), { csrf, given, done }));
  });
  app.post('/stories/:id/feedback', async (request, reply) => {
    const { id } = request.params as { id: string };
    const body = (request.body ?? {}) as Record<string, unknown>;
    const kind = one(body.kind) as FeedbackKind | null;
    if (!kind || !FEEDBACK_KINDS.includes(kind) || !STORY_ID.test(id)) return reply.code(400).send({ error: 'unknown feedback' });
    const stance = one(body.stance);
    const days = Number(one(body.days) ?? 7);
    const saved = await recordFeedback(options.pool, {
      storyId: id,
      kind,
      claim: one(body.claim),
      stance: stance && (STANCES as readonly string[]).includes(stance) ? (stance as (typeof STANCES)[number]) : null,
      days: Number.isInteger(days) && days > 0 && days <= 365 ? days : 7,
      who: options.token ? 'token holder' : 'local user',
    });
    if (!saved) return reply.code(404).send({ error: 'no such story' });
    return reply.redirect(`/stories/${id}?feedback=ok`, 303);
  });
  app.get('/sources', async (request, reply) => {
    const [status, counts] = await Promise.all([options.status(), storiesPerSource(options.pool)]);
    const health = new Map(status.sources.map((s) => [s.id, s]));
    const ctx = options.context();
    const sources: SourceView[] = options.digests().sources.map((c) => {
      const s = health.get(c.id);
      return {
        id: c.id,
        name: ctx.sourceNames[c.id] ?? c.id,
        url: c.url,
        every: c.every,
        enabled: c.enabled,
        health: s?.health ?? 'never polled',
        lastPolledAt: s?.lastPolledAt ?? null,
        lastSuccessAt: s?.lastSuccessAt ?? null,
        consecutiveFailures: s?.consecutiveFailures ?? 0,
        lastError: s?.lastError ?? null,
        stories: counts.get(c.id) ?? 0,
      };
    });
    return page(reply, sourcesPage(sources, ctx, csrf, one((request.query as Record<string, unknown>).polled)));
  });
  app.post('/sources/:id/poll', async (request, reply) => {
    const { id } = request.params as { id: string };
    const source = options.digests().sources.find((s) => s.id === id);
    if (!source || !source.enabled) return reply.code(404).send({ error: 'no such enabled source' });
    await options.pollNow(id);
    return reply.redirect(`/sources?polled=${encodeURIComponent(id)}`, 303);
  });
  app.get('/digests', async (_request, reply) => {
    const [runs, pending] = await Promise.all([sentDigestRuns(options.pool), pendingPerDigest(options.pool)]);
    const digests = options.digests().configs.map((d) => ({ id: d.id, subject: d.subject, cron: d.cron, pending: pending.get(d.id) ?? 0 }));
    return page(reply, digestsPage(digests, runs, options.context()));
  });
  app.get('/digests/:id', async (request, reply) => reply.redirect(`/digests#digest-${encodeURIComponent((request.params as { id: string }).id)}`));
  // the next digest as its e-mail will look: the same HTML, from the stories waiting now
  app.get('/digests/:id/preview', async (request, reply) => {
    const { id } = request.params as { id: string };
    const { configs, context } = options.digests();
    const config = configs.find((d) => d.id === id);
    if (!config) return page(reply, '<!doctype html><title>Not found</title><p>No such digest.</p>', 404);
    const rows = await context.store.pendingDigestStories(id);
    const digest = composeDigest(`${id}-preview`, config, rows, context.watchlist, { start: null, end: new Date().toISOString() }, context.minClaimScore, context.sourceNames);
    return page(reply, renderDigest(digest, config, context).html);
  });
  app.get('/digests/runs/:runId', async (request, reply) => {
    const { runId } = request.params as { runId: string };
    const { configs, context } = options.digests();
    const run = (await sentDigestRuns(options.pool, 1000)).find((r) => r.id === runId);
    const config = run && configs.find((d) => d.id === run.digestId);
    if (!run || !config) return page(reply, '<!doctype html><title>Not found</title><p>No such digest.</p>', 404);
    const rows = await context.store.digestRunStories(runId);
    const digest = composeDigest(runId, config, rows, context.watchlist, { start: null, end: run.periodEnd }, context.minClaimScore, context.sourceNames);
    return page(reply, renderDigest(digest, config, context).html);
  });
  // the digest e-mail goes to all its recipients at once: the request cannot say who; ops are told to act on it
  app.post('/digests/:id/unsubscribe', async (request, reply) => {
    const { id } = request.params as { id: string };
    if (!options.digests().configs.some((d) => d.id === id)) return reply.code(404).send({ error: 'no such digest' });
    await options.raiseOps?.(`unsubscribe:${id}`, `a reader asked to unsubscribe from digest ${id} (one-click link in the e-mail); remove them from digests[].to`);
    return page(reply, '<!doctype html><title>Unsubscribe</title><p>Your request to stop receiving this digest has been sent to the people who run it.</p>');
  });
  app.get('/feedback.jsonl', async (_request, reply) => {
    const rows = await exportFeedback(options.pool);
    return reply.header('content-type', 'application/x-ndjson; charset=utf-8').send(rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : ''));
  });
  return app;
}

export interface WebServer {
  url: string;
  close(): Promise<void>;
}

export async function startWebServer(options: WebOptions): Promise<WebServer> {
  const app = createWebApp(options);
  await app.listen({ host: options.host, port: options.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return { url: `http://${host}:${port}`, close: () => app.close() };
}
