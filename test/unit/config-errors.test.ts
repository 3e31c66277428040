import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseYaml } from '../../src/config/load.js';
import { VeilleConfig } from '../../src/config/schema.js';
import { ConfigError } from '../../src/lib/errors.js';

const FIXTURES = path.resolve('test/fixtures/config');

/** The problems a config error lists, one per line as `veille check` prints them. */
function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

const parseConfig = (text: string, env: NodeJS.ProcessEnv = {}) => parseYaml(VeilleConfig, text, 'veille.yaml', env);
const configProblems = (text: string, env: NodeJS.ProcessEnv = {}) => problemsOf(() => parseConfig(text, env));

const POLLS_EVERY_30S = `
sources:
  - { id: wire, type: rss, url: "https://news.example.org/rss", every: 30s }
`;

const DUPLICATE_SOURCE_IDS = `
sources:
  - { id: wire, type: rss, url: "https://news.example.org/rss" }
  - { id: courier, type: rss, url: "https://courier.example.org/rss" }
  - { id: wire, type: rss, url: "https://news.example.org/world.rss" }
`;

const MISSPELT_SECTION = `
sorces:
  - { id: wire, type: rss, url: "https://news.example.org/rss" }
`;

const DIGEST_ON_MARS = `
digests:
  - { id: daily, to: [desk@example.org], tz: Mars/Olympus_Mons }
`;

const DIGEST_BAD_EMAIL = `
digests:
  - { id: daily, to: [desk@example.org, "desk at example.org"] }
`;

const SOURCE_BAD_URL = `
sources:
  - { id: wire, type: rss, url: "news.example.org/rss" }
`;

const SEVERAL_MISTAKES = `
sources:
  - { id: wire, type: rss, url: "https://news.example.org/rss", every: 10s }
digests:
  - { id: daily, to: [nobody] }
`;

describe('config errors name the file, the path and the problem', () => {
  it('a watchlist whose entities[3].aliases is a string', async () => {
    const err = await loadConfig(path.join(FIXTURES, 'aliases-string/veille.yaml'), {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    const { problems, message } = err as ConfigError;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('watchlist.yaml: entities[3].aliases:');
    expect(problems[0]).toMatch(/expected array/);
    expect(message).toContain('watchlist.yaml: entities[3].aliases:');
  });

  it('a source polled every 30s', () => {
    expect(configProblems(POLLS_EVERY_30S)).toEqual(['veille.yaml: sources[0].every: poll interval must be at least 1m']);
  });

  it('a source id used twice points at the second one', () => {
    expect(configProblems(DUPLICATE_SOURCE_IDS)).toEqual(['veille.yaml: sources[2].id: duplicate id "wire"']);
  });

  it('an unknown top-level key (a misspelt section) is refused, not ignored', () => {
    const problems = configProblems(MISSPELT_SECTION);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toBe('veille.yaml: sorces: unknown key');
  });

  it('an unknown time zone in a digest', () => {
    expect(configProblems(DIGEST_ON_MARS)).toEqual(['veille.yaml: digests[0].tz: unknown time zone (use an IANA name like Europe/Paris)']);
  });

  it('a recipient that is not an e-mail address, by its index', () => {
    const problems = configProblems(DIGEST_BAD_EMAIL);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^veille\.yaml: digests\[0\]\.to\[1\]: .*email/i);
  });

  it('a source URL that is not a URL', () => {
    expect(configProblems(SOURCE_BAD_URL)).toEqual(['veille.yaml: sources[0].url: Invalid URL']);
  });

  it('every problem of a file is listed, not only the first', () => {
    const problems = configProblems(SEVERAL_MISTAKES);
    expect(problems).toHaveLength(2);
    expect(problems).toContain('veille.yaml: sources[0].every: poll interval must be at least 1m');
    expect(problems.some((p) => p.startsWith('veille.yaml: digests[0].to[0]:'))).toBe(true);
  });

  it('an empty file, or one with only comments, says so', () => {
    expect(configProblems('')).toEqual(['veille.yaml: the file is empty']);
    expect(configProblems('# sources to come\n')).toEqual(['veille.yaml: the file is empty']);
  });

  it('a YAML syntax error names the file and the line', () => {
    const problems = configProblems('sources: [\n  - { id: wire\n');
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p).toMatch(/^veille\.yaml: /);
    expect(problems.join('\n')).toMatch(/line \d+/);
  });

  it('a key written twice is a YAML error', () => {
    const problems = configProblems('watchlist: ./a.yaml\nwatchlist: ./b.yaml\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^veille\.yaml: .*unique.*line 2/);
  });

  it('a file that is a list, not a mapping', () => {
    expect(configProblems('- wire\n- courier\n')).toEqual(['veille.yaml: expected a mapping at the top level']);
  });

  it('a config file that does not exist', async () => {
    const err = await loadConfig(path.join(FIXTURES, 'no-such-dir/veille.yaml'), {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).message).toMatch(/veille\.yaml: cannot read \(ENOENT\)/);
  });
});

describe('environment references', () => {
  const SLACK_CHANNEL = `
alerts:
  - id: newsroom
    type: slack
    webhook_url: "\${SLACK_WEBHOOK_URL}"
`;
  const SMTP_WITH_DEFAULT = `
smtp:
  url: "\${SMTP_URL:-smtp://mail.example.org:2525}"
`;
  const LITERAL_SUBJECT = `
digests:
  - id: daily
    to: [desk@example.org]
    subject: "Veille $\${LITERAL}: {count} stories"
`;

  it('an unset variable is an error naming the variable and the path', () => {
    expect(configProblems(SLACK_CHANNEL, {})).toEqual(['veille.yaml: alerts[0].webhook_url: environment variable SLACK_WEBHOOK_URL is not set']);
  });

  it('an empty variable counts as unset', () => {
    expect(configProblems(SLACK_CHANNEL, { SLACK_WEBHOOK_URL: '' })[0]).toContain('SLACK_WEBHOOK_URL is not set');
  });

  it('a set variable is substituted', () => {
    const config = parseConfig(SLACK_CHANNEL, { SLACK_WEBHOOK_URL: 'https://hooks.slack.example/T000/B000/xyz' });
    expect(config.alerts[0]).toMatchObject({ type: 'slack', webhook_url: 'https://hooks.slack.example/T000/B000/xyz' });
  });

  it('${VAR:-default} uses the default when VAR is unset, VAR when set', () => {
    expect(parseConfig(SMTP_WITH_DEFAULT, {}).smtp.url).toBe('smtp://mail.example.org:2525');
    expect(parseConfig(SMTP_WITH_DEFAULT, { SMTP_URL: 'smtps://u:p@smtp.example.org:465' }).smtp.url).toBe('smtps://u:p@smtp.example.org:465');
  });

  it('$${LITERAL} stays a literal ${LITERAL}, set or not', () => {
    expect(parseConfig(LITERAL_SUBJECT, {}).digests[0].subject).toBe('Veille ${LITERAL}: {count} stories');
    expect(parseConfig(LITERAL_SUBJECT, { LITERAL: 'oops' }).digests[0].subject).toBe('Veille ${LITERAL}: {count} stories');
  });
});

describe('digest schedules', () => {
  it.each(['every day', '*/5 * * *', '99 99 * * *'])('refuses the cron %j with its path', (cron) => {
    const problems = problemsOf(() => parseYaml(VeilleConfig, `digests:\n  - {id: d, to: [a@b.org], cron: "${cron}"}\n`, 'veille.yaml', {}));
    expect(problems.join('\n')).toMatch(/veille\.yaml: digests\[0\]\.cron: expected a cron expression/);
  });

  it('accepts a five-field cron', () => {
    const config = parseYaml(VeilleConfig, 'digests:\n  - {id: d, to: [a@b.org], cron: "30 7 * * 1-5", tz: Europe/Paris}\n', 'veille.yaml', {});
    expect(config.digests[0].cron).toBe('30 7 * * 1-5');
  });
});

describe('the web app section', () => {
  const WEB = (web: string) => `
sources:
  - { id: wire, type: rss, url: "https://news.example.org/rss" }
web: ${web}
`;
  it('refuses a web app open beyond this machine without a token, and says what to set', () => {
    const problems = configProblems(WEB('{ host: 0.0.0.0 }'));
    expect(problems.join('\n')).toMatch(/web\.token.*set web\.token/);
  });

  it('accepts it with a token from the environment, and loopback without one', () => {
    expect(parseConfig(WEB('{ host: 0.0.0.0, token: "${VEILLE_WEB_TOKEN}" }'), { VEILLE_WEB_TOKEN: 'x'.repeat(32) }).web).toMatchObject({ host: '0.0.0.0', port: 8080 });
    expect(parseConfig(WEB('{ port: 9090 }')).web).toMatchObject({ host: '127.0.0.1', port: 9090, enabled: true, metrics_public: false });
  });
});
