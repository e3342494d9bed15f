// Renders the changes rules ask for as edits of Caddyfile text.
import type { Change } from '../../model/change.js';
import type { Fix } from '../../engine/finding.js';
import type { TlsProtocol } from '../../model/types.js';
import type { SourceRange } from '../../syntax/range.js';
import { jsonPaths } from './parse.js';
import { isGoCipherSuite } from '../../tls/go-suites.js';
import { pointAt, replaceValue } from '../edits.js';

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

/** Edits of Caddy's JSON config: only text replacements the rule has worked out are rendered so far. */
export function renderCaddyJson(change: Change): Fix | undefined {
  return change.kind === 'replaceText' ? { description: change.description, edits: [{ range: change.range, text: change.text }] } : undefined;
}
