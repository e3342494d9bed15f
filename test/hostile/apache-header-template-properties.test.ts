// The Apache model fills the header scopes of vhosts written alike from one template (headerScopes in
// src/dialects/apache/header-templates.ts): on random trees of vhosts copied with one thing changed, every vhost must have
// the scopes that merging its own tables gives, which the same tree with every other vhost blanked out shows.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadApache } from '../../src/dialects/apache/load.js';
import { buildApacheModel, templateWork } from '../../src/dialects/apache/model.js';
import { parseApache } from '../../src/dialects/apache/parse.js';
import type { LoadContext } from '../../src/dialects/dialect.js';
import type { LintOptions } from '../../src/engine/options.js';
import type { SourceRange } from '../../src/syntax/range.js';
import { describedScopes } from '../helpers/header-scopes.js';
import { FC_RUNS, runParameters } from './arbitraries.js';

/** As many trees as the parser suites: 10,000 under `test:hostile`, 500 in `npm test` (a few seconds: each tree is modelled whole and once per vhost). */
const RUNS = FC_RUNS;

const root = mkdtempSync(join(tmpdir(), 'tlslint-apache-template-properties-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Files the trees include (relative to ServerRoot, the entry's directory); `inc/missing.conf` and `inc/v-other.conf` do not exist. */
const INCLUDED: Record<string, string> = {
  'inc/h1.conf': 'Header always unset X-A\nHeader set X-I i\n',
  'inc/h2.conf': 'Header set X-A b\nHeader merge X-A a\n',
  'inc/sec.conf': '<Location /inc>\nHeader set X-L l\n</Location>\n',
  'inc/dir.conf': '<Directory /srv/site>\nHeader unset X-A\nHeader always set X-D d\n</Directory>\n',
  'inc/plain.conf': 'Options None\n',
  'inc/v-hv.conf': 'Header append X-A v\n',
};
for (const [path, text] of Object.entries(INCLUDED)) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

const ENTRY = join(root, 'httpd.conf');

const options: LintOptions = {
  profile: 'intermediate', guidelines: '6.0', serverVersions: {}, openssl: '3.0', now: new Date('2026-06-01T00:00:00Z'),
  root, pathMaps: [], ruleOptions: {},
};

// ---- trees ------------------------------------------------------------------------------------------

/** A `Header` line, kept by its words so that a copy can change one of them. */
interface HeaderLine {
  type: 'header';
  condition: string;
  action: string;
  name: string;
  value: string;
  /** What follows the value: a condition (`env=`, `expr=`), `early`, or nothing. */
  extra: string;
}

interface OtherLine {
  type: 'line';
  text: string;
}

/** A section: a path section (`<Location /a>`) or a conditional one httpd decides while reading (`<IfDefine V>`). */
interface Section {
  type: 'section';
  name: string;
  arg: string;
  body: Node[];
}

type Node = HeaderLine | OtherLine | Section;

const headerLine: fc.Arbitrary<HeaderLine> = fc.record({
  type: fc.constant('header' as const),
  condition: fc.constantFrom('', '', 'always', 'onsuccess'),
  action: fc.constantFrom('set', 'set', 'unset', 'unset', 'append', 'merge', 'add', 'setifempty', 'edit'),
  name: fc.constantFrom('X-A', 'X-A', 'x-a', 'X-B', 'Strict-Transport-Security'),
  value: fc.constantFrom('a', 'b', '"a, b"', '"%{FOO}e"', '${V}', 'max-age=1'),
  extra: fc.constantFrom('', '', '', 'env=FOO', 'env=!FOO', '"expr=%{REQUEST_URI} =~ m#^/a#"', 'early'),
});

/** Lines besides `Header` that the merge reads at server level (ProxyPass, redirects, DocumentRoot, Alias, Include), and some it does not. */
const SERVER_LINES = [
  'ProxyPass /api http://127.0.0.1:9000/', 'ProxyPass /api !', 'ProxyPass / http://127.0.0.1:9000/', 'ProxyPass /a http://127.0.0.1:9000/',
  'Redirect / https://example.com/', 'Redirect permanent / https://example.com/', 'RedirectMatch ^/(.*)$ https://example.com/$1',
  'RewriteRule ^(.*)$ https://example.com/$1 [R=301,L]', 'RewriteRule ^(.*)$ /x [L]', 'Redirect /old https://example.com/',
  'DocumentRoot /srv/site', 'DocumentRoot /var/www/html', 'DocumentRoot ${ROOT}', 'DocumentRoot site', 'DocumentRoot /srv/app',
  'Alias /app /srv/app', 'Alias /a /srv/site/sub', 'Alias / /srv/site/',
  'Include inc/h1.conf', 'Include inc/h2.conf', 'Include inc/sec.conf', 'Include inc/dir.conf', 'Include inc/missing.conf',
  'IncludeOptional inc/missing.conf', 'Include inc/h*.conf', 'IncludeOptional inc/plain.conf', 'Include inc/v-${V}.conf',
  'Options None', 'SSLEngine on', 'ServerAlias www.example.com',
];

/**
 * What a section holds besides `Header` lines: its ProxyPass verdict (twice as often: a proxied request skips the
 * <Directory> and <Files> sections), a redirect, an Include, and lines the merge does not read.
 */
const SECTION_LINES = [
  'ProxyPass http://127.0.0.1:8000/', 'ProxyPass !', 'ProxyPass http://127.0.0.1:8000/', 'ProxyPass !', 'Redirect / https://example.com/', 'RewriteRule ^(.*)$ https://example.com/$1 [R,L]',
  'Include inc/h1.conf', 'Include inc/sec.conf', 'Include inc/missing.conf', 'IncludeOptional inc/missing.conf', 'Include inc/v-${V}.conf',
  'Options None', 'Require all granted',
];

const asLine = (text: string): OtherLine => ({ type: 'line', text });

const serverLine: fc.Arbitrary<OtherLine> = fc.constantFrom(...SERVER_LINES).map(asLine);
const sectionLine: fc.Arbitrary<OtherLine> = fc.constantFrom(...SECTION_LINES).map(asLine);

/** A line of a server (`server`) or of a section: mostly `Header` lines. */
const lineOf = (server: boolean): fc.Arbitrary<HeaderLine | OtherLine> => fc.oneof({ weight: 3, arbitrary: headerLine }, { weight: 2, arbitrary: server ? serverLine : sectionLine });

/** Section heads of every stage the merge knows (directory, files, location, if), and conditionals around lines. */
const HEADS: readonly (readonly [string, string])[] = [
  // The directories most requests map to (DocumentRoot's default, and `/`) twice as often: where a request is proxied they do not apply.
  ['Directory', '/'], ['Directory', '/'], ['Directory', '/var/www/html'], ['Directory', '/var/www/html'],
  ['Directory', '/srv/site'], ['Directory', '/srv/app'], ['Directory', '/srv/site/sub'],
  ['Directory', '"/srv/*"'], ['Directory', '${ROOT}'], ['Directory', '~ "^/srv/s"'], ['DirectoryMatch', '"^/srv/.+"'],
  ['Location', '/'], ['Location', '/a'], ['Location', '/a/b'], ['Location', '/app'], ['Location', '/app/x'], ['Location', '/api'],
  ['Location', '"/a/"'], ['Location', '/a*'], ['Location', '${P}'], ['Location', '/inc'],
  ['LocationMatch', '^/'], ['LocationMatch', '.'], ['LocationMatch', '"^/a/.+\\.css$"'], ['LocationMatch', '^/(.*)$'],
  ['Files', '"*.php"'], ['Files', 'index.html'], ['FilesMatch', '"\\.php$"'],
  ['If', '"true"'], ['If', '"%{HTTPS} == \'on\'"'], ['ElseIf', '"false"'], ['Else', ''],
  ['Limit', 'GET'], ['LimitExcept', 'GET'], ['Proxy', '*'],
  ['IfDefine', 'V'], ['IfDefine', '!V'], ['IfModule', 'headers_module'],
];

const head = fc.constantFrom(...HEADS);

/** A section of a few lines, holding a section `depth` deep at most. */
function sectionOf(depth: number): fc.Arbitrary<Section> {
  const nested = depth === 0 ? fc.constant(undefined) : fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: sectionOf(depth - 1) });
  return fc.record({ head, lines: fc.array(lineOf(false), { maxLength: 3 }), nested })
    .map(({ head: [name, arg], lines, nested: inner }) => ({ type: 'section' as const, name, arg, body: inner ? [...lines, inner] : lines }));
}

const section = sectionOf(2);

/**
 * A <Directory> whose only line is an Include that cannot be read: it has no Header line, yet what it may set is
 * unknown for the requests it takes, and which those are follows DocumentRoot and Alias.
 */
const unreadDirectory: fc.Arbitrary<Section> = fc.constantFrom('/srv/site', '/var/www/html', '/srv/app', '/srv/site/sub')
  .map((arg) => ({ type: 'section', name: 'Directory', arg, body: [asLine('Include inc/missing.conf')] }));

const node: fc.Arbitrary<Node> = fc.oneof({ weight: 4, arbitrary: lineOf(true) }, { weight: 4, arbitrary: section }, { weight: 1, arbitrary: unreadDirectory });

/** A section with a `Header` line, as most vhosts a template serves have (without one, a vhost's scopes are merged). */
const headerSection: fc.Arbitrary<Section> = fc.tuple(section, headerLine).map(([made, header]) => ({ ...made, body: [header, ...made.body] }));

/** What a vhost holds: a few lines and sections, most often one section with a `Header` line among them. */
const body: fc.Arbitrary<Node[]> = fc.tuple(
  fc.array(node, { maxLength: 4 }),
  fc.oneof({ weight: 4, arbitrary: headerSection }, { weight: 1, arbitrary: fc.constant(undefined) }),
  fc.nat(),
).map(([nodes, extra, at]) => {
  // A copy: fast-check may hand the generated list to another case while shrinking.
  const made = [...nodes];
  if (extra) made.splice(at % (made.length + 1), 0, extra);
  return made.length ? made : [asLine('Options None')];
});

/**
 * A vhost whose requests map to directories through DocumentRoot, Alias and ProxyPass: a <Directory> and a
 * <Location> with Header lines, and a few of those lines, which near-copies write otherwise ('line words').
 */
const mappedBody: fc.Arbitrary<Node[]> = fc.record({
  lines: fc.subarray(['DocumentRoot /srv/site', 'Alias /app /srv/app', 'Alias /a /srv/site/sub', 'ProxyPass /api http://127.0.0.1:9000/', 'ProxyPass /a http://127.0.0.1:9000/']),
  directory: fc.constantFrom('/', '/var/www/html', '/srv/site', '/srv/app', '/srv/site/sub', '"/srv/*"'),
  location: fc.constantFrom('/', '/a', '/app', '/app/x', '/api'),
  headers: fc.tuple(headerLine, headerLine),
}).map(({ lines, directory, location, headers }) => [
  ...lines.map(asLine),
  { type: 'section', name: 'Directory', arg: directory, body: [headers[0]] },
  { type: 'section', name: 'Location', arg: location, body: [headers[1]] },
]);

/** One change to a copy of a vhost: the thing changed is picked by index among the copy's nodes. */
interface Change {
  kind: 'header word' | 'line words' | 'nesting' | 'server line' | 'section line' | 'replace line' | 'insert' | 'delete' | 'head' | 'wrap' | 'unwrap' | 'move';
  at: number;
  to: number;
  word: number;
  header: HeaderLine;
  node: Node;
  head: readonly [string, string];
  serverLine: OtherLine;
  sectionLine: OtherLine;
}

const change: fc.Arbitrary<Change> = fc.record({
  kind: fc.constantFrom(...([
    'header word', 'header word', 'header word', 'line words', 'line words', 'nesting', 'nesting', 'server line', 'server line', 'section line', 'section line',
    'head', 'head', 'replace line', 'insert', 'delete', 'wrap', 'unwrap', 'move',
  ] as const)),
  at: fc.nat(),
  to: fc.nat(),
  word: fc.nat(4),
  header: headerLine,
  node,
  head,
  serverLine,
  sectionLine,
});

/** A vhost: a copy of one of the tree's bodies with changes (most copies have none), indented its own way. */
interface VhostCase {
  body: number;
  changes: Change[];
  indent: string;
  /** Written in the main file, or in a file of its own that the main file includes (twice: two vhosts of one text). */
  where: 'inline' | 'file' | 'file twice';
  /** Main-server lines after it (a Define read after a vhost was built makes the model read the tree again). */
  after: (HeaderLine | OtherLine)[];
}

interface TreeCase {
  main: Node[];
  bodies: Node[][];
  vhosts: VhostCase[];
}

const mainLine: fc.Arbitrary<HeaderLine | OtherLine> = fc.oneof(
  { weight: 3, arbitrary: lineOf(true) },
  { weight: 1, arbitrary: fc.constantFrom('Define V other', 'Define P /app', 'UnDefine V', 'Listen 8443').map(asLine) },
);

const treeCase: fc.Arbitrary<TreeCase> = fc.record({
  main: fc.array(fc.oneof({ weight: 3, arbitrary: lineOf(true) }, { weight: 1, arbitrary: section }), { maxLength: 3 }),
  bodies: fc.array(fc.oneof({ weight: 3, arbitrary: body }, { weight: 1, arbitrary: mappedBody }), { minLength: 1, maxLength: 2 }),
  vhosts: fc.array(fc.record({
    body: fc.nat(1),
    changes: fc.oneof(
      { weight: 2, arbitrary: fc.constant<Change[]>([]) },
      { weight: 3, arbitrary: fc.array(change, { minLength: 1, maxLength: 1 }) },
      { weight: 1, arbitrary: fc.array(change, { minLength: 2, maxLength: 2 }) },
    ),
    indent: fc.constantFrom('', '', '  ', '\t'),
    where: fc.constantFrom('inline', 'inline', 'inline', 'file', 'file', 'file twice'),
    after: fc.oneof({ weight: 6, arbitrary: fc.constant<(HeaderLine | OtherLine)[]>([]) }, { weight: 1, arbitrary: fc.array(mainLine, { minLength: 1, maxLength: 2 }) }),
  }), { minLength: 2, maxLength: 6 }),
});

function clone(nodes: readonly Node[]): Node[] {
  return nodes.map((n) => (n.type === 'section' ? { ...n, body: clone(n.body) } : { ...n }));
}

/** Every node of a body, each with the list that holds it. */
function places(body: Node[]): { list: Node[]; index: number }[] {
  const found: { list: Node[]; index: number }[] = [];
  const walk = (list: Node[]) => list.forEach((n, index) => {
    found.push({ list, index });
    if (n.type === 'section') walk(n.body);
  });
  walk(body);
  return found;
}

const HEADER_WORDS = ['condition', 'action', 'name', 'value', 'extra'] as const;

/** Applies `c` to `body` (a copy: the changes that nest sections change their lists). */
function applyChange(body: Node[], c: Change): void {
  const all = places(body);
  // The change's own node is copied too: it is fast-check's, which may hand it to another case while shrinking.
  const [node] = clone([c.node]);
  if (all.length === 0) {
    body.push(node);
    return;
  }
  const { list, index } = all[c.at % all.length];
  const target = list[index];
  switch (c.kind) {
    case 'header word': {
      // One word of one Header line: its condition, action, name, value, or what follows the value.
      const headers = all.filter((p) => p.list[p.index].type === 'header');
      if (headers.length === 0) return;
      const picked = headers[c.at % headers.length];
      const word = HEADER_WORDS[c.word];
      picked.list[picked.index] = { ...(picked.list[picked.index] as HeaderLine), [word]: c.header[word] };
      return;
    }
    case 'line words': {
      // Another line of the same directive in place of one: `DocumentRoot /srv/app` for `DocumentRoot /srv/site`.
      const lines = all.filter((p) => p.list[p.index].type === 'line');
      if (lines.length === 0) return;
      const picked = lines[c.at % lines.length];
      const text = (picked.list[picked.index] as OtherLine).text;
      const directive = text.slice(0, text.indexOf(' ') + 1);
      const alike = [...new Set([...SERVER_LINES, ...SECTION_LINES])].filter((other) => other.startsWith(directive));
      picked.list[picked.index] = asLine(alike[c.to % alike.length]);
      return;
    }
    case 'nesting': {
      // The same sections in the same order, one nested in the section before it, or moved out of the section it
      // ends: only which section holds which differs.
      if (target.type !== 'section') return;
      const before = list[index - 1];
      if (before?.type === 'section') {
        list.splice(index, 1);
        before.body.push(target);
        return;
      }
      const holder = all.find((p) => p.list[p.index].type === 'section' && (p.list[p.index] as Section).body === list);
      if (!holder || index !== list.length - 1) return;
      list.splice(index, 1);
      holder.list.splice(holder.index + 1, 0, target);
      return;
    }
    case 'server line': {
      // A line of the vhost's own: another in place of one, or one more.
      const at = c.at % (body.length + 1);
      if (body[at]?.type === 'line') body[at] = c.serverLine;
      else body.splice(at, 0, c.serverLine);
      return;
    }
    case 'section line': {
      const sections = all.filter((p) => p.list[p.index].type === 'section');
      if (sections.length === 0) return;
      const picked = sections[c.to % sections.length];
      const inner = (picked.list[picked.index] as Section).body;
      const at = c.at % (inner.length + 1);
      if (inner[at]?.type === 'line') inner[at] = c.sectionLine;
      else inner.splice(at, 0, c.sectionLine);
      return;
    }
    case 'replace line':
      if (target.type !== 'section') list[index] = node.type === 'section' ? c.header : node;
      else target.body.push(c.header);
      return;
    case 'insert':
      list.splice(index, 0, node);
      return;
    case 'delete':
      list.splice(index, 1);
      return;
    case 'head':
      if (target.type === 'section') list[index] = { ...target, name: c.head[0], arg: c.head[1] };
      return;
    case 'wrap':
      list[index] = { type: 'section', name: c.head[0], arg: c.head[1], body: [target] };
      return;
    case 'unwrap':
      if (target.type === 'section') list.splice(index, 1, ...target.body);
      return;
    case 'move': {
      // A node moved to another place of the vhost (into or out of a section).
      list.splice(index, 1);
      const rest = places(body);
      const to = rest.length === 0 ? undefined : rest[c.to % rest.length];
      const into = to && to.list[to.index].type === 'section' ? (to.list[to.index] as Section).body : (to?.list ?? body);
      into.splice(to && into === to.list ? to.index : 0, 0, target);
      return;
    }
  }
}

function lineText(n: HeaderLine | OtherLine): string {
  if (n.type === 'line') return n.text;
  const words = ['Header'];
  if (n.condition) words.push(n.condition);
  words.push(n.action, n.name);
  if (n.action === 'edit') words.push('^a', n.value);
  else if (n.action !== 'unset') words.push(n.value);
  if (n.extra) words.push(n.extra);
  return words.join(' ');
}

function rendered(nodes: readonly Node[], indent: string): string {
  let text = '';
  for (const n of nodes) {
    if (n.type !== 'section') text += `${indent}${lineText(n)}\n`;
    else text += `${indent}<${n.name}${n.arg ? ` ${n.arg}` : ''}>\n${rendered(n.body, `${indent}  `)}${indent}</${n.name}>\n`;
  }
  return text;
}

/** Where a vhost stands in the main file: its lines, or the Include line of its file (first and last offset). */
interface Unit {
  start: number;
  end: number;
}

/** A tree: the main file's text, each vhost's place in it (config order), each vhost's text, and the vhosts' own files. */
interface TreeText {
  text: string;
  units: Unit[];
  vhosts: string[];
  files: Map<string, string>;
}

function treeText(tree: TreeCase): TreeText {
  let text = 'Define V hv\nDefine P /a\nDefine ROOT /srv/site\nListen 443\n' + rendered(tree.main, '');
  const units: Unit[] = [];
  const vhosts: string[] = [];
  const files = new Map<string, string>();
  const add = (written: string) => {
    units.push({ start: text.length, end: text.length + written.length });
    text += written;
  };
  tree.vhosts.forEach((vhost, n) => {
    const body = clone(tree.bodies[vhost.body % tree.bodies.length]);
    for (const c of vhost.changes) applyChange(body, c);
    const written = `${vhost.indent}<VirtualHost *:443>\n${vhost.indent}  ServerName site${n}.example.com\n${rendered(body, `${vhost.indent}  `)}${vhost.indent}</VirtualHost>\n`;
    if (vhost.where === 'inline') {
      add(written);
      vhosts.push(written);
    } else {
      files.set(`sites/v${n}.conf`, written);
      for (let time = vhost.where === 'file' ? 1 : 2; time > 0; time--) {
        add(`Include sites/v${n}.conf\n`);
        vhosts.push(written);
      }
    }
    text += rendered(vhost.after, '');
  });
  return { text, units, vhosts, files };
}

/** `text` with every vhost but the one at `keep` blanked out: each character a space, line breaks kept, so every place stays where it was. */
function alone(text: string, units: readonly Unit[], keep: number): string {
  let result = '';
  let at = 0;
  units.forEach(({ start, end }, n) => {
    result += text.slice(at, start);
    result += n === keep ? text.slice(start, end) : text.slice(start, end).replace(/[^\n]/g, ' ');
    at = end;
  });
  return result + text.slice(at);
}

// ---- what rules see ---------------------------------------------------------------------------------

async function modelOf(text: string) {
  const entry = parseApache(text, ENTRY);
  const context: LoadContext = { root, pathMaps: [], cache: new Map([[ENTRY, entry]]), maxFileBytes: 1 << 20, maxIncludedFiles: 100, maxIncludeDepth: 10, notify: () => {} };
  const files = await loadApache(ENTRY, context);
  return buildApacheModel(files[0], options);
}

const place = (range: SourceRange) => `${range.file === ENTRY ? '' : range.file.slice(root.length + 1)}:${range.start.line}:${range.start.column}-${range.end.line}:${range.end.column}`;

/** Each vhost's described scopes, in config order (the main server's endpoint left out). */
function vhostScopes(model: Awaited<ReturnType<typeof modelOf>>): string[] {
  return model.endpoints.filter((endpoint) => endpoint.scopes[0].label !== 'main server').map((endpoint) => describedScopes(endpoint.scopes, place));
}

interface Compared {
  text: string;
  /** Vhosts of the whole tree filled from a template. */
  filled: number;
  /**
   * Of those, how many at least were written otherwise than every vhost before them (not only indented or named
   * otherwise): copies filled are at most the vhosts minus the distinct texts, the rest are near-copies.
   */
  nearCopies: number;
  /** Each vhost's scopes in the whole tree and alone. */
  pairs: { whole: string; alone: string[] }[];
}

/** Each vhost's scopes in the whole tree and in the tree of it alone, and how many vhosts were filled from a template. */
async function compared(tree: TreeCase): Promise<Compared> {
  const { text, units, vhosts, files } = treeText(tree);
  mkdirSync(join(root, 'sites'), { recursive: true });
  for (const [path, written] of files) writeFileSync(join(root, path), written);
  const shown = [...files].reduce((all, [path, written]) => `${all}\n--- ${path}\n${written}`, text);
  const before = templateWork.filled;
  const whole = vhostScopes(await modelOf(text));
  const filled = templateWork.filled - before;
  expect(whole.length, shown).toBe(units.length);
  const pairs: Compared['pairs'] = [];
  for (let n = 0; n < units.length; n++) pairs.push({ whole: whole[n], alone: vhostScopes(await modelOf(alone(text, units, n))) });
  // A tree of one vhost has no vhost written as one before it: its scopes are merged.
  expect(templateWork.filled - before - filled).toBe(0);
  const written = new Set(vhosts.map((vhost) => vhost.replace(/^[ \t]+/gm, '').replace(/ServerName .*/, '')));
  return { text: shown, filled, nearCopies: Math.max(0, filled - (vhosts.length - written.size)), pairs };
}

describe('Apache header templates on random trees', () => {
  it(`fill every vhost as merging its own tables would, copies changed in one place included (${RUNS} trees)`, async () => {
    const seen = { filled: 0, trees: 0, nearCopies: 0 };
    await fc.assert(
      fc.asyncProperty(treeCase, async (tree) => {
        const result = await compared(tree);
        seen.filled += result.filled;
        seen.nearCopies += result.nearCopies;
        if (result.filled > 0) seen.trees++;
        result.pairs.forEach(({ whole, alone }, n) => expect([whole], `vhost ${n + 1} of\n${result.text}`).toEqual(alone));
      }),
      // Shrunk (the suites' parameters end on the first failure): a tree of a few lines tells the kind that went wrong.
      { ...runParameters(RUNS), endOnFailure: false },
    );
    // A property that never fills a vhost from a template cannot fail: most trees fill some, near-copies too (with
    // the default seed: 354 trees of 500 fill 947 vhosts, 250 of them near-copies; 7,128 of 10,000 fill 19,209 and 5,391).
    expect(seen.trees).toBeGreaterThan(RUNS / 2);
    expect(seen.filled).toBeGreaterThan(RUNS);
    expect(seen.nearCopies).toBeGreaterThan(RUNS / 4);
  });
});
