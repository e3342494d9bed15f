// Node built-ins a run needs only now and then, required on first use instead of imported: node:tls (with the
// node:net and stream modules it loads), node:v8 and node:vm took every run several milliseconds of start-up, and
// node:crypto (~2 ms) is needed only for SARIF and GitLab fingerprints, certificate files, --fix and baselines.
import { createRequire } from 'node:module';

const requireBuiltin = createRequire(import.meta.url);

/** node:crypto, loaded on the first call. */
export function cryptoModule(): typeof import('node:crypto') {
  return requireBuiltin('node:crypto') as typeof import('node:crypto');
}

/** node:tls, loaded on the first call. */
export function tlsModule(): typeof import('node:tls') {
  return requireBuiltin('node:tls') as typeof import('node:tls');
}

/** node:net, loaded on the first call. */
export function netModule(): typeof import('node:net') {
  return requireBuiltin('node:net') as typeof import('node:net');
}

/** node:v8, loaded on the first call. */
export function v8Module(): typeof import('node:v8') {
  return requireBuiltin('node:v8') as typeof import('node:v8');
}

/** node:vm, loaded on the first call. */
export function vmModule(): typeof import('node:vm') {
  return requireBuiltin('node:vm') as typeof import('node:vm');
}
