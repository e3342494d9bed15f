// The contract every server dialect fulfils: find its files, parse them with includes, build the model.
import type { ConfigFile } from '../syntax/ast.js';
import type { TlsModel } from '../model/types.js';
import type { LintOptions } from '../engine/options.js';
import type { ToolNotification } from '../engine/finding.js';

/** Shared state of one run's loading: files are parsed once however often they are included. */
export interface LoadContext {
  root: string;
  pathMaps: Array<{ from: string; to: string }>;
  /** Parsed files by absolute path. */
  cache: Map<string, ConfigFile>;
  /** Largest file read, in bytes. */
  maxFileBytes: number;
  /** Most files one entry may pull in through includes. */
  maxIncludedFiles: number;
  /** Deepest include nesting. */
  maxIncludeDepth: number;
  /** Server version per dialect, for read-time conditionals such as Apache's `<IfVersion>`; missing means the newest known. */
  serverVersions?: Record<string, string>;
  /** Receives what the loader skipped because of a limit: a tool notification, not a config mistake. */
  notify(notification: ToolNotification): void;
}

export interface Dialect {
  id: string;
  /** Newest server version whose defaults tlslint knows; used when none is given. */
  defaultServerVersion: string;
  /** Names of the file the server starts from (`nginx.conf`): other configs are read through its includes. */
  mainFileNames: readonly string[];
  /** True when a file met while scanning a directory is this dialect's config. */
  detect(path: string): boolean;
  /** Parses `entry` and, recursively, what it includes. The entry is the first file returned. */
  load(entry: string, context: LoadContext): Promise<ConfigFile[]>;
  /** Reads the entry file's tree (includes followed) into the TLS model. */
  buildModel(entry: ConfigFile, options: LintOptions): TlsModel;
}
