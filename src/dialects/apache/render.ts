// Renders the changes rules ask for as edits of Apache httpd configuration text.
import type { Change } from '../../model/change.js';
import type { Fix } from '../../engine/finding.js';
import type { Setting, TlsProtocol } from '../../model/types.js';
import type { SourceRange } from '../../syntax/range.js';
import { Span } from '../../syntax/source.js';
import { profileCipherString } from '../../tls/mozilla-profiles.js';
import { onOff, pointAt, replaceValue } from '../edits.js';

/** One indentation step inside a section (httpd's own sample configs use four spaces). */
const INDENT = '    ';

export function renderApache(change: Change): Fix | undefined {
  switch (change.kind) {
    case 'set': {
      const setting = change.endpoint[change.key] as Setting<unknown>;
      if (change.key === 'protocols') return replaceValue(setting, protocolLine(change.value), `Allow only ${change.value.join(' ')}`);
      if (change.key === 'sessionTickets') return replaceValue(setting, onOff(change.value), `Turn session tickets ${onOff(change.value)}`);
      return replaceValue(setting, onOff(change.value), `Turn OCSP stapling ${onOff(change.value)}`);
    }
    case 'setCiphers': {
      const list = profileCipherString(change.profile);
      if (list === '') return undefined;
      const { ciphers } = change.endpoint;
      // The written SSLCipherSuite may be `SSL <list>`: only the list is replaced then.
      return replaceValue(ciphers, list, `Use the Mozilla ${change.profile.name} cipher list`);
    }
    case 'addProtocol': {
      const { valueRange } = change.endpoint.protocols;
      if (!valueRange) return undefined;
      return { description: `Add ${change.protocol}`, edits: [{ range: pointAt(valueRange, 'end'), text: ` +${change.protocol}` }] };
    }
    case 'addHeader': {
      // A new line after the section's opening tag, one level deeper than the tag.
      const opening = change.scope.range;
      const indent = ' '.repeat(opening.start.column - 1) + INDENT;
      const text = `\n${indent}${headerLine(change.name, change.value, change.always)}`;
      return { description: `Add a ${change.name} header`, edits: [{ range: pointAt(opening, 'end'), text }] };
    }
    case 'copyHeader': {
      const { name, header, before } = change;
      const indent = ' '.repeat(before.source.start.column - 1);
      const text = `${headerLine(name, header.value, header.always)}\n${indent}`;
      return { description: `Repeat the ${name} header in this section`, edits: [{ range: pointAt(before.source, 'start'), text }] };
    }
    case 'headerAlways': {
      // `Header [condition] action ...`: a written `onsuccess` becomes `always`, otherwise `always` goes
      // right after the directive name.
      const onsuccess = onsuccessRange(change.header.source);
      if (onsuccess) return { description: 'Send the header on every status', edits: [{ range: onsuccess, text: 'always' }] };
      return { description: 'Send the header on every status', edits: [{ range: afterName(change.header.source), text: ' always' }] };
    }
    case 'removeDeprecated': {
      const { source } = change.deprecated.setting;
      if (!source) return undefined;
      return { description: 'Delete SSLCertificateChainFile', edits: [{ range: source, text: '' }] };
    }
    case 'replaceText':
      return { description: change.description, edits: [{ range: change.range, text: change.text }] };
  }
}

// mod_ssl ssl_cmd_protocol_parse: a word without +/- replaces the set, so `-all` then `+` for each
// protocol says exactly the list whatever the build's `all` holds.
/** `-all +TLSv1.2 +TLSv1.3` for SSLProtocol. */
export function protocolLine(protocols: readonly TlsProtocol[]): string {
  return ['-all', ...protocols.map((p) => `+${p}`)].join(' ');
}

/** `Header [always] set NAME "VALUE"`, the value quoted as ap_getword_conf reads it. */
export function headerLine(name: string, value: string, always: boolean): string {
  const quoted = `"${value.replace(/"/g, '\\"')}"`;
  return `Header ${always ? 'always ' : ''}set ${name} ${quoted}`;
}

/** Just after the directive name `Header` (6 characters) at the start of `source`. */
function afterName(source: SourceRange): SourceRange {
  const at = { line: source.start.line, column: source.start.column + 'Header'.length, offset: source.start.offset + 'Header'.length };
  return { file: source.file, start: at, end: at };
}

/** The range of a written `onsuccess` condition of the Header directive at `source`, if it has one. */
function onsuccessRange(source: SourceRange): SourceRange | undefined {
  if (!(source instanceof Span)) return undefined;
  const text = source.source.text.slice(source.startOffset, source.endOffset);
  const match = /^\S+[ \t]+(onsuccess)\b/i.exec(text);
  if (!match) return undefined;
  const start = source.startOffset + match[0].length - match[1].length;
  return source.source.span(start, start + match[1].length);
}
