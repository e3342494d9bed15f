// `tlslint --print-config FILE`: the configuration FILE would be linted with, after config files and flags.
import { relative } from 'node:path';
import { dialectFor } from '../dialects/registry.js';
import type { ConfigResolver } from '../engine/config.js';
import { enabledRules, withServerVersion } from '../engine/run.js';
import { allRules } from '../../rules/index.js';
import type { CliSettings } from './options.js';
import type { CliIo } from './main.js';

/** Prints the effective configuration of `file` as JSON; exit code 0. Config errors propagate (exit 2). */
export async function printConfig(file: string, settings: CliSettings, configs: ConfigResolver, io: CliIo): Promise<number> {
  const options = settings.optionsFor ? await settings.optionsFor(file) : settings.run;
  const config = await configs.configFor(file);
  const effective = options ?? settings.run;
  const dialect = await dialectFor(file, effective.dialect);
  const enabled = new Set(enabledRules(effective).map((rule) => rule.meta.id));
  const printed = {
    file,
    configFile: config?.path ?? null,
    ignored: options === null,
    dialect: dialect.id,
    profile: effective.profile,
    guidelines: effective.guidelines,
    serverVersions: withServerVersion(effective, dialect).serverVersions,
    openssl: effective.openssl,
    pathMaps: Object.fromEntries(effective.pathMaps.map((map) => [map.from, relative(effective.root, map.to) || '.'])),
    rules: Object.fromEntries(
      allRules.map((rule) => {
        const id = rule.meta.id;
        const setting = effective.ruleSettings[id];
        const severity = !enabled.has(id) ? 'off' : setting && setting !== 'off' ? setting : rule.meta.severity;
        const options = effective.ruleOptions[id];
        return [id, options && Object.keys(options).length ? { severity, options } : severity];
      }),
    ),
  };
  io.stdout.write(`${JSON.stringify(printed, null, 2)}\n`);
  return 0;
}
