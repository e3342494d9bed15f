// Every rule tlslint ships, sorted by id: the registry the engine, the CLI and the docs read.
import type { Rule } from '../src/engine/define-rule.js';
import certificateChainIncomplete from './certificate-chain-incomplete.js';
import certificateExpired from './certificate-expired.js';
import certificateExpiresSoon from './certificate-expires-soon.js';
import certificateFileMissing from './certificate-file-missing.js';
import certificateInternalCa from './certificate-internal-ca.js';
import certificateKeyMismatch from './certificate-key-mismatch.js';
import certificateNameMismatch from './certificate-name-mismatch.js';
import certificateNotYetValid from './certificate-not-yet-valid.js';
import certificateWeakKey from './certificate-weak-key.js';
import certificateWeakSignature from './certificate-weak-signature.js';
import cipherNoForwardSecrecy from './cipher-no-forward-secrecy.js';
import cipherNoUsableSuite from './cipher-no-usable-suite.js';
import cipherNotInProfile from './cipher-not-in-profile.js';
import cipherUnknown from './cipher-unknown.js';
import cipherWeak from './cipher-weak.js';
import clientAuthUnverified from './client-auth-unverified.js';
import dhparamWeak from './dhparam-weak.js';
import hstsInvalid from './hsts-invalid.js';
import hstsMaxAgeShort from './hsts-max-age-short.js';
import hstsMissing from './hsts-missing.js';
import hstsNotAlways from './hsts-not-always.js';
import hstsOnPlainHttp from './hsts-on-plain-http.js';
import hstsOverridden from './hsts-overridden.js';
import httpNoRedirect from './http-no-redirect.js';
import includeCycle from './include-cycle.js';
import includeNotFound from './include-not-found.js';
import insecureRenegotiation from './insecure-renegotiation.js';
import listen443NoCertificate from './listen-443-no-certificate.js';
import listen443NoTls from './listen-443-no-tls.js';
import ocspStaplingDisabled from './ocsp-stapling-disabled.js';
import parseError from './parse-error.js';
import protocolDeprecated from './protocol-deprecated.js';
import protocolTls13Disabled from './protocol-tls13-disabled.js';
import sessionTicketsEnabled from './session-tickets-enabled.js';
import sslDirectiveDeprecated from './ssl-directive-deprecated.js';
import tlsCompressionEnabled from './tls-compression-enabled.js';
import upstreamTlsUnverified from './upstream-tls-unverified.js';

export const allRules: readonly Rule[] = [
  certificateChainIncomplete,
  certificateExpired,
  certificateExpiresSoon,
  certificateFileMissing,
  certificateInternalCa,
  certificateKeyMismatch,
  certificateNameMismatch,
  certificateNotYetValid,
  certificateWeakKey,
  certificateWeakSignature,
  cipherNoForwardSecrecy,
  cipherNoUsableSuite,
  cipherNotInProfile,
  cipherUnknown,
  cipherWeak,
  clientAuthUnverified,
  dhparamWeak,
  hstsInvalid,
  hstsMaxAgeShort,
  hstsMissing,
  hstsNotAlways,
  hstsOnPlainHttp,
  hstsOverridden,
  httpNoRedirect,
  includeCycle,
  includeNotFound,
  insecureRenegotiation,
  listen443NoCertificate,
  listen443NoTls,
  ocspStaplingDisabled,
  parseError,
  protocolDeprecated,
  protocolTls13Disabled,
  sessionTicketsEnabled,
  sslDirectiveDeprecated,
  tlsCompressionEnabled,
  upstreamTlsUnverified,
];
