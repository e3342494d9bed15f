// Renders the changes rules ask for as edits of Caddyfile text.
import type { Change } from '../../model/change.js';
import type { Fix } from '../../engine/finding.js';
import type { TlsProtocol } from '../../model/types.js';
import type { SourceRange } from '../../syntax/range.js';
import { jsonPaths } from './json-sources.js';
import { isGoCipherSuite } from '../../tls/go-suites.js';
import { pointAt, replaceValue } from '../edits.js';
import type { Endpoint, HeaderScope, ResponseHeader } from '../../model/types.js';
import type { TextEdit } from '../../engine/finding.js';
import { jsonEndpointSource, jsonHeaderSource, jsonScopeSource } from './json-sources.js';
import { items, member, text } from './json.js';
import { insertFirstItem, insertFirstMember, insertItemBefore, jsonStringContent, removeMember, replaceWith } from './json-edit.js';

/** One indentation step: Caddy's `caddy fmt` indents with a tab. */
const INDENT = '\t';

/** Caddy's protocol names (modules/caddytls/values.go SupportedProtocols). */
const PROTOCOL_NAMES: Partial<Record<TlsProtocol, string>> = { 'TLSv1.2': 'tls1.2', 'TLSv1.3': 'tls1.3' };

export function renderCaddy(change: Change): Fix | undefined {
  if (jsonPaths.has(changedFile(change))) return renderCaddyJson(change);
  switch (change.kind) {
    case 'set': {
      if (change.key !== 'protocols') return undefined;
      // `protocols <min> [<max>]`: a range, so only a contiguous set of versions Caddy knows can be said.
      const names = change.value.map((p) => PROTOCOL_NAMES[p]);
      if (names.length === 0 || names.some((n) => n === undefined)) return undefined;
      const text = names.length === 1 ? `${names[0]} ${names[0]}` : `${names[0]} ${names[names.length - 1]}`;
      return replaceValue(change.endpoint.protocols, text, `Allow only ${change.value.join(' ')}`);
    }
    case 'setCiphers': {
      // Caddy takes IANA names, and only those Go implements (DHE suites are not among them).
      const names = change.profile.ianaCiphers.filter(isGoCipherSuite);
      if (names.length === 0) return undefined;
      return replaceValue(change.endpoint.ciphers, names.join(' '), `Use the Mozilla ${change.profile.name} suites Go offers`);
    }
    case 'addHeader': {
      // A new line after the block's `{`, one level deeper than the block.
      const opening = change.scope.range;
      const line = headerLine(change.name, change.value);
      const indent = indentOf(opening) + INDENT;
      return { description: `Add a ${change.name} header`, edits: [{ range: pointAt(opening, 'end'), text: `\n${indent}${line}` }] };
    }
    case 'copyHeader': {
      const { name, header, before } = change;
      const indent = indentOf(before.source);
      return { description: `Repeat the ${name} header here`, edits: [{ range: pointAt(before.source, 'start'), text: `${headerLine(name, header.value)}\n${indent}` }] };
    }
    case 'replaceText':
      return { description: change.description, edits: [{ range: change.range, text: change.text }] };
    default:
      return undefined;
  }
}

/** The file a change edits. */
function changedFile(change: Change): string {
  switch (change.kind) {
    case 'set':
    case 'setCiphers':
    case 'addProtocol':
      return change.endpoint.range.file;
    case 'addHeader':
      return change.scope.range.file;
    case 'copyHeader':
      return change.before.source.file;
    case 'headerAlways':
      return change.header.source.file;
    case 'removeDeprecated':
      return change.deprecated.setting.source?.file ?? '';
    case 'replaceText':
      return change.range.file;
  }
}

/** `header NAME "VALUE"` with Caddy's quoting (only `\"` is an escape inside quotes). */
export function headerLine(name: string, value: string): string {
  return `header ${name} "${value.replace(/"/g, '\\"')}"`;
}

/** As much indentation as the range's column (a Caddyfile's whitespace is not significant, only for reading). */
function indentOf(range: SourceRange): string {
  return ' '.repeat(Math.max(0, range.start.column - 1));
}

// ---- Caddy's JSON config ----------------------------------------------------------------------------

/** A `headers` handler that sets one response header, not deferred: applied before the next handler runs. */
function headersHandler(name: string, value: string): unknown {
  // caddy: modules/caddyhttp/headers/headers.go: without `deferred` or `require` the fields are written into the
  // response's header map at once, so error responses of later handlers (file_server's 404) carry them too.
  return { handler: 'headers', response: { set: { [name]: [value] } } };
}

/**
 * Edits of Caddy's JSON config: minimal text edits into the user's JSON that keep its layout. A change the
 * JSON cannot take safely (no policy to edit, a header a `delete` would remove again) renders no fix.
 */
export function renderCaddyJson(change: Change): Fix | undefined {
  switch (change.kind) {
    case 'set': {
      if (change.key !== 'protocols') return undefined;
      const names = change.value.map((p) => PROTOCOL_NAMES[p]);
      if (names.length === 0 || names.some((n) => n === undefined)) return undefined;
      return setProtocols(change.endpoint, names[0]!, names[names.length - 1]!, `Allow only ${change.value.join(' ')}`);
    }
    case 'addProtocol': {
      const name = PROTOCOL_NAMES[change.protocol];
      const policy = jsonEndpointSource(change.endpoint)?.policy;
      if (!name || policy?.kind !== 'object') return undefined;
      const min = text(member(policy, 'protocol_min')) ?? 'tls1.2';
      const max = text(member(policy, 'protocol_max')) ?? 'tls1.3';
      // Versions are a range: widen the end that leaves the protocol out.
      const order = ['tls1.2', 'tls1.3'];
      const at = order.indexOf(name);
      if (order.indexOf(min) < 0 || order.indexOf(max) < 0 || at < 0) return undefined;
      return setProtocols(change.endpoint, order[Math.min(at, order.indexOf(min))], order[Math.max(at, order.indexOf(max))], `Allow ${change.protocol} too`);
    }
    case 'setCiphers': {
      const names = change.profile.ianaCiphers.filter(isGoCipherSuite);
      const suites = member(jsonEndpointSource(change.endpoint)?.policy, 'cipher_suites');
      if (names.length === 0 || suites?.kind !== 'array') return undefined;
      return { description: `Use the Mozilla ${change.profile.name} suites Go offers`, edits: [replaceWith(suites, names)] };
    }
    case 'addHeader':
      return addJsonHeader(change.scope, change.name, change.value);
    case 'headerAlways':
      return undeferHeader(change.header);
    case 'replaceText':
      // Every range a rule works out in Caddy's JSON lies inside a string written without escapes (see
      // rangeInValue), so the new text only needs JSON's own escapes.
      return { description: change.description, edits: [{ range: change.range, text: jsonStringContent(change.text) }] };
    default:
      return undefined;
  }
}

// A deferred header moves to a headers handler of its own, not deferred, just before the one that held it: the
// others of that handler stay deferred (a deferred `delete` or a field the upstream sets needs it). The `?Name`
// form (set only when absent) and a `require` status list are the user's to change.
function undeferHeader(header: ResponseHeader): Fix | undefined {
  const source = jsonHeaderSource(header);
  if (!source || source.isDefault || header.statusFilter || source.handle.kind !== 'array') return undefined;
  const ops = member(source.response, source.op);
  if (ops?.kind !== 'object') return undefined;
  const index = ops.members.findIndex((m) => m.value === source.values);
  if (index < 0) return undefined;
  const values = items(source.values).flatMap((item) => (item.kind === 'string' ? [item.value] : []));
  const handler = { handler: 'headers', response: { [source.op]: { [source.key]: values } } };
  return {
    description: `Set ${source.key} before the next handler runs`,
    edits: [insertItemBefore(source.handle, source.handler, handler), removeMember(ops, index)],
  };
}

/** Writes protocol_min and protocol_max into the site's connection policy (the default of each is left unwritten). */
function setProtocols(endpoint: Endpoint, min: string, max: string, description: string): Fix | undefined {
  const policy = jsonEndpointSource(endpoint)?.policy;
  if (policy?.kind !== 'object') return undefined;
  const edits: TextEdit[] = [];
  // caddy: modules/caddytls/connpolicy.go: protocol_min defaults to tls1.2, protocol_max to tls1.3.
  for (const [key, value, fallback] of [['protocol_max', max, 'tls1.3'], ['protocol_min', min, 'tls1.2']] as const) {
    const written = member(policy, key);
    if (written) {
      if (text(written) !== value) edits.push(replaceWith(written, value));
    } else if (value !== fallback) {
      edits.push(insertFirstMember(policy, key, value));
    }
  }
  return edits.length ? { description, edits } : undefined;
}

// A site scope gets a route of its own before the site's first route, matching the site's hosts and not
// terminal, so the header reaches every request of the site whatever its routes do next; a path scope gets
// the handler first in its route's `handle`.
function addJsonHeader(scope: HeaderScope, name: string, value: string): Fix | undefined {
  const source = jsonScopeSource(scope);
  if (!source || source.deletesHsts) return undefined;
  const handler = headersHandler(name, value);
  const description = `Add a ${name} header`;
  if (source.route) {
    const handle = member(source.route, 'handle');
    if (handle?.kind === 'array') return { description, edits: [insertFirstItem(handle, handler)] };
    if (handle === undefined && source.route.kind === 'object') return { description, edits: [insertFirstMember(source.route, 'handle', [handler])] };
    return undefined;
  }
  if (!source.site) return undefined;
  const route = source.site.hosts.length ? { match: [{ host: source.site.hosts }], handle: [handler] } : { handle: [handler] };
  const routes = member(source.server, 'routes');
  if (routes?.kind === 'array' && source.site.first) return { description, edits: [insertItemBefore(routes, source.site.first, route)] };
  if (routes === undefined && source.server.kind === 'object') return { description, edits: [insertFirstMember(source.server, 'routes', [route])] };
  return undefined;
}
