// RFC 6125 name matching against subjectAltNames, and which configured server names can be checked at all.
import { describe, expect, it } from 'vitest';
import { certificateCovers, requestedNames } from '../../src/tls/hostnames.js';
import { certificateInfo } from '../helpers/model-builder.js';

describe('requestedNames', () => {
  it.each([
    ['www.example.com', ['www.example.com']],
    ['WWW.Example.COM.', ['www.example.com']],
    ['*.example.com', ['*.example.com']],
    ['.example.com', ['example.com', '*.example.com']],
    ['192.0.2.1', ['192.0.2.1']],
  ])('%s asks for %j', (name, expected) => expect(requestedNames(name)).toEqual(expected));

  it.each(['_', '', '*', '~^www\\.', 'www.example.*', 'w*.example.com', '$host', '[::1]'])('leaves %j alone', (name) => {
    expect(requestedNames(name)).toBeNull();
  });
});

describe('certificateCovers', () => {
  const wildcard = certificateInfo({ dnsNames: ['*.example.com', 'example.org'], ipAddresses: ['192.0.2.1'], subject: 'CN=other.example.net' });

  it('matches exact names, one-label wildcards and IP SANs', () => {
    expect(certificateCovers(wildcard, 'www.example.com')).toBe(true);
    expect(certificateCovers(wildcard, 'example.org')).toBe(true);
    expect(certificateCovers(wildcard, '192.0.2.1')).toBe(true);
    expect(certificateCovers(wildcard, '*.example.com')).toBe(true);
  });

  it('does not stretch a wildcard to the bare domain or to two labels, nor use the CN', () => {
    expect(certificateCovers(wildcard, 'example.com')).toBe(false);
    expect(certificateCovers(wildcard, 'a.b.example.com')).toBe(false);
    expect(certificateCovers(wildcard, 'other.example.net')).toBe(false);
    expect(certificateCovers(wildcard, '192.0.2.2')).toBe(false);
    expect(certificateCovers(certificateInfo({ dnsNames: ['www.example.com'] }), '*.example.com')).toBe(false);
  });
});
