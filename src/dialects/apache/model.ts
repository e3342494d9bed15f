// Reads an Apache httpd configuration tree (includes and read-time conditionals applied) into the TLS model.
import type { ConfigFile } from '../../syntax/ast.js';
import { startOffsetOf, type SourceRange } from '../../syntax/range.js';
import { SourceText, Span } from '../../syntax/source.js';
import type { LintOptions } from '../../engine/options.js';
import { isAbsolute, join, relative } from 'node:path';
import { versionAtLeast } from '../../model/compare-version.js';
import {
  socketKey, type CertificateRef, type Endpoint, type FileReference, type FixedAnswer, type HeaderScope, type HttpRedirect,
  type ClientAuth, type HeaderRemoval, type Listener, type ResponseHeader, type Setting, type SettingLevel, type TlsModel, type TlsProtocol, type UnknownSetting, type UpstreamTls,
} from '../../model/types.js';
import { OPENSSL_DEFAULT_CIPHERSUITES } from '../../tls/openssl-builds.js';
import { serverPath, serverRootOf, substitute, walkApache, type WalkState } from './evaluate.js';
import { includedFiles, initialState } from './load.js';
import { APACHE_DEFAULT_VERSION, appendsNullExclusions, defaultProtocolWords, prependsNullExclusions } from './versions.js';
import { lookupTable } from '../lookup-table.js';
import { MAX_NAMES, NameRole, NO_NAME_ID, type DirectiveName } from './directives.js';
import { Line, type ApacheTree } from './tree.js';

/**
 * A line as read (a row of its file's table, see tree.ts Line), with its `${}` resolved arguments. Its range,
 * its arguments' ranges and its Directive are made from the table when asked: the model asks for few
 * (ranges for fixes), and holding argument objects for every read line until the last vhost was built was
 * ~80 MB of a 10,000-vhost tree (each argument an object with its range), all promoted to the old generation.
 */
class Read extends Line {
  constructor(
    tree: ApacheTree,
    row: number,
    /** Lower-case name. */
    readonly name: string,
    /** Argument values after `${VAR}` substitution. */
    readonly values: readonly string[],
  ) {
    super(tree, row);
  }
}


/** A `<Location>`, `<Directory>`, `<Files>`, `<If>` ... section and what is written directly in it. */
interface PathSection {
  section: Line;
  parent: PathSection | null;
  own: Read[];
  /** What the header merge reads of it (sectionInfo), once worked out. */
  info?: SectionInfo;
}

/** The main server or one `<VirtualHost>`: its own directives and its path sections in order. */
interface ServerConfig {
  section: Line | null;
  own: Read[];
  paths: PathSection[];
}

/** Marks the main server level in BuildContext.unreadAt. */
const MAIN = Symbol('main server');

/**
 * Where unread Includes stand: MAIN, or sections, by their row. A file read twice makes new Lines at each
 * reading; an Include unread at one reading stands in the section at every reading of it.
 */
class UnreadPlaces {
  /** How many places: 0 for most trees, which read every Include. */
  size = 0;
  private main = false;
  private readonly rows = new Map<ApacheTree, Set<number>>();

  add(place: Line | typeof MAIN): void {
    if (this.has(place)) return;
    this.size++;
    if (place === MAIN) this.main = true;
    else {
      let rows = this.rows.get(place.tree);
      if (!rows) this.rows.set(place.tree, (rows = new Set()));
      rows.add(place.row);
    }
  }

  has(place: Line | typeof MAIN): boolean {
    return place === MAIN ? this.main : this.rows.get(place.tree)?.has(place.row) === true;
  }
}

interface BuildContext {
  /** Where an Include could not be read (see the walk's include hook). */
  unreadAt: Pick<UnreadPlaces, 'size' | 'has'>;
  version: string;
  /** The checkout: files under it are expected to exist. */
  root: string;
  state: WalkState;
  openssl: LintOptions['openssl'];
  main: ServerConfig;
  /** The main server's headers and its Header lines (mainHeaders), once worked out. */
  mainHeaders?: readonly ResponseHeader[];
  mainActions?: readonly HeaderAction[];
  /** The specs of vhosts' own scopes (endpointSpec). */
  endpointSpecs: ScopeSpec[];
  /** The kinds of vhost whose header scopes have a template, by their shape's number (shapeHash), how many, and how many vhosts were filled from one. */
  headerTemplates: Map<number, TemplateKind[]>;
  templateKinds: number;
  templateFills: number;
  /** The main server's ServerName as a vhost without one takes it (mainServerName), once worked out. */
  mainName?: string | null;
  /** The ports of every Listen (vhostListeners), once worked out. */
  listenPorts?: readonly number[];
  /** Paths of certificate and key files by value as written (certificatePathOf): every vhost names the same few. */
  filePaths: Map<string, string | null>;
  /** resolveFile's answers by value as written. */
  resolvedFiles: Map<string, { path: string; inCheckout: boolean } | null>;
  /** SSLCompression's default in this version: asked once per model, where versionAtLeast parsed both versions for every endpoint. */
  compressionByDefault: boolean;
  /** Whether this version deprecates SSLCertificateChainFile (asked once, as compressionByDefault). */
  chainFileDeprecated: boolean;
  /** Section heads by their text (sectionInfo), and the head last read at each place in a server's list of sections. */
  sectionHeads: Map<string, SectionHead>;
  recentHeads: SectionHead[];
  /** Protocol sets by SSLProtocol words (protocolsSetting), and the version's default set. */
  protocolSets: Map<string, TlsProtocol[] | undefined>;
  defaultProtocols?: TlsProtocol[];
  /** The protocols the build has (allProtocols), once worked out. */
  allProtocols?: TlsProtocol[];
  /** What mod_ssl's version bounds make of each protocol set (protocolsSetting); null when it enables none. */
  protocolBounds: Map<readonly TlsProtocol[], { min: number; max: number; effective: TlsProtocol[] } | null>;
  /** The cipher string mod_ssl ends with, by the string as written (withNullExclusions), and the last one asked. */
  cipherStrings: Map<string, string>;
  lastCiphers?: { written: string; result: string };
  /** The last SSLProtocol words protocolsOf read, and their protocols. */
  lastProtocols?: { words: readonly string[]; protocols: TlsProtocol[] | undefined };
  /** Parsed <VirtualHost> addresses by their text (vhostAddress). */
  vhostAddresses: Map<string, { address: string; port: number | null }>;
  /** The default settings by their value (defaultSetting). */
  defaults: Map<unknown, Setting<unknown>>;
  /** The main server's own settings by SettingKind slot (mainSetting); null where it sets none. */
  mainSettings: (Setting<unknown> | null | undefined)[];
  /** The own settings of the vhost being built (ownSettingsOf), by SettingKind slot; undefined where it sets none. */
  vhostSettings: (Setting<unknown> | undefined)[];
  /** The default setting last returned for each SettingKind slot (kindDefault). */
  kindDefaults: (Setting<unknown> | undefined)[];
  /** The vhost vhostSettings holds. */
  vhostSettingsOf: ServerConfig | null;
  /** The main server's SSLOpenSSLConfCmd settings by command in lower case (confCmd); null where it sets none. */
  mainConfCmds: Map<string, Setting<string> | null>;
}

// Apache's main server is the level every vhost inherits from; <Location>, <Directory>, <Files>, <If> are paths.
const SERVER_LEVEL: SettingLevel = 'global';
const VHOST_LEVEL: SettingLevel = 'endpoint';
const PATH_LEVEL: SettingLevel = 'path';

/** Builds the model of the tree rooted at `entry` (the loader has attached included files). */
export function buildApacheModel(entry: ConfigFile, options: LintOptions): TlsModel {
  return readModel(entry, options, true) ?? readModel(entry, options, false)!;
}

/** Walks of the tree the model made in this process: the tests count them (one per model, two when a late line undid the early build). */
export const modelWalks = { count: 0 };

/** Whether a line changes the read-time state the model resolves values with (`${}`, ServerRoot); LoadModule changes nothing it reads. */
function changesModelState(name: DirectiveName): boolean {
  return name.role === NameRole.State && name.lower !== 'loadmodule';
}

/**
 * The model of the tree. With `early`, each <VirtualHost> is built as soon as the walk leaves it: its lines
 * are then young garbage, where holding every vhost's lines until the last one was read had the GC copy
 * them twice (40 MB of a 10,000-vhost tree). A vhost inherits from the main server what the whole tree
 * says, so a main-server line, a main-server section, a Listen, an unread Include at main-server level or a
 * Define or ServerRoot read after a vhost was built undoes the early build: then the result is undefined,
 * and the tree is read again without it (most trees write the main server before their vhosts).
 */
export function readModel(entry: ConfigFile, options: LintOptions, early: boolean): TlsModel | undefined {
  modelWalks.count++;
  const version = options.serverVersions.apache ?? APACHE_DEFAULT_VERSION;
  const state = initialState(entry.path, { pathMaps: options.pathMaps, serverVersions: { apache: version } });
  const main: ServerConfig = { section: null, own: [], paths: [] };
  const vhosts: ServerConfig[] = [];
  /** Where an unread Include stands: MAIN, a <VirtualHost>, or a path section. */
  const unreadAt = new UnreadPlaces();
  const listens: Read[] = [];
  const files = new Set<ConfigFile>();
  const context: BuildContext = {
    version, root: options.root, state, openssl: options.openssl, main, unreadAt, filePaths: new Map(), resolvedFiles: new Map(), protocolSets: new Map(), sectionHeads: new Map(), recentHeads: [], headerTemplates: new Map(), templateKinds: 0, templateFills: 0, endpointSpecs: [],
    protocolBounds: new Map(), cipherStrings: new Map(), vhostAddresses: new Map(), defaults: new Map(), mainSettings: new Array(settingKinds).fill(undefined), mainConfCmds: new Map(),
    vhostSettings: new Array(settingKinds).fill(undefined), vhostSettingsOf: null, kindDefaults: new Array(settingKinds).fill(undefined),
    compressionByDefault: !versionAtLeast(version, '2.4.4'), chainFileDeprecated: versionAtLeast(version, CHAIN_FILE_DEPRECATED),
  };
  // Each vhost's sockets are marked as it is built, while its listeners are at hand: a second pass over
  // 10,000 endpoints spent its time waiting for memory.
  const firstOnSocket = new Map<string, Listener>();
  const endpoints: Endpoint[] = [];
  /** Set when a line read after an early build changes what the built vhosts inherit: the walk stops reading. */
  let undone = false;
  const socketKeys: SocketKeys = new Map();
  const build = (config: ServerConfig) => endpoints.push(markFirstOnSocket(buildEndpoint(config, context, listens), firstOnSocket, socketKeys));
  // The walk's open sections, kept alongside its `sections` stack: the <VirtualHost> at the top, and the
  // path section at each depth (a Map by directive cost a hash per section of a 10,000-vhost tree).
  let vhost: ServerConfig | null = null;
  /** A line at main-server level: the vhost before it is complete (built now when early). */
  const atMainLevel = () => {
    if (!early || vhost === null) return;
    build(vhost);
    vhost = null;
  };
  const pathAt: (PathSection | null)[] = [];
  walkApache(entry, state, {
    enter: (file) => files.add(file),
    include(directive, _file, walkState, sections) {
      if (undone) return [];
      if (sections.length === 0) atMainLevel();
      const included = includedFiles(directive, walkState) ?? [];
      // An Include whose file could not be read (include-not-found): what it would set there is unknown.
      // A missing IncludeOptional is nothing to httpd, so nothing is unknown.
      if (included.length === 0 && directive.name.toLowerCase() === 'include' && directive.args.length > 0) {
        unreadAt.add(sections.length ? sections[sections.length - 1] : MAIN);
        // Unknown at main-server level (or in a main-server section): the vhosts built so far inherit it.
        if (endpoints.length > 0 && (vhost === null || sections[0] !== vhost.section)) undone = true;
      }
      return undone ? [] : included;
    },
    directive(tree, row, opened, _file, sections, walkState, name) {
      if (undone) return;
      const depth = sections.length;
      if (depth === 0) atMainLevel();
      if (endpoints.length > 0 && changesModelState(name)) {
        undone = true;
        return;
      }
      const section = opened !== undefined;
      // Most lines of a real tree (Options, LogFormat, RewriteCond) decide nothing the model holds:
      // reading their arguments was most of the model's time on a 10,000-vhost tree.
      if (!section && !isModelledName(name)) return;
      if (depth === 0 && section && name.lower === 'virtualhost') {
        vhost = { section: opened, own: [], paths: [] };
        if (!early) vhosts.push(vhost);
        return;
      }
      // Every section the walk enters is a <VirtualHost> at the top or a path section (below).
      const server = depth > 0 && vhost !== null && vhost.section === sections[0] ? vhost : main;
      if (server === main && endpoints.length > 0) {
        undone = true;
        return;
      }
      const outermost = server === main ? 0 : 1;
      const enclosing = depth > outermost && pathAt[depth - 1]?.section === sections[depth - 1] ? pathAt[depth - 1] : null;
      if (opened !== undefined) {
        const path: PathSection = { section: opened, parent: enclosing, own: NO_READS, info: undefined };
        pathAt[depth] = path;
        server.paths.push(path);
        return;
      }
      const read = readOf(tree, row, name.lower, walkState);
      addRead(enclosing ?? server, read);
      if (depth === 0 && name.lower === 'listen') listens.push(read);
    },
  });
  if (undone) return undefined;
  atMainLevel();
  for (const config of vhosts) build(config);
  const mainEndpoint = mainServerEndpoint(context, listens, endpoints);
  if (mainEndpoint) {
    endpoints.unshift(mainEndpoint);
    markMainServer(mainEndpoint, firstOnSocket);
  }
  return { dialect: 'apache', server: { product: 'Apache httpd', version, tlsLibrary: 'openssl' }, endpoints, files: [...files] };
}

/** The reads of a section with none the model reads (most of a tree's <Directory> sections): never added to (addRead). */
const NO_READS: Read[] = [];

/**
 * Adds `read` to what a server or section has written. Most sections hold one such line or none: the list is
 * made for the first, one long (an empty list grows room for 16 at its first push).
 */
function addRead(holder: { own: Read[] }, read: Read): void {
  if (holder.own === NO_READS) holder.own = [read];
  else holder.own.push(read);
}

/** Directives the model reads besides mod_ssl's: sockets, names, headers, redirects, proxying. */
const MODELLED = new Set(['listen', 'documentroot', 'alias', 'servername', 'serveralias', 'header', 'redirect', 'redirectmatch', 'redirectpermanent', 'redirecttemp', 'rewriterule', 'proxypass']);

function isModelled(name: string): boolean {
  return name.startsWith('ssl') || MODELLED.has(name);
}

/** isModelled's answers by name id (DirectiveName.id): 0 not asked yet, 1 no, 2 yes. Asked of every line of the tree. */
const modelledById = new Uint8Array(MAX_NAMES);

function isModelledName(name: DirectiveName): boolean {
  if (name.id === NO_NAME_ID) return isModelled(name.lower);
  let answer = modelledById[name.id];
  if (answer === 0) modelledById[name.id] = answer = isModelled(name.lower) ? 2 : 1;
  return answer === 2;
}

function readOf(tree: ApacheTree, row: number, name: string, state: WalkState): Read {
  const values = tree.argValues(row);
  for (let index = 0; index < values.length; index++) values[index] = substitute(values[index], state);
  return new Read(tree, row, name, values);
}

// ---- settings ---------------------------------------------------------------------------------

/** The last `name` directive of a list (httpd: a later directive of the same context replaces an earlier one). */
function last(list: readonly Read[], name: string): Read | undefined {
  for (let index = list.length - 1; index >= 0; index--) if (list[index].name === name) return list[index];
  return undefined;
}

/** A setting mod_ssl merges from the main server into a vhost (see setting): its directive (lower case) and how a line of it is read. */
interface SettingKind<T> {
  readonly name: string;
  readonly read: (read: Read, context: BuildContext) => T | undefined;
  /** Its place in BuildContext.mainSettings. */
  readonly slot: number;
}

let settingKinds = 0;

/** The setting kinds of each directive (lower case): SSLCipherSuite sets two. */
const kindsByName = new Map<string, SettingKind<unknown>[]>();

function settingKind<T>(name: string, read: (read: Read, context: BuildContext) => T | undefined): SettingKind<T> {
  const kind = { name, read, slot: settingKinds++ };
  const kinds = kindsByName.get(name);
  if (kinds) kinds.push(kind);
  else kindsByName.set(name, [kind]);
  return kind;
}

/**
 * mod_ssl's server config merge (ssl_config_server_merge, cfgMerge): a vhost's own value wins, else the
 * main server's, else the compiled-in default.
 */
function setting<T>(vhost: ServerConfig, context: BuildContext, kind: SettingKind<T>, fallback: T): Setting<T> {
  return (vhost !== context.main && ownSettingsOf(vhost, context)[kind.slot] as Setting<T> | undefined)
    || mainSetting(context, kind)
    || kindDefault(context, kind, fallback);
}

/** defaultSetting of `kind`'s fallback, kept by slot: a kind's fallback is one value per model, asked of most vhosts. */
function kindDefault<T>(context: BuildContext, kind: SettingKind<T>, fallback: T): Setting<T> {
  const known = context.kindDefaults[kind.slot] as Setting<T> | undefined;
  if (known !== undefined && known.value === fallback) return known;
  return (context.kindDefaults[kind.slot] = defaultSetting(context, fallback));
}

/**
 * The main server's own setting of `kind`, one object per model: every vhost that does not set it inherits
 * this one (a setting and two ranges per vhost were made for a line written once, as SSLProtocol in ssl.conf).
 * The main server's lines are all read before a vhost is built (readModel undoes an early build otherwise).
 */
function mainSetting<T>(context: BuildContext, kind: SettingKind<T>): Setting<T> | null {
  let shared = context.mainSettings[kind.slot] as Setting<T> | null | undefined;
  if (shared === undefined) context.mainSettings[kind.slot] = shared = ownSetting(context.main.own, kind, context, SERVER_LEVEL) ?? null;
  return shared;
}

/**
 * The setting of a compiled-in default, one object per value and model: most vhosts leave most settings
 * at their defaults, and 10,000 vhosts kept 97,000 equal objects in the model (each a copy for the GC).
 */
function defaultSetting<T>(context: BuildContext, value: T): Setting<T> {
  let shared = context.defaults.get(value) as Setting<T> | undefined;
  if (shared === undefined) context.defaults.set(value, (shared = { value, source: null, level: 'default' }));
  return shared;
}

/**
 * A vhost's own settings by SettingKind slot, each the last line of its kind that it reads (as ownSetting),
 * found in one pass over its lines: a scan per kind read a vhost's lines a dozen times. A vhost is built
 * whole before the next (buildEndpoint), so one list serves them all in turn.
 */
function ownSettingsOf(vhost: ServerConfig, context: BuildContext): readonly (Setting<unknown> | undefined)[] {
  const found = context.vhostSettings;
  if (context.vhostSettingsOf === vhost) return found;
  context.vhostSettingsOf = vhost;
  found.fill(undefined);
  const own = vhost.own;
  for (let index = own.length - 1; index >= 0; index--) {
    const kinds = kindsByName.get(own[index].name);
    if (kinds === undefined) continue;
    for (const kind of kinds) {
      if (found[kind.slot] !== undefined) continue;
      const value = kind.read(own[index], context);
      if (value !== undefined) found[kind.slot] = settingOf(own[index], value, VHOST_LEVEL);
    }
  }
  return found;
}

/** The value of the last `kind` directive of `own` that it reads, at `level`; undefined when none. */
function ownSetting<T>(own: readonly Read[], kind: SettingKind<T>, context: BuildContext, level: SettingLevel): Setting<T> | undefined {
  const name = kind.name;
  // The last directive that sets this value wins (`SSLCipherSuite TLSv1.3 ...` sets another value).
  for (let index = own.length - 1; index >= 0; index--) {
    if (own[index].name !== name) continue;
    const value = kind.read(own[index], context);
    if (value !== undefined) return settingOf(own[index], value, level);
  }
  return undefined;
}

function settingOf<T>(read: Read, value: T, level: SettingLevel): Setting<T> {
  const count = read.argCount;
  const source = read.range;
  if (count === 0) return { value, source, level };
  // One argument (most settings) is its own span; more run from the first one's start to the last one's end.
  const first = read.argRange(0);
  return lineSetting(value, source, first.startOffset, count === 1 ? first.endOffset : read.argRange(count - 1).endOffset, level);
}

/**
 * A setting of `value` written at `source`, its arguments from `valueStart` to `valueEnd`: a LineSetting, except
 * at the main server's level. The main server's settings are shared by every vhost that inherits them
 * (mainSetting), and rules tell such a setting by its range (tls-compression-enabled reports each once): their
 * ranges are the objects kept.
 */
function lineSetting<T>(value: T, source: Span, valueStart: number, valueEnd: number, level: SettingLevel): Setting<T> {
  if (level !== SERVER_LEVEL) return new LineSetting(value, level, source.source, source.startOffset, source.endOffset, valueStart, valueEnd);
  return { value, source, valueRange: source.source.span(valueStart, valueEnd), level };
}

/**
 * A vhost's setting read from a line of a parsed file. Its ranges are kept as offsets and made when asked (rules
 * ask for few: to report, to point into the value, to word a fix): a 10,000-vhost model kept 40,000 such
 * settings, and each range an object for the GC to copy and mark. A vhost's setting is its endpoint's alone.
 */
class LineSetting<T> implements Setting<T> {
  constructor(
    readonly value: T,
    readonly level: SettingLevel,
    readonly text: SourceText,
    readonly start: number,
    readonly end: number,
    readonly valueStart: number,
    readonly valueEnd: number,
  ) {}

  get source(): Span {
    return this.text.span(this.start, this.end);
  }

  get valueRange(): Span {
    return this.text.span(this.valueStart, this.valueEnd);
  }
}

/** `setting` with another value (the same place and level): a copy of a LineSetting is one too, which a spread would not make. */
function withValue<T, U>(setting: Setting<T>, value: U): Setting<U> {
  if (setting instanceof LineSetting) return new LineSetting(value, setting.level, setting.text, setting.start, setting.end, setting.valueStart, setting.valueEnd);
  return { ...setting, value };
}

/** Whether a directive set `setting` (not the compiled-in default), without making its range. */
function isWritten(setting: Setting<unknown>): boolean {
  return setting instanceof LineSetting || setting.source !== null;
}

/** A directive's first argument: the value of settings that take a file name. */
function firstValue(read: Read): string | undefined {
  return read.values[0];
}

/** mod_ssl flags: `on` / `off`, case-insensitive (ap_set_flag_slot). */
function flag(read: Read): boolean | undefined {
  const value = read.values[0]?.toLowerCase();
  return value === 'on' ? true : value === 'off' ? false : undefined;
}

const ENGINE = settingKind('sslengine', flag);
const SESSION_TICKETS = settingKind('sslsessiontickets', flag);
const STAPLING = settingKind('sslusestapling', flag);
const COMPRESSION = settingKind('sslcompression', flag);
const RENEGOTIATION = settingKind('sslinsecurerenegotiation', flag);
const PROXY_CHECK_PEER_NAME = settingKind('sslproxycheckpeername', flag);
const PROXY_VERIFY = settingKind('sslproxyverify', (read) => (read.values[0] ? read.values[0].toLowerCase() === 'require' : undefined));
const CHAIN_FILE = settingKind<string | null>('sslcertificatechainfile', firstValue);
const TICKET_KEY_FILE = settingKind<string | null>('sslsessionticketkeyfile', firstValue);
const CA_FILE = settingKind<string | null>('sslcacertificatefile', firstValue);
const VERIFY_CLIENT = settingKind<string | null>('sslverifyclient', (read) => read.values[0]?.toLowerCase());

const PROTOCOL_WORDS = lookupTable<TlsProtocol | 'all'>({
  sslv2: 'SSLv2', sslv3: 'SSLv3', tlsv1: 'TLSv1', 'tlsv1.1': 'TLSv1.1', 'tlsv1.2': 'TLSv1.2', 'tlsv1.3': 'TLSv1.3', all: 'all',
});

/**
 * The protocols `all` stands for: mod_ssl's SSL_PROTOCOL_ALL holds SSLv3 only when OpenSSL still
 * builds it (OPENSSL_NO_SSL3 is the default from OpenSSL 1.1.0).
 */
function allProtocols(context: BuildContext): TlsProtocol[] {
  if (context.allProtocols) return context.allProtocols;
  const tls: TlsProtocol[] = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
  context.allProtocols = context.openssl === '1.0.2' ? ['SSLv3', ...tls] : tls;
  return context.allProtocols;
}

// mod_ssl: ssl_engine_config.c ssl_cmd_protocol_parse starts from no protocol; a word without `+`/`-`
// replaces the set, `+x` adds, `-x` removes; `all` is every protocol the build has.
/** The protocols an `SSLProtocol` line enables; undefined when a word is not a protocol (httpd refuses it). */
export function protocolArithmetic(words: readonly string[], all: readonly TlsProtocol[]): TlsProtocol[] | undefined {
  let enabled = new Set<TlsProtocol>();
  for (const word of words) {
    const action = word[0] === '+' || word[0] === '-' ? word[0] : '';
    const named = PROTOCOL_WORDS[word.slice(action.length).toLowerCase()];
    if (named === undefined) return undefined;
    const these: readonly TlsProtocol[] = named === 'all' ? all : [named];
    if (action === '-') for (const p of these) enabled.delete(p);
    else if (action === '+') for (const p of these) enabled.add(p);
    else enabled = new Set(these);
  }
  return [...enabled].sort((a, b) => PROTOCOL_ORDER.indexOf(a) - PROTOCOL_ORDER.indexOf(b));
}

const PROTOCOL_ORDER: readonly TlsProtocol[] = ['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

/** The protocols an SSLProtocol line enables: thousands of vhosts write the same few lines, each distinct one is worked out once. */
function protocolsOf(words: readonly string[], context: BuildContext): TlsProtocol[] | undefined {
  // Most vhosts write the line the vhost before wrote: compared word by word, no key made.
  const last = context.lastProtocols;
  if (last !== undefined && sameStrings(last.words, words)) return last.protocols;
  const key = words.join(' ');
  if (!context.protocolSets.has(key)) context.protocolSets.set(key, protocolArithmetic(words, allProtocols(context)));
  const protocols = context.protocolSets.get(key);
  context.lastProtocols = { words, protocols };
  return protocols;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}

const PROTOCOLS = settingKind('sslprotocol', (read, context) => protocolsOf(read.values, context));

function protocolsSetting(vhost: ServerConfig, context: BuildContext): Setting<TlsProtocol[]> {
  const all = allProtocols(context);
  context.defaultProtocols ??= protocolArithmetic(defaultProtocolWords(context.version), all) ?? all;
  const written = setting(vhost, context, PROTOCOLS, context.defaultProtocols);
  // OpenSSL 1.0.2 has no version bounds: mod_ssl sets SSL_OP_NO_* per protocol, so holes stay.
  if (context.openssl === '1.0.2') return confSetting(vhost, context, written, { min: 0, max: all.length - 1, off: new Set(all.filter((p) => !written.value.includes(p))) }, all);
  // The sets are the few cached above (or the default): the bounds of each are worked out once.
  let bounds = context.protocolBounds.get(written.value);
  if (bounds === undefined) {
    const state = versionBounds(written.value, all);
    bounds = state ? { min: state.min, max: state.max, effective: rangeOf(state, all) } : null;
    context.protocolBounds.set(written.value, bounds);
  }
  // No protocol at all: mod_ssl refuses to start (AH02231), whatever SSL_CONF would say.
  if (!bounds) return written;
  const start = bounds.effective.length === written.value.length ? written : withValue(written, bounds.effective);
  return confSetting(vhost, context, start, { min: bounds.min, max: bounds.max, off: NO_PROTOCOLS }, all);
}

/** What OpenSSL holds after mod_ssl: the lowest and highest version allowed (indices into `all`) and the protocols switched off by option. */
interface ProtocolState {
  min: number;
  max: number;
  off: ReadonlySet<TlsProtocol>;
}

const NO_PROTOCOLS: ReadonlySet<TlsProtocol> = new Set();

// mod_ssl with OpenSSL 1.1.0+ (ssl_engine_init.c ssl_init_ctx_protocol): SSL_CTX_set_max_proto_version to the
// highest SSLProtocol enables, SSL_CTX_set_min_proto_version to the lowest reached from there without a
// gap ("we do not allow holes between max and min"); no SSL_OP_NO_* option. `-all +TLSv1 +TLSv1.2` is TLS 1.2 only.
/** The version bounds mod_ssl sets for the protocols `enabled`; undefined when none is enabled. */
function versionBounds(enabled: readonly TlsProtocol[], all: readonly TlsProtocol[]): ProtocolState | undefined {
  let max = -1;
  for (let index = all.length - 1; index >= 0 && max < 0; index--) if (enabled.includes(all[index])) max = index;
  if (max < 0) return undefined;
  let min = max;
  while (min > 0 && enabled.includes(all[min - 1])) min--;
  return { min, max, off: NO_PROTOCOLS };
}

function rangeOf(state: ProtocolState, all: readonly TlsProtocol[]): TlsProtocol[] {
  return all.filter((p, index) => index >= state.min && index <= state.max && !state.off.has(p));
}

/**
 * mod_ssl hands every SSLOpenSSLConfCmd to OpenSSL's SSL_CONF after its own settings (ssl_init_server_ctx:
 * SSL_CONF_cmd last), the main server's first then the vhost's (ssl_ctx_param merges by appending).
 * `Protocol` switches protocols on and off by option (ssl/ssl_conf.c cmd_Protocol), within the version
 * bounds: it cannot bring back a version below mod_ssl's minimum. `MinProtocol` / `MaxProtocol` move
 * the bounds (min_max_proto: `None` is no bound; names are case-sensitive, an unknown one fails the start).
 */
function confSetting(vhost: ServerConfig, context: BuildContext, written: Setting<TlsProtocol[]>, state: ProtocolState, all: readonly TlsProtocol[]): Setting<TlsProtocol[]> {
  // Most servers write no such command: nothing to apply.
  if (!context.main.own.some(isProtocolCommand) && (vhost === context.main || !vhost.own.some(isProtocolCommand))) return written;
  const commands = [...context.main.own.filter(isProtocolCommand).map((read) => [read, SERVER_LEVEL] as const)];
  if (vhost !== context.main) for (const read of vhost.own) if (isProtocolCommand(read)) commands.push([read, VHOST_LEVEL]);
  let result = written;
  for (const [read, level] of commands) {
    const name = read.values[0].toLowerCase();
    const value = read.values[1];
    if (name === 'protocol') {
      const off = confProtocolOptions(value, state.off, all);
      if (off === undefined) continue;
      state.off = off;
    } else {
      // OpenSSL 1.0.2 has no MinProtocol/MaxProtocol: httpd refuses the command when it is read.
      if (context.openssl === '1.0.2') continue;
      const bound = versionBound(value, name === 'minprotocol', all);
      if (bound === undefined) continue;
      if (name === 'minprotocol') state.min = bound;
      else state.max = bound;
    }
    const now = rangeOf(state, all);
    if (now.join() !== result.value.join()) result = { value: now, source: read.range, level };
  }
  return result;
}

/** OpenSSL's protocol_from_string names (`None`, `SSLv3` ... `TLSv1.3`, exact case); DTLS names fail on a TLS context. */
const BOUND_NAMES: readonly string[] = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

/** A MinProtocol (`min`) or MaxProtocol value as an index into `all`; undefined when OpenSSL refuses the value. */
function versionBound(value: string, min: boolean, all: readonly TlsProtocol[]): number | undefined {
  if (value === 'None') return min ? 0 : all.length - 1;
  if (!BOUND_NAMES.includes(value)) return undefined;
  const order = PROTOCOL_ORDER.indexOf(value as TlsProtocol);
  // A bound on a version the build lacks (SSLv3 without SSL 3 support) still bounds the ones it has.
  if (min) {
    const index = all.findIndex((p) => PROTOCOL_ORDER.indexOf(p) >= order);
    return index < 0 ? all.length : index;
  }
  let index = all.length - 1;
  while (index >= 0 && PROTOCOL_ORDER.indexOf(all[index]) > order) index--;
  return index;
}

/** `SSLOpenSSLConfCmd Protocol|MinProtocol|MaxProtocol value` (command names are case-insensitive in a config file). */
function isProtocolCommand(read: Read): boolean {
  if (read.name !== 'sslopensslconfcmd' || read.values.length !== 2) return false;
  const name = read.values[0].toLowerCase();
  return name === 'protocol' || name === 'minprotocol' || name === 'maxprotocol';
}

// OpenSSL: ssl/ssl_conf.c cmd_Protocol: a comma- or space-separated list; `-name` disables, `name` (or
// `+name`) enables, `ALL` stands for every protocol; names OpenSSL does not know make the command fail.
/** The protocols switched off after an SSLOpenSSLConfCmd Protocol list, starting from `off`; undefined when a name is unknown. */
export function confProtocolOptions(list: string, off: ReadonlySet<TlsProtocol>, all: readonly TlsProtocol[]): Set<TlsProtocol> | undefined {
  const result = new Set(off);
  for (const item of list.split(/[\s,]+/).filter(Boolean)) {
    const disable = item.startsWith('-');
    const word = item.replace(/^[+-]/, '').toLowerCase();
    const named = word === 'all' ? 'all' : PROTOCOL_WORDS[word];
    if (named === undefined) return undefined;
    for (const protocol of named === 'all' ? all : [named]) {
      if (disable) result.add(protocol);
      else result.delete(protocol);
    }
  }
  return result;
}

/**
 * The SSL (TLS 1.2 and below) cipher string. mod_ssl adds `:!aNULL:!eNULL:!EXP` to every configured
 * string (ssl_cmd_SSLCipherSuite; appended since 2.4.17, prepended from 2.4.7: CHANGES), so
 * unauthenticated and null suites are never offered whatever the string says. The model's string
 * carries that addition, because the suites it yields are what the server offers; `!EXP` only where
 * OpenSSL still knows EXP (1.0.2): OpenSSL 3.0 ignores the unknown word. Without SSLCipherSuite,
 * mod_ssl leaves OpenSSL's `DEFAULT` list.
 */
function ciphersSetting(vhost: ServerConfig, context: BuildContext): Setting<string> {
  return setting(vhost, context, CIPHERS, 'DEFAULT');
}

const CIPHERS = settingKind('sslciphersuite', (read, context) => {
  const [first, second] = read.values;
  if (second === undefined) return withNullExclusions(first, context);
  return first.toUpperCase() === 'SSL' ? withNullExclusions(second, context) : undefined;
});

function withNullExclusions(ciphers: string, context: BuildContext): string {
  // Most vhosts write the string the vhost before wrote: compared, where a lookup hashed the long string too.
  const last = context.lastCiphers;
  if (last !== undefined && last.written === ciphers) return last.result;
  // Thousands of vhosts write the same few strings: one string each, whose hash rules' caches compute once.
  let result = context.cipherStrings.get(ciphers);
  if (result === undefined) context.cipherStrings.set(ciphers, (result = nullExclusionsAdded(ciphers, context)));
  context.lastCiphers = { written: ciphers, result };
  return result;
}

function nullExclusionsAdded(ciphers: string, context: BuildContext): string {
  const exclusions = context.openssl === '1.0.2' ? '!aNULL:!eNULL:!EXP' : '!aNULL:!eNULL';
  if (appendsNullExclusions(context.version)) return `${ciphers}:${exclusions}`;
  if (prependsNullExclusions(context.version)) return `${exclusions}:${ciphers}`;
  return ciphers;
}

// mod_ssl 2.4.43: `SSLCipherSuite TLSv1.3 <suites>` sets the TLS 1.3 suites; SSLOpenSSLConfCmd
// Ciphersuites does the same through OpenSSL's SSL_CONF.
function ciphersuitesSetting(vhost: ServerConfig, context: BuildContext): Setting<string | undefined> {
  return setting<string | undefined>(vhost, context, CIPHERSUITES, undefined);
}

const CIPHERSUITES = settingKind<string>('sslciphersuite', (read) => (read.values.length >= 2 && read.values[0].toLowerCase() === 'tlsv1.3' ? read.values[1] : undefined));

/** A named SSLOpenSSLConfCmd (`wanted` in lower case: `curves`, `dhparameters`), vhost first then main server (one setting per model, as mainSetting). */
function confCmd(vhost: ServerConfig, context: BuildContext, wanted: string): Setting<string> | undefined {
  const own = vhost !== context.main ? ownConfCmd(vhost.own, wanted, VHOST_LEVEL) : undefined;
  if (own) return own;
  let shared = context.mainConfCmds.get(wanted);
  if (shared === undefined) context.mainConfCmds.set(wanted, (shared = ownConfCmd(context.main.own, wanted, SERVER_LEVEL) ?? null));
  return shared ?? undefined;
}

/** The last `SSLOpenSSLConfCmd <wanted> value` of `own` (`wanted` in lower case), at `level`. */
function ownConfCmd(own: readonly Read[], wanted: string, level: SettingLevel): Setting<string> | undefined {
  for (let index = own.length - 1; index >= 0; index--) {
    const read = own[index];
    if (read.name !== 'sslopensslconfcmd' || read.values[0]?.toLowerCase() !== wanted) continue;
    // Only the value argument is the setting's value: a fix replaces it, never the command name.
    if (read.values[1] === undefined) return undefined;
    const argument = read.argRange(1);
    return lineSetting(read.values[1], read.range, argument.startOffset, argument.endOffset, level);
  }
  return undefined;
}

// ---- endpoints --------------------------------------------------------------------------------

function buildEndpoint(vhost: ServerConfig, context: BuildContext, listens: readonly Read[]): Endpoint {
  const section = vhost.section!;
  const range = section.headRange;
  // server/vhost.c: a vhost without ServerName takes the main server's (its aliases stay its own).
  const own = namesOf(vhost);
  const mainName = last(vhost.own, 'servername') ? undefined : mainServerName(context);
  const serverNames = mainName ? [mainName, ...own] : own;
  const tls = setting(vhost, context, ENGINE, false).value;
  context.listenPorts ??= [...new Set(listens.map((l) => listenAddress(l.values[0] ?? '')?.port).filter((p): p is number => p !== undefined))];
  const listeners = vhostListeners(section, context.state, context.listenPorts, tls, context.vhostAddresses);
  return endpointOf(vhost, context, range, serverNames[0] ? `VirtualHost ${serverNames[0]}` : `VirtualHost ${section.argRaws().join(' ')}`, serverNames, listeners);
}

/** The main server's ServerName (scheme and port dropped), worked out once per model. */
function mainServerName(context: BuildContext): string | undefined {
  if (context.mainName === undefined) context.mainName = namesOf({ ...context.main, own: context.main.own.filter((r) => r.name === 'servername') })[0] ?? null;
  return context.mainName ?? undefined;
}

function endpointOf(server: ServerConfig, context: BuildContext, range: SourceRange, label: string, serverNames: string[], listeners: Listener[]): Endpoint {
  const suites = ciphersuitesSetting(server, context);
  const ciphersuites: Setting<string> = suites.value === undefined
    ? (confCmd(server, context, 'ciphersuites') ?? defaultSetting(context, OPENSSL_DEFAULT_CIPHERSUITES))
    : withValue(suites, suites.value);
  const confCiphers = confCmd(server, context, 'cipherstring');
  const certificates = certificatesOf(server, context);
  const dhparam: Setting<string | null> = confCmd(server, context, 'dhparameters') ?? defaultSetting<string | null>(context, null);
  const chainFile = setting<string | null>(server, context, CHAIN_FILE, null);
  const tls = listeners.some((l) => l.tls);
  const headers = headerScopes(server, context, range);
  const endpoint: Endpoint = {
    label,
    range,
    // mod_proxy and mod_ssl serve HTTP here; Apache has no stream or mail proxy with TLS settings of its own.
    application: 'http',
    serverNames: exact(serverNames),
    listeners: exact(listeners),
    certificates: exact(certificates),
    protocols: protocolsSetting(server, context),
    ciphers: confCiphers ?? ciphersSetting(server, context),
    ciphersuites,
    // mod_ssl: SSLSessionTickets defaults to on; without SSLSessionTicketKeyFile the key is random per start
    // and renewed on restart (CHANGES 2.4.11), never rotated while the server runs.
    sessionTickets: setting(server, context, SESSION_TICKETS, true),
    ticketKeyRotation: setting<string | null>(server, context, TICKET_KEY_FILE, null).value !== null ? 'never' : 'per-restart',
    stapling: setting(server, context, STAPLING, false),
    // mod_ssl staples when built with OCSP stapling (HAVE_OCSP_STAPLING, every OpenSSL 1.0+ build).
    staplingAvailable: true,
    dhparam,
    files: tls ? exact(namedFiles(server, context, certificates, dhparam, chainFile)) : NO_ITEMS,
    // mod_ssl (ssl_engine_init.c, 2.4.x): without DH parameters it picks standard primes sized to the key
    // (RFC 7919 / RFC 3526 groups through ssl_callback_TmpDH), so DHE suites are always available.
    dheAvailable: true,
    deprecated: context.chainFileDeprecated && isWritten(chainFile)
      ? [{ key: 'chainFile', setting: chainFile as Setting<string>, removed: false }]
      : NO_ITEMS,
    // headerScopes' list has the exact length already.
    scopes: headers,
    upstreams: exact(upstreamsOf(server, context)),
    rejectsHandshake: false,
    unknown: unknownSettings(server, context),
    // mod_ssl: SSLCompression is off by default since 2.4.4 (CHANGES: "the so called CRIME attack"), and
    // since 2.4.30 httpd refuses `on` when OpenSSL has no compression method (OpenSSL 1.1.0+ default builds).
    compression: setting(server, context, COMPRESSION, context.compressionByDefault),
    insecureRenegotiation: setting(server, context, RENEGOTIATION, false),
    httpRedirect: redirectOf(server.own),
  };
  const clientAuth = clientAuthOf(server, context);
  if (clientAuth) endpoint.clientAuth = clientAuth;
  return endpoint;
}

/**
 * A copy of exactly `list`'s length. The model is kept to the end of the run, and a list grown by push or a
 * spread keeps room for 17 entries: 150 bytes more for each of five lists of 15,000 endpoints. An empty list
 * is the one shared (frozen) empty list: most endpoints have no upstream, no deprecated setting, and a
 * plain-HTTP one no files, and 15,000 endpoints kept 35,000 empty arrays.
 */
function exact<T>(list: T[]): T[] {
  return list.length === 0 ? NO_ITEMS : list.slice();
}

const NO_ITEMS: never[] = Object.freeze([]) as never;

// mod_ssl `SSLVerifyClient none|optional|require|optional_no_ca` (server level; per-directory ones are not
// read): `optional` and `require` verify against SSLCACertificateFile/Path; `optional_no_ca` lets any
// certificate through (ssl_engine_kernel.c ssl_callback_SSLVerify: SSL_CLIENT_VERIFY becomes GENEROUS) and
// "is actually against the idea of authentication" (mod_ssl docs).
const CLIENT_VERIFY = lookupTable<Pick<ClientAuth, 'mode' | 'verified'>>({
  optional: { mode: 'optional', verified: true },
  require: { mode: 'required', verified: true },
  optional_no_ca: { mode: 'optional', verified: false },
});

function clientAuthOf(server: ServerConfig, context: BuildContext): ClientAuth | undefined {
  const verify = setting<string | null>(server, context, VERIFY_CLIENT, null);
  const known = verify.value !== null ? CLIENT_VERIFY[verify.value] : undefined;
  if (!known) return undefined;
  const clientAuth: ClientAuth = { ...known, written: `SSLVerifyClient ${verify.value}`, source: verify.source, level: verify.level };
  const ca = setting<string | null>(server, context, CA_FILE, null);
  if (ca.source) clientAuth.caSource = ca.source;
  // The verification result checked (SSLRequire) or the certificate handed on (SSLOptions +ExportCertData);
  // only mod_ssl's own directives are read here (`Require expr` and `RequestHeader` are not).
  const handedOn = [server, ...server.paths].flatMap((s) => s.own).find((r) => r.values.some((v) => /ExportCertData|SSL_CLIENT_(?:VERIFY|CERT)\b/i.test(v)));
  if (!known.verified && handedOn) clientAuth.handedOn = handedOn.range;
  return clientAuth;
}

const EVERY_UNKNOWN: ReadonlySet<UnknownSetting> = new Set<UnknownSetting>(['protocols', 'ciphers', 'sessionTickets', 'stapling', 'certificates', 'redirect']);
const NOTHING_UNKNOWN: ReadonlySet<UnknownSetting> = new Set();

/** True when an unread Include stands at the server's own level or the main server's (which every vhost inherits). */
function serverLevelUnread(server: ServerConfig, context: BuildContext): boolean {
  return context.unreadAt.has(MAIN) || (server.section !== null && context.unreadAt.has(server.section));
}

/** Every setting an unread Include at the server's level (or the main server's) may set is unknown. */
function unknownSettings(server: ServerConfig, context: BuildContext): ReadonlySet<UnknownSetting> {
  return serverLevelUnread(server, context) ? EVERY_UNKNOWN : NOTHING_UNKNOWN;
}

/** httpd 2.4.8 CHANGES: "SSLCertificateChainFile is deprecated", the chain goes with SSLCertificateFile. */
const CHAIN_FILE_DEPRECATED = '2.4.8';

/**
 * The files mod_ssl reads for an SSL-enabled vhost (ssl_init_server_certs, ssl_init_ctx_verify): its
 * certificates and keys, the chain file, the CA file for client or proxy verification, DH parameters.
 */
function namedFiles(server: ServerConfig, context: BuildContext, certificates: CertificateRef[], dhparam: Setting<string | null>, chain: Setting<string | null>): FileReference[] {
  const files: FileReference[] = [];
  const add = (role: FileReference['role'], value: Setting<string> | null | undefined) => {
    if (!value || !isWritten(value)) return;
    const resolved = resolveFile(value.value, context);
    const file: FileReference = { role, setting: value, inCheckout: resolved?.inCheckout ?? false };
    if (resolved) file.path = resolved.path;
    files.push(file);
  };
  for (const ref of certificates) {
    add('certificate', ref.certificate);
    add('key', ref.key);
  }
  if (chain.value !== null) add('chain', chain as Setting<string>);
  if (dhparam.value !== null) add('dhparam', dhparam as Setting<string>);
  const ca = setting<string | null>(server, context, CA_FILE, null);
  if (ca.value !== null) add('trusted-certificate', ca as Setting<string>);
  return files;
}

/** Where the server reads a file (relative to ServerRoot, through --map), and whether the checkout should hold it. */
function resolveFile(value: string, context: BuildContext): { path: string; inCheckout: boolean } | undefined {
  let resolved = context.resolvedFiles.get(value);
  if (resolved === undefined) context.resolvedFiles.set(value, (resolved = resolveFileOnce(value, context) ?? null));
  return resolved ?? undefined;
}

function resolveFileOnce(value: string, context: BuildContext): { path: string; inCheckout: boolean } | undefined {
  const path = certificatePathOf(value, context);
  if (!path) return undefined;
  const unmapped = isAbsolute(value) ? value : join(serverRootOf(context.state), value);
  const inside = (dir: string) => !relative(dir, path).startsWith('..') && !isAbsolute(relative(dir, path));
  return { path, inCheckout: path !== unmapped || inside(context.root) };
}

/** ServerName (scheme and port dropped) then every ServerAlias name. */
function namesOf(server: ServerConfig): string[] {
  const names: string[] = [];
  const name = last(server.own, 'servername')?.values[0];
  // Only a name with a `:` can carry a scheme or a port.
  if (name) names.push(name.includes(':') ? name.replace(/^[a-z]+:\/\//i, '').replace(/:\d+$/, '') : name);
  for (const alias of server.own) if (alias.name === 'serveralias') names.push(...alias.values);
  return names;
}

/** `*:443`, `[::1]:443`, `_default_:443`, `example.org`, `*`: the address and, when given, the port. */
export function vhostAddress(text: string): { address: string; port: number | null } {
  const ipv6 = /^(\[[^\]]*\])(?::(\d+|\*))?$/.exec(text);
  if (ipv6) return { address: ipv6[1], port: ipv6[2] && ipv6[2] !== '*' ? Number(ipv6[2]) : null };
  const colon = text.lastIndexOf(':');
  if (colon > 0) {
    const port = text.slice(colon + 1);
    return { address: text.slice(0, colon), port: /^\d+$/.test(port) ? Number(port) : null };
  }
  return { address: text, port: null };
}

/** `Listen [address:]port [protocol]` (server/listen.c). */
export function listenAddress(text: string): { address: string | null; port: number } | undefined {
  if (/^\d+$/.test(text)) return { address: null, port: Number(text) };
  const parsed = vhostAddress(text);
  return parsed.port === null ? undefined : { address: parsed.address, port: parsed.port };
}

/** A vhost's sockets: each address argument; one without a port stands for every Listen port. */
function vhostListeners(section: Line, state: WalkState, listenPorts: readonly number[], tls: boolean, addresses: BuildContext['vhostAddresses']): Listener[] {
  const listeners: Listener[] = [];
  const values = section.argValues();
  for (let index = 0; index < values.length; index++) {
    const text = substitute(values[index], state);
    let parsed = addresses.get(text);
    if (parsed === undefined) addresses.set(text, (parsed = vhostAddress(text)));
    const { address, port } = parsed;
    const source = section.argRange(index);
    const host = address === '_default_' ? '*' : address;
    // Most addresses name their port: no list is made for it.
    if (port !== null) listeners.push(listenerOf(host, port, tls, source));
    else for (const p of listenPorts.length ? listenPorts : DEFAULT_PORTS) listeners.push(listenerOf(host, p, tls, source));
  }
  return listeners;
}

const DEFAULT_PORTS: readonly number[] = [80];

/** A TCP listener of a <VirtualHost> address or a main-server Listen, no socket's default yet (markFirstOnSocket, markMainServer). */
function listenerOf(address: string | null, port: number, tls: boolean, source: Span): Listener {
  return new LineListener(address, port, tls, source.source, source.startOffset, source.endOffset);
}

/** A listener whose range (the address as written) is kept as offsets and made when a rule reports on it, as LineSetting's. */
class LineListener implements Listener {
  readonly tlsFrom: Listener['tlsFrom'];
  readonly quic = false;
  defaultServer = false;

  constructor(
    readonly address: string | null,
    readonly port: number,
    readonly tls: boolean,
    private readonly text: SourceText,
    private readonly start: number,
    private readonly end: number,
  ) {
    this.tlsFrom = tls ? 'listener' : null;
  }

  get source(): Span {
    return this.text.span(this.start, this.end);
  }
}

/** True when a vhost address covers the Listen socket (same port; `*` or the same address). */
function covers(vhost: Listener, listen: { address: string | null; port: number }): boolean {
  if (vhost.port !== listen.port) return false;
  // A vhost on one address leaves the socket's other addresses to the main server.
  return vhost.address === '*' || (listen.address !== null && vhost.address === listen.address);
}

/**
 * The main server answers on the Listen sockets no vhost covers (server/vhost.c fix_hostname and the
 * name-based lookup fall back to it). With no VirtualHost at all it serves every Listen socket; a tree
 * with neither (an `.htaccess` or a fragment) still gets it, without sockets, so its headers are checked.
 */
function mainServerEndpoint(context: BuildContext, listens: readonly Read[], vhosts: readonly Endpoint[]): Endpoint | undefined {
  const main = context.main;
  const tls = setting(main, context, ENGINE, false).value;
  const listeners: Listener[] = [];
  for (const listen of listens) {
    const socket = listenAddress(listen.values[0] ?? '');
    if (!socket) continue;
    if (vhosts.some((v) => v.listeners.some((l) => covers(l, socket)))) continue;
    listeners.push(listenerOf(socket.address, socket.port, tls, listen.range));
  }
  if (listeners.length === 0 && (vhosts.length > 0 || listens.length > 0)) return undefined;
  const first = main.own[0] ?? main.paths[0]?.section;
  const range = first ? first.range : emptyRange(context);
  return endpointOf(main, context, range, 'main server', namesOf(main), listeners);
}

function emptyRange(context: BuildContext): SourceRange {
  const start = { line: 1, column: 1, offset: 0 };
  return { file: context.state.defaultServerRoot, start, end: start };
}

/** httpd: the first vhost listed for an address:port is its default (server/vhost.c). */
function markFirstOnSocket(endpoint: Endpoint, firstOnSocket: Map<string, Listener>, keys: SocketKeys): Endpoint {
  for (const listener of endpoint.listeners) {
    const key = vhostSocketKey(listener, keys);
    if (!firstOnSocket.has(key)) {
      firstOnSocket.set(key, listener);
      listener.defaultServer = true;
    }
  }
  return endpoint;
}

/** socketKey's strings by address and port (vhostSocketKey). */
type SocketKeys = Map<string | null, Map<number, string>>;

/**
 * socketKey of a vhost's listener, one string per address and port: the 15,000 listeners of a large tree name
 * a few sockets, and a key built for each was a new string to hash. An Apache listener is TCP, never a unix
 * socket (vhostListeners), so its address and port say its key.
 */
function vhostSocketKey(listener: Listener, keys: SocketKeys): string {
  let byPort = keys.get(listener.address);
  if (!byPort) keys.set(listener.address, (byPort = new Map()));
  let key = byPort.get(listener.port);
  if (key === undefined) byPort.set(listener.port, (key = socketKey(listener)));
  return key;
}

/** The main server comes before every vhost: a socket it answers on is its own, not its first vhost's. */
function markMainServer(main: Endpoint, firstOnSocket: Map<string, Listener>): void {
  const seen = new Set<string>();
  for (const listener of main.listeners) {
    const key = socketKey(listener);
    if (seen.has(key)) continue;
    seen.add(key);
    listener.defaultServer = true;
    const vhost = firstOnSocket.get(key);
    if (vhost) vhost.defaultServer = false;
  }
}

// ---- certificates -----------------------------------------------------------------------------

/**
 * SSLCertificateFile / SSLCertificateKeyFile pairs by position (one pair per key type); the vhost's own
 * files replace the main server's. A certificate file may hold its key, so a missing key is no error.
 */
function certificatesOf(server: ServerConfig, context: BuildContext): CertificateRef[] {
  return (server !== context.main ? ownCertificates(server.own, context, VHOST_LEVEL) : undefined) ?? ownCertificates(context.main.own, context, SERVER_LEVEL) ?? [];
}

/** The certificates `own` names, at `level`; undefined when it names none. */
function ownCertificates(own: readonly Read[], context: BuildContext, level: SettingLevel): CertificateRef[] | undefined {
  let refs: CertificateRef[] | undefined;
  let keys = 0;
  for (const read of own) {
    if (read.name === 'sslcertificatefile') {
      const certificate = settingOf(read, read.values[0] ?? '', level);
      const ref: CertificateRef = { certificate, key: null };
      const resolvedPath = certificatePathOf(certificate.value, context);
      if (resolvedPath) ref.resolvedPath = resolvedPath;
      (refs ??= []).push(ref);
    }
  }
  if (!refs) return undefined;
  // The n-th key file goes with the n-th certificate file.
  for (const read of own) {
    if (read.name !== 'sslcertificatekeyfile' || keys >= refs.length) continue;
    const ref = refs[keys++];
    ref.key = settingOf(read, read.values[0] ?? '', level);
    const keyPath = certificatePathOf(ref.key.value, context);
    if (keyPath) ref.keyPath = keyPath;
  }
  return refs;
}

/** certificatePath in the state the walk ended in (the model's), worked out once per value. */
function certificatePathOf(value: string, context: BuildContext): string | undefined {
  let path = context.filePaths.get(value);
  if (path === undefined) context.filePaths.set(value, (path = certificatePath(value, context.state) ?? null));
  return path ?? undefined;
}

/** A readable path (relative to ServerRoot), or undefined for PKCS#11 URIs and unresolved `${VAR}`. */
function certificatePath(value: string, state: WalkState): string | undefined {
  if (value === '' || value.includes('${') || /^[a-z0-9]+:/i.test(value)) return undefined;
  return serverPath(value, state);
}

// ---- response headers -------------------------------------------------------------------------

const NO_HEADERS: readonly ResponseHeader[] = [];
const NO_ACTIONS: readonly HeaderAction[] = [];

/** One `Header` action as mod_headers parses it (modules/metadata/mod_headers.c header_cmd). */
interface HeaderAction {
  always: boolean;
  action: string;
  name: string;
  /** `name` in lower case: mod_headers compares header names case-insensitively. */
  key: string;
  value: string | undefined;
  read: Read;
  level: SettingLevel;
  /** Where the `Header` directive starts (its file and offset): how a header it made is told apart (madeBy). */
  file: string;
  start: number;
}

function headerAction(read: Read, level: SettingLevel): HeaderAction | undefined {
  if (read.name !== 'header') return undefined;
  const values = read.values;
  const condition = values[0]?.toLowerCase();
  const always = condition === 'always';
  // The condition is optional: the arguments after it are read from `at`.
  const at = always || condition === 'onsuccess' ? 1 : 0;
  const action = values[at]?.toLowerCase();
  const name = values[at + 1];
  if (action === undefined || name === undefined) return undefined;
  // Where the directive starts, read from its file's table: its range (an object) is made only for a header it sets.
  const file = read.file;
  const start = read.startOffset;
  return { always, action, name, key: name.toLowerCase(), value: values[at + 2], read, level, file, start };
}

/** Whether `header` has the name and table (`always` or not) `action` acts on. */
function actsOn(action: HeaderAction, header: ResponseHeader): boolean {
  // Most names differ in length; equal strings need no lower-case copy.
  return header.always === action.always && header.name.length === action.name.length && (header.name === action.name || header.name.toLowerCase() === action.key);
}

/** Whether one of `actions` made `header`. */
function madeByAny(header: ResponseHeader, actions: readonly HeaderAction[]): boolean {
  for (const action of actions) if (madeBy(header, action)) return true;
  return false;
}

/** Whether `action`'s directive made `header` (ranges are made on each read, see src/syntax/source.ts: compared by file and offset). */
function madeBy(header: ResponseHeader, action: HeaderAction): boolean {
  return headerStart(header) === action.start && headerFile(header) === action.file;
}

// A loop, not `find` with a closure: a closure over the loop's `action` made V8 allocate a context for
// every action applied, of every vhost.
function firstActedOn(headers: readonly ResponseHeader[], action: HeaderAction): ResponseHeader | undefined {
  for (const header of headers) if (actsOn(action, header)) return header;
  return undefined;
}

/** `headers` without those `action` acts on; `headers` itself when it has none. */
function without(headers: readonly ResponseHeader[], action: HeaderAction): readonly ResponseHeader[] {
  let index = 0;
  while (index < headers.length && !actsOn(action, headers[index])) index++;
  if (index === headers.length) return headers;
  const kept = headers.slice(0, index);
  for (index++; index < headers.length; index++) if (!actsOn(action, headers[index])) kept.push(headers[index]);
  return kept;
}

function headerOf(action: HeaderAction): ResponseHeader {
  const read = action.read;
  const value = action.value ?? '';
  const source = read.range;
  const valueRange = read.argRange(read.argCount - 1);
  return new LineHeader(action.name, value, action.always, isDynamic(value), action.level, source.source, source.startOffset, source.endOffset, valueRange.startOffset, valueRange.endOffset);
}

/** `header` with another value (a `Header append` or `merge`): a copy of a LineHeader is one too, which a spread would not make. */
function withHeaderValue(header: ResponseHeader, value: string): ResponseHeader {
  if (header instanceof LineHeader) return new LineHeader(header.name, value, header.always, header.dynamic, header.level, header.text, header.start, header.end, header.valueStart, header.valueEnd);
  return { ...header, value };
}

/**
 * A header set by a `Header` line. As LineSetting, its ranges are kept as offsets and made when a rule asks
 * (to report, to point into the value, to word a fix): 37,000 headers of a 10,000-vhost model each kept two.
 * The model tells headers apart by their offsets (headerStart, headerFile).
 */
class LineHeader implements ResponseHeader {
  constructor(
    readonly name: string,
    readonly value: string,
    readonly always: boolean,
    readonly dynamic: boolean,
    readonly level: SettingLevel,
    readonly text: SourceText,
    readonly start: number,
    readonly end: number,
    readonly valueStart: number,
    readonly valueEnd: number,
  ) {}

  get source(): Span {
    return this.text.span(this.start, this.end);
  }

  get valueRange(): Span {
    return this.text.span(this.valueStart, this.valueEnd);
  }
}

/** Where the directive that made `header` starts, and its file (as startOffsetOf and SourceRange.file, without making a LineHeader's range). */
function headerStart(header: ResponseHeader): number {
  return header instanceof LineHeader ? header.start : startOffsetOf(header.source);
}

function headerFile(header: ResponseHeader): string {
  return header instanceof LineHeader ? header.text.file : header.source.file;
}

/**
 * mod_headers keeps two lists per config, `onsuccess` (headers_out, dropped on error responses) and
 * `always` (err_headers_out); merging configs appends the inner list to the outer (merge_headers_config),
 * and at response time the actions run in that order. Applies `actions` to the headers set so far.
 */
function applyHeaders(headers: readonly ResponseHeader[], actions: readonly HeaderAction[]): readonly ResponseHeader[] {
  // Never changes `headers`: each action that changes the list makes a new one, so a section without
  // `Header` lines shares its parent's list (and rules' answers cached per list).
  let result = headers;
  for (const action of actions) {
    switch (action.action) {
      case 'set':
        result = withHeader(without(result, action), headerOf(action));
        break;
      case 'setifempty':
        if (!firstActedOn(result, action)) result = withHeader(result, headerOf(action));
        break;
      case 'add':
        result = withHeader(result, headerOf(action));
        break;
      case 'append':
      case 'merge': {
        const existing = firstActedOn(result, action);
        const added = action.value ?? '';
        // mod_headers: `merge` appends unless the value is already one of the comma-separated values.
        const present = action.action === 'merge' && existing !== undefined && existing.value.split(',').some((part) => part.trim() === added.trim());
        if (!existing) result = withHeader(result, headerOf(action));
        else if (!present) result = result.map((h) => (h === existing ? withHeaderValue(h, `${h.value}, ${added}`) : h));
        break;
      }
      case 'unset':
        // Each table's actions run on its own header list (do_headers_fixup on headers_out, or on
        // err_headers_out for `always`): `Header unset` leaves a header `Header always set` made.
        result = without(result, action);
        break;
      default:
        // `edit`, `edit*`, `echo`, `note`: the value changes at run time; the header stays as set.
        break;
    }
  }
  return result;
}

/**
 * A copy of `headers` with `header` last, of exactly that length: the lists are kept, and a spread or push
 * leaves room for 17 entries (200 bytes for a list of two); `concat` was five times slower on lists this short.
 */
function withHeader(headers: readonly ResponseHeader[], header: ResponseHeader): ResponseHeader[] {
  const result = new Array<ResponseHeader>(headers.length + 1);
  for (let index = 0; index < headers.length; index++) result[index] = headers[index];
  result[headers.length] = header;
  return result;
}

/** The `Header` actions of `reads`; NO_ACTIONS when there are none (most sections of a tree). */
function actionsOf(reads: readonly Read[], level: SettingLevel): readonly HeaderAction[] {
  let actions: HeaderAction[] | undefined;
  for (const read of reads) {
    const action = headerAction(read, level);
    if (action) (actions ??= []).push(action);
  }
  return actions ?? NO_ACTIONS;
}

/** Where a section is merged into a request's per-directory config (server/request.c ap_process_request_internal). */
type Stage = 'directory' | 'files' | 'location' | 'if';

/**
 * The sections one request is matched by, per stage. httpd merges them over the server's own config in
 * this order: <Directory> (non-regex shortest first, then regex ones: core.c ap_core_reorder_directories,
 * request.c ap_directory_walk), <Files> (ap_file_walk), <Location> in config order (ap_location_walk),
 * <If> (ap_if_walk); the main server's sections come before the vhost's (core.c merge_core_server_configs).
 * Only the sections whose lines count for the header table are listed (see RequestClasses): the lists
 * may be shared between requests and are never changed.
 */
interface Request {
  directory: readonly PathSection[];
  files: readonly PathSection[];
  location: readonly PathSection[];
  if: readonly PathSection[];
  /** Its merge over the server's table (headerScopes' mergeOf), once worked out. */
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
interface SectionInfo {
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
interface SectionHead {
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

function sectionInfo(path: PathSection, order: number, context: BuildContext): SectionInfo {
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

/**
 * The request classes of a server's header table: the vhost (a document under DocumentRoot no other section
 * takes), then each section, read as the request that section stands for: its URL (a <Location> path) or
 * directory (a <Directory> path; DocumentRoot for the others) with every other section that request
 * matches merged in httpd's order. Each scope's `dropped` is what its own `Header` lines remove from
 * that request's table. Deviation: a regex section stands for a request no other regex section matches.
 * A vhost written as one before it (a kind, see TemplateKind) has its scopes filled in from that one's.
 */
function headerScopes(server: ServerConfig, context: BuildContext, range: SourceRange): HeaderScope[] {
  const outer = server === context.main ? NO_HEADERS : mainHeaders(context);
  const ownActions = actionsOf(server.own, server === context.main ? SERVER_LEVEL : VHOST_LEVEL);
  const serverAnswer: FixedAnswer | null = redirectsAll(server.own) ? 'redirect' : null;
  const serverUnknown = serverLevelUnread(server, context);
  const paths = server === context.main || context.main.paths.length === 0 ? server.paths : [...context.main.paths, ...server.paths];
  // Most trees set headers at server level only: every request then has the server's table.
  let sectionHeaders = false;
  for (let index = 0; index < paths.length; index++) if (sectionInfo(paths[index], index, context).actions.length > 0) sectionHeaders = true;
  const merge = () => mergedScopes(server, context, range, outer, ownActions, serverAnswer, serverUnknown, paths, sectionHeaders);
  // Without Header lines in sections every request has the server's table: no merge to save.
  if (!sectionHeaders || server === context.main) return merge();
  // All the kinds a model keeps were made and few vhosts were filled from them: the vhosts are not written alike.
  if (context.templateKinds >= MAX_TEMPLATE_KINDS && context.templateFills < context.templateKinds) return merge();
  templateWork.looked++;
  const slots = actionSlots(context, ownActions, paths);
  if (slots === undefined) return merge();
  const words = serverWords(server, paths, context);
  const redirects = serverAnswer !== null;
  const shape = shapeHash(paths, ownActions, words);
  let kinds = context.headerTemplates.get(shape);
  if (kinds) {
    for (const kind of kinds) {
      if (!sameShape(kind, paths, redirects, serverUnknown, context) || !sameWords(kind, slots, words)) continue;
      if (!kind.template) return merge();
      context.templateFills++;
      return fromTemplate(kind.template, slots, ownActions, paths, range);
    }
  }
  const scopes = merge();
  if ((kinds?.length ?? 0) < MAX_KINDS && context.templateKinds < MAX_TEMPLATE_KINDS) {
    if (!kinds) context.headerTemplates.set(shape, (kinds = []));
    context.templateKinds++;
    kinds.push({ paths, redirects, unknown: serverUnknown, slots, words, template: templateOf(scopes, slots, context) ?? null });
  }
  return scopes;
}

/** headerScopes worked out by merging the server's and its sections' header tables as httpd does. */
function mergedScopes(
  server: ServerConfig, context: BuildContext, range: SourceRange, outer: readonly ResponseHeader[], ownActions: readonly HeaderAction[],
  serverAnswer: FixedAnswer | null, serverUnknown: boolean, paths: readonly PathSection[], sectionHeaders: boolean,
): HeaderScope[] {
  const serverHeaders = applyHeaders(outer, ownActions);
  const classes = sectionHeaders ? new RequestClasses(server, context, paths) : undefined;
  // The request's table, the table just before and after `own`'s lines are applied, and what the other
  // steps on the request's way removed for good. Each stage's list is merged once per table it starts
  // from (stageMerge), and requests share their lists (RequestClasses.interned): thousands of catch-all
  // sections, which every request sees, are merged once, not once per request (issue #14).
  // Made when a request is merged: most vhosts of a tree have none (their sections set no header).
  let stageMerges: Map<readonly ResponseHeader[], Map<readonly PathSection[], StageMerge>> | undefined;
  const stageMerge = (headers: readonly ResponseHeader[], paths: readonly PathSection[]): StageMerge => {
    let byList = (stageMerges ??= new Map()).get(headers);
    if (!byList) stageMerges.set(headers, (byList = new Map()));
    let done = byList.get(paths);
    if (done) return done;
    const steps = new Array<MergeStep>(paths.length);
    let unsetting: MergeStep[] | undefined;
    for (let index = 0; index < paths.length; index++) {
      const path = paths[index];
      mergeWork.steps++;
      const before = headers;
      const actions = path.info!.actions;
      headers = applyHeaders(headers, actions);
      // Only a step with `Header unset` lines can be where a header was removed for good (removedFor).
      const step: MergeStep = { actions, before, after: headers, unsetting: headers !== before && actions.some((a) => a.action === 'unset') };
      steps[index] = step;
      if (step.unsetting) (unsetting ??= []).push(step);
    }
    done = { headers, paths, steps, byPath: undefined, unsetting: unsetting ?? NO_STEPS };
    byList.set(paths, done);
    return done;
  };
  // A request is this server's own (RequestClasses), never EMPTY_REQUEST (tableOf): its merge is kept on it.
  const mergeOf = (request: Request): MergedRequest => {
    let done = request.merged;
    if (done) return done;
    let headers = serverHeaders;
    const stages: StageMerge[] = [];
    for (const stage of STAGES) {
      if (request[stage].length === 0) continue;
      const stageDone = stageMerge(headers, request[stage]);
      stages.push(stageDone);
      headers = stageDone.headers;
    }
    done = { headers, stages, removed: undefined, removedAfterServer: undefined };
    request.merged = done;
    return done;
  };
  // The server's own step, for a section's table: what its lines removed of the main server's headers.
  const serverStep: RemovingStep = { actions: ownActions, before: outer, after: serverHeaders };
  const serverRemoved = serverHeaders !== outer && outer.length > 0;
  /** What the server's own lines removed of the main server's headers (when serverRemoved), once asked. */
  let serverRemovals: readonly HeaderRemoval[] | undefined;
  /**
   * What the request's unsetting steps removed for good, after the server's own step when `afterServer`: once
   * per request, one list that every scope of the request shares (a list per scope without its own removals
   * was N lists of N with N sections that each unset a header).
   */
  const removedIn = (done: MergedRequest, afterServer: boolean): readonly HeaderRemoval[] => {
    const cached = afterServer ? done.removedAfterServer : done.removed;
    if (cached) return cached;
    const steps: RemovingStep[] = afterServer ? [serverStep] : [];
    for (const stage of done.stages) for (const step of stage.unsetting) steps.push(step);
    const removed = steps.length ? removedFor(steps, done.headers) : NO_REMOVALS;
    if (afterServer) done.removedAfterServer = removed;
    else done.removed = removed;
    return removed;
  };
  const tableOf = (request: Request | undefined, own: PathSection | null): { headers: readonly ResponseHeader[]; own: OwnStep; elsewhere: readonly HeaderRemoval[] } => {
    const afterServer = own !== null && serverRemoved;
    // A request no section that counts takes has the server's table.
    if (!request || request === EMPTY_REQUEST) return { headers: serverHeaders, own: serverStep, elsewhere: afterServer ? (serverRemovals ??= removedFor([serverStep], serverHeaders)) : NO_REMOVALS };
    const done = mergeOf(request);
    let step: MergeStep | undefined;
    if (own) for (let index = 0; index < done.stages.length && !step; index++) step = stepOf(done.stages[index], own);
    return { headers: done.headers, own: step ?? serverStep, elsewhere: removedIn(done, afterServer) };
  };
  // Whether one of a request's lists holds a section with an unread Include: once per list (they are shared).
  let unreadLists: Map<readonly PathSection[], boolean> | undefined;
  const unreadIn = (request: Request) => {
    if (!classes!.anyUnread) return false;
    for (const stage of STAGES) {
      const list = request[stage];
      let unread = (unreadLists ??= new Map()).get(list);
      if (unread === undefined) unreadLists.set(list, (unread = list.some((p) => context.unreadAt.has(p.section))));
      if (unread) return true;
    }
    return false;
  };
  const rootRequest = classes?.endpoint();
  const endpointUnknown = serverUnknown || (rootRequest !== undefined && unreadIn(rootRequest));
  const root = tableOf(rootRequest, null);
  // One scope per section and the server's: a list of exactly that length, kept as the endpoint's (no copy).
  const scopes = new Array<HeaderScope>(paths.length + 1);
  scopes[0] = withElsewhere(scopeOf(endpointSpec(context, server === context.main, serverAnswer, endpointUnknown), range, root.own, root.headers, ownActions), root.elsewhere);
  let next = 1;
  // A request no section with Header lines takes has the server's table, whichever section it stands for.
  let serverTable: ReturnType<typeof tableOf> | undefined;
  for (const path of paths) {
    const info = path.info!;
    const request = classes?.of(path);
    // A section answers with a redirect when the server or it or a section it is nested in does.
    let answer: FixedAnswer | null = serverAnswer;
    for (let at: PathSection | null = path; at && !answer; at = at.parent) if (at.info!.redirects) answer = 'redirect';
    let unknown = serverUnknown;
    // Most trees read every Include: no section then holds an unread one.
    if (context.unreadAt.size > 0) for (let at: PathSection | null = path; at && !unknown; at = at.parent) unknown = context.unreadAt.has(at.section);
    if (request && !unknown) unknown = unreadIn(request);
    const table = request === undefined || request !== EMPTY_REQUEST ? tableOf(request, path) : (serverTable ??= tableOf(request, path));
    scopes[next++] = withElsewhere(scopeOf(sectionSpec(info, answer, unknown), path.section.headRange, table.own, table.headers, info.actions), table.elsewhere);
  }
  return scopes;
}

// ---- header templates ---------------------------------------------------------------------------

/**
 * The merge's answer for one kind of vhost, to be filled in for others of its kind (fromTemplate). Vhosts
 * written from one pattern (thousands in a large tree) have the same sections with the same Header lines:
 * their header scopes differ only in where each line stands. A template is one vhost's scopes with every
 * header and removal told by the line that made it (its slot, see actionSlots) and every list by index.
 */
interface HeaderTemplate {
  /** Each header: made by the line of `slot`, with `value` where a `merge` or `append` changed it, or a main-server header itself. */
  headers: readonly { slot: number; value: string | undefined; shared: ResponseHeader | null }[];
  /** Each list of headers: its headers by index, or a list every vhost shares (the main server's, the empty one). */
  lists: readonly { items: readonly number[]; shared: readonly ResponseHeader[] | null }[];
  /** Each removal (removedFor) by the slot of its `Header unset` line, and each list of them by index. */
  removals: readonly number[];
  removalLists: readonly (readonly number[])[];
  scopes: readonly TemplateScope[];
}

interface TemplateScope {
  spec: ScopeSpec;
  /** The scope's own lines hold a `Header unset` (its `removals`). */
  unsets: boolean;
  /** Indices into HeaderTemplate.lists, and into removalLists (-1: none). */
  headers: number;
  dropped: number;
  ownHeaders: number;
  elsewhere: number;
}

/** Slots are compared in pairs (actionSlots): a server with more Header lines than this is merged, not templated. */
const MAX_SLOTS = 32;

/**
 * Every `Header` line a server's merge reads, in one order (the main server's, the server's own, each section's)
 * that is the same for every vhost of a kind: a header's slot says which line made it. Undefined when two slots
 * are one line (a file included twice): the merge then tells their headers apart by place, which a template
 * (keyed by what the lines say) cannot see.
 */
function actionSlots(context: BuildContext, own: readonly HeaderAction[], paths: readonly PathSection[]): HeaderAction[] | undefined {
  const slots: HeaderAction[] = [];
  for (const action of context.mainActions!) slots.push(action);
  for (const action of own) slots.push(action);
  for (const path of paths) for (const action of path.info!.actions) slots.push(action);
  if (slots.length > MAX_SLOTS) return undefined;
  for (let index = 1; index < slots.length; index++) {
    for (let other = 0; other < index; other++) if (slots[other].start === slots[index].start && slots[other].file === slots[index].file) return undefined;
  }
  return slots;
}

/**
 * A kind of vhost: two vhosts of one shape (sameShape) whose Header lines say the same, line for line, and whose
 * server-level lines the merge reads (serverWords) are written alike have the same scopes, headers and
 * removals; only where each line stands differs. The first vhost of the kind's sections and lines, and its
 * template (null when it could not be made one).
 */
interface TemplateKind {
  paths: readonly PathSection[];
  redirects: boolean;
  unknown: boolean;
  slots: readonly HeaderAction[];
  words: readonly Read[];
  template: HeaderTemplate | null;
}

/** Kinds kept per shape: a tree whose vhosts all say something else (a Content-Security-Policy each) is merged vhost by vhost. */
const MAX_KINDS = 16;

/**
 * Kinds kept per model. A kind holds its first vhost's sections and lines, which the model drops as soon as a
 * vhost is built otherwise: a tree whose every vhost has sections of its own is merged vhost by vhost, not kept.
 */
const MAX_TEMPLATE_KINDS = 256;

/** A number for sameShape's facts, which the kinds are kept by (a key string per vhost cost more than the merge it saved). */
function shapeHash(paths: readonly PathSection[], own: readonly HeaderAction[], words: readonly Read[]): number {
  let hash = own.length * 64 + words.length;
  for (const path of paths) hash = (Math.imul(hash, 31) + path.info!.head.id * 64 + path.info!.actions.length) | 0;
  return hash;
}

/**
 * Whether a vhost's sections are `kind`'s as the merge reads them besides the words of their lines: each
 * section's head (one SectionHead per text), its nesting, its ProxyPass verdict, whether it redirects or holds
 * an unread Include, its number of Header lines; and the server's redirect and unread Include. The main
 * server's part is the same for every vhost of the model.
 */
function sameShape(kind: TemplateKind, paths: readonly PathSection[], redirects: boolean, unknown: boolean, context: BuildContext): boolean {
  if (kind.paths.length !== paths.length || kind.redirects !== redirects || kind.unknown !== unknown) return false;
  const unread = context.unreadAt.size > 0;
  for (let index = 0; index < paths.length; index++) {
    const a = kind.paths[index];
    const b = paths[index];
    const known = a.info!;
    const info = b.info!;
    if (known.head !== info.head || known.proxy !== info.proxy || known.redirects !== info.redirects || known.actions.length !== info.actions.length) return false;
    if ((a.parent ? a.parent.info!.order : -1) !== (b.parent ? b.parent.info!.order : -1)) return false;
    if (unread && context.unreadAt.has(a.section) !== context.unreadAt.has(b.section)) return false;
  }
  return true;
}

/**
 * The server-level lines the merge reads besides its Header lines (RequestClasses): its ProxyPass lines, and
 * its DocumentRoot and Alias lines where a <Directory> section counts (they are read for nothing else).
 */
function serverWords(server: ServerConfig, paths: readonly PathSection[], context: BuildContext): readonly Read[] {
  let directoryCounts = false;
  for (const path of paths) {
    const info = path.info!;
    if (path.parent === null && info.head.match.stage === 'directory' && (info.actions.length > 0 || (context.unreadAt.size > 0 && context.unreadAt.has(path.section)))) directoryCounts = true;
  }
  let words: Read[] | undefined;
  for (const read of server.own) {
    if (read.name === 'proxypass' || (directoryCounts && (read.name === 'documentroot' || read.name === 'alias'))) (words ??= []).push(read);
  }
  return words ?? NO_READS;
}

/** Whether a vhost's Header lines (`slots`, in the order of a kind's: the shapes are the same) and server-level words say what `kind`'s do. */
function sameWords(kind: TemplateKind, slots: readonly HeaderAction[], words: readonly Read[]): boolean {
  if (kind.slots.length !== slots.length || kind.words.length !== words.length) return false;
  for (let index = 0; index < slots.length; index++) {
    const a = kind.slots[index];
    const b = slots[index];
    if (a.always !== b.always || a.action !== b.action || a.name !== b.name || a.value !== b.value) return false;
  }
  for (let index = 0; index < words.length; index++) {
    const a = kind.words[index];
    const b = words[index];
    if (a.name !== b.name || a.values.length !== b.values.length) return false;
    for (let at = 0; at < a.values.length; at++) if (a.values[at] !== b.values[at]) return false;
  }
  return true;
}

/** The template of a vhost's scopes (as headerScopes made them); undefined when one of its headers or removals came from no slot. */
function templateOf(scopes: readonly HeaderScope[], slots: readonly HeaderAction[], context: BuildContext): HeaderTemplate | undefined {
  const shared = context.mainHeaders!;
  const slotAt = (start: number, file: string) => {
    for (let index = 0; index < slots.length; index++) if (slots[index].start === start && slots[index].file === file) return index;
    return -1;
  };
  const headers: HeaderTemplate['headers'][number][] = [];
  const headerIndex = new Map<ResponseHeader, number>();
  const lists: HeaderTemplate['lists'][number][] = [];
  const listIndex = new Map<readonly ResponseHeader[], number>();
  const removals: number[] = [];
  const removalIndex = new Map<HeaderRemoval, number>();
  const removalLists: number[][] = [];
  const removalListIndex = new Map<readonly HeaderRemoval[], number>();
  let failed = false;
  const headerOfTemplate = (header: ResponseHeader): number => {
    let index = headerIndex.get(header);
    if (index !== undefined) return index;
    // A main-server header is the same object in every vhost's lists; any other was made by one of the slots.
    const isShared = shared.includes(header);
    const slot = isShared ? -1 : slotAt(headerStart(header), headerFile(header));
    if (!isShared && (slot < 0 || slots[slot].name !== header.name || slots[slot].always !== header.always)) failed = true;
    headers.push({ slot, value: slot >= 0 && header.value !== (slots[slot].value ?? '') ? header.value : undefined, shared: isShared ? header : null });
    headerIndex.set(header, (index = headers.length - 1));
    return index;
  };
  const listOf = (list: readonly ResponseHeader[]): number => {
    let index = listIndex.get(list);
    if (index !== undefined) return index;
    lists.push(list === NO_HEADERS || list === shared ? { items: [], shared: list } : { items: list.map(headerOfTemplate), shared: null });
    listIndex.set(list, (index = lists.length - 1));
    return index;
  };
  const removalListOf = (list: readonly HeaderRemoval[] | undefined): number => {
    if (list === undefined) return -1;
    let index = removalListIndex.get(list);
    if (index !== undefined) return index;
    const items = list.map((removal) => {
      let at = removalIndex.get(removal);
      if (at === undefined) {
        const slot = slotAt(startOffsetOf(removal.source), removal.source.file);
        if (slot < 0 || slots[slot].name !== removal.name) failed = true;
        removals.push(slot);
        removalIndex.set(removal, (at = removals.length - 1));
      }
      return at;
    });
    removalLists.push(items);
    removalListIndex.set(list, (index = removalLists.length - 1));
    return index;
  };
  const templateScopes = scopes.map((scope): TemplateScope => ({
    spec: (scope as LineScope).spec,
    unsets: scope.removals !== undefined,
    headers: listOf(scope.headers),
    dropped: listOf(scope.dropped),
    ownHeaders: listOf(scope.ownHeaders),
    elsewhere: removalListOf(scope.removedElsewhere),
  }));
  return failed ? undefined : { headers, lists, removals, removalLists, scopes: templateScopes };
}

/** A vhost's scopes from the template of its kind: its own lines' headers, in the template's lists. */
function fromTemplate(template: HeaderTemplate, slots: readonly HeaderAction[], own: readonly HeaderAction[], paths: readonly PathSection[], range: SourceRange): HeaderScope[] {
  templateWork.filled++;
  const headers = new Array<ResponseHeader>(template.headers.length);
  for (let index = 0; index < headers.length; index++) {
    const { slot, value, shared } = template.headers[index];
    if (shared) headers[index] = shared;
    else {
      const made = headerOf(slots[slot]);
      headers[index] = value === undefined ? made : withHeaderValue(made, value);
    }
  }
  const lists = new Array<readonly ResponseHeader[]>(template.lists.length);
  for (let index = 0; index < lists.length; index++) {
    const { items, shared } = template.lists[index];
    if (shared) lists[index] = shared;
    else {
      const list = new Array<ResponseHeader>(items.length);
      for (let at = 0; at < items.length; at++) list[at] = headers[items[at]];
      lists[index] = list;
    }
  }
  const removals = template.removals.map((slot): HeaderRemoval => ({ name: slots[slot].name, source: slots[slot].read.range }));
  const removalLists = template.removalLists.map((items) => items.map((at) => removals[at]));
  const scopes = new Array<HeaderScope>(template.scopes.length);
  for (let index = 0; index < scopes.length; index++) {
    const made = template.scopes[index];
    const path = index === 0 ? null : paths[index - 1];
    const scope = new LineScope(made.spec, path ? path.section.headRange : range, lists[made.headers], lists[made.dropped], lists[made.ownHeaders]);
    // The scope's own `Header unset` lines, as scopeOf lists them.
    if (made.unsets) {
      const unsets: HeaderRemoval[] = [];
      for (const action of path ? path.info!.actions : own) if (action.action === 'unset') unsets.push({ name: action.name, source: action.read.range });
      scope.removals = unsets;
    }
    if (made.elsewhere >= 0) scope.removedElsewhere = removalLists[made.elsewhere];
    scopes[index] = scope;
  }
  return scopes;
}

/** Vhosts whose kind was looked for, and those whose scopes were filled in from a template: the tests count them. */
export const templateWork = { looked: 0, filled: 0 };

const STAGES: readonly Stage[] = ['directory', 'files', 'location', 'if'];

const NO_REMOVALS: readonly HeaderRemoval[] = [];

/** A request's merged table, stage by stage, and what its unsetting steps removed for good (removedIn), once asked. */
interface MergedRequest {
  headers: readonly ResponseHeader[];
  stages: readonly StageMerge[];
  removed: readonly HeaderRemoval[] | undefined;
  removedAfterServer: readonly HeaderRemoval[] | undefined;
}

/** One stage's list of sections merged over a table: each section's step, and the steps with `Header unset` lines that changed the table. */
interface StageMerge {
  headers: readonly ResponseHeader[];
  /** The list merged, and each section's step at the same index. */
  paths: readonly PathSection[];
  steps: readonly MergeStep[];
  /** The steps by section, for a long list (stepOf), once asked. */
  byPath: Map<PathSection, MergeStep> | undefined;
  unsetting: readonly MergeStep[];
}

/** Lists up to this long are searched section by section (stepOf): a Map per stage merge (lists of one or two sections in most vhosts) was 3 MB of garbage on a 10,000-vhost tree. */
const SHORT_LIST = 8;

/** `path`'s step in a stage's merge (the last, were it listed twice); undefined when the list does not hold it. */
function stepOf(stage: StageMerge, path: PathSection): MergeStep | undefined {
  const paths = stage.paths;
  if (paths.length <= SHORT_LIST) {
    for (let index = paths.length - 1; index >= 0; index--) if (paths[index] === path) return stage.steps[index];
    return undefined;
  }
  // A hostile tree's list of thousands, asked once per section: looked up, not scanned.
  if (!stage.byPath) {
    stage.byPath = new Map();
    for (let index = 0; index < paths.length; index++) stage.byPath.set(paths[index], stage.steps[index]);
  }
  return stage.byPath.get(path);
}

/** Another section's (or the vhost's) step on a request's way that changed its table. */
interface RemovingStep {
  actions: readonly HeaderAction[];
  before: readonly ResponseHeader[];
  after: readonly ResponseHeader[];
}

/** A section's step in a stage's merge; `unsetting` when it has `Header unset` lines and changed the table. */
interface MergeStep extends RemovingStep {
  unsetting: boolean;
}

const NO_STEPS: readonly MergeStep[] = [];

/**
 * Section steps merged so far in this process: the hostile tests count them to prove the merge linear in
 * the number of sections (test/hostile/apache-header-merge.test.ts).
 */
export const mergeWork = { steps: 0 };

/**
 * The `Header unset` lines of `steps` that removed a header the final table `headers` has no copy of, each
 * once (a file included twice has its lines in two steps).
 */
function removedFor(steps: readonly RemovingStep[], headers: readonly ResponseHeader[]): readonly HeaderRemoval[] {
  let removals: HeaderRemoval[] | undefined;
  let seen: Set<string> | undefined;
  let names: Set<string> | undefined;
  for (const step of steps) {
    for (const lost of lostIn(step)) {
      const name = lost.name.toLowerCase();
      if (headers.length > SHORT_TABLE) {
        // Each name of a long final table once (a hostile tree's thousands of headers), not once per lost header.
        if (!names) {
          names = new Set();
          for (const header of headers) names.add(`${header.always ? 'a' : 's'}${header.name.toLowerCase()}`);
        }
        if (names.has(`${lost.always ? 'a' : 's'}${name}`)) continue;
      } else if (headers.some((h) => h.name.toLowerCase() === name && h.always === lost.always)) continue;
      const unset = step.actions.find((a) => a.action === 'unset' && a.always === lost.always && a.key === name);
      const source = unset?.read.range;
      if (!unset || !source) continue;
      const key = rangeKey(source);
      if ((seen ??= new Set()).has(key)) continue;
      seen.add(key);
      (removals ??= []).push({ name: unset.name, source });
    }
  }
  return removals ?? NO_REMOVALS;
}

/**
 * The headers a step's lines removed or replaced: those before it that are not after it. A copy of lostIn's
 * list: it is kept as the scope's `dropped`, and a list grown by push holds room for 17.
 */
function droppedIn(step: OwnStep): readonly ResponseHeader[] {
  const dropped = lostIn(step);
  return dropped.length ? dropped.slice() : NO_HEADERS;
}

/** Tables up to this long are searched entry by entry; longer ones (a hostile tree's) through a Set. */
const SHORT_TABLE = 8;

/** The headers before a step that are not after it (the same directive's, in the same table), in order. */
function lostIn(step: OwnStep): readonly ResponseHeader[] {
  if (step.before === step.after) return NO_HEADERS;
  let lost: ResponseHeader[] | undefined;
  if (step.after.length <= SHORT_TABLE) {
    for (const header of step.before) if (!keeps(step.after, header)) (lost ??= []).push(header);
    return lost ?? NO_HEADERS;
  }
  // Looking each header up in a long `after` made a step with thousands of headers cost millions of comparisons.
  const kept = new Set<string>();
  for (const header of step.after) kept.add(headerKey(header));
  for (const header of step.before) if (!kept.has(headerKey(header))) (lost ??= []).push(header);
  return lost ?? NO_HEADERS;
}

/** Whether `headers` holds `header` (the same directive's, in the same table). */
function keeps(headers: readonly ResponseHeader[], header: ResponseHeader): boolean {
  for (const kept of headers) if (kept.always === header.always && headerStart(kept) === headerStart(header) && headerFile(kept) === headerFile(header)) return true;
  return false;
}

/** What keeps tells headers apart by: the table, and where the directive starts. */
function headerKey(header: ResponseHeader): string {
  return `${header.always ? 'a' : 's'}${headerFile(header)}\0${headerStart(header)}`;
}

/** `scope` (just made by scopeOf) with the removals on its request's way (removedIn), when there are any. */
function withElsewhere(scope: HeaderScope, removals: readonly HeaderRemoval[]): HeaderScope {
  if (removals.length) scope.removedElsewhere = removals;
  return scope;
}

/** A scope's own step in its request's merge: the table before and after its lines. */
interface OwnStep {
  before: readonly ResponseHeader[];
  after: readonly ResponseHeader[];
}

/**
 * Works out which sections a request matches (see Request), for one server's sections. Only the sections
 * whose lines count are listed: those with `Header` lines (the others leave the table as it is) and those
 * holding an Include that could not be read. Which request a section stands for and whether it is
 * proxied still follow every section, from what sectionInfo worked out once: the work per request is
 * proportional to the sections with Header or ProxyPass lines, not to all of them.
 */
class RequestClasses {
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
   * or `<Directory />`, every one with the vhost's lists) share its merge (headerScopes' mergeOf). A request
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
const EMPTY_REQUEST: Request = { directory: NO_SECTIONS, files: NO_SECTIONS, location: NO_SECTIONS, if: NO_SECTIONS, merged: undefined };

function byOrder(a: PathSection, b: PathSection): number {
  return a.info!.order - b.info!.order;
}

/** The main server's headers, which every vhost starts from: worked out once per model. */
function mainHeaders(context: BuildContext): readonly ResponseHeader[] {
  if (context.mainHeaders === undefined) {
    context.mainActions = actionsOf(context.main.own, SERVER_LEVEL);
    context.mainHeaders = applyHeaders(NO_HEADERS, context.mainActions);
  }
  return context.mainHeaders;
}

/** `<Location />` (and `<LocationMatch ^/>`-like catch-alls): at the vhost's top it sees every request. */
function isCatchAll(section: Line): boolean {
  const name = section.directiveName.lower;
  if (name !== 'location' && name !== 'locationmatch') return false;
  const arg = section.argValues()[0];
  return (name === 'location' && arg === '/') || (name === 'locationmatch' && arg !== undefined && CATCH_ALL_PATTERNS.has(arg));
}

/** mod_headers format specifiers (`%{VAR}e`, `%D`, `%t`) and `expr=` values are filled in per request. */
function isDynamic(value: string): boolean {
  // Most values hold no `%`: no regex run for them.
  if (!value.includes('%')) return value.startsWith('expr=');
  return /%(\{[^}]*\}[a-zA-Z]|[tDlLeu])/.test(value) || value.startsWith('expr=');
}

function rangeKey(range: SourceRange): string {
  return `${range.file}\0${startOffsetOf(range)}`;
}

function scopeOf(spec: ScopeSpec, range: SourceRange, step: OwnStep, headers: readonly ResponseHeader[], actions: readonly HeaderAction[]): HeaderScope {
  const shown = headers.length ? headers : NO_HEADERS;
  // A section without `Header` lines drops nothing and has nothing of its own.
  if (actions.length === 0) return new LineScope(spec, range, shown, NO_HEADERS, NO_HEADERS);
  // Counted first, then copied into a list of exactly that length: a list grown by push keeps room for 17 (scopes are many).
  let count = 0;
  for (const header of headers) if (madeByAny(header, actions)) count++;
  let own: readonly ResponseHeader[] = NO_HEADERS;
  // A scope whose lines made all its headers (a vhost's own, most often) has them as its own list.
  if (count === headers.length) own = shown;
  else if (count > 0) {
    const made = new Array<ResponseHeader>(count);
    let at = 0;
    for (const header of headers) if (madeByAny(header, actions)) made[at++] = header;
    own = made;
  }
  // What the scope's own lines removed or replaced, at their place in the request's merge.
  const scope = new LineScope(spec, range, shown, droppedIn(step), own);
  let removals: HeaderRemoval[] | undefined;
  for (const action of actions) if (action.action === 'unset') (removals ??= []).push({ name: action.name, source: action.read.range });
  if (removals) scope.removals = removals;
  return scope;
}

/**
 * What a header scope says besides its headers and range, one object for the scopes of every section (or vhost)
 * read alike: 62,000 scopes of a 10,000-vhost tree each held these five fields.
 */
interface ScopeSpec {
  readonly kind: HeaderScope['kind'];
  readonly label: string;
  readonly catchAll: boolean;
  readonly returns: FixedAnswer | null;
  readonly headersUnknown: boolean;
}

const ANSWERS: readonly (FixedAnswer | null)[] = [null, 'redirect', 'body', 'error', 'close'];

/** The spec of a section's scope, shared with the sections of its head read before it with the same flags. */
function sectionSpec(info: SectionInfo, returns: FixedAnswer | null, unknown: boolean): ScopeSpec {
  // Sections of one head have the same flags in most trees: the last spec is kept, not one per flags (a list
  // per head cost a tree whose every section is its own more than the specs saved).
  const last = info.head.spec;
  if (last !== undefined && last.catchAll === info.catchAll && last.returns === returns && last.headersUnknown === unknown) return last;
  return (info.head.spec = { kind: 'path', label: info.head.label, catchAll: info.catchAll, returns, headersUnknown: unknown });
}

/** The spec of a vhost's (or the main server's) own scope, one per flags and model. */
function endpointSpec(context: BuildContext, main: boolean, returns: FixedAnswer | null, unknown: boolean): ScopeSpec {
  const slot = 4 * ANSWERS.indexOf(returns) + (unknown ? 2 : 0) + (main ? 1 : 0);
  return (context.endpointSpecs[slot] ??= { kind: 'endpoint', label: main ? 'main server' : 'VirtualHost', catchAll: false, returns, headersUnknown: unknown });
}

/**
 * A header scope of the Apache model: its spec, its headers, and its range. A section's range (its opening line)
 * is kept as offsets and made when asked, which rules do only to report or fix that section: 52,000 sections
 * of a 10,000-vhost tree each kept a span. The vhost's own scope keeps its range, the endpoint's.
 */
class LineScope implements HeaderScope {
  declare removals?: readonly HeaderRemoval[];
  declare removedElsewhere?: readonly HeaderRemoval[];
  /** The range itself, or the file it is a span of (between rangeStart and rangeEnd). */
  private readonly at: SourceRange | SourceText;
  private readonly rangeStart: number;
  private readonly rangeEnd: number;

  constructor(
    readonly spec: ScopeSpec,
    range: SourceRange,
    readonly headers: readonly ResponseHeader[],
    readonly dropped: readonly ResponseHeader[],
    readonly ownHeaders: readonly ResponseHeader[],
  ) {
    const span = spec.kind === 'path' && range instanceof Span;
    this.at = span ? range.source : range;
    this.rangeStart = span ? range.startOffset : 0;
    this.rangeEnd = span ? range.endOffset : 0;
  }

  get kind(): HeaderScope['kind'] {
    return this.spec.kind;
  }

  get label(): string {
    return this.spec.label;
  }

  get catchAll(): boolean {
    return this.spec.catchAll;
  }

  get returns(): FixedAnswer | null {
    return this.spec.returns;
  }

  get headersUnknown(): boolean {
    return this.spec.headersUnknown;
  }

  get range(): SourceRange {
    const at = this.at;
    return at instanceof SourceText ? at.span(this.rangeStart, this.rangeEnd) : at;
  }
}

// ---- redirects and upstreams ------------------------------------------------------------------

function isRedirect(read: Read): boolean {
  return read.name === 'redirect' || read.name === 'redirectmatch' || read.name === 'redirectpermanent' || read.name === 'redirecttemp';
}

/**
 * A redirect of every request: `Redirect [status] / URL`, `RedirectPermanent / URL`, `RedirectMatch
 * [status] ^ URL` (or `^/(.*)$`, `(.*)`), or a RewriteRule to an https URL with the R flag, at vhost level.
 */
function redirectOf(own: readonly Read[]): HttpRedirect | null {
  for (const read of own) {
    const target = redirectTarget(read);
    if (target !== undefined) return { toHttps: /^https:\/\//i.test(target), source: read.range };
  }
  return null;
}

/** Whether `own` redirects every request (redirectOf), without making the redirect. */
function redirectsAll(own: readonly Read[]): boolean {
  for (const read of own) if (redirectTarget(read) !== undefined) return true;
  return false;
}

const CATCH_ALL_PATTERNS = new Set(['^', '^/', '/', '(.*)', '^(.*)$', '^/(.*)$', '^/(.*)', '^(.*)', '.*', '^.*$', '^/?(.*)$', '^/?(.*)']);

function redirectTarget(read: Read): string | undefined {
  const values = read.values;
  if (read.name === 'redirect' || read.name === 'redirectpermanent' || read.name === 'redirecttemp') {
    const [path, url] = values.length >= 3 ? [values[1], values[2]] : [values[0], values[1]];
    return path === '/' && url !== undefined ? url : undefined;
  }
  if (read.name === 'redirectmatch') {
    const [pattern, url] = values.length >= 3 ? [values[1], values[2]] : [values[0], values[1]];
    return pattern !== undefined && CATCH_ALL_PATTERNS.has(pattern) && url !== undefined ? url : undefined;
  }
  if (read.name === 'rewriterule') {
    const [pattern, url, flags = ''] = values;
    if (pattern === undefined || url === undefined || !CATCH_ALL_PATTERNS.has(pattern)) return undefined;
    return /^\[(?:.*,)?R(=\d+)?(,.*)?\]$/i.test(flags) ? url : undefined;
  }
  return undefined;
}

/** Every `ProxyPass ... https://` of the server and its sections, with SSLProxyVerify (default none). */
function upstreamsOf(server: ServerConfig, context: BuildContext): UpstreamTls[] {
  const upstreams: UpstreamTls[] = [];
  let verify: Setting<boolean> | undefined;
  const add = (reads: readonly Read[]) => {
    for (const read of reads) {
      if (read.name !== 'proxypass') continue;
      const target = read.values.find((v) => /^https:\/\//i.test(v));
      if (target) upstreams.push({ target, via: read.written, source: read.range, verify: (verify ??= proxyVerify(server, context)) });
    }
  };
  add(server.own);
  for (const path of server.paths) add(path.own);
  return upstreams;
}

// mod_ssl: SSLProxyVerify defaults to none; with `require` the chain is checked, and the backend's name
// too unless SSLProxyCheckPeerName off (default on, 2.4.5+): without the name any trusted certificate passes.
/** Whether the server checks its https backends' certificates: one setting shared by its upstreams. */
function proxyVerify(server: ServerConfig, context: BuildContext): Setting<boolean> {
  const chain = setting(server, context, PROXY_VERIFY, false);
  const peerName = setting(server, context, PROXY_CHECK_PEER_NAME, true);
  return chain.value && !peerName.value ? withValue(peerName, false) : chain;
}
