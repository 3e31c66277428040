#!/usr/bin/env node
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from './config/load.js';
import { extractArticle } from './extract/index.js';
import { ConfigError, errorMessage } from './lib/errors.js';
import { createLogger } from './lib/logger.js';
import { onStopSignal } from './lib/stop-signal.js';
import { createScorer, explainScore, standardNamesAdded, statedFactsCount } from './matchers/index.js';
import { defaultDataDir, fetcherFor, Veille, type OnceSummary } from './main.js';
import { digestContext, previewDigest, sendDigest } from './digest/run-digest.js';
import { openBackends } from './store/open.js';
import { formatOnceSummary, formatProgress } from './once-summary.js';
import { helpFor } from './cli-help.js';

class UsageError extends Error {}

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      config: { type: 'string', short: 'c' },
      'data-dir': { type: 'string', short: 'd' },
      timeout: { type: 'string' },
      'no-digest': { type: 'boolean' },
      unknown: { type: 'boolean' },
      json: { type: 'boolean' },
      out: { type: 'string', short: 'o' },
      verbose: { type: 'boolean', short: 'v' },
      version: { type: 'boolean', short: 'V' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  return { values, positionals };
}

/** Node's parseArgs errors, said the way a person reads them. */
function usageMessage(err: unknown, argv: string[]): string {
  const command = argv.find((arg) => !arg.startsWith('-'));
  const seeHelp = command ? `veille ${command} --help` : 'veille --help';
  const code = (err as { code?: string }).code;
  const option = /'([^']+)'/.exec(errorMessage(err))?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option ${option}; see ${seeHelp}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) return `option ${option.split(' ')[0]} needs a value; see ${seeHelp}`;
  return `${errorMessage(err).split('. ')[0]}; see ${seeHelp}`;
}

async function version(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
  return pkg.version ?? 'unknown';
}

/** A hint a person can act on for errors whose fix is in the config. */
function hintFor(err: unknown, configPath: string): string | null {
  const refused = /refused private address (\S+)/.exec(errorMessage(err));
  if (refused) {
    return `hint: ${refused[1]} is a private address. If this server is yours, list it under fetch.trusted_addresses in ${configPath} (e.g. trusted_addresses: ["${refused[1]}"]), or set fetch.allow_private_networks: true for a test setup.`;
  }
  return null;
}

/** A one-line progress on a terminal (stderr), rewritten in place; nothing when not a terminal. */
function progressLine(stream: NodeJS.WriteStream) {
  if (!stream.isTTY) return { update: undefined, done: () => {} };
  let last = 0;
  let shown = false;
  return {
    update: (p: Parameters<typeof formatProgress>[0]) => {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      shown = true;
      stream.write(`\r\x1b[K${formatProgress(p).slice(0, (stream.columns ?? 80) - 1)}`);
    },
    done: () => shown && stream.write('\r\x1b[K'),
  };
}

function out(line = ''): void {
  process.stdout.write(`${line}\n`);
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parse(argv);
  } catch (err) {
    throw new UsageError(usageMessage(err, argv));
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.version) {
    out(`veille ${await version()}`);
    return 0;
  }
  if (values.help || !command) {
    out(helpFor(command));
    return command || values.help ? 0 : 2;
  }
  const env = process.env;
  const isDemo = command === 'demo';
  const configPath = path.resolve(isDemo ? 'config/demo.yaml' : (values.config ?? env.VEILLE_CONFIG ?? 'config/veille.yaml'));
  const baseDataDir = values['data-dir'] ? path.resolve(values['data-dir']) : defaultDataDir(env);
  // the demo keeps its own directory inside the data dir, and only that one is ever emptied
  const dataDir = isDemo ? path.join(baseDataDir, 'demo') : baseDataDir;
  const quiet = (command === 'once' || isDemo) && !values.verbose;
  const log = createLogger(quiet && !env.LOG_LEVEL ? { level: 'warn' } : values.verbose ? { level: env.LOG_LEVEL ?? 'info' } : {});
  const options = {
    configPath,
    dataDir,
    databaseUrl: isDemo ? undefined : env.DATABASE_URL || undefined,
    redisUrl: isDemo ? undefined : env.REDIS_URL || undefined,
    smtpUrl: env.SMTP_URL || undefined,
    prefix: env.VEILLE_QUEUE_PREFIX || undefined,
    log,
    env,
  };
  const lockMs = env.VEILLE_JOB_LOCK_MS ? Number(env.VEILLE_JOB_LOCK_MS) : undefined;
  const queueOptions = { lockDurationMs: lockMs && Number.isFinite(lockMs) && lockMs >= 1000 ? lockMs : undefined };

  switch (command) {
    case 'check': {
      const loaded = await loadConfig(configPath, env);
      out(`config ok: ${loaded.configPath}`);
      out(`  ${loaded.config.sources.length} sources, ${loaded.config.alerts.length} alert channels, ${loaded.config.digests.length} digests`);
      out(`  watchlist ${loaded.watchlistPath}: ${loaded.watchlist.entities.length} entities, ${loaded.watchlist.claims.length} claims`);
      // what the matcher adds to a watchlist written with statements and single names only
      const stated = statedFactsCount(loaded.watchlist);
      if (stated) out(`  no claim gives quantities or dates: ${stated} claims get theirs from their statements`);
      const named = standardNamesAdded(loaded.watchlist);
      if (named.length) out(`  ${named.length} entities named once get their other names (other languages, surname, company name alone, English name order, Cyrillic): ${named.join(', ')}`);
      return 0;
    }
    case 'start': {
      // signals are handled in every phase: opening (a Redis down at start waits), running, closing
      const stop = onStopSignal(log);
      process.on('unhandledRejection', (reason) => log.error({ reason: errorMessage(reason) }, 'unhandled promise rejection'));
      const opening = Veille.open(options, queueOptions);
      const first = await Promise.race([opening.then((v) => ({ veille: v })), stop.stopped.then(() => null)]);
      if (!first) {
        // stopped before the queues were reachable: release what opened, or leave it to the exit
        void opening.then((v) => v.close()).catch(() => {});
        log.info('stopped before start');
        return 0;
      }
      const { veille } = first;
      try {
        await Promise.race([veille.start(), stop.stopped]);
        await stop.stopped;
      } finally {
        await veille.close();
        stop.dispose();
      }
      return 0;
    }
    case 'once':
    case 'demo': {
      const { parseDuration } = await import('./lib/units.js');
      const timeoutMs = values.timeout ? parseDuration(values.timeout) : 10 * 60_000;
      if (timeoutMs === null) throw new UsageError(`--timeout: expected a duration like 5m, got ${values.timeout}`);
      if (isDemo) await rm(dataDir, { recursive: true, force: true }); // every demo replays from scratch
      const veille = await Veille.open(options, { ...queueOptions, attempts: 3 });
      const progress = progressLine(process.stderr);
      let summary: OnceSummary;
      try {
        summary = await veille.once({ timeoutMs, sendDigests: !values['no-digest'], onProgress: progress.update });
      } finally {
        progress.done();
        await veille.close();
      }
      out(
        formatOnceSummary(summary, {
          width: process.stdout.isTTY ? process.stdout.columns : undefined,
          dataDir,
          replayHint: isDemo ? 'run `npm run demo` again (it starts from an empty data/demo)' : 'run once with an empty --data-dir',
        }),
      );
      if (isDemo) {
        const html = summary.digests.map((d) => d.deliveredTo).find((to) => to?.endsWith('.eml'));
        if (html) out(`\nOpen the digest in a browser: ${html.replace(/\.eml$/, '.html')}`);
      }
      return summary.timedOut ? 1 : 0;
    }
    case 'explain': {
      const target = rest[0];
      if (!target) throw new UsageError('explain needs a URL or a file; see veille explain --help');
      // explain sends nothing: alert channels, digests and SMTP (and their secrets) are not read
      const loaded = await loadConfig(configPath, env, { ignore: ['alerts', 'digests', 'smtp'] });
      let html: string;
      let url: string;
      if (/^https?:\/\//i.test(target)) {
        const fetcher = fetcherFor(loaded, log);
        try {
          const page = await fetcher.fetch(target, { accept: 'html' });
          html = page.text;
          url = page.url;
        } catch (err) {
          const hint = hintFor(err, loaded.configPath);
          if (hint) throw new Error(`${errorMessage(err)}\n${hint}`, { cause: err });
          throw err;
        } finally {
          await fetcher.close();
        }
      } else {
        const file = path.resolve(target);
        html = await readFile(file, 'utf8');
        url = `file://${file}`;
      }
      const article = /<[a-z!]/i.test(html.slice(0, 2000)) ? extractArticle(html, url) : { title: '', text: html, lang: undefined, url, publishedAt: undefined };
      const scorer = createScorer(loaded.watchlist, { relevanceThreshold: loaded.config.matching.relevance_threshold });
      const story = { title: article.title, text: article.text, lang: article.lang ?? null, url, publishedAt: article.publishedAt ?? null };
      const score = await scorer.assess(story);
      out(explainScore(story, score, loaded.watchlist));
      return 0;
    }
    case 'digest': {
      const [action, id] = rest;
      if ((action !== 'send' && action !== 'preview' && action !== 'resend') || !id) throw new UsageError('usage: veille digest send|preview|resend <id>; see veille digest --help');
      const loaded = await loadConfig(configPath, env);
      const config = loaded.config.digests.find((d) => d.id === id);
      if (!config) throw new UsageError(`no digest "${id}" in ${configPath} (have: ${loaded.config.digests.map((d) => d.id).join(', ') || 'none'})`);
      const backends = await openBackends({ dataDir, databaseUrl: options.databaseUrl, log });
      try {
        const ctx = digestContext(loaded, { store: backends.store, dataDir, smtpUrl: options.smtpUrl });
        if (action === 'preview') {
          const file = path.resolve(values.out ?? path.join(dataDir, 'preview', `${id}.html`));
          const result = await previewDigest(config, ctx, file);
          out(`preview of digest ${id}: ${result.stories} stories → ${result.path}`);
        } else {
          if (action === 'resend') {
            const reopened = await backends.store.resendDigest(id);
            if (reopened.length === 0) {
              out(`digest ${id}: no recipient with an unknown delivery`);
              return 0;
            }
            out(`digest ${id}: resending to ${reopened.map((r) => r.recipient).join(', ')}`);
          }
          const result = await sendDigest(config, ctx);
          out(
            result.deliveredTo === 'skipped-empty'
              ? `digest ${id}: nothing new since its last run, so not sent (stories already in a digest are never sent twice); \`veille digest preview ${id}\` shows what is pending`
              : `digest ${id}: ${result.stories} stories → ${result.deliveredTo}`,
          );
        }
      } finally {
        await backends.close();
      }
      return 0;
    }
    case 'status': {
      const { formatStatus } = await import('./status/status.js');
      const { embeddedOwner, readStatusSnapshot } = await import('./status/snapshot.js');
      let status;
      const owner = options.databaseUrl ? null : await embeddedOwner(dataDir);
      if (owner) {
        // the embedded database is the running worker's: read what it writes every few seconds
        const snapshot = await readStatusSnapshot(dataDir);
        if (!snapshot) throw new Error(`the worker (pid ${owner}) has not written ${path.join(dataDir, 'status.json')} yet; try again in a few seconds`);
        status = snapshot.status;
        if (!values.json) out(`(from the running worker, pid ${snapshot.pid})`);
      } else {
        const veille = await Veille.open({ ...options, log: log.child({}, { level: 'warn' }) }, queueOptions);
        try {
          status = await veille.status();
        } finally {
          await veille.close();
        }
      }
      out(values.json ? JSON.stringify(status, null, 2) : formatStatus(status));
      return 0;
    }
    case 'alerts': {
      const [action, ...ids] = rest;
      if (action !== 'resend' || (ids.length === 0 && !values.unknown)) throw new UsageError('usage: veille alerts resend <outbox-id>... | --unknown');
      const loaded = await loadConfig(configPath, env);
      const backends = await openBackends({ dataDir, databaseUrl: options.databaseUrl, log });
      try {
        const { resendAlerts } = await import('./alerts/resend.js');
        const results = await resendAlerts(backends.store, loaded.config.alerts, values.unknown ? 'all-unknown' : ids, log);
        if (results.length === 0) out('no alert to resend (only unknown or failed deliveries can be resent)');
        for (const r of results) out(`${r.id}: ${r.outcome}${r.reason ? ` (${r.reason})` : ''}`);
        return results.every((r) => r.outcome === 'sent') ? 0 : 1;
      } finally {
        await backends.close();
      }
    }
    case 'feedback': {
      const [action] = rest;
      if (action !== 'export') throw new UsageError('usage: veille feedback export; see veille feedback --help');
      const backends = await openBackends({ dataDir, databaseUrl: options.databaseUrl, log });
      try {
        const { exportFeedback } = await import('./store/feedback.js');
        for (const row of await exportFeedback(backends.store.pool)) out(JSON.stringify(row));
        return 0;
      } finally {
        await backends.close();
      }
    }
    case 'seeds': {
      const [action, ...seeds] = rest;
      if (action === 'review' && seeds.length === 1) {
        const { reviewWatchlist } = await import('./seeds/index.js');
        out(await reviewWatchlist(path.resolve(seeds[0])));
        return 0;
      }
      if (action !== 'import' || !seeds.length) throw new UsageError('usage: veille seeds import <file|dir|url>… [-o <file>] | veille seeds review <file>; see veille seeds --help');
      const outFile = path.resolve(values.out ?? path.join(path.dirname(configPath), 'watchlist.proposed.yaml'));
      const { importSeeds } = await import('./seeds/index.js');
      const result = await importSeeds(seeds.map((s) => (/^https?:\/\//iu.test(s) ? s : path.resolve(s))), outFile);
      out(`proposed ${result.entities} entities and ${result.claims} claims → ${result.outFile}`);
      out('review it, then merge what you keep into the watchlist the config names');
      return 0;
    }
    default:
      throw new UsageError(`unknown command "${command}"; see veille --help`);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    if (err instanceof ConfigError) {
      process.stderr.write(`invalid config:\n${err.problems.map((p) => `  ${p}`).join('\n')}\n`);
      process.exit(2);
    }
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    process.stderr.write(`veille: ${errorMessage(err)}\n`);
    process.exit(1);
  },
);
