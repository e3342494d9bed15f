// The options a file is linted with: defaults, then its config file (with matching overrides), then the
// command-line flags the user gave, which always win.
import { dirname, resolve } from 'node:path';
import { getProfile, type ProfileName } from '../tls/mozilla-profiles.js';
import { ConfigError, normalizeRuleEntry, settingsFor, type ConfigResolver, type ConfigSettings, type LoadedConfig } from './config.js';
import type { OpenSslVersion } from '../tls/openssl-builds.js';
import type { OptionsForFile, RuleSetting, RunOptions } from './run.js';

/** Settings the user set on the command line: the config file cannot change them. */
export interface ExplicitFlags {
  profile?: boolean;
  guidelines?: boolean;
  openssl?: boolean;
  /** Dialects whose version `--server-version` set. */
  serverVersions?: readonly string[];
  /** Rule ids `--rule` set. */
  rules?: readonly string[];
  /** `--fail-on` was given (the config's `failOn` does not apply). */
  failOn?: boolean;
  /** Paths were given on the command line (not the default "."). */
  paths?: boolean;
}

/** Resolves each file's options through `configs`; files sharing a config and overrides share one object. */
export function optionsResolver(base: RunOptions, explicit: ExplicitFlags, configs: ConfigResolver): OptionsForFile {
  const byKey = new Map<string, RunOptions>();
  const byFile = new Map<string, RunOptions | null>();
  return async (file) => {
    const known = byFile.get(file);
    if (known !== undefined) return known;
    const config = await configs.configFor(file);
    let options: RunOptions | null = base;
    if (config?.isIgnored(file)) options = null;
    else if (config) {
      const settings = settingsFor(config, file);
      const key = `${config.path}\0${JSON.stringify(settings)}`;
      options = byKey.get(key) ?? null;
      if (!options) byKey.set(key, (options = applySettings(base, settings, explicit, config)));
    }
    byFile.set(file, options);
    return options;
  };
}

/** `base` with the config's settings applied wherever no flag set the value. */
export function applySettings(base: RunOptions, settings: ConfigSettings, explicit: ExplicitFlags, config: LoadedConfig): RunOptions {
  const profile = !explicit.profile && settings.profile ? (settings.profile as ProfileName) : base.profile;
  const guidelines = !explicit.guidelines && settings.guidelines ? settings.guidelines : base.guidelines;
  checkProfile(profile, guidelines, config);
  const serverVersions = { ...base.serverVersions };
  for (const [dialect, version] of Object.entries(settings.serverVersions ?? {})) {
    if (!explicit.serverVersions?.includes(dialect)) serverVersions[dialect] = version;
  }
  const ruleSettings: Record<string, RuleSetting> = {};
  const ruleOptions: Record<string, Record<string, unknown>> = { ...base.ruleOptions };
  for (const [id, entry] of Object.entries(settings.rules ?? {})) {
    const { severity, options } = normalizeRuleEntry(entry);
    if (severity) ruleSettings[id] = severity;
    if (options) ruleOptions[id] = { ...ruleOptions[id], ...options };
  }
  for (const id of explicit.rules ?? []) ruleSettings[id] = base.ruleSettings[id];
  return {
    ...base,
    profile,
    guidelines,
    serverVersions,
    openssl: !explicit.openssl && settings.openssl ? (settings.openssl as OpenSslVersion) : base.openssl,
    ruleSettings: { ...base.ruleSettings, ...ruleSettings },
    ruleOptions,
    // Flags' maps come first: the first prefix that matches wins.
    pathMaps: [...base.pathMaps, ...Object.entries(config.data.pathMaps ?? {}).map(([from, to]) => ({ from: from.replace(/\/+$/, '') || '/', to: resolve(dirname(config.path), to) }))],
  };
}

function checkProfile(profile: ProfileName, guidelines: string, config: LoadedConfig): void {
  try {
    getProfile(profile, guidelines);
  } catch (error) {
    throw new ConfigError(`${config.path}: profile "${profile}" with guidelines "${guidelines}": ${(error as Error).message}`);
  }
}
