// What the Apache model's build shares: a line as read (Read), the main server and vhosts with their sections, and the per-model state (BuildContext).
import type { LintOptions } from '../../engine/options.js';
import type { ResponseHeader, Setting, SettingLevel, TlsProtocol } from '../../model/types.js';
import type { WalkState } from './evaluate.js';
import { Line, type ApacheTree } from './tree.js';
// Types only: the header modules import this one, and nothing of theirs is needed at run time here.
import type { HeaderAction } from './headers.js';
import type { SectionHead, SectionInfo } from './request-classes.js';
import type { ScopeSpec } from './header-merge.js';
import type { TemplateKind } from './header-templates.js';

/**
 * A line as read (a row of its file's table, see tree.ts Line), with its `${}` resolved arguments. Its range
 * and its arguments' ranges are made from the table when asked: the model asks for few (ranges for fixes), and
 * holding argument objects for every read line until the last vhost was built was ~80 MB of a 10,000-vhost tree
 * (each argument an object with its range), all promoted to the old generation.
 */
export class Read extends Line {
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
export interface PathSection {
  section: Line;
  parent: PathSection | null;
  own: Read[];
  /** What the header merge reads of it (sectionInfo), once worked out. */
  info?: SectionInfo;
}

/** The main server or one `<VirtualHost>`: its own directives and its path sections in order. */
export interface ServerConfig {
  section: Line | null;
  own: Read[];
  paths: PathSection[];
}

/** Marks the main server level in BuildContext.unreadAt. */
export const MAIN = Symbol('main server');

/**
 * Where unread Includes stand: MAIN, or sections, by their row. A file read twice makes new Lines at each
 * reading; an Include unread at one reading stands in the section at every reading of it.
 */
export class UnreadPlaces {
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

export interface BuildContext {
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
  /** The kinds of vhost kept (TemplateKind, with a template or null), by their shape's number (shapeHash); how many, and how many vhosts were filled from one. */
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
export const SERVER_LEVEL: SettingLevel = 'global';
export const VHOST_LEVEL: SettingLevel = 'endpoint';
export const PATH_LEVEL: SettingLevel = 'path';

/** The reads of a section with none the model reads (most of a tree's <Directory> sections): never added to (addRead). */
export const NO_READS: Read[] = [];

/** The last `name` directive of a list (httpd: a later directive of the same context replaces an earlier one). */
export function last(list: readonly Read[], name: string): Read | undefined {
  for (let index = list.length - 1; index >= 0; index--) if (list[index].name === name) return list[index];
  return undefined;
}

/** True when an unread Include stands at the server's own level or the main server's (which every vhost inherits). */
export function serverLevelUnread(server: ServerConfig, context: BuildContext): boolean {
  return context.unreadAt.has(MAIN) || (server.section !== null && context.unreadAt.has(server.section));
}
