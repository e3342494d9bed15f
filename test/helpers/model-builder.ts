// Hand-built models for rule unit tests: a rule can be tested before or without any parser.
import type { CertificateInfo, Endpoint, Setting, TlsModel, TlsProtocol, Listener, HeaderScope } from '../../src/model/types.js';
import type { SourceRange } from '../../src/syntax/range.js';
import type { LintOptions } from '../../src/engine/options.js';

/** A range on one line of `file`, columns `start`..`end` (1-based, end exclusive). */
export function rangeAt(line: number, start = 1, end = start + 1, file = '/test/nginx.conf'): SourceRange {
  const offset = (line - 1) * 100;
  return { file, start: { line, column: start, offset: offset + start - 1 }, end: { line, column: end, offset: offset + end - 1 } };
}

/** A setting left at the server default. */
export function defaultSetting<T>(value: T): Setting<T> {
  return { value, source: null, level: 'default' };
}

/** A setting written on `line`. */
export function setAt<T>(value: T, line: number, level: Setting<T>['level'] = 'endpoint'): Setting<T> {
  return { value, source: rangeAt(line, 5, 40), valueRange: rangeAt(line, 20, 39), level };
}

export function tlsListener(line = 2, port = 443): Listener {
  return { address: null, port, tls: true, tlsFrom: 'listener', quic: false, defaultServer: false, source: rangeAt(line, 5, 25) };
}

export function plainListener(line = 2, port = 80): Listener {
  return { address: null, port, tls: false, tlsFrom: null, quic: false, defaultServer: false, source: rangeAt(line, 5, 20) };
}

export function serverScope(line = 1, overrides: Partial<HeaderScope> = {}): HeaderScope {
  return { kind: 'endpoint', label: 'server', catchAll: false, range: rangeAt(line, 1, 9), headers: [], dropped: [], ownHeaders: [], returns: null, headersUnknown: false, ...overrides };
}

/** A TLS server on 443 with a certificate and nginx-like defaults; override what the test is about. */
export function makeEndpoint(overrides: Partial<Endpoint> = {}): Endpoint {
  return {
    label: 'server example.com',
    range: rangeAt(1, 1, 9),
    serverNames: ['example.com'],
    listeners: [tlsListener()],
    certificates: [{ certificate: setAt('/etc/ssl/example.pem', 3), key: setAt('/etc/ssl/example.key', 4) }],
    protocols: defaultSetting<TlsProtocol[]>(['TLSv1.2', 'TLSv1.3']),
    ciphers: defaultSetting('HIGH:!aNULL:!MD5'),
    ciphersuites: defaultSetting('TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256'),
    sessionTickets: defaultSetting(true),
    ticketKeyRotation: 'per-restart',
    stapling: defaultSetting(false),
    dhparam: defaultSetting<string | null>(null),
    files: [],
    dheAvailable: false,
    deprecated: [],
    rejectsHandshake: false,
    scopes: [serverScope()],
    upstreams: [],
    httpRedirect: null,
    application: 'http',
    staplingAvailable: true,
    unknown: new Set(),
    ...overrides,
  };
}

export function makeModel(endpoints: Endpoint[], version = '1.28.0'): TlsModel {
  return { dialect: 'nginx', server: { product: 'nginx', version, tlsLibrary: 'openssl' }, endpoints, files: [] };
}

export function makeOptions(overrides: Partial<LintOptions> = {}): LintOptions {
  return {
    profile: 'intermediate',
    guidelines: '6.0',
    serverVersions: {},
    openssl: '3.0',
    now: new Date('2026-01-01T00:00:00Z'),
    root: '/test',
    pathMaps: [],
    ruleOptions: {},
    ...overrides,
  };
}

/** What reading a certificate file would give; override what the test is about. */
export function certificateInfo(overrides: Partial<CertificateInfo> = {}): CertificateInfo {
  return {
    subject: 'CN=example.com', issuer: 'CN=Example CA', notBefore: new Date('2025-01-01'), notAfter: new Date('2026-12-01'),
    keyType: 'ec', keyBits: 256, ocspResponders: [], selfSigned: false, fingerprint256: 'AA:BB', dnsNames: ['example.com'],
    ipAddresses: [], signatureAlgorithm: 'ecdsa-with-SHA256', signatureHash: 'sha256', ...overrides,
  };
}
