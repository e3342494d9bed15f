// The Apache header merge is linear in the number of sections a vhost holds: thousands of catch-all sections,
// which every request of the vhost sees, are merged once, not once per section (issue #14). Counts merge
// steps (mergeWork), never time.
import { describe, expect, it } from 'vitest';
import { buildApacheModel, mergeWork } from '../../src/dialects/apache/model.js';
import { parseApache } from '../../src/dialects/apache/parse.js';
import type { LintOptions } from '../../src/engine/options.js';

const options: LintOptions = {
  profile: 'intermediate', guidelines: '6.0', serverVersions: {}, openssl: '3.0', now: new Date('2026-06-01T00:00:00Z'),
  root: '/merge', pathMaps: [], ruleOptions: {},
};

/** Sections of every kind a request merges, each repeated; `Header set` and `Header unset` (which records removals). */
const SECTIONS: Record<string, string> = {
  '<Location /> unsetting': '<Location />\nHeader unset X-Foo\n</Location>\n',
  '<Location /> setting': '<Location />\nHeader set X-Foo a\n</Location>\n',
  '<Directory /> unsetting': '<Directory />\nHeader unset X-Foo\n</Directory>\n',
  '<Directory /> setting': '<Directory />\nHeader always set X-Foo a\n</Directory>\n',
  '<Directory> of DocumentRoot': '<Directory /var/www/html>\nHeader set X-Foo a\n</Directory>\n',
  '<LocationMatch .>': '<LocationMatch .>\nHeader unset X-Foo\n</LocationMatch>\n',
  '<LocationMatch ^/>': '<LocationMatch ^/>\nHeader set X-Foo a\nHeader unset X-Foo\n</LocationMatch>\n',
  '<If "true">': '<If "true">\nHeader unset X-Foo\n</If>\n',
  '<Location /> and <If>': '<Location />\nHeader set X-Foo a\n</Location>\n<If "true">\nHeader unset X-Foo\n</If>\n',
  '<Location /> and <Directory />': '<Location />\nHeader set X-Foo a\n</Location>\n<Directory />\nHeader unset X-Foo\n</Directory>\n',
};

/** Merge steps of the model of a vhost holding `section` `count` times, and its header scopes. */
function merge(section: string, count: number): { steps: number; scopes: number } {
  const text = `<VirtualHost *:443>\nSSLEngine on\nHeader set X-Foo vhost\n${section.repeat(count)}</VirtualHost>\n`;
  const before = mergeWork.steps;
  const model = buildApacheModel(parseApache(text, '/merge/httpd.conf'), options);
  return { steps: mergeWork.steps - before, scopes: model.endpoints[0].scopes.length };
}

describe('Apache header merge', () => {
  it.each(Object.entries(SECTIONS))('grows linearly with the number of %s sections', (_name, section) => {
    const small = merge(section, 500);
    const large = merge(section, 2000);
    // A scope per section, and the vhost's.
    expect(large.scopes - 1).toBe(4 * (small.scopes - 1));
    // Each section is merged a bounded number of times: a merge of every section per request is 16x.
    expect(large.steps).toBeLessThanOrEqual(4 * small.steps + 8);
    expect(large.steps).toBeLessThanOrEqual(2 * 2 * 2000 + 8);
  });

  it('keeps one list of removals per request: N sections that each unset a header hold N removals, not N lists of N', () => {
    const held = (count: number) => {
      let body = '';
      for (let index = 0; index < count; index++) body += `Header set X-H${index} v\n`;
      for (let index = 0; index < count; index++) body += `<Location />\nHeader unset X-H${index}\n</Location>\n`;
      const model = buildApacheModel(parseApache(`<VirtualHost *:443>\nSSLEngine on\n${body}</VirtualHost>\n`, '/merge/httpd.conf'), options);
      const lists = new Set(model.endpoints[0].scopes.map((scope) => scope.removedElsewhere ?? []));
      let removals = 0;
      for (const list of lists) removals += list.length;
      return removals;
    };
    expect(held(500)).toBe(500);
    expect(held(2000)).toBe(2000);
  });
});
