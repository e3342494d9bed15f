// Runs the real apache2 as a judge for the differential tests: `apache2 -t` and `-D DUMP_VHOSTS`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The apache2 binary (Debian's name; httpd elsewhere), or null when none is installed. */
export function findApache(): string | null {
  for (const candidate of ['/usr/sbin/apache2', '/usr/sbin/httpd', '/usr/local/apache2/bin/httpd']) if (existsSync(candidate)) return candidate;
  const which = spawnSync('sh', ['-c', 'command -v apache2 || command -v httpd'], { encoding: 'utf8' });
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : null;
}

/** Debian's compiled modules, loaded by absolute path. */
export const DEBIAN_MODULES = '/usr/lib/apache2/modules';

/** What Debian's `envvars` exports, pointed into `dir`: apache2.conf reads them as `${APACHE_...}`. */
export function debianEnv(dir: string): NodeJS.ProcessEnv {
  for (const sub of ['run', 'lock', 'log']) mkdirSync(join(dir, sub), { recursive: true });
  return {
    ...process.env,
    APACHE_RUN_USER: 'www-data',
    APACHE_RUN_GROUP: 'www-data',
    APACHE_PID_FILE: join(dir, 'run', 'apache2.pid'),
    APACHE_RUN_DIR: join(dir, 'run'),
    APACHE_LOCK_DIR: join(dir, 'lock'),
    APACHE_LOG_DIR: join(dir, 'log'),
    LANG: 'C',
  };
}

export interface Verdict {
  ok: boolean;
  output: string;
}

/** `apache2 -t` on `config` (ServerRoot `root`), plus any extra arguments. */
export function judge(apache: string, root: string, config: string, env: NodeJS.ProcessEnv, extra: string[] = []): Verdict {
  const run = spawnSync(apache, ['-t', '-d', root, '-f', config, ...extra], { env, encoding: 'utf8', timeout: 20_000 });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

/** A self-signed certificate and key written to `dir` (`cert.pem`, `key.pem`). */
export function makeCertificate(dir: string): { cert: string; key: string } {
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  if (!existsSync(cert)) {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-subj', '/CN=localhost',
      '-days', '30', '-keyout', key, '-out', cert], { stdio: 'ignore' });
  }
  return { cert, key };
}

/** One virtual host as `apache2 -D DUMP_VHOSTS` lists it. */
export interface DumpedVhost {
  port: number;
  /** The name Apache shows: ServerName, or the main server's when the vhost has none. */
  name: string;
  aliases: string[];
  file: string;
  line: number;
}

// server/vhost.c ap_dump_vhost_config: `<addr>:<port> is a NameVirtualHost` then `port N namevhost NAME (file:line)`
// and `alias NAME` lines, or one line `<addr>:<port>   NAME (file:line)` for an address with a single vhost.
/** Parses the `VirtualHost configuration:` section of `apache2 -D DUMP_VHOSTS`. */
export function parseDumpVhosts(output: string): DumpedVhost[] {
  const vhosts: DumpedVhost[] = [];
  for (const line of output.split('\n')) {
    const named = /^\s+port (\d+) namevhost (\S+) \((.+):(\d+)\)$/.exec(line);
    const single = /^\S+:(\d+)\s+(\S+) \((.+):(\d+)\)$/.exec(line);
    const match = named ?? single;
    if (match) {
      vhosts.push({ port: Number(match[1]), name: match[2], aliases: [], file: match[3], line: Number(match[4]) });
      continue;
    }
    const alias = /^\s+alias (\S+)$/.exec(line);
    if (alias && vhosts.length) vhosts[vhosts.length - 1].aliases.push(alias[1]);
  }
  return vhosts;
}

/** Writes `text` to `path`, creating directories. */
export function writeText(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}
