// Renders the changes rules ask for as edits of nginx configuration text.
import type { Change } from '../../model/change.js';
import type { Fix } from '../../engine/finding.js';
import type { Setting } from '../../model/types.js';
import { profileCipherString } from '../../tls/mozilla-profiles.js';
import { onOff, pointAt, replaceValue } from '../edits.js';

/** One indentation step of the blocks tlslint adds to (nginx's own sample configs use four spaces). */
const INDENT = '    ';

export function renderNginx(change: Change): Fix | undefined {
  switch (change.kind) {
    case 'set': {
      const setting = change.endpoint[change.key] as Setting<unknown>;
      if (change.key === 'protocols') return replaceValue(setting, change.value.join(' '), `Allow only ${change.value.join(' ')}`);
      if (change.key === 'sessionTickets') return replaceValue(setting, onOff(change.value), `Turn session tickets ${onOff(change.value)}`);
      return replaceValue(setting, onOff(change.value), `Turn OCSP stapling ${onOff(change.value)}`);
    }
    case 'setCiphers': {
      const list = profileCipherString(change.profile);
      if (list === '') return undefined;
      return replaceValue(change.endpoint.ciphers, list, `Use the Mozilla ${change.profile.name} cipher list`);
    }
    case 'addProtocol': {
      const { valueRange } = change.endpoint.protocols;
      if (!valueRange) return undefined;
      return { description: `Add ${change.protocol}`, edits: [{ range: pointAt(valueRange, 'end'), text: ` ${change.protocol}` }] };
    }
    case 'addHeader': {
      // A new line after the block's `{`, one level deeper than the block.
      const opening = change.scope.range;
      const indent = ' '.repeat(opening.start.column - 1) + INDENT;
      const text = `\n${indent}${addHeader(change.name, change.value, change.always)}`;
      return { description: `Add a ${change.name} header`, edits: [{ range: pointAt(opening, 'end'), text }] };
    }
    case 'copyHeader': {
      // On its own line just before the block's first add_header, at the same indentation.
      const { name, header, before } = change;
      const indent = ' '.repeat(before.source.start.column - 1);
      const text = `${addHeader(name, header.value, header.always)}\n${indent}`;
      return { description: `Repeat the ${name} header in this block`, edits: [{ range: pointAt(before.source, 'start'), text }] };
    }
    case 'headerAlways':
      return { description: 'Send the header on every status', edits: [{ range: pointAt(change.header.valueRange, 'end'), text: ' always' }] };
    case 'removeDeprecated': {
      const { source, value } = change.deprecated.setting;
      if (!source) return undefined;
      return { description: `Delete "ssl ${value ? 'on' : 'off'};"`, edits: [{ range: source, text: '' }] };
    }
    case 'replaceText':
      return { description: change.description, edits: [{ range: change.range, text: change.text }] };
  }
}

/** `add_header NAME "VALUE" [always];`, the value quoted with nginx's escapes. */
export function addHeader(name: string, value: string, always: boolean): string {
  const quoted = `"${value.replace(/["\\]/g, '\\$&')}"`;
  return `add_header ${name} ${quoted}${always ? ' always' : ''};`;
}

