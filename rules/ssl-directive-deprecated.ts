// ssl-directive-deprecated: a deprecated TLS setting (nginx's `ssl on|off;`), or one the server version no longer knows.
import { defineRule } from '../src/engine/define-rule.js';
import { endpointFacts } from '../src/model/facts.js';
import type { DeprecatedSetting, Endpoint } from '../src/model/types.js';
import type { SourceRange } from '../src/syntax/range.js';

export default defineRule({
  id: 'ssl-directive-deprecated',
  description: 'A TLS directive the server deprecated or removed is used instead of its replacement',
  howToFix: 'Delete the deprecated directive and write the replacement the message names',
  severity: 'error',
  tags: ['deprecated', 'listen'],
  profiles: ['modern', 'intermediate', 'old'],
  securitySeverity: 2.0,
  fixable: true,
  dialects: ['nginx', 'apache'],
  messages: {
    // A server that has not removed it yet (Apache's SSLCertificateChainFile) names no removal version.
    deprecated: (p: { written: string; since: string; removedIn: string | null; instead: string }) =>
      `Deprecated directive "${p.written}" (${p.since}${p.removedIn ? `; removed in ${p.removedIn}` : ''}), expected "${p.instead}"`,
    removed: (p: { written: string; product: string; removedIn: string; server: string; instead: string }) =>
      `Unknown directive "${p.written}" (removed in ${p.product} ${p.removedIn}): ${p.server} refuses to start, expected "${p.instead}"`,
  },
  check(model, ctx) {
    // No server has a deprecated setting: none needs a look.
    if (!endpointFacts(model).deprecated) return;
    const server = `${model.server.product} ${model.server.version}`;
    // A setting for every server is shared by many of them: it may only be deleted when it changes none of them.
    const sharing = new Map<string, { deprecated: DeprecatedSetting; range: SourceRange; endpoints: Endpoint[] }>();
    for (const endpoint of model.endpoints) {
      for (const deprecated of endpoint.deprecated) {
        const range = deprecated.setting.source ?? endpoint.range;
        const key = `${range.file}:${range.start.offset}`;
        const entry = sharing.get(key) ?? { deprecated, range, endpoints: [] };
        entry.endpoints.push(endpoint);
        sharing.set(key, entry);
      }
    }
    for (const { deprecated, range, endpoints } of sharing.values()) {
      const { written, since, removedIn, instead } = ctx.names.deprecated(deprecated);
      const change = isRedundant(deprecated, endpoints) ? { kind: 'removeDeprecated' as const, deprecated } : undefined;
      if (deprecated.removed) ctx.report('removed', { written, product: ctx.names.server, removedIn: removedIn ?? '', server, instead }, range, { change });
      else ctx.report('deprecated', { written, since, removedIn, instead }, range, { change });
    }
  },
});

/**
 * True when deleting the setting changes nothing: a TLS switch that is off never affected the listeners,
 * and one that is on is redundant once every listener has TLS of its own.
 */
function isRedundant(deprecated: DeprecatedSetting, endpoints: readonly Endpoint[]): boolean {
  if (deprecated.setting.source === null || deprecated.key !== 'tlsSwitch') return false;
  if (!deprecated.setting.value) return true;
  return endpoints.every((e) => e.listeners.every((l) => (l.tls && l.tlsFrom !== 'server-switch') || l.quic));
}
