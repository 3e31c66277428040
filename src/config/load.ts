import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import YAML from 'yaml';
import type { z } from 'zod';
import { ConfigError } from '../lib/errors.js';
import { VeilleConfig } from './schema.js';
import { Watchlist } from './watchlist.js';

/** `${VAR}` or `${VAR:-default}`; `$${VAR}` stays literal. */
const ENV_REF = /(\$?)\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

/**
 * Replace `${VAR}` in every string of a parsed YAML document. Unset variables are config errors:
 * thrown at the first one, or, when `missing` is given, each pushed there (the string is left as
 * written) so that one run can report them all.
 */
export function interpolateEnv(
  value: unknown,
  env: NodeJS.ProcessEnv,
  file: string,
  at: (string | number)[] = [],
  missing?: string[],
): unknown {
  if (typeof value === 'string') {
    return value.replace(ENV_REF, (whole, escape: string, name: string, fallback: string | undefined) => {
      if (escape) return whole.slice(1);
      const found = env[name];
      if (found !== undefined && found !== '') return found;
      if (fallback !== undefined) return fallback;
      const problem = `${file}: ${formatPath(at)}: environment variable ${name} is not set`;
      if (!missing) throw new ConfigError(problem);
      missing.push(problem);
      return whole;
    });
  }
  if (Array.isArray(value)) return value.map((v, i) => interpolateEnv(v, env, file, [...at, i], missing));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolateEnv(v, env, file, [...at, k], missing)]));
  }
  return value;
}

export function formatPath(at: readonly PropertyKey[]): string {
  if (!at.length) return '(top level)';
  return at
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`))
    .join('');
}

/** One line per problem; an unknown key (a typo like `evry`, at any depth) is named with its own path. */
export function formatIssues(file: string, error: z.ZodError): string[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => `${file}: ${formatPath([...issue.path, key])}: unknown key`)
      : [`${file}: ${formatPath(issue.path)}: ${issue.message}`],
  );
}

export interface ParseOptions {
  /** top-level keys left out before validation, for commands that do not use them (explain needs no alert secrets) */
  ignore?: string[];
}

/** `… at line 3, column 1:` ends yaml's messages; we say where ourselves. */
const YAML_WHERE = /\s+at line \d+, column \d+:?\s*$/;
/** A top-level key starts a section of the file: errors after the first one in a section are its follow-ons. */
const TOP_LEVEL_KEY = /^[^\s#-][^:#]*:/;

/**
 * One problem per YAML syntax mistake, with line and column. The parser reports every line it could
 * not read after a mistake (a tab, a missing quote), so only the first error of each top-level
 * section is kept.
 */
export function yamlProblems(text: string, file: string, errors: readonly YAML.YAMLError[]): string[] {
  const lines = text.split('\n');
  const sectionOf = (line: number) => {
    for (let i = Math.min(line, lines.length) - 1; i >= 0; i -= 1) if (TOP_LEVEL_KEY.test(lines[i])) return i;
    return -1;
  };
  const seen = new Set<number>();
  const problems: string[] = [];
  for (const error of errors) {
    const pos = error.linePos?.[0];
    const section = pos ? sectionOf(pos.line) : -1;
    if (seen.has(section)) continue;
    seen.add(section);
    const message = error.message.split('\n')[0].replace(YAML_WHERE, '');
    problems.push(pos ? `${file}: ${message} (line ${pos.line}, column ${pos.col})` : `${file}: ${message}`);
  }
  return problems;
}

/** Parse YAML text and validate it; every problem names file, path and what is wrong, all of them in one error. */
export function parseYaml<S extends z.ZodTypeAny>(
  schema: S,
  text: string,
  file: string,
  env: NodeJS.ProcessEnv = process.env,
  options: ParseOptions = {},
): z.infer<S> {
  const doc = YAML.parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) {
    const problems = yamlProblems(text, file, doc.errors);
    throw new ConfigError(problems.join('\n'), problems);
  }
  const raw = doc.toJS();
  if (raw === null || raw === undefined) throw new ConfigError(`${file}: the file is empty`);
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(`${file}: expected a mapping at the top level`);
  for (const key of options.ignore ?? []) delete (raw as Record<string, unknown>)[key];
  const missing: string[] = [];
  const interpolated = interpolateEnv(raw, env, file, [], missing);
  const result = schema.safeParse(interpolated);
  // every unset variable, then every other problem (a `${VAR}` left as written is not also reported as a bad URL)
  const unsetAt = new Set(missing.map((p) => p.split(': ')[1]));
  const problems = [
    ...missing,
    ...(result.success ? [] : formatIssues(file, result.error).filter((p) => !unsetAt.has(p.split(': ')[1]))),
  ];
  if (problems.length > 0 || !result.success) throw new ConfigError(problems.join('\n'), problems);
  return result.data;
}

async function readConfigFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(`${file}: cannot read (${code ?? String(err)})`);
  }
}

export async function loadWatchlist(file: string): Promise<Watchlist> {
  return parseYaml(Watchlist, await readConfigFile(file), path.basename(file));
}

/** The watchlist a config file names (its default when it names none), or null when the file cannot say. */
function watchlistOf(text: string): string | null {
  try {
    const raw = YAML.parse(text) as { watchlist?: unknown } | null;
    if (raw && typeof raw === 'object' && raw.watchlist === undefined) return './watchlist.yaml';
    return raw && typeof raw.watchlist === 'string' && !raw.watchlist.includes('${') ? raw.watchlist : null;
  } catch {
    return null;
  }
}

export interface LoadedConfig {
  config: VeilleConfig;
  watchlist: Watchlist;
  /** absolute path of veille.yaml */
  configPath: string;
  watchlistPath: string;
  /** directory of veille.yaml: relative paths (file:// sources, watchlist) resolve from it */
  baseDir: string;
}

/** Load veille.yaml and the watchlist it names, both validated. Throws ConfigError. */
export async function loadConfig(configPath: string, env: NodeJS.ProcessEnv = process.env, options: ParseOptions = {}): Promise<LoadedConfig> {
  const abs = path.resolve(configPath);
  const baseDir = path.dirname(abs);
  const text = await readConfigFile(abs);
  let config: VeilleConfig;
  try {
    config = parseYaml(VeilleConfig, text, path.basename(abs), env, options);
  } catch (err) {
    // every problem in one run: the watchlist's too, when the config still says where it is
    if (!(err instanceof ConfigError)) throw err;
    const named = watchlistOf(text);
    const more = named ? await loadWatchlist(path.resolve(baseDir, named)).then(() => [], (e: unknown) => (e instanceof ConfigError ? e.problems : [])) : [];
    if (more.length === 0) throw err;
    const problems = [...err.problems, ...more];
    throw new ConfigError(problems.join('\n'), problems);
  }
  const watchlistPath = path.resolve(baseDir, config.watchlist);
  const watchlist = await loadWatchlist(watchlistPath);
  for (const source of config.sources) {
    if (source.url.startsWith('file:')) {
      // relative file URLs in config resolve against the config directory
      const rel = source.url.replace(/^file:(\/\/)?/, '');
      if (!rel.startsWith('/')) source.url = pathToFileURL(path.resolve(baseDir, decodeURIComponent(rel))).href;
    }
  }
  return { config, watchlist, configPath: abs, watchlistPath, baseDir };
}
