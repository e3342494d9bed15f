// The contract every server dialect fulfils: find its files, parse them with includes, build the model.
import type { ConfigFile } from '../syntax/ast.js';
import type { SourceRange } from '../syntax/range.js';
import type { ClientAuth, DeprecatedSetting, SettingLevel, TlsModel, UpstreamTls } from '../model/types.js';
import type { Change } from '../model/change.js';
import type { LintOptions } from '../engine/options.js';
import type { Fix, ToolNotification } from '../engine/finding.js';
import type { DialectId } from './registry.js';

/** Shared state of one run's loading: files are parsed once however often they are included. */
export interface LoadContext {
  root: string;
  pathMaps: Array<{ from: string; to: string }>;
  /** Parsed files by absolute path. */
  cache: Map<string, ConfigFile>;
  /**
   * Texts to parse in place of reading these files (absolute paths), e.g. an editor's unsaved buffer
   * given on stdin: such a file need not exist on disk.
   */
  texts?: ReadonlyMap<string, string>;
  /**
   * Files named on the command line, by real path: a file an include reaches through a symlink (Debian's
   * `sites-enabled/x` -> `../sites-available/x`) is read under the name it was given, so its findings are
   * the named file's.
   */
  namedByRealPath?: ReadonlyMap<string, string>;
  /** Largest file read, in bytes. */
  maxFileBytes: number;
  /** Most files one entry may pull in through includes. */
  maxIncludedFiles: number;
  /** Deepest include nesting. */
  maxIncludeDepth: number;
  /** Reads every file in this syntax of its dialect rather than telling it from name and content (`--dialect caddy-json`). */
  syntax?: 'caddy-json';
  /** Server version per dialect, for read-time conditionals such as Apache's `<IfVersion>`; missing means the newest known. */
  serverVersions?: Record<string, string>;
  /** Receives what the loader skipped because of a limit: a tool notification, not a config mistake. */
  notify(notification: ToolNotification): void;
}

/** Settings a message may name; the dialect says which directive (or option) holds each. */
export type NamedSetting =
  | 'protocols' | 'ciphers' | 'ciphersuites' | 'sessionTickets' | 'stapling' | 'certificate' | 'certificateKey'
  | 'certificateChain' | 'dhparam' | 'listen' | 'compression' | 'insecureRenegotiation';

/** How one dialect words what rules say over the model: the names its users write. */
export interface DialectNames {
  /** The server's name in messages: `nginx`, `Apache`, `Caddy`. */
  server: string;
  /** The directive or option that holds `key` (`ssl_protocols`, `SSLProtocol`, `protocols`). */
  setting(key: NamedSetting, at?: SourceRange): string;
  /** The directive that adds response headers (`add_header`, `Header`, `header`). */
  headerDirective: string;
  /** What makes a header sent on error statuses too (`always`). */
  alwaysKeyword: string;
  /** Where a header came from when another level drops it (`http {}`, `server {}`, `the enclosing location`). */
  level(level: SettingLevel): string;
  /**
   * What to write so that `upstream`'s certificate is verified, quoted as the user would write it: the setting
   * that turns verification on and the one naming the CA certificates (`"proxy_ssl_verify on;" with ...`).
   */
  upstreamVerify(upstream: UpstreamTls): string;
  /**
   * What to write so that the client certificates `clientAuth` asks for are verified, quoted as the user
   * would write it: the mode that verifies and the setting naming the CA certificates.
   */
  clientAuthVerify(clientAuth: ClientAuth): string;
  /** A deprecated setting as written, since when it is deprecated, when it was removed and what replaces it. */
  deprecated(deprecated: DeprecatedSetting): { written: string; since: string; removedIn: string | null; instead: string };
}

/** The words and the edits of one dialect: what rules need of it, loaded with the rules. */
export interface DialectWording {
  names: DialectNames;
  /** The edits that make `change` in this dialect's syntax; undefined when it cannot be said here. */
  render(change: Change): Fix | undefined;
}

/** What finds and names a dialect's files: small, loaded by every run to sort the files it is given. */
export interface DialectFinder {
  id: DialectId;
  /** Newest server version whose defaults tlslint knows; used when none is given. */
  defaultServerVersion: string;
  /** Names of the file the server starts from (`nginx.conf`): other configs are read through its includes. */
  mainFileNames: readonly string[];
  /** True when a file met while scanning a directory is this dialect's config. */
  detect(path: string): boolean;
}

/** A dialect with its reader: imported only by a run that has files of it (src/dialects/registry.ts). */
export interface Dialect extends DialectWording, DialectFinder {
  /**
   * Parses `entry` and, recursively, what it includes. The entry is the first file returned. A file that needed
   * parser code not loaded yet is read as a stand-in: when onDemandMisses() (src/dialects/on-demand.ts) changed
   * during the load, load again after loadMissedModules(), as src/engine/run.ts lintGroup does.
   */
  load(entry: string, context: LoadContext): Promise<ConfigFile[]>;
  /** Reads the entry file's tree (includes followed) into the TLS model. */
  buildModel(entry: ConfigFile, options: LintOptions): TlsModel;
}
