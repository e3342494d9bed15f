// Orders dotted server versions (`1.22.1` < `1.23.4` < `1.25.10`) so rules can state version-dependent facts.

/**
 * Compares two dotted numeric versions segment by segment; a missing segment counts as 0, so `1.25`
 * equals `1.25.0`. Non-numeric suffixes (`1.25.1-r2`, `1.24.0+dfsg`) are ignored after the digits.
 * Returns a negative number when `a` is older, 0 when equal, positive when newer.
 */
export function compareVersions(a: string, b: string): number {
  const pa = segments(a);
  const pb = segments(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** True when `version` is `since` or newer. */
export function versionAtLeast(version: string, since: string): boolean {
  return compareVersions(version, since) >= 0;
}

/** Most versions whose segments are remembered; a run meets a handful (server, OpenSSL, the facts' versions). */
const MAX_REMEMBERED = 256;
const known = new Map<string, readonly number[]>();

/** The version's numbers; remembered, since every server asks the same few questions of the same version. */
function segments(version: string): readonly number[] {
  let numbers = known.get(version);
  if (numbers) return numbers;
  const match = /^\s*v?(\d+(?:\.\d+)*)/.exec(version);
  if (!match) throw new RangeError(`Not a version: "${version}"`);
  numbers = match[1].split('.').map(Number);
  if (known.size < MAX_REMEMBERED) known.set(version, numbers);
  return numbers;
}
