// Caddy's client-certificate authentication (tls connection policy `client_authentication`), shared by the Caddyfile and JSON models.
import type { SourceRange } from '../../syntax/range.js';
import type { ClientAuth, SettingLevel } from '../../model/types.js';
import { lookupTable } from '../lookup-table.js';

/** What a connection policy's `client_authentication` (or the Caddyfile's `client_auth { }`) holds. */
export interface CaddyClientAuthInput {
  /** `mode` as written, when given. */
  mode?: string;
  /** How many trusted CA certificates (inline or PEM files) it names. */
  cas: number;
  /** How many trusted leaf certificates (the deprecated pinning) it names. */
  leaves: number;
  /** How many verifier modules (JSON `verifiers`) it names. */
  verifiers: number;
  /** The `client_auth` block (or JSON member). */
  source: SourceRange;
  /** The `mode` line (or JSON member), when given. */
  modeSource?: SourceRange;
  /** The first line (or JSON member) naming trusted CA certificates, when any does. */
  caSource?: SourceRange;
  level: SettingLevel;
}

/** The Caddy modes, as Go's crypto/tls ClientAuthType they set. */
const MODES = lookupTable<{ mode: ClientAuth['mode']; verifies: boolean }>({
  request: { mode: 'optional', verifies: false },
  require: { mode: 'required', verifies: false },
  verify_if_given: { mode: 'optional', verifies: true },
  require_and_verify: { mode: 'required', verifies: true },
});

/**
 * The client authentication Caddy enforces, following caddy 2.6 modules/caddytls/connpolicy.go
 * ClientAuthentication.ConfigureTLSConfig: nothing set (no CA, leaf, verifier or mode) asks for no
 * certificate; `request` and `require` are Go's RequestClientCert and RequireAnyClientCert, which accept any
 * certificate (the trusted CAs only fill the CertificateRequest's list of names), `verify_if_given` and
 * `require_and_verify` verify against the trusted CAs; with no mode the default is `require_and_verify` when
 * CAs or leaf certificates are given, else `require`. Trusted leaf certificates and verifier modules run in
 * VerifyPeerCertificate whatever the mode (LeafCertClientAuth refuses a handshake without a certificate).
 * Undefined when the input is not a mode Caddy knows (Caddy refuses it: "client auth mode not recognized").
 */
export function caddyClientAuth(input: CaddyClientAuthInput): ClientAuth | undefined {
  const active = input.cas > 0 || input.leaves > 0 || input.verifiers > 0 || input.mode !== undefined;
  if (!active) return { mode: 'none', verified: false, written: 'client_auth', source: input.source, level: input.level };
  const written = input.mode ?? (input.cas > 0 || input.leaves > 0 ? 'require_and_verify' : 'require');
  const known = MODES[written];
  if (!known) return undefined;
  const pinned = input.leaves > 0;
  // Verifier modules decide for themselves: tlslint cannot tell what they check, so they count as verification.
  const verified = known.verifies || pinned || input.verifiers > 0;
  const mode = pinned ? 'required' : known.mode;
  return { mode, verified, written, source: input.modeSource ?? input.source, level: input.level, ...(input.caSource ? { caSource: input.caSource } : {}) };
}
