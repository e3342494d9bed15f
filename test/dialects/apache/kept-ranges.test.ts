// The Apache model keeps the ranges of a vhost's settings, headers, section scopes and listeners as offsets into
// their file, and makes each range when a rule asks: they must be the ranges of the lines that set them, and
// no range object may be kept for them (a 10,000-vhost model kept 200,000). Counts objects, never time.
import { describe, expect, it } from 'vitest';
import { buildApacheModel } from '../../../src/dialects/apache/model.js';
import { parseApache } from '../../../src/dialects/apache/parse.js';
import type { LintOptions } from '../../../src/engine/options.js';
import type { SourceRange } from '../../../src/syntax/range.js';
import { Span } from '../../../src/syntax/source.js';

const options: LintOptions = {
  profile: 'intermediate', guidelines: '6.0', serverVersions: {}, openssl: '3.0', now: new Date('2026-06-01T00:00:00Z'),
  root: '/kept', pathMaps: [], ruleOptions: {},
};

const TEXT = [
  'SSLCompression on',
  'Listen 443',
  '<VirtualHost *:443>',
  '  SSLEngine on',
  '  SSLProtocol -all +TLSv1.2',
  '  SSLCertificateFile /etc/ssl/site.pem',
  '  Header always set Strict-Transport-Security "max-age=60"',
  '  Header always merge Strict-Transport-Security "preload"',
  '  <Location /app>',
  '    Header unset X-Frame-Options',
  '  </Location>',
  '</VirtualHost>',
  '',
].join('\n');

/** `line:column-line:column` of a range. */
const at = (range: SourceRange | null | undefined) => (range ? `${range.start.line}:${range.start.column}-${range.end.line}:${range.end.column}` : String(range));

/** How many of an object's own fields hold a range object. */
const keptRanges = (object: object) => Object.values(object).filter((value) => value instanceof Span).length;

describe('Apache model ranges', () => {
  const model = buildApacheModel(parseApache(TEXT, '/kept/httpd.conf'), options);
  const endpoint = model.endpoints[0];

  it('are the ranges of the lines that set each value', () => {
    expect([at(endpoint.protocols.source), at(endpoint.protocols.valueRange)]).toEqual(['5:3-5:28', '5:15-5:28']);
    expect(endpoint.protocols.value).toEqual(['TLSv1.2']);
    expect([at(endpoint.certificates[0].certificate.source), at(endpoint.certificates[0].certificate.valueRange)]).toEqual(['6:3-6:39', '6:22-6:39']);
    // The main server's setting, shared by its vhosts, is one range object for all of them.
    expect(at(endpoint.compression!.source)).toBe('1:1-1:18');
    expect(endpoint.compression!.source).toBe(endpoint.compression!.source);
    const [hsts] = endpoint.scopes[0].headers;
    // `merge` appended to the header the `set` line made: its ranges stay that line's.
    expect([hsts.value, at(hsts.source), at(hsts.valueRange)]).toEqual(['max-age=60, preload', '7:3-7:59', '7:47-7:59']);
    const location = endpoint.scopes[1];
    expect([location.label, at(location.range), at(location.removals![0].source)]).toEqual(['<Location /app>', '9:3-9:18', '10:5-10:33']);
    expect([at(endpoint.listeners[0].source), at(endpoint.range), at(endpoint.scopes[0].range)]).toEqual(['3:14-3:19', '3:1-3:20', '3:1-3:20']);
  });

  it('are kept as offsets, not range objects', () => {
    expect(keptRanges(endpoint.protocols)).toBe(0);
    expect(keptRanges(endpoint.certificates[0].certificate)).toBe(0);
    expect(keptRanges(endpoint.scopes[0].headers[0])).toBe(0);
    expect(keptRanges(endpoint.scopes[1])).toBe(0);
    expect(keptRanges(endpoint.listeners[0])).toBe(0);
    // The main server's shared setting keeps its ranges: rules tell it apart by that object.
    expect(keptRanges(endpoint.compression!)).toBe(2);
  });
});
