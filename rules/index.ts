// Every rule tlslint ships, sorted by id: the registry the engine, the CLI and the docs read.
import type { Rule } from '../src/engine/define-rule.js';
import certificateExpired from './certificate-expired.js';
import certificateExpiresSoon from './certificate-expires-soon.js';
import cipherNoForwardSecrecy from './cipher-no-forward-secrecy.js';
import cipherNoUsableSuite from './cipher-no-usable-suite.js';
import cipherNotInProfile from './cipher-not-in-profile.js';
import cipherUnknown from './cipher-unknown.js';
import cipherWeak from './cipher-weak.js';
import hstsInvalid from './hsts-invalid.js';
import hstsMaxAgeShort from './hsts-max-age-short.js';
import hstsMissing from './hsts-missing.js';
import hstsNotAlways from './hsts-not-always.js';
import hstsOnPlainHttp from './hsts-on-plain-http.js';
import hstsOverridden from './hsts-overridden.js';
import httpNoRedirect from './http-no-redirect.js';
import includeCycle from './include-cycle.js';
import includeNotFound from './include-not-found.js';
import listen443NoCertificate from './listen-443-no-certificate.js';
import listen443NoTls from './listen-443-no-tls.js';
import ocspStaplingDisabled from './ocsp-stapling-disabled.js';
import parseError from './parse-error.js';
import protocolDeprecated from './protocol-deprecated.js';
import protocolTls13Disabled from './protocol-tls13-disabled.js';
import sessionTicketsEnabled from './session-tickets-enabled.js';
import sslDirectiveDeprecated from './ssl-directive-deprecated.js';
import upstreamTlsUnverified from './upstream-tls-unverified.js';

export const allRules: readonly Rule[] = [
  certificateExpired,
  certificateExpiresSoon,
  cipherNoForwardSecrecy,
  cipherNoUsableSuite,
  cipherNotInProfile,
  cipherUnknown,
  cipherWeak,
  hstsInvalid,
  hstsMaxAgeShort,
  hstsMissing,
  hstsNotAlways,
  hstsOnPlainHttp,
  hstsOverridden,
  httpNoRedirect,
  includeCycle,
  includeNotFound,
  listen443NoCertificate,
  listen443NoTls,
  ocspStaplingDisabled,
  parseError,
  protocolDeprecated,
  protocolTls13Disabled,
  sessionTicketsEnabled,
  sslDirectiveDeprecated,
  upstreamTlsUnverified,
];
