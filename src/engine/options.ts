// Options every rule sees, whether they came from flags or a config file.
import type { ProfileName } from '../tls/mozilla-profiles.js';
import type { OpenSslVersion } from '../tls/openssl-builds.js';

export interface LintOptions {
  profile: ProfileName;
  /** Mozilla guidelines version, e.g. `6.0`. */
  guidelines: string;
  /** Server version per dialect; a missing entry means the newest the dialect knows. */
  serverVersions: Record<string, string>;
  openssl: OpenSslVersion;
  /** The date certificate rules compare against. */
  now: Date;
  /** Repository root: reports use paths relative to it; includes resolve against it. */
  root: string;
  /** Absolute config prefixes mapped into the checkout, e.g. `/etc/nginx` -> `./nginx`. */
  pathMaps: Array<{ from: string; to: string }>;
  /** Per-rule options from a config file, keyed by rule id. */
  ruleOptions: Record<string, Record<string, unknown>>;
}
