/** Main-thread handle on the HTTP servers of bench/servers.mjs (a worker thread). */
import { Worker } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';

export interface SlackPost {
  path: string;
  /** receive time (ms, the server thread's clock: performance.timeOrigin + performance.now()) */
  t: number;
  body: string;
}

export interface Servers {
  /** a news site on its own port; returns its base URL */
  site(name: string): Promise<string>;
  pages(site: string, pages: [string, string][]): Promise<void>;
  /** replace a feed; resolves with the time the server started serving it (server clock) */
  feed(site: string, path: string, xml: string): Promise<number>;
  /** the Slack sink; returns its base URL */
  slack(): Promise<string>;
  /** every POST the Slack sink received, in order */
  posts: SlackPost[];
  onPost(listener: (post: SlackPost) => void): () => void;
  /** feed GETs per `${site}${path}` */
  feedHits: Map<string, number>;
  close(): Promise<void>;
}

export async function startServers(): Promise<Servers> {
  const worker = new Worker(new URL('./servers.mjs', import.meta.url));
  const pending = new Map<number, { resolve: (v: Record<string, unknown>) => void; reject: (e: Error) => void }>();
  const posts: SlackPost[] = [];
  const listeners = new Set<(post: SlackPost) => void>();
  const feedHits = new Map<string, number>();
  let nextId = 1;
  let closed = false;
  worker.on('message', (msg: Record<string, unknown>) => {
    if (msg.event === 'slack') {
      const post = { path: msg.path as string, t: msg.t as number, body: msg.body as string };
      posts.push(post);
      for (const l of listeners) l(post);
      return;
    }
    if (msg.event === 'feed-hit') {
      const key = `${msg.site}${msg.path}`;
      feedHits.set(key, (feedHits.get(key) ?? 0) + 1);
      return;
    }
    const p = pending.get(msg.id as number);
    if (!p) return;
    pending.delete(msg.id as number);
    if (msg.error) p.reject(new Error(String(msg.error)));
    else p.resolve(msg);
  });
  worker.on('error', (err: Error) => {
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  });
  const call = (op: string, args: Record<string, unknown> = {}) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, op, ...args });
    });
  return {
    async site(name) {
      const { port } = await call('site', { name });
      return `http://127.0.0.1:${port}`;
    },
    async pages(site, pages) {
      await call('pages', { site, pages });
    },
    async feed(site, path, xml) {
      const { t } = await call('feed', { site, path, xml });
      return t as number;
    },
    async slack() {
      const { port } = await call('slack');
      return `http://127.0.0.1:${port}`;
    },
    posts,
    onPost(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    feedHits,
    async close() {
      if (closed) return;
      closed = true;
      await Promise.race([call('close'), new Promise((r) => setTimeout(r, 3000))]).catch(() => {});
      await worker.terminate();
    },
  };
}

/** This thread's clock on the same scale as the server thread's timestamps. */
export const clock = () => performance.timeOrigin + performance.now();
