// Caddy's `{$VAR}` and `{$VAR:default}` environment placeholders, as far as tlslint reads them (never the environment itself).

/** `{$VAR:default}` read as its default (tlslint does not read the environment); `{$VAR}` stays as written. */
export function withEnvDefaults(value: string): string {
  // caddy: parse.go replaceEnvVars (2.6 splits on ":"; 2.7+ reads env per token, same syntax).
  return value.includes('{$') ? value.replace(/\{\$([^{}:]+):([^{}]*)\}/g, (_, _name: string, fallback: string) => fallback) : value;
}

/**
 * True when `value` (after {@link withEnvDefaults}) still holds a `{$VAR}` with no default: Caddy puts the
 * variable's value there when it reads the Caddyfile (an empty string when unset), so what it becomes is
 * only known where Caddy runs.
 */
export function hasEnvPlaceholder(value: string): boolean {
  return /\{\$[^{}]+\}/.test(value);
}
