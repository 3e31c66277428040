/**
 * The benchmark's HTTP servers, in a worker thread so that serving feeds, pages and Slack does not
 * take the event loop of the Veille under test: one node:http server per news site (127.0.0.1, own
 * port, hence its own host for the per-host limit) and one Slack incoming-webhook sink answering 200.
 *
 * Plain JavaScript: on Node 20 worker threads do not inherit tsx's loader hooks.
 *
 * Messages in:  { id, op: 'site', name }                       → { id, port }
 *               { id, op: 'pages', site, pages: [[path, html]] } → { id }
 *               { id, op: 'feed', site, path, xml }             → { id, t }  (t: when the feed changed)
 *               { id, op: 'slack' }                              → { id, port }
 *               { id, op: 'close' }                              → { id }
 * Events out:   { event: 'slack', path, t, body }  every POST received by the Slack sink
 *               { event: 'feed-hit', site, path }   every GET of a feed
 * Times are `performance.timeOrigin + performance.now()` of this thread (ms, sub-ms precision).
 */
import http from 'node:http';
import { parentPort } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';

const now = () => performance.timeOrigin + performance.now();
/** site name → { server, pages: Map<path, Buffer>, feeds: Map<path, Buffer> } */
const sites = new Map();
const servers = [];

function listen(server) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server.address().port));
  });
}

function siteServer(name) {
  const site = { pages: new Map(), feeds: new Map() };
  site.server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const feed = site.feeds.get(path);
    if (feed) {
      parentPort.postMessage({ event: 'feed-hit', site: name, path });
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', 'content-length': feed.length, 'cache-control': 'no-cache' });
      res.end(feed);
      return;
    }
    const page = site.pages.get(path);
    if (page) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': page.length });
      res.end(page);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  site.server.keepAliveTimeout = 30_000;
  sites.set(name, site);
  servers.push(site.server);
  return site;
}

function slackServer() {
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const t = now();
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      if (req.method === 'POST') parentPort.postMessage({ event: 'slack', path: (req.url ?? '/').split('?')[0], t, body: Buffer.concat(chunks).toString('utf8') });
    });
  });
  server.keepAliveTimeout = 30_000;
  servers.push(server);
  return server;
}

parentPort.on('message', async (msg) => {
  try {
    switch (msg.op) {
      case 'site': {
        const site = siteServer(msg.name);
        parentPort.postMessage({ id: msg.id, port: await listen(site.server) });
        break;
      }
      case 'pages': {
        const site = sites.get(msg.site);
        for (const [path, html] of msg.pages) site.pages.set(path, Buffer.from(html, 'utf8'));
        parentPort.postMessage({ id: msg.id });
        break;
      }
      case 'feed': {
        sites.get(msg.site).feeds.set(msg.path, Buffer.from(msg.xml, 'utf8'));
        parentPort.postMessage({ id: msg.id, t: now() });
        break;
      }
      case 'slack': {
        parentPort.postMessage({ id: msg.id, port: await listen(slackServer()) });
        break;
      }
      case 'close': {
        await Promise.all(
          servers.map(
            (s) =>
              new Promise((resolve) => {
                s.closeAllConnections();
                s.close(() => resolve());
              }),
          ),
        );
        parentPort.postMessage({ id: msg.id });
        break;
      }
      default:
        parentPort.postMessage({ id: msg.id, error: `unknown op ${msg.op}` });
    }
  } catch (err) {
    parentPort.postMessage({ id: msg.id, error: String(err?.stack ?? err) });
  }
});
