// ssl-directive-deprecated: the `ssl on|off;` directive, deprecated in nginx 1.15.0 and removed in 1.25.1.
import { defineRule } from '../src/engine/define-rule.js';
import { versionAtLeast } from '../src/model/compare-version.js';
import type { Endpoint, Setting } from '../src/model/types.js';
import type { SourceRange } from '../src/syntax/range.js';

// nginx: changeset d32f66f1e "SSL: removed the "ssl" directive" (1.25.1); deprecated by 658a84f42 (1.15.0).
const REMOVED_IN = '1.25.1';

export default defineRule({
  id: 'ssl-directive-deprecated',
  description: 'The deprecated "ssl" directive is used instead of the "ssl" parameter of "listen"',
  howToFix: 'Delete `ssl on;` and write `listen 443 ssl;`',
  severity: 'error',
  tags: ['deprecated', 'listen'],
  profiles: ['modern', 'intermediate', 'old'],
  securitySeverity: 2.0,
  fixable: true,
  messages: {
    deprecated: (p: { value: string }) =>
      `Deprecated directive "ssl ${p.value}" (nginx 1.15.0; removed in 1.25.1), expected "listen ... ssl"`,
    removed: (p: { value: string; server: string }) =>
      `Unknown directive "ssl ${p.value}" (removed in nginx 1.25.1): ${p.server} refuses to start, expected "listen ... ssl"`,
  },
  check(model, ctx) {
    const removed = versionAtLeast(model.server.version, REMOVED_IN);
    const server = `${model.server.product} ${model.server.version}`;
    // An http-level `ssl on;` is shared by many servers: it may only be deleted when it changes none of them.
    const sharing = new Map<string, { setting: Setting<boolean>; range: SourceRange; endpoints: Endpoint[] }>();
    for (const endpoint of model.endpoints) {
      if (!endpoint.legacySsl) continue;
      const range = endpoint.legacySsl.source ?? endpoint.range;
      const key = `${range.file}:${range.start.offset}`;
      const entry = sharing.get(key) ?? { setting: endpoint.legacySsl, range, endpoints: [] };
      entry.endpoints.push(endpoint);
      sharing.set(key, entry);
    }
    for (const { setting, range, endpoints } of sharing.values()) {
      const value = setting.value ? 'on' : 'off';
      // `ssl off;` never affected `listen ... ssl`; `ssl on;` is redundant once every listen has `ssl`.
      const deletable = setting.source !== null && (!setting.value || endpoints.every((e) => e.listeners.every((l) => (l.tls && !l.viaLegacySsl) || l.quic)));
      const fix = deletable ? { description: `Delete "ssl ${value};"`, edits: [{ range, text: '' }] } : undefined;
      if (removed) ctx.report('removed', { value, server }, range, { fix });
      else ctx.report('deprecated', { value }, range, { fix });
    }
  },
});
