// Published contents of well-known include files that a checkout rarely holds (certbot's TLS options, Debian's snippets).
import { versionAtLeast } from '../../model/compare-version.js';

/** One well-known file: where configs include it from, and the directives its publisher ships in it. */
export interface PublishedInclude {
  id: string;
  /** Absolute paths configs name it by (after `--map`, a file there is read instead). */
  paths: readonly string[];
  /** Who publishes it and under which license, for the note that says it was used. */
  source: string;
  /** What it sets, in a few words, for the note. */
  summary: string;
  /** The directives, in order, for the given nginx version. */
  directives(version: string): ReadonlyArray<readonly [name: string, ...args: string[]]>;
}

/** certbot's cipher list (Mozilla intermediate), the same in the options-ssl-nginx.conf variants it ships. */
const CERTBOT_CIPHERS = 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:'
  + 'ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:DHE-RSA-AES128-GCM-SHA256:'
  + 'DHE-RSA-AES256-GCM-SHA384';

/**
 * Facts from certbot (Apache-2.0, (c) Electronic Frontier Foundation and others), certbot-nginx
 * `_internal/tls_configs/`: the nginx plugin installs `options-ssl-nginx.conf` for nginx 1.13.0 or newer
 * built with OpenSSL 1.0.2l or newer, and `options-ssl-nginx-tls12-only.conf` (TLS 1.2 only) for older
 * nginx; it replaces an unmodified copy with the current version on upgrade (certbot-nginx configurator,
 * `mod_ssl_conf_src`, certbot issue #7322).
 */
const CERTBOT_OPTIONS: PublishedInclude = {
  id: 'certbot options-ssl-nginx.conf',
  paths: ['/etc/letsencrypt/options-ssl-nginx.conf'],
  source: "certbot's published options-ssl-nginx.conf (certbot-nginx, Apache-2.0)",
  summary: 'ssl_protocols TLSv1.2 TLSv1.3 (TLSv1.2 before nginx 1.13.0), Mozilla intermediate ssl_ciphers, ssl_session_tickets off, a shared session cache',
  directives: (version) => [
    ['ssl_session_cache', 'shared:le_nginx_SSL:10m'],
    ['ssl_session_timeout', '1440m'],
    ['ssl_session_tickets', 'off'],
    ['ssl_protocols', ...(versionAtLeast(version, '1.13.0') ? ['TLSv1.2', 'TLSv1.3'] : ['TLSv1.2'])],
    ['ssl_prefer_server_ciphers', 'off'],
    ['ssl_ciphers', CERTBOT_CIPHERS],
  ],
};

/** Debian's nginx-common `snippets/snakeoil.conf` (BSD-2-clause): the ssl-cert package's self-signed pair. */
const DEBIAN_SNAKEOIL: PublishedInclude = {
  id: 'Debian snippets/snakeoil.conf',
  paths: ['/etc/nginx/snippets/snakeoil.conf'],
  source: "Debian nginx-common's snippets/snakeoil.conf (BSD-2-clause)",
  summary: 'the ssl-cert package\'s self-signed certificate /etc/ssl/certs/ssl-cert-snakeoil.pem and its key',
  directives: () => [
    ['ssl_certificate', '/etc/ssl/certs/ssl-cert-snakeoil.pem'],
    ['ssl_certificate_key', '/etc/ssl/private/ssl-cert-snakeoil.key'],
  ],
};

const PUBLISHED: readonly PublishedInclude[] = [CERTBOT_OPTIONS, DEBIAN_SNAKEOIL];

/**
 * The well-known file an include names, by its absolute path or, for a relative one, by the path it has under
 * nginx's usual prefix `/etc/nginx/` (`include snippets/snakeoil.conf;`).
 */
export function publishedInclude(value: string): PublishedInclude | undefined {
  const absolute = value.startsWith('/') ? value : `/etc/nginx/${value.replace(/^\.\//, '')}`;
  return PUBLISHED.find((p) => p.paths.includes(absolute));
}

/** The published file with this id (set on the include directive by the loader). */
export function publishedById(id: string): PublishedInclude | undefined {
  return PUBLISHED.find((p) => p.id === id);
}
