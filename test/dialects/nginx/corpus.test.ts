// Differential tests of the nginx parser on the real-world corpus: crossplane's oracle and nginx-conf's tree.
import { describe, expect, it } from 'vitest';
// nginx-conf ships CommonJS without an exports map; its parser is the third opinion.
import nginxConf from 'nginx-conf';
import { parseNginx } from '../../../src/dialects/nginx/parse.js';
import type { Directive } from '../../../src/syntax/ast.js';
import { corpusFiles, corpusText, crossplaneOracle, toCrossplane, withoutComments } from './corpus-helpers.js';

const files = corpusFiles();
const parsed = new Map(files.map((file) => [file, parseNginx(corpusText(file), file)]));

/**
 * Files that must produce diagnostics, with the reason. The first five are crossplane's deliberate
 * error configs (its summary marks the three garbage files as failing); `quote-behavior` is accepted
 * by crossplane but rejected by nginx: after a closing quote ngx_conf_read_token requires a space
 * (`need_space`) and fails with `unexpected "-"`.
 */
const KNOWN_BAD: Record<string, string> = {
  'crossplane/tests/configs/includes-globbed/servers/locations/not-included.conf': 'never-included garbage, no ";"',
  'crossplane/tests/configs/includes-regular/conf.d/bar.conf': 'never-included garbage, no ";"',
  'crossplane/tests/configs/includes-regular/conf.d/foo.conf': 'never-included garbage, no ";"',
  'crossplane/tests/configs/missing-semicolon/broken-above.conf': 'deliberate missing ";" before "}"',
  'crossplane/tests/configs/missing-semicolon/broken-below.conf': 'deliberate missing ";" before "}"',
  'crossplane/tests/configs/quote-behavior/nginx.conf': 'nginx rejects a word glued to a closing quote',
};

/**
 * Deliberate differences from crossplane (file → reason). Each is a crossplane quirk, and the test
 * checks that the difference is still there, so the list cannot go stale.
 */
const CROSSPLANE_DIFFERENCES: Record<string, string> = {
  // crossplane/lexer.py: after reading `${...}` it falls through and appends the next character
  // even when it is a space, gluing two words; nginx splits them (ngx_conf_read_token).
  'crossplane/tests/configs/messy/nginx.conf': 'crossplane glues the word after `${uri}` to it',
  'nginx-tests/access_log/nginx.conf': 'crossplane glues the word after `${arg_logname}` to it',
  // After a missing ";" crossplane ends the directive at "}" but keeps the block open, so the next
  // location lands inside the broken one; we close the block at "}" as nginx's author meant.
  'crossplane/tests/configs/missing-semicolon/broken-above.conf': 'crossplane nests the following location after a missing ";"',
};

describe('nginx corpus', () => {
  it('has the copied corpus', () => {
    expect(files.length).toBeGreaterThan(550);
  });

  it('parses every file; only known-bad files have diagnostics, each with a position', () => {
    const withDiagnostics = files.filter((file) => parsed.get(file)!.diagnostics.length > 0);
    expect(withDiagnostics.sort()).toEqual(Object.keys(KNOWN_BAD).sort());
    for (const file of withDiagnostics) {
      for (const diagnostic of parsed.get(file)!.diagnostics) {
        expect(diagnostic.ruleId).toBe('parse-error');
        expect(diagnostic.range.file).toBe(file);
        expect(diagnostic.range.start.line).toBeGreaterThan(0);
        expect(diagnostic.range.start.column).toBeGreaterThan(0);
      }
    }
  });

  it('matches the crossplane oracle (names, args, lines, nesting) for every file crossplane parses', () => {
    const mismatches: string[] = [];
    let compared = 0;
    for (const file of files) {
      const oracle = crossplaneOracle(file);
      expect(oracle, `oracle entry for ${file}`).toBeDefined();
      if (oracle.status !== 'ok') continue;
      compared++;
      const ours = toCrossplane(parsed.get(file)!.directives, parsed.get(file)!.text);
      const same = JSON.stringify(ours) === JSON.stringify(withoutComments(oracle.config[0].parsed));
      if (!same) mismatches.push(file);
    }
    expect(compared).toBeGreaterThan(570);
    expect(mismatches.sort()).toEqual(Object.keys(CROSSPLANE_DIFFERENCES).sort());
  });

  it('keeps the same comment texts as crossplane', () => {
    for (const file of files) {
      const oracle = crossplaneOracle(file);
      if (oracle.status !== 'ok') continue;
      const theirs: string[] = [];
      const collect = (list: typeof oracle.config[0]['parsed']): void => {
        for (const d of list) {
          if (d.directive === '#') theirs.push(d.comment ?? '');
          if (d.block) collect(d.block);
        }
      };
      collect(oracle.config[0].parsed);
      // Texts only: crossplane dates a comment between arguments to the directive's line; we keep its own.
      // crossplane/lexer.py pairs a backslash with the next character, so a comment ending in `\`
      // loses it (the LF swallows it); nginx keeps every character up to LF.
      const ours = parsed.get(file)!.comments.map((c) => c.text.replace(/\\$/, ''));
      if (file.endsWith('comments-between-args/nginx.conf')) {
        expect(parsed.get(file)!.comments.map((c) => c.range.start.line)).toEqual([1, 2, 3, 4, 5]);
      }
      expect(ours, file).toEqual(theirs);
    }
  });
});

interface ConfNode {
  name: string;
  value: string;
  isBlock: boolean;
  isVerbatim: boolean;
  children: ConfNode[] | null;
}

function parseWithNginxConf(text: string): ConfNode | Error {
  let result: ConfNode | Error = new Error('nginx-conf did not call back');
  nginxConf.parse(text, (error, tree) => {
    result = error ?? (tree as unknown as ConfNode);
  });
  return result;
}

/** Whitespace runs as one space: nginx-conf keeps the argument text as written, in one string. */
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Our tree in nginx-conf's shape: raw name, raw arguments as one string, children. */
function toNginxConf(directives: readonly Directive[], text: string): unknown[] {
  return directives.map((d) => ({
    name: text.slice(d.nameRange.start.offset, d.nameRange.end.offset),
    value: d.rawBlock !== undefined ? '' : argumentText(d, text),
    children: d.children ? toNginxConf(d.children, text) : d.rawBlock !== undefined ? 'lua' : null,
  }));
}

function fromNginxConf(nodes: readonly ConfNode[]): unknown[] {
  return nodes.map((n) => ({
    name: n.name,
    value: n.isVerbatim ? '' : squash(n.value),
    children: n.isVerbatim ? 'lua' : n.isBlock ? fromNginxConf(n.children ?? []) : null,
  }));
}

/**
 * Files whose trees differ from nginx-conf 2.1.0 (dist/src/parser.js), by class. Files nginx-conf
 * refuses (two Lua configs, quote-behavior) are skipped. nginx-conf keeps argument text as one
 * raw string (compared after squashing whitespace; `if` compared on its source text, since we strip
 * the parentheses as crossplane does).
 */
const COMMENT_ATTACHED = 'nginx-conf attaches a comment that follows code on the same line to the next directive, or cuts the line there';
const BROKEN_INPUT = 'syntax error: nginx-conf recovers differently (we end the directive at "}" or end of file)';
const NGINX_CONF_DIFFERENCES: Record<string, string> = {
  'crossplane/tests/configs/comments-between-args/nginx.conf': COMMENT_ATTACHED,
  'crossplane/tests/configs/with-comments/nginx.conf': COMMENT_ATTACHED,
  'crossplane/tests/configs/lua-block-tricky/nginx.conf': COMMENT_ATTACHED,
  'debian-nginx-common/etc/nginx/nginx.conf': COMMENT_ATTACHED,
  'debian-nginx-common/etc/nginx/sites-available/default': COMMENT_ATTACHED,
  'crossplane/tests/configs/messy/nginx.conf': 'nginx-conf mis-reads the escaped braces, glued quotes and multi-line quoted names of this deliberately messy file',
  'crossplane/tests/configs/lua-block-simple/nginx.conf': 'nginx-conf reads a Lua block as a verbatim child with a different shape',
  'crossplane/tests/configs/includes-globbed/servers/locations/not-included.conf': BROKEN_INPUT,
  'crossplane/tests/configs/includes-regular/conf.d/bar.conf': BROKEN_INPUT,
  'crossplane/tests/configs/includes-regular/conf.d/foo.conf': BROKEN_INPUT,
  'crossplane/tests/configs/missing-semicolon/broken-above.conf': BROKEN_INPUT,
  'crossplane/tests/configs/missing-semicolon/broken-below.conf': BROKEN_INPUT,
  'crossplane/tests/configs/quote-behavior/nginx.conf': BROKEN_INPUT,
};

describe('nginx-conf differential', () => {
  it('matches names, arguments and nesting for every file nginx-conf parses', () => {
    const mismatches: string[] = [];
    let compared = 0;
    for (const file of files) {
      const tree = parseWithNginxConf(corpusText(file));
      if (tree instanceof Error) continue;
      compared++;
      const config = parsed.get(file)!;
      const ours = JSON.stringify(toNginxConf(config.directives, config.text));
      if (ours !== JSON.stringify(fromNginxConf(tree.children ?? []))) mismatches.push(file);
    }
    expect(compared).toBeGreaterThan(570);
    expect(mismatches.sort()).toEqual(Object.keys(NGINX_CONF_DIFFERENCES).sort());
  });
});

/** Argument text as nginx-conf keeps it; for `if`, the source text with its parentheses (we strip them). */
function argumentText(d: Directive, text: string): string {
  if (d.name === 'if' && d.headRange) return squash(text.slice(d.nameRange.end.offset, d.headRange.end.offset - 1));
  return squash(d.args.map((a) => a.raw).join(' '));
}
