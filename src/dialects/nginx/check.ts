// What `nginx -t` refuses about known directives: a wrong number of arguments, or a directive where its context forbids it.
import type { ConfigFile, Directive } from '../../syntax/ast.js';
import { versionAtLeast } from '../../model/compare-version.js';
import { SourceDirective } from '../../syntax/source.js';
import { nginxDirective, type NginxContext } from './directives.js';

/** Blocks whose insides are not directives (map and geo entries, MIME types, Lua), never checked. */
const OPAQUE_BLOCKS = new Set(['map', 'geo', 'types', 'split_clients', 'charset_map', 'match']);

/** Messages already recorded per file: a file linted in several trees or included twice gets each once. */
const recorded = new WeakMap<ConfigFile, Set<string>>();

/**
 * Walks the tree from `entry` as nginx reads it (includes in place, in the includer's context) and records
 * a `parse-error` diagnostic on each directive of the table that nginx would refuse, in nginx's words:
 * `invalid number of arguments in "x" directive` (ngx_conf_handler's argument check) and
 * `"x" directive is not allowed here` (its context mask). Directives the table does not know (third-party
 * modules) and directives newer than `version` (nginx would call them unknown) are left alone.
 */
export function checkDirectives(entry: ConfigFile, version: string): void {
  // A file with `http {}` at its top is a main config. Anything else is a fragment whose includer is not
  // known here (conf.d sites, but also server-level snippets and stream.d files): its top level gets only
  // the argument check, and its blocks only where the block itself says where it is (`location` is http's).
  const top = entry.directives.some((d) => d.name === 'http' && d.children) ? 'main' : null;
  walk(entry, entry.directives, top, version, new Set());
}

function walk(file: ConfigFile, directives: readonly Directive[], context: NginxContext | null, version: string, active: Set<ConfigFile>): void {
  for (const directive of directives) {
    if (directive.recovered) continue;
    if (directive.name === 'include') {
      for (const included of directive.included ?? []) {
        if (active.has(included)) continue; // a cycle: the loader reported it
        active.add(included);
        walk(included, included.directives, context, version, active);
        active.delete(included);
      }
    }
    check(file, directive, context, version);
    if (!directive.children || OPAQUE_BLOCKS.has(directive.name) || directive.rawBlock !== undefined) continue;
    // Blocks this check does not follow still hold directives whose argument counts are checked.
    walk(file, directive.children, innerContext(directive.name, context), version, active);
  }
}

/** The context a block opens, or null when it is not one this check follows or the outer one is unknown. */
function innerContext(name: string, outer: NginxContext | null): NginxContext | null {
  switch (name) {
    case 'events': return 'events';
    case 'http': return 'http';
    case 'stream': return 'stream';
    case 'mail': return 'mail';
    case 'server':
      if (outer === 'http') return 'server';
      if (outer === 'stream') return 'stream_server';
      if (outer === 'mail') return 'mail_server';
      return null;
    case 'upstream':
      if (outer === 'http') return 'upstream';
      return outer === 'stream' ? 'stream_upstream' : null;
    case 'location': return 'location';
    case 'if': return 'if';
    case 'limit_except': return 'limit_except';
    default: return null;
  }
}

function check(file: ConfigFile, directive: Directive, context: NginxContext | null, version: string): void {
  const spec = nginxDirective(directive.name);
  if (!spec || (spec.since && !versionAtLeast(version, spec.since))) return;
  // `server` takes no arguments as a block and one address in `upstream {}`: its arity depends on the context.
  if (directive.name === 'server') return;
  if (context !== null && !spec.contexts.includes(context)) {
    record(file, directive, `"${directive.name}" directive is not allowed here`);
    return;
  }
  const [min, max] = spec.args;
  // Arguments are made on each read (src/syntax/source.ts): count them from the table.
  const count = directive instanceof SourceDirective ? directive.argCount : directive.args.length;
  if (count < min || count > max) {
    const last = directive.args.at(-1);
    const swallowed = count > max && last !== undefined && last.range.start.line > directive.nameRange.start.line;
    const hint = swallowed ? ': a missing ";" made the next line part of it' : '';
    record(file, directive, `invalid number of arguments in "${directive.name}" directive${hint}`);
  }
}

function record(file: ConfigFile, directive: Directive, message: string): void {
  let seen = recorded.get(file);
  if (!seen) recorded.set(file, (seen = new Set()));
  const key = `${directive.range.start.offset}\0${message}`;
  if (seen.has(key)) return;
  seen.add(key);
  file.diagnostics.push({ ruleId: 'parse-error', message, range: directive.range });
}
