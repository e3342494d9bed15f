// What the live suite needs from a server: prepare a fixture to run on 127.0.0.1, check it, start and stop it.
import type { ChildProcess } from 'node:child_process';

/** Files generated once per run that stand in for every certificate a fixture names. */
export interface TestCredentials {
  rsaCert: string;
  rsaKey: string;
  dhparam: string;
}

/** A fixture copied into a scratch prefix with its sockets moved to free loopback ports. */
export interface PreparedConfig {
  /** The config the server is started with. */
  entry: string;
  prefix: string;
  /** Original socket (`*:443`, `10.0.0.1:8443`) → the 127.0.0.1 port it listens on now. */
  ports: Map<string, number>;
}

export interface ConfigCheck {
  accepted: boolean;
  output: string;
}

export interface RunningServer {
  process: ChildProcess;
  stop(): Promise<void>;
}

/** One server product; Caddy joins the suite with an adapter of its own. */
export interface LiveServerAdapter {
  dialect: string;
  /** The fixture tree its cases come from (fixtures/<tree>), when not the dialect's own (Caddy's JSON: caddy-json). */
  fixtures?: string;
  /** The installed version, e.g. `1.22.1`, or null when the server is not installed. */
  installedVersion(): string | null;
  prepare(fixture: string, scratch: string, credentials: TestCredentials, allocatePort: () => Promise<number>): Promise<PreparedConfig>;
  check(config: PreparedConfig): ConfigCheck;
  /**
   * True when `check` does not set TLS up (apache2 -t stops before mod_ssl's post_config), so a config the
   * server refuses may only show at start: a failed start then counts as a refusal.
   */
  refusesAtStart?: boolean;
  /** Statuses a header not marked `always` is sent with (nginx add_header; Apache's `onsuccess` table). */
  successStatuses: ReadonlySet<number>;
  start(config: PreparedConfig): Promise<RunningServer>;
}
