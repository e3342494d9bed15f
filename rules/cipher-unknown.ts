// cipher-unknown: a cipher string term OpenSSL does not know, so it silently ignores it.
import { defineRule } from '../src/engine/define-rule.js';
import type { Endpoint, Setting, TlsModel } from '../src/model/types.js';
import { tlsEndpoints } from '../src/model/types.js';
import { endOffsetOf, startOffsetOf, type SourceRange } from '../src/syntax/range.js';
import { parseCiphersuites } from '../src/tls/ciphersuites.js';
import { expandCipherString, type UnknownTerm } from '../src/tls/cipher-string.js';
import { rangeInsideValue, tlsSettingValues } from '../src/tls/endpoint-ciphers.js';
import { expandGoSuites, ianaNameOf } from '../src/tls/go-suites.js';
import { KNOWN_SUITES, TLS13_BY_NAME } from '../src/tls/openssl-builds.js';

const BY_IANA = new Map([...KNOWN_SUITES.values()].map((s) => [s.iana, s.openssl]));

/**
 * Explicitly written settings whose value has unknown terms (`hasUnknown`), once per directive. The value is
 * asked first, and once for a run of servers with the same one: most values have none, and 10,000 servers
 * need no key each for that.
 */
function writtenSettings(
  model: TlsModel, pick: (e: Endpoint) => Setting<string>, hasUnknown: (value: string) => boolean,
): Array<{ setting: Setting<string>; range: SourceRange }> {
  const seen = new Set<string>();
  const out: Array<{ setting: Setting<string>; range: SourceRange }> = [];
  let lastValue: string | undefined;
  let lastHasUnknown = false;
  for (const endpoint of tlsEndpoints(model)) {
    const setting = pick(endpoint);
    const range = setting.valueRange ?? setting.source;
    if (!range) continue;
    if (setting.value !== lastValue) {
      lastValue = setting.value;
      lastHasUnknown = hasUnknown(setting.value);
    }
    if (!lastHasUnknown) continue;
    // Offsets, not positions: a Span would find the line and column of each.
    const key = `${range.file}:${startOffsetOf(range)}:${endOffsetOf(range)}`;
    if (!seen.has(key)) out.push({ setting, range });
    seen.add(key);
  }
  return out;
}

export default defineRule({
  id: 'cipher-unknown',
  description: 'Cipher string names a suite or alias OpenSSL does not know',
  howToFix: 'Fix the typo, or use the OpenSSL name instead of the IANA one',
  severity: 'warning',
  tags: ['ciphers'],
  profiles: ['modern', 'intermediate', 'old'],
  messages: {
    unknown: (p: { term: string }) => `Unknown cipher string term "${p.term}"; OpenSSL ignores it`,
    notInBuild: (p: { term: string; openssl: string }) => `Unknown to OpenSSL ${p.openssl}'s default build: "${p.term}" is not compiled in and is ignored`,
    ianaName: (p: { term: string; name: string }) => `Expected OpenSSL name "${p.name}" instead of IANA name "${p.term}"`,
    tls13InCipherString: (p: { term: string }) => `Unknown cipher string term "${p.term}": TLS 1.3 suites belong in Ciphersuites, not in the cipher string`,
    unknownCiphersuite: (p: { term: string }) => `Unknown TLS 1.3 ciphersuite "${p.term}"; OpenSSL ignores it`,
    // Go's crypto/tls (Caddy) takes only the IANA names of the suites it implements, and refuses any other.
    opensslName: (p: { term: string; name: string; server: string }) => `Expected IANA name "${p.name}" instead of OpenSSL name "${p.term}": ${p.server} refuses to load the configuration`,
    unknownGo: (p: { term: string; server: string }) => `Unknown cipher suite "${p.term}" for Go's crypto/tls: ${p.server} refuses to load the configuration`,
  },
  check(model, ctx) {
    const openssl = ctx.options.openssl;
    const report = (term: UnknownTerm, setting: Setting<string>, range: SourceRange, tls13: boolean) => {
      const at = setting.valueRange ? rangeInsideValue(setting.valueRange, setting.value, term.offset, term.term.length) : range;
      if (model.server.tlsLibrary === 'go') {
        const iana = ianaNameOf(term.term);
        if (iana) ctx.report('opensslName', { term: term.term, name: iana, server: ctx.names.server }, at);
        else ctx.report('unknownGo', { term: term.term, server: ctx.names.server }, at);
        return;
      }
      const iana = BY_IANA.get(term.term);
      if (iana && !tls13) ctx.report('ianaName', { term: term.term, name: iana }, at);
      else if (TLS13_BY_NAME.has(term.term) && !tls13) ctx.report('tls13InCipherString', { term: term.term }, at);
      else if (term.reason === 'not-in-build') ctx.report('notInBuild', { term: term.term, openssl }, at);
      else ctx.report(tls13 ? 'unknownCiphersuite' : 'unknown', { term: term.term }, at);
    };
    const expand = (value: string) => (model.server.tlsLibrary === 'go' ? expandGoSuites(value, openssl) : expandCipherString(value, openssl));
    // An unknown name after `!`, `-` or `+` matches no suite, so excluding or reordering it changes nothing.
    const addsUnknown = (value: string) => expand(value).unknownTerms.some((term) => term.adds);
    const unknownSuites = (value: string) => parseCiphersuites(value, openssl).unknownTerms.length > 0;
    // No value has an unknown term: no server's setting needs a look.
    const values = tlsSettingValues(model);
    if (!values.ciphers.some(addsUnknown) && !values.ciphersuites.some(unknownSuites)) return;
    for (const { setting, range } of writtenSettings(model, (e) => e.ciphers, addsUnknown)) {
      for (const term of expand(setting.value).unknownTerms) if (term.adds) report(term, setting, range, false);
    }
    // Go's TLS 1.3 suites cannot be configured: there is no written setting to check.
    for (const { setting, range } of writtenSettings(model, (e) => e.ciphersuites, unknownSuites)) {
      for (const term of parseCiphersuites(setting.value, openssl).unknownTerms) report(term, setting, range, true);
    }
  },
});
