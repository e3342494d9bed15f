// What Apache httpd knows about its directives (contexts, arity, inheritance, versions): a crossplane-style table.
// Sources: httpd.apache.org/docs/2.4/mod/ (directive quick reference) and each module's command_rec table.
import { lookupTable } from '../lookup-table.js';
import { NO_TAG } from '../../syntax/source.js';

/** Where a directive may appear: server config, virtual host, directory-like sections, .htaccess. */
export type ApacheContext = 'server' | 'vhost' | 'directory' | 'htaccess';

/** httpd's argument forms (include/http_config.h cmd_how). */
export type ArgsHow = 'NO_ARGS' | 'TAKE1' | 'TAKE2' | 'TAKE12' | 'TAKE3' | 'TAKE23' | 'TAKE123' | 'TAKE13' | 'ITERATE' | 'ITERATE2' | 'FLAG' | 'RAW_ARGS' | 'TAKE_ARGV';

/** One directive's syntax facts. */
export interface ApacheDirectiveSpec {
  /** The module defining it (its `<IfModule>` name). */
  module: string;
  contexts: readonly ApacheContext[];
  /**
   * How httpd splits and counts the arguments (the module's command_rec: AP_INIT_TAKE1 ...), checked by
   * server/config.c invoke_cmd; RAW_ARGS hands the line to the directive's own parser.
   */
  how: ArgsHow;
  /** True for sections (`<Name args> ... </Name>`). */
  section?: boolean;
  /**
   * How a value in the main server meets one in a virtual host (each module's merge function):
   * `replace` when the vhost's own value wins, `merge` when both count (mod_headers tables).
   */
  inheritance?: 'replace' | 'merge' | 'none';
  /** First 2.4 release with it. */
  since?: string;
  /** Release from which the docs call it deprecated. */
  deprecated?: string;
}

const SV = ['server', 'vhost'] as const;
const SVD = ['server', 'vhost', 'directory'] as const;
const ALL = ['server', 'vhost', 'directory', 'htaccess'] as const;
const S = ['server'] as const;

/** The TLS-relevant and structural directives, by lower-case name. */
export const APACHE_DIRECTIVES = lookupTable<ApacheDirectiveSpec>({
  // Core (server/core.c) and structure.
  serverroot: { module: 'core', contexts: S, how: 'TAKE1' },
  servername: { module: 'core', contexts: SV, how: 'TAKE1', inheritance: 'replace' },
  serveralias: { module: 'core', contexts: ['vhost'], how: 'RAW_ARGS' },
  include: { module: 'core', contexts: SVD, how: 'TAKE1' },
  includeoptional: { module: 'core', contexts: SVD, how: 'TAKE1' },
  define: { module: 'core', contexts: SVD, how: 'TAKE12' },
  undefine: { module: 'core', contexts: S, how: 'TAKE1' },
  documentroot: { module: 'core', contexts: SV, how: 'TAKE1' },
  protocols: { module: 'core', contexts: SV, how: 'ITERATE', since: '2.4.17' },
  virtualhost: { module: 'core', contexts: S, how: 'RAW_ARGS', section: true },
  directory: { module: 'core', contexts: SV, how: 'RAW_ARGS', section: true },
  directorymatch: { module: 'core', contexts: SV, how: 'RAW_ARGS', section: true },
  location: { module: 'core', contexts: SV, how: 'RAW_ARGS', section: true },
  locationmatch: { module: 'core', contexts: SV, how: 'RAW_ARGS', section: true },
  files: { module: 'core', contexts: ['server', 'vhost', 'directory', 'htaccess'], how: 'RAW_ARGS', section: true },
  filesmatch: { module: 'core', contexts: ['server', 'vhost', 'directory', 'htaccess'], how: 'RAW_ARGS', section: true },
  if: { module: 'core', contexts: ALL, how: 'RAW_ARGS', section: true },
  elseif: { module: 'core', contexts: ALL, how: 'RAW_ARGS', section: true },
  else: { module: 'core', contexts: ALL, how: 'RAW_ARGS', section: true },
  limit: { module: 'core', contexts: ALL, how: 'RAW_ARGS', section: true },
  limitexcept: { module: 'core', contexts: ALL, how: 'RAW_ARGS', section: true },
  ifdefine: { module: 'core', contexts: ALL, how: 'RAW_ARGS', section: true },
  ifmodule: { module: 'core', contexts: ALL, how: 'RAW_ARGS', section: true },
  iffile: { module: 'core', contexts: ALL, how: 'RAW_ARGS', section: true, since: '2.4.34' },
  ifdirective: { module: 'core', contexts: ALL, how: 'RAW_ARGS', section: true, since: '2.4.34' },
  ifsection: { module: 'core', contexts: ALL, how: 'RAW_ARGS', section: true, since: '2.4.34' },
  ifversion: { module: 'version', contexts: ALL, how: 'RAW_ARGS', section: true },
  // server/listen.c, mod_so.
  listen: { module: 'core', contexts: S, how: 'TAKE_ARGV' },
  loadmodule: { module: 'so', contexts: S, how: 'TAKE2' },
  // mod_ssl (modules/ssl/mod_ssl.c ssl_config_cmds).
  sslengine: { module: 'ssl', contexts: SV, how: 'TAKE1', inheritance: 'replace' },
  sslprotocol: { module: 'ssl', contexts: SV, how: 'RAW_ARGS', inheritance: 'replace' },
  sslciphersuite: { module: 'ssl', contexts: ALL, how: 'TAKE12', inheritance: 'replace' },
  sslhonorcipherorder: { module: 'ssl', contexts: SV, how: 'FLAG', inheritance: 'replace' },
  sslcompression: { module: 'ssl', contexts: SV, how: 'FLAG', inheritance: 'replace' },
  sslinsecurerenegotiation: { module: 'ssl', contexts: SV, how: 'FLAG', inheritance: 'replace' },
  sslsessiontickets: { module: 'ssl', contexts: SV, how: 'FLAG', inheritance: 'replace' },
  sslsessionticketkeyfile: { module: 'ssl', contexts: SV, how: 'TAKE1', inheritance: 'replace' },
  sslusestapling: { module: 'ssl', contexts: SV, how: 'FLAG', inheritance: 'replace' },
  sslopensslconfcmd: { module: 'ssl', contexts: SV, how: 'TAKE2', inheritance: 'merge', since: '2.4.8' },
  sslcertificatefile: { module: 'ssl', contexts: SV, how: 'TAKE1', inheritance: 'replace' },
  sslcertificatekeyfile: { module: 'ssl', contexts: SV, how: 'TAKE1', inheritance: 'replace' },
  sslcertificatechainfile: { module: 'ssl', contexts: SV, how: 'TAKE1', inheritance: 'replace', deprecated: '2.4.8' },
  sslcacertificatefile: { module: 'ssl', contexts: SV, how: 'TAKE1', inheritance: 'replace' },
  sslstrictsnivhostcheck: { module: 'ssl', contexts: SV, how: 'FLAG' },
  sslproxyengine: { module: 'ssl', contexts: ['server', 'vhost', 'directory'], how: 'FLAG', inheritance: 'replace' },
  sslproxyprotocol: { module: 'ssl', contexts: ['server', 'vhost', 'directory'], how: 'RAW_ARGS', inheritance: 'replace' },
  sslproxyciphersuite: { module: 'ssl', contexts: ['server', 'vhost', 'directory'], how: 'TAKE12', inheritance: 'replace' },
  sslproxyverify: { module: 'ssl', contexts: ['server', 'vhost', 'directory'], how: 'TAKE1', inheritance: 'replace' },
  sslproxycheckpeername: { module: 'ssl', contexts: ['server', 'vhost', 'directory'], how: 'FLAG', inheritance: 'replace' },
  sslproxycheckpeercn: { module: 'ssl', contexts: ['server', 'vhost', 'directory'], how: 'FLAG', inheritance: 'replace' },
  sslproxycacertificatefile: { module: 'ssl', contexts: ['server', 'vhost', 'directory'], how: 'TAKE1', inheritance: 'replace' },
  sslstaplingcache: { module: 'ssl', contexts: S, how: 'TAKE1' },
  sslsessioncache: { module: 'ssl', contexts: S, how: 'TAKE1' },
  sslrandomseed: { module: 'ssl', contexts: S, how: 'TAKE23' },
  sslpassphrasedialog: { module: 'ssl', contexts: S, how: 'TAKE1' },
  // mod_headers, mod_alias, mod_rewrite, mod_proxy.
  header: { module: 'headers', contexts: ALL, how: 'RAW_ARGS', inheritance: 'merge' },
  requestheader: { module: 'headers', contexts: ALL, how: 'RAW_ARGS', inheritance: 'merge' },
  redirect: { module: 'alias', contexts: ALL, how: 'TAKE123' },
  redirectmatch: { module: 'alias', contexts: ALL, how: 'TAKE23' },
  redirectpermanent: { module: 'alias', contexts: ALL, how: 'TAKE2' },
  redirecttemp: { module: 'alias', contexts: ALL, how: 'TAKE2' },
  rewriteengine: { module: 'rewrite', contexts: ALL, how: 'FLAG' },
  rewritecond: { module: 'rewrite', contexts: ALL, how: 'RAW_ARGS' },
  rewriterule: { module: 'rewrite', contexts: ALL, how: 'RAW_ARGS' },
  proxypass: { module: 'proxy', contexts: SVD, how: 'RAW_ARGS' },
  proxypassreverse: { module: 'proxy', contexts: SVD, how: 'TAKE123' },
});

/**
 * Other directive names of the modules Debian's apache2 ships (`<IfDirective>` asks whether one is known).
 * Lower case; the list is the common ones, not every third-party module.
 */
const OTHER_DIRECTIVES = [
  'accessfilename', 'adddefaultcharset', 'addhandler', 'addtype', 'addoutputfilterbytype', 'alias', 'aliasmatch',
  'allowencodedslashes', 'allowoverride', 'allowoverridelist', 'browsermatch', 'customlog', 'defaulttype', 'directoryindex',
  'errordocument', 'errorlog', 'expiresactive', 'expiresbytype', 'expiresdefault', 'filetag', 'group', 'hostnamelookups',
  'indexoptions', 'keepalive', 'keepalivetimeout', 'logformat', 'loglevel', 'maxconnectionsperchild', 'maxkeepaliverequests',
  'maxrequestworkers', 'maxspareservers', 'maxsparethreads', 'minspareservers', 'minsparethreads', 'mutex', 'namevirtualhost',
  'options', 'order', 'allow', 'deny', 'pidfile', 'require', 'scriptalias', 'serveradmin', 'serversignature', 'servertokens',
  'setenv', 'setenvif', 'setenvifnocase', 'setenvifexpr', 'sethandler', 'startservers', 'threadlimit', 'threadsperchild',
  'timeout', 'traceenable', 'typesconfig', 'user', 'usecanonicalname', 'addlanguage', 'addcharset', 'languagepriority',
  'forcelanguagepriority', 'addicon', 'addiconbyencoding', 'addiconbytype', 'defaulticon', 'readmename', 'headername',
  'indexignore', 'addencoding', 'addoutputfilter', 'forcetype', 'authtype', 'authname', 'authuserfile', 'authbasicprovider',
  'proxyrequests', 'proxypreservehost', 'proxyset', 'proxytimeout', 'proxyerroroverride', 'proxyvia', 'rewritebase',
  'rewritemap', 'rewriteoptions', 'satisfy', 'serverlimit', 'scoreboardfile', 'gracefulshutdowntimeout', 'listenbacklog',
  'enablesendfile', 'enablemmap', 'limitrequestbody', 'limitrequestfields', 'limitrequestfieldsize', 'limitrequestline',
  'dirsyntax', 'macro', 'use', 'undefmacro', 'h2direct', 'h2push', 'mdomain', 'mdcertificateagreement',
  'sslverifyclient', 'sslverifydepth', 'sslcarevocationfile', 'sslcarevocationpath', 'sslcacertificatepath', 'ssloptions',
  'sslrequiressl', 'sslrequire', 'sslsessioncachetimeout', 'sslstaplingrespondertimeout', 'sslstaplingreturnrespondererrors',
  'sslstaplingstandardcachetimeout', 'sslsrpverifierfile',
  'sslproxymachinecertificatefile', 'sslproxyverifydepth', 'sslproxycheckpeerexpire', 'sslproxycacertificatepath',
  'sslfips', 'sslcryptodevice', 'sslecdhcurve',
];

const KNOWN = new Set([...Object.keys(APACHE_DIRECTIVES), ...OTHER_DIRECTIVES]);

/** True when `name` (any case) is a directive of a module Debian's apache2 ships, for `<IfDirective>`. */
export function isKnownDirective(name: string): boolean {
  return KNOWN.has(name.toLowerCase());
}

/** True when `name` (any case, without `<`) is a known section, for `<IfSection>`. */
export function isKnownSection(name: string): boolean {
  return APACHE_DIRECTIVES[name.toLowerCase()]?.section === true || name.toLowerCase() === 'proxy' || name.toLowerCase() === 'proxymatch' || name.toLowerCase() === 'macro';
}

/** Why httpd refuses a directive's arguments, and from which argument on (undefined: the words are missing). */
export interface ArgumentProblem {
  message: string;
  /** Index of the first argument at fault; undefined when arguments are missing. */
  at?: number;
}

const COUNT_WORDS: Partial<Record<ArgsHow, string>> = {
  NO_ARGS: 'no arguments', TAKE1: 'one argument', TAKE2: 'two arguments', TAKE12: '1-2 arguments', TAKE3: 'three arguments',
  TAKE23: 'two or three arguments', TAKE123: 'one, two or three arguments', TAKE13: 'one or three arguments',
};

// server/config.c invoke_cmd: each word is read with ap_getword_conf, and an empty word (`""`) counts as missing
// where a word is required; TAKEn refuses words left over, FLAG wants On or Off (and ignores what follows).
/**
 * Why httpd refuses the argument words `values` of directive `name` (any case; `lower` is it in lower case)
 * when it reads the line, or undefined when it takes them (or tlslint does not know the directive's form).
 */
export function argumentProblem(name: string, values: readonly string[], lower = name.toLowerCase()): ArgumentProblem | undefined {
  const spec = APACHE_DIRECTIVES[lower];
  if (!spec || spec.section) return undefined;
  const count = values.length;
  switch (spec.how) {
    case 'NO_ARGS': return count > 0 ? takes('NO_ARGS', name, count, 0) : undefined;
    case 'TAKE1':
      if (empty(values, 0)) return takes('TAKE1', name, count);
      if (count > 1) return takes('TAKE1', name, count, 1);
      // mod_ssl ssl_cmd_SSLEngine: "Argument must be On, Off, or Optional".
      if (spec === APACHE_DIRECTIVES.sslengine && !['on', 'off', 'optional'].includes(values[0].toLowerCase())) return { message: `Expected On, Off or Optional for ${name}, got "${values[0]}"`, at: 0 };
      return undefined;
    case 'TAKE2': return empty(values, 0) || empty(values, 1) ? takes('TAKE2', name, count) : count > 2 ? takes('TAKE2', name, count, 2) : undefined;
    case 'TAKE12': return empty(values, 0) ? takes('TAKE12', name, count) : count > 2 ? takes('TAKE12', name, count, 2) : undefined;
    case 'TAKE3': return empty(values, 0) || empty(values, 1) || empty(values, 2) ? takes('TAKE3', name, count) : count > 3 ? takes('TAKE3', name, count, 3) : undefined;
    case 'TAKE23': return empty(values, 0) || empty(values, 1) ? takes('TAKE23', name, count) : count > 3 ? takes('TAKE23', name, count, 3) : undefined;
    case 'TAKE123': return empty(values, 0) ? takes('TAKE123', name, count) : count > 3 ? takes('TAKE123', name, count, 3) : undefined;
    case 'TAKE13': return empty(values, 0) || (count === 2 && values[1] !== '') ? takes('TAKE13', name, count, 1) : count > 3 ? takes('TAKE13', name, count, 3) : undefined;
    case 'ITERATE': return empty(values, 0) ? { message: `Expected at least one argument to ${name}, got none` } : undefined;
    case 'ITERATE2': return empty(values, 0) || count < 2 ? { message: `Expected at least two arguments to ${name}, got ${count}` } : undefined;
    case 'FLAG': {
      const flag = values[0]?.toLowerCase();
      if (flag === 'on' || flag === 'off') return undefined;
      return { message: `Expected On or Off for ${name}, got ${count ? `"${values[0]}"` : 'nothing'}`, ...(count ? { at: 0 } : {}) };
    }
    case 'TAKE_ARGV':
      // server/listen.c ap_set_listener: "Listen requires 1 or 2 arguments."
      if (spec === APACHE_DIRECTIVES.listen) return count < 1 ? { message: `Expected 1 or 2 arguments to ${name}, got none` } : count > 2 ? { message: `Expected 1 or 2 arguments to ${name}, got ${count}`, at: 2 } : undefined;
      return undefined;
    case 'RAW_ARGS':
      return spec.module === 'headers' ? headerProblem(name, lower === 'header', values) : undefined;
  }
}

/** An empty word ("") counts as no argument. */
function empty(values: readonly string[], index: number): boolean {
  return values[index] === undefined || values[index] === '';
}

/** httpd: "SSLEngine takes one argument", at the first word too many (`at`) or the whole line. */
function takes(how: ArgsHow, written: string, count: number, at?: number): ArgumentProblem {
  const message = `Expected ${COUNT_WORDS[how]} to ${written}, got ${count}${at === undefined && count ? ' (an empty "" is no argument)' : ''}`;
  return at !== undefined ? { message, at } : { message };
}

/**
 * The names argumentProblem checks, worked out once (see ARGUMENT_CHECKS): the load asks about every
 * directive read, and a property lookup by name in the table object was a generic keyed load each time.
 */
const CHECKED = new Set(
  Object.entries(APACHE_DIRECTIVES).filter(([name, spec]) => !spec.section && (spec.how !== 'RAW_ARGS' || spec.module === 'headers') && (spec.how !== 'TAKE_ARGV' || name === 'listen')).map(([name]) => name),
);

/**
 * What argumentProblem surely takes without reading a directive's word values: a word count from `min` to
 * `max`, the first `filled` words not empty, and (when `first` is given) the first word one of `first`, in
 * any case.
 */
export interface CountCheck {
  min: number;
  max: number;
  filled: number;
  first: readonly string[] | undefined;
}

function counting(min: number, max: number, filled: number, first?: readonly string[]): CountCheck {
  return { min, max, filled, first };
}

/** The CountCheck of each argument form argumentProblem decides by counting (RAW_ARGS and TAKE_ARGV read the words). */
const COUNT_CHECKS: Partial<Record<ArgsHow, CountCheck>> = {
  NO_ARGS: counting(0, 0, 0),
  TAKE1: counting(1, 1, 1),
  TAKE2: counting(2, 2, 2),
  TAKE12: counting(1, 2, 1),
  TAKE3: counting(3, 3, 3),
  TAKE23: counting(2, 3, 2),
  TAKE123: counting(1, 3, 1),
  // Two words are refused unless the second is empty: only one word is sure to pass.
  TAKE13: counting(1, 1, 1),
  ITERATE: counting(1, Infinity, 1),
  ITERATE2: counting(2, Infinity, 1),
  // Only the first word is read.
  FLAG: counting(1, Infinity, 1, ['on', 'off']),
};

/** The CountCheck no word count passes: the words themselves are read (argumentProblem, sectionProblem). */
export const READ_WORDS: CountCheck = counting(Infinity, -1, 0);

/** The CountChecks of Header (mod_headers' output headers, which take a condition first) and RequestHeader: see headerTakenUnread. */
const OUTPUT_HEADER: CountCheck = counting(Infinity, -1, 0);
const INPUT_HEADER: CountCheck = counting(Infinity, -1, 0);

/** The checks that are not those of their argument form. */
const SPECIAL_CHECKS: Record<string, CountCheck> = {
  sslengine: counting(1, 1, 1, ['on', 'off', 'optional']),
  listen: counting(1, 2, 0),
  header: OUTPUT_HEADER,
  requestheader: INPUT_HEADER,
};

/**
 * Every checked directive's CountCheck: the load takes most lines of a real tree on it, without their
 * words' values or a record that they were checked. The others have READ_WORDS.
 */
const ARGUMENT_CHECKS = new Map<string, CountCheck>(
  [...CHECKED].map((name): [string, CountCheck] => [name, SPECIAL_CHECKS[name] ?? COUNT_CHECKS[APACHE_DIRECTIVES[name].how] ?? READ_WORDS]),
);

/** A directive's words as the loader's table holds them, read without making their values. */
export interface WordTable {
  readonly argCount: number;
  /** True when none of the first `count` words (which must exist) is empty. */
  argsFilled(count: number): boolean;
  /** True when word `index` is a bare word equal, in ASCII case, to one of `words` (lower case). */
  argIsOneOf(index: number, words: readonly string[]): boolean;
}

/** True when argumentProblem surely takes the words `table` holds by `check` (false: ask it). */
export function takenUnread(check: CountCheck, table: WordTable): boolean {
  if (check === OUTPUT_HEADER || check === INPUT_HEADER) return headerTakenUnread(check === OUTPUT_HEADER, table);
  const count = table.argCount;
  return count >= check.min && count <= check.max && table.argsFilled(check.filled) && (check.first === undefined || table.argIsOneOf(0, check.first));
}

const HEADER_CONDITIONS = ['always', 'onsuccess'];
const HEADER_SETTERS = ['set', 'setifempty', 'add', 'append', 'merge', 'note'];
const HEADER_REMOVERS = ['unset', 'echo'];

/** The Header lines headerProblem surely takes: `[always|onsuccess] set|add|... NAME VALUE` and `[...] unset|echo NAME`. */
function headerTakenUnread(output: boolean, table: WordTable): boolean {
  const count = table.argCount;
  const first = output && count > 0 && table.argIsOneOf(0, HEADER_CONDITIONS) ? 1 : 0;
  if (count - first === 3) return table.argIsOneOf(first, HEADER_SETTERS);
  if (count - first === 2) return table.argIsOneOf(first, HEADER_REMOVERS);
  return false;
}

/** How argumentProblem decides directive `name` (lower case; see CountCheck), or undefined when it does not check it: one lookup for the load. */
export function argumentCheckOf(name: string): CountCheck | undefined {
  return ARGUMENT_CHECKS.get(name);
}

const HEADER_ACTIONS = new Set(['set', 'setifempty', 'add', 'append', 'merge', 'unset', 'echo', 'edit', 'edit*', 'note']);

// modules/metadata/mod_headers.c header_cmd and header_inout_cmd: `[always|onsuccess] action header [value]
// [replacement] [early|env=[!]var|expr=...]`; `#` after the first word is an ordinary word in Apache, so a
// trailing "comment" is an extra argument httpd refuses.
function headerProblem(written: string, output: boolean, values: readonly string[]): ArgumentProblem | undefined {
  let first = 0;
  const condition = values[0]?.toLowerCase();
  if (output && (condition === 'always' || condition === 'onsuccess')) first = 1;
  const words = first ? values.slice(first) : values;
  const action = words[0]?.toLowerCase() ?? '';
  if (words.length > 5) return { message: `Expected at most 5 arguments to ${written} after its condition, got ${words.length}: "#" after arguments is no comment in Apache`, at: first + 5 };
  if (!HEADER_ACTIONS.has(action)) return { message: `Expected ${written} action add, set, setifempty, append, merge, unset, echo, note, edit or edit*, got "${words[0] ?? ''}"`, ...(words.length ? { at: first } : {}) };
  const edit = action === 'edit' || action === 'edit*';
  if (edit && words.length < 4) return { message: `Expected a header, a match and a substitution after ${written} ${words[0]}, got ${words.length - 1} arguments` };
  if (!edit && words.length > 4) return { message: `Expected at most 4 arguments to ${written} ${words[0]}, got ${words.length}: "#" after arguments is no comment in Apache`, at: first + 4 };
  if (action === 'unset' || action === 'echo') {
    if (words.length > 3) return { message: `Expected at most 3 arguments to ${written} ${words[0]}, got ${words.length}: "#" after arguments is no comment in Apache`, at: first + 3 };
  } else if (words.length < 3) {
    return { message: `Expected a header and a value after ${written} ${words[0]}, got ${words.length - 1} arguments` };
  }
  const clauseAt = edit ? 4 : action === 'unset' || action === 'echo' ? 2 : 3;
  const clause = words[clauseAt];
  if (clause === undefined) return undefined;
  const lower = clause.toLowerCase();
  if (lower === 'early' || lower.startsWith('expr=')) return undefined;
  if (lower.startsWith('env=')) {
    const variable = clause.slice(4).replace(/^!/, '');
    return variable ? undefined : { message: `Expected env=NAME in ${written}, got "${clause}"`, at: first + clauseAt };
  }
  return { message: `Unknown ${written} parameter "${clause}": expected early, env=NAME or expr=...; "#" after arguments is no comment in Apache`, at: first + clauseAt };
}

/** Sections whose tag needs an argument (server/core.c: dirsection, urlsection, filesection, ifsection, virtualhost_section, ap_limit_section, start_cond_section). */
const SECTIONS_WITH_ARGUMENT = new Set(['directory', 'directorymatch', 'location', 'locationmatch', 'files', 'filesmatch', 'if', 'elseif', 'virtualhost',
  'limit', 'limitexcept', 'ifdefine', 'ifmodule', 'iffile', 'ifdirective', 'ifsection']);

const NEEDS_A_WORD: CountCheck = counting(1, Infinity, 0);
const TAKES_NO_WORD: CountCheck = counting(0, 0, 0);

/**
 * How sectionProblem decides section `name` (lower case; see CountCheck), or undefined when it does not
 * check it. The conditionals' first word is read; the others want some word, even `""`, and `<Else>` none.
 */
export function sectionCheckOf(name: string): CountCheck | undefined {
  if (name === 'else') return TAKES_NO_WORD;
  if (!SECTIONS_WITH_ARGUMENT.has(name)) return undefined;
  return name.startsWith('if') && name !== 'if' ? READ_WORDS : NEEDS_A_WORD;
}

// server/core.c missing_container_arg: "<Location> directive requires additional arguments"; ifsection:
// "<Else> does not take an argument". A conditional's `!` is not its argument (start_cond_section).
/** Why httpd refuses a section tag's arguments `values` (`lower` is its name in lower case), or undefined when it takes them. */
export function sectionProblem(name: string, values: readonly string[], lower = name.toLowerCase()): ArgumentProblem | undefined {
  if (lower === 'else') return values.length ? { message: `Expected no argument to <${name}>, got ${values.length}`, at: 0 } : undefined;
  if (!SECTIONS_WITH_ARGUMENT.has(lower)) return undefined;
  const missing = { message: `Expected an argument to <${name}>, got none` };
  // The others test the tag's text: `<Location "">` has some.
  if (!lower.startsWith('if') || lower === 'if') return values.length === 0 ? missing : undefined;
  // start_cond_section drops a leading `!`, then wants a word (`""` is none).
  const first = values[0] ?? '';
  const word = first.startsWith('!') ? (first.length > 1 ? first.slice(1) : values[1] ?? '') : first;
  return word === '' ? missing : undefined;
}

/** What reading a directive of a name does to the walk (evaluate.ts walkDirectives), besides handing it on. */
export const NameRole = {
  Other: 0,
  /** As a section: <IfDefine>, <IfModule>, <IfVersion>, <IfFile>, <IfDirective>, <IfSection>, decided when read. */
  Conditional: 1,
  /** `Include` or `IncludeOptional`, as a line. */
  Include: 2,
  /** `Define`, `UnDefine`, `LoadModule`, `ServerRoot`, as a line: they change the read-time state. */
  State: 3,
} as const;

const ROLES = lookupTable<number>({
  ifdefine: NameRole.Conditional, ifmodule: NameRole.Conditional, ifversion: NameRole.Conditional, iffile: NameRole.Conditional,
  ifdirective: NameRole.Conditional, ifsection: NameRole.Conditional,
  include: NameRole.Include, includeoptional: NameRole.Include,
  define: NameRole.State, undefine: NameRole.State, loadmodule: NameRole.State, serverroot: NameRole.State,
});

/**
 * A directive name as written, with what the walk and the loader ask of it, worked out once per name: the
 * walks of the loader and the model read every line of the tree, and asked a Set or a Map by name three or
 * four times per line (its lower case, whether it is a conditional or an include, its argument check).
 */
export class DirectiveName {
  /** In lower case: httpd matches directive names case-insensitively. */
  readonly lower: string;
  /** NameRole of the name (as a line; a conditional only as a section). */
  readonly role: number;
  /** How the loader checks the arguments of a line of this name (argumentCheckOf), or of a section (sectionCheckOf). */
  readonly argumentCheck: CountCheck | undefined;
  readonly sectionCheck: CountCheck | undefined;

  constructor(
    /** The name as written (`SSLEngine`). */
    readonly written: string,
    /**
     * Its place in the names made so far, below MAX_NAMES (NO_NAME_ID for a name made past that): a table by
     * id answers a question of every name once (see model.ts isModelledName).
     */
    readonly id: number,
  ) {
    const lower = written.toLowerCase();
    this.lower = lower;
    this.role = ROLES[lower] ?? NameRole.Other;
    this.argumentCheck = argumentCheckOf(lower);
    this.sectionCheck = sectionCheckOf(lower);
  }
}

/** Most names kept: a hostile tree of millions of different names makes a DirectiveName per reading past it. */
export const MAX_NAMES = 65_536;
/** The id of a name made past MAX_NAMES: the table's NO_TAG (the reader then keeps the row's DirectiveName itself, see tree.ts). */
export const NO_NAME_ID = NO_TAG;
const namesByWritten = new Map<string, DirectiveName>();
const namesById: DirectiveName[] = [];

/** The DirectiveName of `written`, one per name as written (up to MAX_NAMES of them). */
export function directiveName(written: string): DirectiveName {
  let name = namesByWritten.get(written);
  if (name === undefined) {
    name = new DirectiveName(written, namesById.length < MAX_NAMES ? namesById.length : NO_NAME_ID);
    if (name.id !== NO_NAME_ID) {
      namesByWritten.set(written, name);
      namesById.push(name);
    }
  }
  return name;
}

/** The DirectiveName whose id is `id` (below the number of names made). */
export function directiveNameById(id: number): DirectiveName {
  return namesById[id];
}

