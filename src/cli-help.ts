/** What `veille --help` and `veille <command> --help` print. */

export const HELP = `veille — watch news feeds for a storyline built from seed articles

Usage: veille <command> [options]        veille <command> --help for its options and examples

Commands:
  start                     run the worker: poll sources on their schedules, alert, send digests
  once                      poll every source once, process every new story, send digests, print
                            what was found and exit
  demo                      the offline demo: once, from bundled files, in a fresh data/demo
  check                     validate the config and the watchlist; every problem in one run
  status [--json]           sources, queues, deliveries needing a person, last digests, ops
                            alerts; works while the worker runs, on the embedded default too
  explain <url|file>        score one story and print why
  digest send <id>          send what is pending for a digest now
  digest preview <id>       write the next digest to a file without marking anything sent
  digest resend <id>        send again, with the same Message-ID, to the recipients whose
                            delivery is unknown (check their mailboxes first)
  alerts resend <id>...     deliver again alerts whose delivery is unknown or failed
                            (--unknown: every unknown one); check the channel first
  feedback export           readers' feedback from the web app as JSONL on stdout (labelled
                            data); while the embedded worker runs, GET /feedback.jsonl instead
  seeds import <seed…>      propose a watchlist from seed articles (.txt, .html, .eml files,
                            directories of them, http(s) URLs) for review
  seeds review <file>       list a proposed watchlist compactly: entities, claims, threads

Options:
  -c, --config <path>       config file (default: $VEILLE_CONFIG or config/veille.yaml)
  -d, --data-dir <path>     state directory for the embedded database and outbox
                            (default: $VEILLE_DATA_DIR or ./data)
  -v, --verbose             once, demo: log at info (default warn; LOG_LEVEL wins)
  -V, --version             print the version
  -h, --help                this help

Environment: VEILLE_CONFIG, VEILLE_DATA_DIR, DATABASE_URL, REDIS_URL, SMTP_URL, LOG_LEVEL,
             VEILLE_QUEUE_PREFIX (Redis key prefix), VEILLE_JOB_LOCK_MS (job lock, default 30000).
Exit codes: 0 ok, 1 runtime failure, 2 invalid config or usage.`;

const COMMON = `  -c, --config <path>       config file (default: $VEILLE_CONFIG or config/veille.yaml)
  -d, --data-dir <path>     state directory (default: $VEILLE_DATA_DIR or ./data)`;

export const COMMAND_HELP: Record<string, string> = {
  start: `Usage: veille start [options]

Run the worker until SIGINT/SIGTERM: poll every source on its schedule, fetch and match new
stories, send alerts, send digests on their cron. The config is reloaded when it changes.

Options:
${COMMON}

Examples:
  veille start
  DATABASE_URL=postgres://veille@db/veille REDIS_URL=redis://cache:6379 veille start -c /etc/veille/veille.yaml`,

  once: `Usage: veille once [options]

Poll every source once, process every new story to the end (fetch, match, alert), send the
digests, then print what was found: title, outlet, relevance, claims (✗ contradicts, ✓ supports)
and how many outlets ran the story, and where each digest went.

Options:
${COMMON}
      --timeout <duration>  give up after this long (default 10m)
      --no-digest           do not send digests
  -v, --verbose             log at info (default warn)

Stories already seen are not fetched again and stories already in a digest are not sent again:
a second pass on the same data dir finds nothing new. Use an empty --data-dir to start over.

Examples:
  veille once
  veille once -c config/demo.yaml -d /tmp/veille-try --no-digest
  veille once --timeout 2m --verbose`,

  demo: `Usage: veille demo [options]        (npm run demo)

The offline demo: run \`once\` with config/demo.yaml, whose sources are files under examples/,
in its own data dir <data dir>/demo (./data/demo by default), emptied at the start so that every
run replays from scratch. Always uses the embedded database and queue (DATABASE_URL and
REDIS_URL are ignored). The digest is written to <data dir>/demo/outbox as .eml and .html.

Options:
  -d, --data-dir <path>     parent of the demo's own directory (default: $VEILLE_DATA_DIR or ./data)
  -v, --verbose             log at info (default warn)

Examples:
  npm run demo
  npm run demo -- --verbose`,

  check: `Usage: veille check [options]

Validate the config and the watchlist it names. Every problem is listed in one run (each unset
environment variable, one error per YAML mistake with its line and column); exit 2 when invalid.

Options:
${COMMON}

Examples:
  veille check
  veille check -c config/demo.yaml`,

  explain: `Usage: veille explain <url|file> [options]

Fetch one story (or read a saved .html/.txt file), score it against the watchlist and print why:
entities and the aliases that matched, claims weighed and the sentences compared, the relevance.
Sends nothing, so alert channels' secrets need not be set.

Options:
${COMMON}

Examples:
  veille explain https://www.example.org/news/2018/11/rt-promoted-tweets
  veille explain examples/pages/rt-3000-tweets.html`,

  digest: `Usage: veille digest send <id> [options]
       veille digest preview <id> [-o <file>] [options]
       veille digest resend <id> [options]

send     render what is pending for the digest <id> and deliver it now (SMTP, or the outbox
         without SMTP); those stories are then never sent again.
preview  write the next digest as HTML (and .txt beside it) without marking anything sent.
resend   send the last run again, with the same Message-ID, to the recipients whose delivery is
         unknown (the server stalled after the message was sent): check their mailboxes first.

Options:
${COMMON}
  -o, --out <file>          preview: output HTML file (default: <data dir>/preview/<id>.html)

Examples:
  veille digest preview daily -o /tmp/daily.html
  veille digest send daily`,

  seeds: `Usage: veille seeds import <seed…> [-o <file>] [options]
       veille seeds review <file>

import  read the seed articles — .txt, .html (the article is extracted), .eml files, directories of
        them, http(s) URLs (fetched with the guarded fetcher), mixed — and propose a watchlist
        (entities with aliases in five languages, checkable claims, threads) as a new YAML file
        to review. Never overwrites the watchlist the config names.
review  list a proposed watchlist compactly: entities (* = needs context), claims with their date,
        number and entity marks, threads.

Options:
  -c, --config <path>       config file; the proposal goes beside it by default
  -o, --out <file>          the proposed watchlist (default: watchlist.proposed.yaml beside the config)

Examples:
  veille seeds import seeds/
  veille seeds import seeds/ saved-page.html https://news.example/story -o /tmp/watchlist.proposed.yaml
  veille seeds review /tmp/watchlist.proposed.yaml`,
};

/** The help of one command, or the global help for an unknown one. */
COMMAND_HELP.status = `Usage: veille status [--json] [options]

Print the sources (last poll, failures, health), queue depths, failed and unknown deliveries, the
last digest per digest id and open ops alerts. Works while the worker runs, on the embedded default
too (it asks the running worker for a snapshot).

Options:
${COMMON}
      --json                machine-readable output`;

COMMAND_HELP.alerts = `Usage: veille alerts resend <id>... [options]
       veille alerts resend --unknown [options]

Deliver again alerts whose delivery is unknown (sent in full, no answer: it may have arrived) or
failed. Check the channel first: an unknown delivery may already be there.

Options:
${COMMON}
      --unknown             every alert whose delivery is unknown`;

COMMAND_HELP.feedback = `Usage: veille feedback export [options]

Print every piece of feedback given in the web app ("not relevant", "relevant", "wrong stance",
muted claims and sources) as one JSON object per line: when, who, what, and the story with the
matcher's relevance and claims at the time. Use it as labelled data (see README, "Feedback").
The embedded database is locked while the worker runs: then fetch /feedback.jsonl from the web app.

Options:
${COMMON}`;

export function helpFor(command: string | undefined): string {
  return (command && COMMAND_HELP[command]) || HELP;
}
