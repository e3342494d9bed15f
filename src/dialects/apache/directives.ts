// What Apache httpd knows about its directives (contexts, arity, inheritance, versions): a crossplane-style table.
// Sources: httpd.apache.org/docs/2.4/mod/ (directive quick reference) and each module's command_rec table.

/** Where a directive may appear: server config, virtual host, directory-like sections, .htaccess. */
export type ApacheContext = 'server' | 'vhost' | 'directory' | 'htaccess';

/** One directive's syntax facts. */
export interface ApacheDirectiveSpec {
  /** The module defining it (its `<IfModule>` name). */
  module: string;
  contexts: readonly ApacheContext[];
  /** Fewest and most arguments; `Infinity` for no upper bound. */
  args: readonly [min: number, max: number];
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
const ANY = Infinity;

/** The TLS-relevant and structural directives, by lower-case name. */
export const APACHE_DIRECTIVES: Readonly<Record<string, ApacheDirectiveSpec>> = {
  // Core (server/core.c) and structure.
  serverroot: { module: 'core', contexts: S, args: [1, 1] },
  servername: { module: 'core', contexts: SV, args: [1, 1], inheritance: 'replace' },
  serveralias: { module: 'core', contexts: ['vhost'], args: [1, ANY] },
  include: { module: 'core', contexts: SVD, args: [1, 1] },
  includeoptional: { module: 'core', contexts: SVD, args: [1, 1] },
  define: { module: 'core', contexts: SVD, args: [1, 2] },
  undefine: { module: 'core', contexts: S, args: [1, 1] },
  documentroot: { module: 'core', contexts: SV, args: [1, 1] },
  protocols: { module: 'core', contexts: SV, args: [1, ANY], since: '2.4.17' },
  virtualhost: { module: 'core', contexts: S, args: [1, ANY], section: true },
  directory: { module: 'core', contexts: SV, args: [1, 1], section: true },
  directorymatch: { module: 'core', contexts: SV, args: [1, 1], section: true },
  location: { module: 'core', contexts: SV, args: [1, 1], section: true },
  locationmatch: { module: 'core', contexts: SV, args: [1, 1], section: true },
  files: { module: 'core', contexts: ['server', 'vhost', 'directory', 'htaccess'], args: [1, 1], section: true },
  filesmatch: { module: 'core', contexts: ['server', 'vhost', 'directory', 'htaccess'], args: [1, 1], section: true },
  if: { module: 'core', contexts: ALL, args: [1, 1], section: true },
  elseif: { module: 'core', contexts: ALL, args: [1, 1], section: true },
  else: { module: 'core', contexts: ALL, args: [0, 0], section: true },
  limit: { module: 'core', contexts: ALL, args: [1, ANY], section: true },
  limitexcept: { module: 'core', contexts: ALL, args: [1, ANY], section: true },
  ifdefine: { module: 'core', contexts: ALL, args: [1, 1], section: true },
  ifmodule: { module: 'core', contexts: ALL, args: [1, 1], section: true },
  iffile: { module: 'core', contexts: ALL, args: [1, 1], section: true, since: '2.4.34' },
  ifdirective: { module: 'core', contexts: ALL, args: [1, 1], section: true, since: '2.4.34' },
  ifsection: { module: 'core', contexts: ALL, args: [1, 1], section: true, since: '2.4.34' },
  ifversion: { module: 'version', contexts: ALL, args: [1, 2], section: true },
  // server/listen.c, mod_so.
  listen: { module: 'core', contexts: S, args: [1, 2] },
  loadmodule: { module: 'so', contexts: S, args: [2, 2] },
  // mod_ssl (modules/ssl/mod_ssl.c ssl_config_cmds).
  sslengine: { module: 'ssl', contexts: SV, args: [1, 1], inheritance: 'replace' },
  sslprotocol: { module: 'ssl', contexts: SV, args: [1, ANY], inheritance: 'replace' },
  sslciphersuite: { module: 'ssl', contexts: ALL, args: [1, 2], inheritance: 'replace' },
  sslhonorcipherorder: { module: 'ssl', contexts: SV, args: [1, 1], inheritance: 'replace' },
  sslcompression: { module: 'ssl', contexts: SV, args: [1, 1], inheritance: 'replace' },
  sslinsecurerenegotiation: { module: 'ssl', contexts: SV, args: [1, 1], inheritance: 'replace' },
  sslsessiontickets: { module: 'ssl', contexts: SV, args: [1, 1], inheritance: 'replace' },
  sslsessionticketkeyfile: { module: 'ssl', contexts: SV, args: [1, 1], inheritance: 'replace' },
  sslusestapling: { module: 'ssl', contexts: SV, args: [1, 1], inheritance: 'replace' },
  sslopensslconfcmd: { module: 'ssl', contexts: SV, args: [2, 2], inheritance: 'merge', since: '2.4.8' },
  sslcertificatefile: { module: 'ssl', contexts: SV, args: [1, 1], inheritance: 'replace' },
  sslcertificatekeyfile: { module: 'ssl', contexts: SV, args: [1, 1], inheritance: 'replace' },
  sslcertificatechainfile: { module: 'ssl', contexts: SV, args: [1, 1], inheritance: 'replace', deprecated: '2.4.8' },
  sslcacertificatefile: { module: 'ssl', contexts: SV, args: [1, 1], inheritance: 'replace' },
  sslstrictsnivhostcheck: { module: 'ssl', contexts: SV, args: [1, 1] },
  sslproxyengine: { module: 'ssl', contexts: ['server', 'vhost', 'directory'], args: [1, 1], inheritance: 'replace' },
  sslproxyprotocol: { module: 'ssl', contexts: ['server', 'vhost', 'directory'], args: [1, ANY], inheritance: 'replace' },
  sslproxyciphersuite: { module: 'ssl', contexts: ['server', 'vhost', 'directory'], args: [1, 2], inheritance: 'replace' },
  sslproxyverify: { module: 'ssl', contexts: ['server', 'vhost', 'directory'], args: [1, 1], inheritance: 'replace' },
  sslproxycheckpeername: { module: 'ssl', contexts: ['server', 'vhost', 'directory'], args: [1, 1], inheritance: 'replace' },
  sslproxycheckpeercn: { module: 'ssl', contexts: ['server', 'vhost', 'directory'], args: [1, 1], inheritance: 'replace' },
  sslproxycacertificatefile: { module: 'ssl', contexts: ['server', 'vhost', 'directory'], args: [1, 1], inheritance: 'replace' },
  sslstaplingcache: { module: 'ssl', contexts: S, args: [1, 1] },
  sslsessioncache: { module: 'ssl', contexts: S, args: [1, 1] },
  sslrandomseed: { module: 'ssl', contexts: S, args: [2, 3] },
  sslpassphrasedialog: { module: 'ssl', contexts: S, args: [1, 1] },
  // mod_headers, mod_alias, mod_rewrite, mod_proxy.
  header: { module: 'headers', contexts: ALL, args: [2, ANY], inheritance: 'merge' },
  requestheader: { module: 'headers', contexts: ALL, args: [2, ANY], inheritance: 'merge' },
  redirect: { module: 'alias', contexts: ALL, args: [1, 3] },
  redirectmatch: { module: 'alias', contexts: ALL, args: [2, 3] },
  redirectpermanent: { module: 'alias', contexts: ALL, args: [2, 2] },
  redirecttemp: { module: 'alias', contexts: ALL, args: [2, 2] },
  rewriteengine: { module: 'rewrite', contexts: ALL, args: [1, 1] },
  rewritecond: { module: 'rewrite', contexts: ALL, args: [2, 3] },
  rewriterule: { module: 'rewrite', contexts: ALL, args: [2, 3] },
  proxypass: { module: 'proxy', contexts: SVD, args: [1, ANY] },
  proxypassreverse: { module: 'proxy', contexts: SVD, args: [1, 3] },
};

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

/** The spec of directive `name` (any case), if tlslint knows it. */
export function apacheDirective(name: string): ApacheDirectiveSpec | undefined {
  return APACHE_DIRECTIVES[name.toLowerCase()];
}
