// How nginx users name what the rules speak of: directive names, levels, the `always` parameter.
import type { DialectNames, NamedSetting } from '../dialect.js';
import type { SettingLevel, UpstreamTls } from '../../model/types.js';

const SETTINGS: Record<NamedSetting, string> = {
  protocols: 'ssl_protocols',
  ciphers: 'ssl_ciphers',
  ciphersuites: 'ssl_conf_command Ciphersuites',
  sessionTickets: 'ssl_session_tickets',
  stapling: 'ssl_stapling',
  certificate: 'ssl_certificate',
  certificateKey: 'ssl_certificate_key',
  certificateChain: 'ssl_certificate',
  dhparam: 'ssl_dhparam',
  listen: 'listen',
  // nginx has no directive of its own for these; only OpenSSL's SSL_CONF options through ssl_conf_command.
  compression: 'ssl_conf_command Options Compression',
  insecureRenegotiation: 'ssl_conf_command Options UnsafeLegacyRenegotiation',
};

const LEVELS: Record<SettingLevel, string> = {
  default: 'the enclosing block',
  global: 'http {}',
  endpoint: 'server {}',
  path: 'the enclosing location',
};

/**
 * The module whose `*_ssl_verify` governs `upstream`: `proxy_pass https://`, `grpc_pass grpcs://` and
 * `uwsgi_pass suwsgi://` each have their own set (ngx_http_proxy_module, ngx_http_grpc_module, ngx_http_uwsgi_module).
 */
function modulePrefix(upstream: UpstreamTls): string {
  return upstream.via.endsWith('_pass') ? upstream.via.slice(0, -'_pass'.length) : 'proxy';
}

export const nginxNames: DialectNames = {
  server: 'nginx',
  setting: (key) => SETTINGS[key],
  headerDirective: 'add_header',
  alwaysKeyword: 'always',
  level: (level) => LEVELS[level],
  upstreamVerify(upstream) {
    const prefix = modulePrefix(upstream);
    return `"${prefix}_ssl_verify on;" with "${prefix}_ssl_trusted_certificate"`;
  },
  // nginx: `on` and `optional` verify against ssl_client_certificate (ngx_http_ssl_module).
  clientAuthVerify: () => '"ssl_verify_client on;" (or "optional;") with "ssl_client_certificate"',
  deprecated(deprecated) {
    // nginx: changeset d32f66f1e "SSL: removed the "ssl" directive" (1.25.1); deprecated by 658a84f42 (1.15.0).
    return { written: `ssl ${deprecated.setting.value ? 'on' : 'off'}`, since: 'nginx 1.15.0', removedIn: '1.25.1', instead: 'listen ... ssl' };
  },
};
