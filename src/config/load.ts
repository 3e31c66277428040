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

/** Replace `${VAR}` in every string of a parsed YAML document; unset variables are config errors. */
export function interpolateEnv(value: unknown, env: NodeJS.ProcessEnv, file: string, at: (string | number)[] = []): unknown {
  if (typeof value === 'string') {
    return value.replace(ENV_REF, (whole, escape: string, name: string, fallback: string | undefined) => {
      if (escape) return whole.slice(1);
      const found = env[name];
      if (found !== undefined && found !== '') return found;
      if (fallback !== undefined) return fallback;
      throw new ConfigError(`${file}: ${formatPath(at)}: environment variable ${name} is not set`);
    });
  }
  if (Array.isArray(value)) return value.map((v, i) => interpolateEnv(v, env, file, [...at, i]));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolateEnv(v, env, file, [...at, k])]));
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

/** Parse YAML text and validate it; every problem names file, path and what is wrong. */
export function parseYaml<S extends z.ZodTypeAny>(
  schema: S,
  text: string,
  file: string,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<S> {
  const doc = YAML.parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) {
    const problems = doc.errors.map((e) => `${file}: ${e.message.split('\n')[0]}`);
    throw new ConfigError(problems.join('\n'), problems);
  }
  const raw = doc.toJS();
  if (raw === null || raw === undefined) throw new ConfigError(`${file}: the file is empty`);
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(`${file}: expected a mapping at the top level`);
  const interpolated = interpolateEnv(raw, env, file);
  const result = schema.safeParse(interpolated);
  if (!result.success) {
    const problems = formatIssues(file, result.error);
    throw new ConfigError(problems.join('\n'), problems);
  }
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
export async function loadConfig(configPath: string, env: NodeJS.ProcessEnv = process.env): Promise<LoadedConfig> {
  const abs = path.resolve(configPath);
  const baseDir = path.dirname(abs);
  const config = parseYaml(VeilleConfig, await readConfigFile(abs), path.basename(abs), env);
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
