import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);

// src/syntax/range.ts
function spanOf(a, b) {
  return { file: a.file, start: a.start, end: b.end };
}
function compareRanges(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.start.offset - b.start.offset || a.end.offset - b.end.offset;
}

// src/model/types.ts
var TLS_PROTOCOLS = ["SSLv2", "SSLv3", "TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"];
function socketKey(listener) {
  if (listener.unixPath !== void 0) return `unix:${listener.unixPath}`;
  const wildcard = listener.address === null || listener.address === "*" || listener.address === "0.0.0.0";
  return `${listener.quic ? "udp" : "tcp"} ${wildcard ? "*" : listener.address}:${listener.port}`;
}
function isTlsEndpoint(endpoint) {
  return endpoint.listeners.some((l) => l.tls);
}

// src/model/compare-version.ts
function compareVersions(a, b) {
  const pa = segments(a);
  const pb = segments(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
function versionAtLeast(version, since) {
  return compareVersions(version, since) >= 0;
}
var MAX_REMEMBERED = 256;
var known = /* @__PURE__ */ new Map();
function segments(version) {
  let numbers = known.get(version);
  if (numbers) return numbers;
  const match = /^\s*v?(\d+(?:\.\d+)*)/.exec(version);
  if (!match) throw new RangeError(`Not a version: "${version}"`);
  numbers = match[1].split(".").map(Number);
  if (known.size < MAX_REMEMBERED) known.set(version, numbers);
  return numbers;
}

export {
  spanOf,
  compareRanges,
  TLS_PROTOCOLS,
  socketKey,
  isTlsEndpoint,
  versionAtLeast
};
