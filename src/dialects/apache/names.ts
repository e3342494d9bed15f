// How Apache httpd users name what the rules speak of: mod_ssl and mod_headers directives, sections, `always`.
import type { DialectNames, NamedSetting } from '../dialect.js';
import type { SettingLevel } from '../../model/types.js';

const SETTINGS: Record<NamedSetting, string> = {
  protocols: 'SSLProtocol',
  ciphers: 'SSLCipherSuite',
  ciphersuites: 'SSLCipherSuite TLSv1.3',
  sessionTickets: 'SSLSessionTickets',
  stapling: 'SSLUseStapling',
  certificate: 'SSLCertificateFile',
  certificateKey: 'SSLCertificateKeyFile',
  // mod_ssl 2.4.8 and later read the chain from the SSLCertificateFile (CHANGES 2.4.8).
  certificateChain: 'SSLCertificateFile',
  dhparam: 'SSLOpenSSLConfCmd DHParameters',
  listen: 'Listen',
  compression: 'SSLCompression',
  insecureRenegotiation: 'SSLInsecureRenegotiation',
};

const LEVELS: Record<SettingLevel, string> = {
  default: 'the enclosing section',
  global: 'the main server config',
  endpoint: '<VirtualHost>',
  // A request merges every section it matches (<Directory>, <Files>, <Location>, <If>), not only enclosing ones.
  path: 'a section this request also matches',
};

export const apacheNames: DialectNames = {
  server: 'Apache',
  setting: (key) => SETTINGS[key],
  headerDirective: 'Header',
  alwaysKeyword: 'always',
  level: (level) => LEVELS[level],
  // mod_ssl: SSLProxyVerify defaults to none; `require` checks the backend's chain against SSLProxyCACertificateFile.
  upstreamVerify: () => '"SSLProxyVerify require" with "SSLProxyCACertificateFile"',
  // mod_ssl: `require` and `optional` verify against SSLCACertificateFile / SSLCACertificatePath.
  clientAuthVerify: () => '"SSLVerifyClient require" (or "optional") with "SSLCACertificateFile"',
  deprecated(deprecated) {
    // httpd 2.4.8 CHANGES: "SSLCertificateChainFile is deprecated"; the chain goes into SSLCertificateFile.
    return { written: `SSLCertificateChainFile ${String(deprecated.setting.value)}`, since: 'Apache 2.4.8', removedIn: null, instead: 'SSLCertificateFile with the chain appended' };
  },
};
