// `tlslint ciphers STRING`: the commander wiring of runCiphersCommand.
import { Command, Option } from 'commander';
import { shouldUseColor } from '../report/index.js';
import { GUIDELINE_VERSIONS, LATEST_GUIDELINES, PROFILE_NAMES, type ProfileName } from '../tls/mozilla-profiles.js';
import type { OpenSslVersion } from '../tls/openssl-builds.js';
import { runCiphersCommand, type CiphersFormat } from './ciphers.js';
import type { CliIo } from './main.js';
import { OPENSSL_VERSIONS } from '../tls/openssl-builds.js';

interface CiphersFlags {
  format: CiphersFormat;
  openssl: OpenSslVersion;
  profile: ProfileName;
  guidelines: string;
  color?: boolean;
}

export function ciphersSubcommand(io: CliIo, setExit: (code: number) => void): Command {
  return new Command('ciphers')
    .description('show the suites an OpenSSL cipher string enables, as OpenSSL expands it')
    .argument('<cipher-string>', "cipher string, e.g. 'HIGH:!aNULL:!MD5'")
    .addOption(new Option('-f, --format <format>', 'output format').choices(['names', 'table', 'json']).default('table'))
    .addOption(new Option('--openssl <version>', 'OpenSSL version whose rules apply').choices(OPENSSL_VERSIONS).default('3.0'))
    .addOption(new Option('--profile <profile>', 'Mozilla profile for the "in profile" column').choices(PROFILE_NAMES).default('intermediate'))
    .addOption(new Option('--guidelines <version>', 'Mozilla guidelines version').choices(GUIDELINE_VERSIONS).default(LATEST_GUIDELINES))
    .option('--color', 'force colours')
    .option('--no-color', 'disable colours')
    .action((cipherString: string, flags: CiphersFlags) => {
      const color = flags.color ?? shouldUseColor(io.stdout, io.env);
      const { openssl, format, profile, guidelines } = flags;
      const output = runCiphersCommand({ cipherString, openssl, format, profile, guidelines, color });
      io.stdout.write(output.stdout);
      io.stderr.write(output.stderr);
      setExit(output.exitCode);
    });
}
