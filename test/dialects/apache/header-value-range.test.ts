// Where the Apache model says a `Header` line's value is: rules report there and --fix rewrites it.
import { describe, expect, it } from 'vitest';
import { buildApacheModel } from '../../../src/dialects/apache/model.js';
import { parseApache } from '../../../src/dialects/apache/parse.js';
import type { LintOptions } from '../../../src/engine/options.js';

const options: LintOptions = {
  profile: 'intermediate', guidelines: '6.0', serverVersions: {}, openssl: '3.0', now: new Date('2026-06-01T00:00:00Z'),
  root: '/value-range', pathMaps: [], ruleOptions: {},
};

/** The text at the valueRange of the vhost's first header, and its value. */
function valueText(line: string): { value: string; at: string } {
  const text = `Listen 443\n<VirtualHost *:443>\nSSLEngine on\n${line}\n</VirtualHost>\n`;
  const model = buildApacheModel(parseApache(text, '/value-range/httpd.conf'), options);
  const header = model.endpoints[model.endpoints.length - 1].scopes[0].headers[0];
  return { value: header.value, at: text.slice(header.valueRange.start.offset, header.valueRange.end.offset) };
}

describe('Apache header value ranges', () => {
  it('is the value of a line without a condition', () => {
    expect(valueText('Header always set Strict-Transport-Security max-age=300')).toEqual({ value: 'max-age=300', at: 'max-age=300' });
  });

  // headerOf took the line's last argument: hsts-max-age-short pointed at `env=FOO_BAR`, and --fix wrote
  // `env=FOO_63072000` (the value and the condition have the same length, so rangeInValue trusted the range).
  it('is the value, not the condition after it', () => {
    expect(valueText('Header always set Strict-Transport-Security max-age=300 env=FOO_BAR')).toEqual({ value: 'max-age=300', at: 'max-age=300' });
  });
});
