// What a rule asks to change, said over the model: each dialect renders it into edits of its own syntax.
import type { SourceRange } from '../syntax/range.js';
import type { Profile } from '../tls/mozilla-profiles.js';
import type { DeprecatedSetting, Endpoint, HeaderScope, ResponseHeader, TlsProtocol } from './types.js';

/** The endpoint settings a change may set, with the value each takes. */
export interface SettingValues {
  protocols: readonly TlsProtocol[];
  sessionTickets: boolean;
  stapling: boolean;
}

/** Set one setting where it is written (its value is replaced; a default cannot be edited in place). */
export type SetChange = {
  [K in keyof SettingValues]: { kind: 'set'; endpoint: Endpoint; key: K; value: SettingValues[K] };
}[keyof SettingValues];

/** Replace the endpoint's cipher setting with the profile's suites, in the syntax of the server's TLS library. */
export interface SetCiphersChange {
  kind: 'setCiphers';
  endpoint: Endpoint;
  profile: Profile;
}

/** Add a protocol to the written protocol setting, keeping the ones it has. */
export interface AddProtocolChange {
  kind: 'addProtocol';
  endpoint: Endpoint;
  protocol: TlsProtocol;
}

/** Add a response header at the start of a scope. */
export interface AddHeaderChange {
  kind: 'addHeader';
  endpoint: Endpoint;
  scope: HeaderScope;
  name: string;
  value: string;
  always: boolean;
}

/** Repeat `header` (lost to inheritance) as `name` just before `before`, the scope's first own header. */
export interface CopyHeaderChange {
  kind: 'copyHeader';
  name: string;
  header: ResponseHeader;
  before: ResponseHeader;
}

/** Make a header sent on every response, error statuses included. */
export interface HeaderAlwaysChange {
  kind: 'headerAlways';
  header: ResponseHeader;
}

/** Delete a deprecated setting that changes nothing the server does. */
export interface RemoveDeprecatedChange {
  kind: 'removeDeprecated';
  deprecated: DeprecatedSetting;
}

/** Replace text inside a value whose syntax the model already knows (an HSTS value, a number). */
export interface ReplaceTextChange {
  kind: 'replaceText';
  range: SourceRange;
  text: string;
  description: string;
}

export type Change =
  | SetChange
  | SetCiphersChange
  | AddProtocolChange
  | AddHeaderChange
  | CopyHeaderChange
  | HeaderAlwaysChange
  | RemoveDeprecatedChange
  | ReplaceTextChange;
