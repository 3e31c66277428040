#!/usr/bin/env node
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from './config/load.js';
import { extractArticle } from './extract/index.js';
import { ConfigError, errorMessage } from './lib/errors.js';
import { createLogger } from './lib/logger.js';
import { createScorer, explainScore } from './matchers/index.js';
import { defaultDataDir, fetcherFor, Veille, type OnceSummary } from './main.js';
import { digestContext, previewDigest, sendDigest } from './digest/run-digest.js';
import { openBackends } from './store/open.js';
import { formatOnceSummary } from './once-summary.js';

const HELP = `veille — watch news feeds for a storyline built from seed articles

Usage: veille <command> [options]

Commands:
  start                     run the worker: poll sources on their schedules, alert, send digests
  once                      poll every source once, process every new story to the end, send
                            digests, print a summary and exit
  check                     validate config/veille.yaml and the watchlist; exit 2 when invalid
  explain <url|file>        score one story and print why
  digest send <id>          send what is pending for a digest now
  digest preview <id>       write the next digest to a file without marking anything sent
  seeds import <seed…>      propose a watchlist from seed articles (.txt, .html, .eml files,
                            directories of them, http(s) URLs) into a new YAML file for review
                            (-o <file>, default config/watchlist.proposed.yaml);
                            never overwrites config/watchlist.yaml
  seeds review <file>       list a proposed watchlist compactly: entities, claims, threads

Options:
  -c, --config <path>       config file (default: $VEILLE_CONFIG or config/veille.yaml)
  -d, --data-dir <path>     state directory for the embedded database and outbox
                            (default: $VEILLE_DATA_DIR or ./data)
      --timeout <duration>  once: give up after this long (default 10m)
      --no-digest           once: do not send digests
  -o, --out <file>          digest preview: output HTML file (default: <data>/preview/<id>.html);
                            seeds import: the proposed watchlist
  -h, --help                this help

Environment: VEILLE_CONFIG, VEILLE_DATA_DIR, DATABASE_URL, REDIS_URL, SMTP_URL, LOG_LEVEL,
             VEILLE_QUEUE_PREFIX (Redis key prefix), VEILLE_JOB_LOCK_MS (job lock, default 30000).
Exit codes: 0 ok, 1 runtime failure, 2 invalid config or usage.`;

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
      out: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  return { values, positionals };
}

function out(line = ''): void {
  process.stdout.write(`${line}\n`);
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parse(argv);
  } catch (err) {
    throw new UsageError(errorMessage(err));
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    out(HELP);
    return command || values.help ? 0 : 2;
  }
  const env = process.env;
  const configPath = path.resolve(values.config ?? env.VEILLE_CONFIG ?? 'config/veille.yaml');
  const dataDir = values['data-dir'] ? path.resolve(values['data-dir']) : defaultDataDir(env);
  const log = createLogger();
  const options = {
    configPath,
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
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
      return 0;
    }
    case 'start': {
      const veille = await Veille.open(options, queueOptions);
      await veille.start();
      await new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          log.info({ signal }, 'shutting down');
          process.off('SIGINT', stop).off('SIGTERM', stop);
          resolve();
        };
        process.on('SIGINT', stop).on('SIGTERM', stop);
      });
      await veille.close();
      return 0;
    }
    case 'once': {
      const { parseDuration } = await import('./lib/units.js');
      const timeoutMs = values.timeout ? parseDuration(values.timeout) : 10 * 60_000;
      if (timeoutMs === null) throw new UsageError(`--timeout: expected a duration like 5m, got ${values.timeout}`);
      const veille = await Veille.open(options, { ...queueOptions, attempts: 3 });
      let summary: OnceSummary;
      try {
        summary = await veille.once({ timeoutMs, sendDigests: !values['no-digest'] });
      } finally {
        await veille.close();
      }
      out(formatOnceSummary(summary));
      return summary.timedOut ? 1 : 0;
    }
    case 'explain': {
      const target = rest[0];
      if (!target) throw new UsageError('explain needs a URL or a file');
      const loaded = await loadConfig(configPath, env);
      let html: string;
      let url: string;
      if (/^https?:\/\//i.test(target)) {
        const fetcher = fetcherFor(loaded, log);
        try {
          const page = await fetcher.fetch(target, { accept: 'html' });
          html = page.text;
          url = page.url;
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
      const score = scorer.score(story);
      out(explainScore(story, score, loaded.watchlist));
      return 0;
    }
    case 'digest': {
      const [action, id] = rest;
      if ((action !== 'send' && action !== 'preview') || !id) throw new UsageError('usage: veille digest send|preview <id>');
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
          const result = await sendDigest(config, ctx);
          out(result.deliveredTo === 'skipped-empty' ? `digest ${id}: nothing new, not sent` : `digest ${id}: ${result.stories} stories → ${result.deliveredTo}`);
        }
      } finally {
        await backends.close();
      }
      return 0;
    }
    case 'seeds': {
      const [action, ...seeds] = rest;
      if (action === 'review' && seeds.length === 1) {
        const { reviewWatchlist } = await import('./seeds/index.js');
        out(await reviewWatchlist(path.resolve(seeds[0])));
        return 0;
      }
      if (action !== 'import' || !seeds.length) throw new UsageError('usage: veille seeds import <file|dir|url>… [-o <file>] | veille seeds review <file>');
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
