// The request classes of a server and the sections each one matches, per stage in httpd's merge order (server/request.c ap_process_request_internal, core.c merge_core_server_configs).
import { isAbsolute, join } from 'node:path';
import { serverRootOf, substitute } from './evaluate.js';
import { PATH_LEVEL, last, type BuildContext, type PathSection, type Read, type ServerConfig } from './context.js';
import { actionsOf, type HeaderAction } from './headers.js';
import type { MergedRequest, ScopeSpec } from './header-merge.js';
import { CATCH_ALL_PATTERNS, redirectsAll } from './redirects.js';
import type { Line } from './tree.js';

/** Where a section is merged into a request's per-directory config (server/request.c ap_process_request_internal). */
export type Stage = 'directory' | 'files' | 'location' | 'if';

/**
 * The sections one request is matched by, per stage. httpd merges them over the server's own config in
 * this order: <Directory> (non-regex shortest first, then regex ones: core.c ap_core_reorder_directories,
 * request.c ap_directory_walk), <Files> (ap_file_walk), <Location> in config order (ap_location_walk),
 * <If> (ap_if_walk); the main server's sections come before the vhost's (core.c merge_core_server_configs).
 * Only the sections whose lines count for the header table are listed (see RequestClasses): the lists
 * may be shared between requests and are never changed.
 */
export interface Request {
  directory: readonly PathSection[];
  files: readonly PathSection[];
  location: readonly PathSection[];
  if: readonly PathSection[];
  /** Its merge over the server's table (mergedScopes' mergeOf), once worked out. */
  merged: MergedRequest | undefined;
}

/** Debian's compiled-in DocumentRoot (`DOCUMENT_LOCATION`; upstream builds use /usr/local/apache2/htdocs). */
const DEFAULT_DOCUMENT_ROOT = '/var/www/html';

/** A section's stage and what it matches: a path, a shell-like pattern, or a regular expression. */
interface SectionMatch {
  stage: Stage;
  /** Path or pattern, `/` and case kept; for a regex, its source. */
  pattern: string;
  regex: boolean;
}

/**
 * What the header merge reads of one section, worked out once per model: a main-server section serves
 * every vhost's merge, and the merge asks about each section once per request class.
 */
export interface SectionInfo {
  head: SectionHead;
  actions: readonly HeaderAction[];
  /** A top-level catch-all <Location> (isCatchAll). */
  catchAll: boolean;
  /** Its `ProxyPass` lines' verdict (the last one decides): true proxies, false is `!`; undefined when it has none. */
  proxy: boolean | undefined;
  /** It redirects every request itself (redirectOf). */
  redirects: boolean;
  /** Its place among a server's sections, the main server's first: config order. */
  order: number;
}

/** What a section's head says, the same for every section written alike (a tree repeats a few heads in every vhost). */
export interface SectionHead {
  /** Its number in the model (the order heads were first read): shapeHash counts a head by it. */
  id: number;
  /** `<Location "/api/">` as written. */
  label: string;
  match: SectionMatch;
  /** For a <Directory> or <Location>: its regex, or a wildcard pattern's (globPrefix); undefined for a plain path or a regex JavaScript cannot read. */
  test: RegExp | undefined;
  /** A <Location> path without wildcards: it stands for a URL of its own. */
  plain: boolean;
  /** `<Location />` or a catch-all LocationMatch (isCatchAll), when not nested. */
  catchAll: boolean;
  /** The spec its sections' scopes last had (sectionSpec). */
  spec: ScopeSpec | undefined;
  /** Its text (headKey). */
  key: string;
}

export function sectionInfo(path: PathSection, order: number, context: BuildContext): SectionInfo {
  if (path.info) return path.info;
  const section = path.section;
  const key = headKey(section);
  // Vhosts written alike have the same heads in the same places: the head last read at this place is compared
  // first (one string compare, where the lookup hashed the key too).
  const recent = context.recentHeads[order];
  let head = recent !== undefined && recent.key === key ? recent : context.sectionHeads.get(key);
  if (head === undefined) {
    let label = `<${section.written}`;
    for (const raw of section.argRaws()) label += ` ${raw}`;
    label += '>';
    const match = sectionMatch(section, context);
    const located = match.stage === 'directory' || match.stage === 'location';
    const glob = located && !match.regex ? globPrefix(match.pattern) : undefined;
    head = { id: context.sectionHeads.size, label, match, test: located && match.regex ? safeRegex(match.pattern) : glob, plain: !match.regex && glob === undefined, catchAll: isCatchAll(section), spec: undefined, key };
    context.sectionHeads.set(key, head);
  }
  context.recentHeads[order] = head;
  let proxy: boolean | undefined;
  for (const read of path.own) if (read.name === 'proxypass' && read.values[0] !== undefined) proxy = read.values[0] !== '!';
  path.info = {
    head,
    // Most sections have no Header line: they share one empty list (the infos stay until the model is built).
    actions: actionsOf(path.own, PATH_LEVEL),
    catchAll: path.parent === null && head.catchAll,
    proxy,
    redirects: redirectsAll(path.own),
    order,
  };
  return path.info;
}

/**
 * What a section head's meaning follows from: the name as written and the arguments' raw text (values and
 * `${}` substitutions are read from them, with the walk's final defines). A parsed head's text says both,
 * `<Location "/api/">` as written, and is one slice of its file where joining the arguments made three strings.
 */
function headKey(section: Line): string {
  const source = section.tree.source;
  const start = source.directiveStart(section.row);
  const headEnd = source.directiveHeadEnd(section.row);
  if (headEnd > start) return source.text.slice(start, headEnd);
  // Other keys start with a NUL, which no parsed head does (it starts with `<`).
  return `\0${section.written}\0${section.argRaws().join('\0')}`;
}

function sectionMatch(section: Line, context: BuildContext): SectionMatch {
  const name = section.directiveName.lower;
  const args = section.argValues().map((value) => substitute(value, context.state));
  const tilde = args[0] === '~';
  const regex = tilde || name.endsWith('match');
  const pattern = (tilde ? args[1] : args[0]) ?? '';
  if (name === 'directory' || name === 'directorymatch') return { stage: 'directory', pattern: regex ? pattern : trimSlash(pattern), regex };
  if (name === 'files' || name === 'filesmatch') return { stage: 'files', pattern, regex };
  if (name === 'location' || name === 'locationmatch') return { stage: 'location', pattern: regex ? pattern : trimSlash(pattern), regex };
  // <If>, <ElseIf>, <Else>, and sections merged last or per method (<Limit>, <Proxy>): after the others.
  return { stage: 'if', pattern, regex: false };
}

function trimSlash(path: string): string {
  if (path.length > 0 && path.charCodeAt(path.length - 1) !== 47 /* / */) return path;
  const trimmed = path.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

/** A `/`-separated pattern whose components may hold `*`, `?` and `[...]` (fnmatch, as httpd's wildcard sections). */
function globPrefix(pattern: string): RegExp | undefined {
  if (!/[*?[]/.test(pattern)) return undefined;
  const source = pattern.split('').map((c) => (c === '*' ? '[^/]*' : c === '?' ? '[^/]' : c === '[' || c === ']' ? c : c.replace(/[.+^${}()|\\]/g, '\\$&'))).join('');
  return safeRegex(`^${source}(/|$)`);
}

/**
 * Compiled section patterns for the process: a head's regex is worked out once per model, and a run builds several
 * models of the same patterns (a tree read again without the early build, each tree of a checkout). Capped: a
 * hostile tree's thousands of unique patterns are compiled, not kept.
 */
const regexCache = new Map<string, RegExp | null>();

/** The pattern as a JavaScript regex, or undefined when it is not one (PCRE-only syntax): such a section matches nothing here. */
function safeRegex(source: string): RegExp | undefined {
  let cached = regexCache.get(source);
  if (cached === undefined) {
    try {
      cached = new RegExp(source);
    } catch {
      cached = null;
    }
    if (regexCache.size < 4096) regexCache.set(source, cached);
  }
  return cached ?? undefined;
}

/** True when a <Directory> or <Location> applies to the directory or URL `path` (a path at a `/` boundary, a glob, or a regex). */
function matchesPath(head: SectionHead, path: string): boolean {
  const match = head.match;
  if (match.regex) return head.test?.test(path) ?? false;
  if (match.pattern === '/') return true;
  if (head.test) return head.test.test(path);
  return path === match.pattern || path.startsWith(`${match.pattern}/`);
}

function componentCount(path: string): number {
  return path.split('/').filter(Boolean).length;
}

/** Lists up to this long are searched section by section (stepOf): a Map per stage merge (lists of one or two sections in most vhosts) was 3 MB of garbage on a 10,000-vhost tree. */
export const SHORT_LIST = 8;

/**
 * Works out which sections a request matches (see Request), for one server's sections. Only the sections
 * whose lines count are listed: those with `Header` lines (the others leave the table as it is) and those
 * holding an Include that could not be read. Which request a section stands for and whether it is
 * proxied still follow every section, from what sectionInfo worked out once: the work per request is
 * proportional to the sections with Header or ProxyPass lines, not to all of them.
 */
export class RequestClasses {
  /** DocumentRoot, and the aliases below: worked out when asked, only where a <Directory> section counts (most servers have none). */
  private root: string | undefined;
  /** Top-level <Directory> and <Location> sections whose lines count, in config order. */
  private readonly directories: PathSection[] = [];
  private readonly locations: PathSection[] = [];
  /** Top-level <Location> sections with a `ProxyPass`, in config order (all of them: they decide a request's way). */
  private readonly proxyLocations: PathSection[] = [];
  /** The sections that count of every request under DocumentRoot: <Directory> (directoriesOf) and catch-all <Location>. */
  private readonly rootDirectories: readonly PathSection[];
  private readonly catchAlls: PathSection[] = [];
  /** The catch-all <Location> sections' `ProxyPass` verdict. */
  private readonly catchAllProxy: boolean | undefined;
  /** Some section that counts holds an unread Include. */
  readonly anyUnread: boolean = false;

  /** Server-level `ProxyPass /path url` (or `!`), main server's first, in config order. */
  private readonly proxyRules: { prefix: string; proxied: boolean }[] = [];
  /**
   * Server-level `Alias /url /path`, vhost's first (mod_alias merges the vhost's aliases before the main server's):
   * the URL without its trailing `/`, what a URL under it starts with, and the path.
   */
  private aliases: { prefix: string; under: string; path: string }[] | undefined;

  private readonly unreadAt: BuildContext['unreadAt'];

  /** The plain-path <Location> sections that count, by path (made when there is one), and every other one that counts (regex, wildcard). */
  private plainLocations: Map<string, PathSection[]> | undefined;
  private readonly patternLocations: PathSection[] = [];
  /** The request of a top-level plain <Location>, by its path: the same for every section of that path. */
  private byUrl: Map<string, Request> | undefined;
  /** directoriesOf's lists, by directory. */
  private directoryLists: Map<string, readonly PathSection[]> | undefined;
  /**
   * The requests without <Files> or <If> sections (interned): the first few in a list (most servers have one
   * or two: two Maps each were garbage), then by their <Directory> and <Location> lists.
   */
  private requestList: Request[] | undefined;
  private requests: Map<readonly PathSection[], Map<readonly PathSection[], Request>> | undefined;

  constructor(private readonly server: ServerConfig, private readonly context: BuildContext, paths: readonly PathSection[]) {
    this.unreadAt = context.unreadAt;
    let catchAllProxy: boolean | undefined;
    for (const path of paths) {
      const info = path.info!;
      const unread = context.unreadAt.size > 0 && context.unreadAt.has(path.section);
      if (unread) this.anyUnread = true;
      const counts = unread || info.actions.length > 0;
      if (path.parent) continue;
      if (info.head.match.stage === 'directory' && counts) this.directories.push(path);
      if (info.head.match.stage !== 'location') continue;
      if (counts) {
        this.locations.push(path);
        if (!info.head.plain) this.patternLocations.push(path);
        else {
          this.plainLocations ??= new Map();
          if (this.plainLocations.get(info.head.match.pattern)?.push(path) === undefined) this.plainLocations.set(info.head.match.pattern, [path]);
        }
      }
      if (info.catchAll && counts) this.catchAlls.push(path);
      if (info.proxy !== undefined) {
        this.proxyLocations.push(path);
        if (info.catchAll) catchAllProxy = info.proxy;
      }
    }
    this.catchAllProxy = catchAllProxy;
    this.rootDirectories = this.directories.length === 0 ? NO_SECTIONS : this.directoriesOf(this.documentRoot);
    if (server !== context.main) this.addProxyRules(context.main.own);
    this.addProxyRules(server.own);
  }

  private get documentRoot(): string {
    if (this.root === undefined) {
      const { server, context } = this;
      const written = (server !== context.main ? last(server.own, 'documentroot') : undefined) ?? last(context.main.own, 'documentroot');
      const root = written?.values[0];
      this.root = trimSlash(root === undefined ? DEFAULT_DOCUMENT_ROOT : isAbsolute(root) ? root : join(serverRootOf(context.state), root));
    }
    return this.root;
  }

  private addProxyRules(own: readonly Read[]): void {
    for (const read of own) {
      if (read.name !== 'proxypass') continue;
      const [prefix, target] = read.values;
      if (prefix?.startsWith('/') && target !== undefined) this.proxyRules.push({ prefix, proxied: target !== '!' });
    }
  }

  private aliasesOf(): { prefix: string; under: string; path: string }[] {
    if (this.aliases) return this.aliases;
    const aliases: { prefix: string; under: string; path: string }[] = [];
    const add = (own: readonly Read[]) => {
      for (const read of own) {
        if (read.name !== 'alias') continue;
        const [prefix, target] = read.values;
        if (!prefix?.startsWith('/') || target === undefined) continue;
        const trimmed = trimSlash(prefix);
        aliases.push({ prefix: trimmed, under: trimmed === '/' ? '/' : `${trimmed}/`, path: trimSlash(target) });
      }
    };
    add(this.server.own);
    if (this.server !== this.context.main) add(this.context.main.own);
    this.aliases = aliases;
    return aliases;
  }

  /**
   * The directory a URL path maps to: through the first `Alias` whose URL starts it (mod_alias
   * translate_alias_redir; a prefix matches whole segments), else under DocumentRoot (core translate_name).
   */
  private directoryOf(url: string): string {
    for (const { prefix, under, path } of this.aliasesOf()) {
      if (url === prefix || url.startsWith(under)) return trimSlash(`${path}${url.slice(prefix === '/' ? 0 : prefix.length)}`);
    }
    return url === '/' ? this.documentRoot : trimSlash(`${this.documentRoot}${url}`);
  }

  /** A request for a document under DocumentRoot that no section but the catch-all ones takes. */
  endpoint(): Request {
    const directory = this.proxied('/', this.catchAllProxy) ? NO_SECTIONS : this.rootDirectories;
    return this.interned(directory, NO_SECTIONS, this.catchAlls, NO_SECTIONS);
  }

  /**
   * mod_proxy maps a proxied request to storage itself (proxy_map_location returns before core's
   * map_to_storage), so no <Directory> or <Files> section applies to it: a `ProxyPass` in one of its
   * <Location> sections (`proxy`: the last one that has one decides) or a server-level `ProxyPass` whose
   * path starts the URL (the first that does decides; `!` excludes).
   */
  private proxied(url: string, proxy: boolean | undefined): boolean {
    if (proxy !== undefined) return proxy;
    for (const rule of this.proxyRules) if (url.startsWith(rule.prefix)) return rule.proxied;
    return false;
  }

  /** The request `path` stands for, with the sections it is nested in. */
  of(path: PathSection): Request {
    const head = path.info!.head;
    if (path.parent || head.match.stage !== 'location' || !head.plain || head.catchAll) return this.request(path);
    this.byUrl ??= new Map();
    let request = this.byUrl.get(head.match.pattern);
    if (!request) this.byUrl.set(head.match.pattern, (request = this.request(path)));
    return request;
  }

  /**
   * The counting <Location> sections a URL matches, in config order: plain paths looked up by each prefix of
   * the URL that ends at a `/` (matchesPath: the path itself or a prefix followed by `/`), the others tested.
   */
  private locationsMatching(url: string): readonly PathSection[] {
    if (this.locations.length === 0) return NO_SECTIONS;
    let found: PathSection[] | undefined;
    const plain = this.plainLocations;
    if (plain) {
      // Each prefix once: they differ in length, but for `/` itself (and a `//` start).
      found = this.withPlain(found, '/');
      for (let at = url.indexOf('/'); at >= 0; at = url.indexOf('/', at + 1)) if (at !== 1 || url[0] !== '/') found = this.withPlain(found, url.slice(0, at));
      if (url !== '/') found = this.withPlain(found, url);
    }
    for (const at of this.patternLocations) if (matchesPath(at.info!.head, url)) (found ??= []).push(at);
    if (!found) return NO_SECTIONS;
    // Config order: the lists were joined prefix by prefix.
    return found.length > 1 ? found.sort(byOrder) : found;
  }

  /** `found` with the plain <Location> sections of `pattern` added. */
  private withPlain(found: PathSection[] | undefined, pattern: string): PathSection[] | undefined {
    const list = this.plainLocations!.get(pattern);
    if (list) for (const at of list) (found ??= []).push(at);
    return found;
  }

  private request(path: PathSection): Request {
    let top = path;
    while (top.parent) top = top.parent;
    const info = top.info!;
    const match = info.head.match;
    let directory: readonly PathSection[] = this.rootDirectories;
    let location: readonly PathSection[] = this.catchAlls;
    let proxy = this.catchAllProxy;
    let files: readonly PathSection[] = NO_SECTIONS;
    let ifs: readonly PathSection[] = NO_SECTIONS;
    let url = '/';
    if (match.stage === 'directory') {
      // A <Directory> outside DocumentRoot is reached through Alias, which no ProxyPass takes. Where no
      // <Directory> counts, both ways give an empty list.
      if (this.directories.length > 0 && !matchesPath(info.head, this.documentRoot)) {
        if (!match.regex) directory = this.directoriesOf(match.pattern, top);
        else {
          const everywhere = this.rootDirectories.filter((d) => d.info!.head.match.pattern === '/' && !d.info!.head.match.regex);
          if (this.counts(top)) everywhere.push(top);
          directory = everywhere;
        }
      }
      url = '';
    } else if (match.stage === 'location') {
      if (!info.catchAll) {
        proxy = undefined;
        if (!info.head.plain) {
          if (this.counts(top)) location = [...this.catchAlls, top].sort(byOrder);
          for (const at of this.proxyLocations) if (at === top || at.info!.catchAll) proxy = at.info!.proxy;
        } else {
          location = this.locationsMatching(match.pattern);
          for (const at of this.proxyLocations) if (matchesPath(at.info!.head, match.pattern)) proxy = at.info!.proxy;
        }
      }
      if (info.head.plain) {
        url = match.pattern;
        // The <Directory> sections of the file the URL maps to (those below DocumentRoot too).
        directory = this.directories.length === 0 ? NO_SECTIONS : this.directoriesOf(this.directoryOf(url));
      }
    } else if (this.counts(top)) {
      if (match.stage === 'files') files = [top];
      else ifs = [top];
    }
    if (url !== '' && this.proxied(url, proxy)) {
      directory = NO_SECTIONS;
      files = NO_SECTIONS;
    }
    if (path !== top) {
      // The sections `path` is nested in, and it: merged after the top one, outermost first.
      const nested: PathSection[] = [];
      for (let at = path; at !== top; at = at.parent!) nested.push(at);
      const nestedFiles = [...files];
      const nestedIfs = [...ifs];
      for (let index = nested.length - 1; index >= 0; index--) {
        const inner = nested[index];
        if (this.counts(inner)) (inner.info!.head.match.stage === 'files' ? nestedFiles : nestedIfs).push(inner);
      }
      files = nestedFiles;
      ifs = nestedIfs;
    }
    return this.interned(directory, files, location, ifs);
  }

  /**
   * The one request of these lists: sections that stand for the same request (thousands of `<Location />`
   * or `<Directory />`, every one with the vhost's lists) share its merge (mergedScopes' mergeOf). A request
   * with <Files> or <If> sections is a section's own (its list holds that section): it is not looked up.
   */
  private interned(directory: readonly PathSection[], files: readonly PathSection[], location: readonly PathSection[], ifs: readonly PathSection[]): Request {
    if (files.length > 0 || ifs.length > 0) return { directory, files, location, if: ifs, merged: undefined };
    if (directory.length === 0 && location.length === 0) return EMPTY_REQUEST;
    if (this.requests === undefined) {
      const list = (this.requestList ??= []);
      for (const known of list) if (known.directory === directory && known.location === location) return known;
      const request: Request = { directory, files, location, if: ifs, merged: undefined };
      list.push(request);
      // A hostile tree's thousands of requests are looked up, not scanned.
      if (list.length > SHORT_LIST) for (const known of list) this.internedBy(known);
      return request;
    }
    return this.internedBy({ directory, files, location, if: ifs, merged: undefined });
  }

  /** The request of `request`'s lists in the Maps (interned): `request` itself when none was there. */
  private internedBy(request: Request): Request {
    let byLocation = (this.requests ??= new Map()).get(request.directory);
    if (!byLocation) this.requests.set(request.directory, (byLocation = new Map()));
    const known = byLocation.get(request.location);
    if (known) return known;
    byLocation.set(request.location, request);
    return request;
  }

  /** Whether a section's lines count for the header table: it has Header lines, or an unread Include. */
  private counts(section: PathSection): boolean {
    return section.info!.actions.length > 0 || (this.anyUnread && this.unreadAt.has(section.section));
  }

  /**
   * Top-level <Directory> sections that count a directory is in: non-regex ones by depth (config order within
   * one), then regex ones. With `self` (a section that counts or not), it too. One list per directory when
   * `self` adds nothing, so that requests of that directory share their lists (interned).
   */
  private directoriesOf(directory: string, self?: PathSection): readonly PathSection[] {
    // Most servers' <Directory> sections set no header: then every directory has the one empty list.
    if (this.directories.length === 0) return NO_SECTIONS;
    const shared = self === undefined || (this.counts(self) && matchesPath(self.info!.head, directory));
    const known = shared ? this.directoryLists?.get(directory) : undefined;
    if (known) return known;
    const plain: PathSection[] = [];
    const regex: PathSection[] = [];
    for (const path of this.directories) {
      const info = path.info!;
      if (path === self || matchesPath(info.head, directory)) (info.head.match.regex ? regex : plain).push(path);
    }
    if (plain.length > 1) plain.sort((a, b) => componentCount(a.info!.head.match.pattern) - componentCount(b.info!.head.match.pattern) || byOrder(a, b));
    for (const path of regex) plain.push(path);
    if (shared) (this.directoryLists ??= new Map()).set(directory, plain);
    return plain;
  }
}

const NO_SECTIONS: readonly PathSection[] = [];

/** A request no section that counts takes: it has the server's table. */
export const EMPTY_REQUEST: Request = { directory: NO_SECTIONS, files: NO_SECTIONS, location: NO_SECTIONS, if: NO_SECTIONS, merged: undefined };

function byOrder(a: PathSection, b: PathSection): number {
  return a.info!.order - b.info!.order;
}

/** `<Location />` (and `<LocationMatch ^/>`-like catch-alls): at the vhost's top it sees every request. */
function isCatchAll(section: Line): boolean {
  const name = section.directiveName.lower;
  if (name !== 'location' && name !== 'locationmatch') return false;
  const arg = section.argValues()[0];
  return (name === 'location' && arg === '/') || (name === 'locationmatch' && arg !== undefined && CATCH_ALL_PATTERNS.has(arg));
}
