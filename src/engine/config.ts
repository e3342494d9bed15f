// Project config files: found by walking up from each linted file, parsed (JSON or YAML), validated
// against the schema built from the rules, and resolved per file with its overrides.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Rule } from './define-rule.js';
import { isFile } from './discover.js';

/** Names looked for in each directory, in this order; the first one found wins. */
export const CONFIG_FILE_NAMES = ['.tlslintrc.json', '.tlslintrc.yaml', '.tlslintrc.yml', 'tlslint.config.json'] as const;

export type SeveritySetting = 'off' | 'note' | 'warning' | 'error';
export type RuleEntry = SeveritySetting | { severity?: SeveritySetting; options?: Record<string, unknown> };

/** What a config file and each of its overrides may set. */
export interface ConfigSettings {
  profile?: string;
  guidelines?: string;
  serverVersions?: Record<string, string>;
  openssl?: string;
  rules?: Record<string, RuleEntry>;
}

export interface ConfigData extends ConfigSettings {
  /** Run-level settings: read only from the config of the directory tlslint runs in (see `configAt`). */
  failOn?: 'error' | 'warning' | 'note' | 'none';
  baseline?: string;
  reportUnusedDisable?: boolean | SeveritySetting;
  pathMaps?: Record<string, string>;
  ignore?: string[];
  overrides?: Array<ConfigSettings & { files: string | string[] }>;
}

/** A config file read and validated, with its globs compiled. */
export interface LoadedConfig {
  path: string;
  data: ConfigData;
  isIgnored(file: string): boolean;
  /** The overrides whose `files` match `file`, in file order. */
  overridesFor(file: string): ConfigSettings[];
}

/** A config file that cannot be used: names the file, the place and what is allowed. Exit code 2. */
export class ConfigError extends Error {}

/** Finds and reads config files, each once per run. */
export class ConfigResolver {
  private readonly byDirectory = new Map<string, Promise<LoadedConfig | undefined>>();
  private readonly byPath = new Map<string, Promise<LoadedConfig>>();

  /**
   * `explicit`: a config file to use for every file (`--config`); `false`: use none (`--no-config`).
   * `root`: `--root` when given; the search stops there, as it stops at a repository's top (`.git`).
   */
  constructor(
    private readonly rules: readonly Rule[],
    private readonly explicit?: string | false,
    private readonly root?: string,
  ) {}

  /** The config that applies to `file` (absolute): the nearest one in its directory or above. */
  configFor(file: string): Promise<LoadedConfig | undefined> {
    if (this.explicit === false) return Promise.resolve(undefined);
    if (this.explicit !== undefined) return this.read(resolve(this.explicit));
    return this.nearest(dirname(file));
  }

  /** The config for the run as a whole (`failOn`, `baseline`, ...): the one in `directory` or above it. */
  configAt(directory: string): Promise<LoadedConfig | undefined> {
    if (this.explicit === false) return Promise.resolve(undefined);
    if (this.explicit !== undefined) return this.read(resolve(this.explicit));
    return this.nearest(resolve(directory));
  }

  private nearest(directory: string): Promise<LoadedConfig | undefined> {
    let config = this.byDirectory.get(directory);
    if (!config) {
      const found = CONFIG_FILE_NAMES.map((name) => join(directory, name)).find(isFile);
      const parent = dirname(directory);
      // A config above the repository (a home directory's, another checkout's) is not this project's,
      // as git stops at the top of a work tree (a .git directory, or a .git file in a worktree).
      const top = parent === directory || directory === this.root || existsSync(join(directory, '.git'));
      config = found ? this.read(found) : top ? Promise.resolve(undefined) : this.nearest(parent);
      this.byDirectory.set(directory, config);
    }
    return config;
  }

  private read(path: string): Promise<LoadedConfig> {
    let config = this.byPath.get(path);
    if (!config) this.byPath.set(path, (config = readConfig(path, this.rules)));
    return config;
  }
}

// The parser, validator and glob matcher (yaml, ajv, picomatch) are loaded only when a config file
// exists: most runs have none, and pre-commit starts tlslint on every commit.
async function readConfig(path: string, rules: readonly Rule[]): Promise<LoadedConfig> {
  const { readConfigFile } = await import('./config-file.js');
  return readConfigFile(path, rules);
}

/** The settings of `config` for `file`: the file's top level, then each matching override on top. */
export function settingsFor(config: LoadedConfig, file: string): ConfigSettings {
  // eslint-style rest: everything but the keys that are not settings.
  const { pathMaps: _maps, ignore: _ignore, overrides: _overrides, $schema: _schema, failOn: _failOn, baseline: _baseline, reportUnusedDisable: _unused, ...base } =
    config.data as ConfigData & { $schema?: string };
  return config.overridesFor(file).reduce<ConfigSettings>(mergeSettings, base);
}

/** `over` on top of `under`; rule entries merge field by field (an override may change only the severity). */
export function mergeSettings(under: ConfigSettings, over: ConfigSettings): ConfigSettings {
  const merged: ConfigSettings = { ...under, ...over };
  if (under.serverVersions || over.serverVersions) merged.serverVersions = { ...under.serverVersions, ...over.serverVersions };
  if (under.rules || over.rules) {
    const rules: Record<string, RuleEntry> = { ...under.rules };
    for (const [id, entry] of Object.entries(over.rules ?? {})) rules[id] = mergeRuleEntry(rules[id], entry);
    merged.rules = rules;
  }
  return merged;
}

function mergeRuleEntry(under: RuleEntry | undefined, over: RuleEntry): RuleEntry {
  const a = normalizeRuleEntry(under);
  const b = normalizeRuleEntry(over);
  return { severity: b.severity ?? a.severity, options: { ...a.options, ...b.options } };
}

export function normalizeRuleEntry(entry: RuleEntry | undefined): { severity?: SeveritySetting; options?: Record<string, unknown> } {
  if (entry === undefined) return {};
  return typeof entry === 'string' ? { severity: entry } : entry;
}
