// mod_ssl's server settings as a vhost ends up with them: the main-server merge (ssl_engine_config.c ssl_config_server_merge), SSLProtocol and the version bounds it sets, cipher strings, SSLOpenSSLConfCmd.
import { SourceText, Span } from '../../syntax/source.js';
import type { Setting, SettingLevel, TlsProtocol } from '../../model/types.js';
import { lookupTable } from '../lookup-table.js';
import { appendsNullExclusions, defaultProtocolWords, prependsNullExclusions } from './versions.js';
import { SERVER_LEVEL, VHOST_LEVEL, type BuildContext, type Read, type ServerConfig } from './context.js';

/** A setting mod_ssl merges from the main server into a vhost (see setting): its directive (lower case) and how a line of it is read. */
interface SettingKind<T> {
  readonly name: string;
  readonly read: (read: Read, context: BuildContext) => T | undefined;
  /** Its place in BuildContext.mainSettings. */
  readonly slot: number;
}

export let settingKinds = 0;

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
export function setting<T>(vhost: ServerConfig, context: BuildContext, kind: SettingKind<T>, fallback: T): Setting<T> {
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
export function defaultSetting<T>(context: BuildContext, value: T): Setting<T> {
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

export function settingOf<T>(read: Read, value: T, level: SettingLevel): Setting<T> {
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
export function withValue<T, U>(setting: Setting<T>, value: U): Setting<U> {
  if (setting instanceof LineSetting) return new LineSetting(value, setting.level, setting.text, setting.start, setting.end, setting.valueStart, setting.valueEnd);
  return { ...setting, value };
}

/** Whether a directive set `setting` (not the compiled-in default), without making its range. */
export function isWritten(setting: Setting<unknown>): boolean {
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

export const ENGINE = settingKind('sslengine', flag);
export const SESSION_TICKETS = settingKind('sslsessiontickets', flag);
export const STAPLING = settingKind('sslusestapling', flag);
export const COMPRESSION = settingKind('sslcompression', flag);
export const RENEGOTIATION = settingKind('sslinsecurerenegotiation', flag);
export const PROXY_CHECK_PEER_NAME = settingKind('sslproxycheckpeername', flag);
export const PROXY_VERIFY = settingKind('sslproxyverify', (read) => (read.values[0] ? read.values[0].toLowerCase() === 'require' : undefined));
export const CHAIN_FILE = settingKind<string | null>('sslcertificatechainfile', firstValue);
export const TICKET_KEY_FILE = settingKind<string | null>('sslsessionticketkeyfile', firstValue);
export const CA_FILE = settingKind<string | null>('sslcacertificatefile', firstValue);
export const VERIFY_CLIENT = settingKind<string | null>('sslverifyclient', (read) => read.values[0]?.toLowerCase());

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

export function protocolsSetting(vhost: ServerConfig, context: BuildContext): Setting<TlsProtocol[]> {
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
export function ciphersSetting(vhost: ServerConfig, context: BuildContext): Setting<string> {
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
export function ciphersuitesSetting(vhost: ServerConfig, context: BuildContext): Setting<string | undefined> {
  return setting<string | undefined>(vhost, context, CIPHERSUITES, undefined);
}

const CIPHERSUITES = settingKind<string>('sslciphersuite', (read) => (read.values.length >= 2 && read.values[0].toLowerCase() === 'tlsv1.3' ? read.values[1] : undefined));

/** A named SSLOpenSSLConfCmd (`wanted` in lower case: `curves`, `dhparameters`), vhost first then main server (one setting per model, as mainSetting). */
export function confCmd(vhost: ServerConfig, context: BuildContext, wanted: string): Setting<string> | undefined {
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
