// Where the JSON of a Caddy JSON file lies, kept apart from its reader: the names and fixes every run loads (wording.ts)
// ask these, and importing the reader would load the Caddyfile lexer and the Caddy model into every run.
import type { Endpoint, HeaderScope, ResponseHeader } from '../../model/types.js';
import type { JsonValue } from './json.js';

/** Paths of the files read as JSON, so fixes are never rendered into them as Caddyfile text. */
export const jsonPaths = new Set<string>();

/** The JSON a site's endpoint was read from: where a fix edits its TLS settings. */
export interface JsonEndpointSource {
  /** The server object of apps.http.servers. */
  server: JsonValue;
  /** The connection policy that applies to the site, if the server has one. */
  policy: JsonValue | undefined;
}

/** The JSON a header scope was read from: where a fix adds a header. */
export interface JsonScopeSource {
  /** The server object of apps.http.servers. */
  server: JsonValue;
  /** A site scope: its host names and its first route (null when the server has no routes). */
  site?: { hosts: string[]; first: JsonValue | null };
  /** A path scope: the matched route. */
  route?: JsonValue;
  /** True when a `delete` that applies to the scope removes Strict-Transport-Security (a set would not survive it). */
  deletesHsts: boolean;
}

export const endpointSources = new WeakMap<object, JsonEndpointSource>();
export const scopeSources = new WeakMap<HeaderScope, JsonScopeSource>();

/** The JSON an endpoint of a Caddy JSON model was read from (keyed by its range, which its redirect twin shares). */
export function jsonEndpointSource(endpoint: Endpoint): JsonEndpointSource | undefined {
  return endpointSources.get(endpoint.range);
}

/** The JSON a header scope of a Caddy JSON model was read from. */
export function jsonScopeSource(scope: HeaderScope): JsonScopeSource | undefined {
  return scopeSources.get(scope);
}

/** Where a header of a Caddy JSON model was written: its `headers` handler and the list that holds it. */
export interface JsonHeaderSource {
  /** The `handle` array holding the handler. */
  handle: JsonValue;
  handler: JsonValue;
  /** The handler's `response` object. */
  response: JsonValue;
  op: 'add' | 'set';
  /** The field name as written, and its values array. */
  key: string;
  values: JsonValue;
  /** The Caddyfile's `?Name` form: set only if the response has no such field yet. */
  isDefault: boolean;
}

export const headerSources = new WeakMap<ResponseHeader, JsonHeaderSource>();

/** The JSON a header of a Caddy JSON model was read from. */
export function jsonHeaderSource(header: ResponseHeader): JsonHeaderSource | undefined {
  return headerSources.get(header);
}
