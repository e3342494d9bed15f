import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);
import {
  SourceText
} from "./chunk-MBPTG5W5.js";

// src/model/types.ts
var TLS_PROTOCOLS = ["SSLv2", "SSLv3", "TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"];
function socketKey(listener) {
  if (listener.unixPath !== void 0) return `unix:${listener.unixPath}`;
  const wildcard = listener.address === null || listener.address === "*" || listener.address === "0.0.0.0";
  return `${listener.quic ? "udp" : "tcp"} ${wildcard ? "*" : listener.address}:${listener.port}`;
}
function realServerNames(endpoint) {
  return endpoint.serverNames.filter(isRealServerName);
}
function isRealServerName(name) {
  return name !== "" && name !== "_" && name !== '""' && name !== "''";
}
function isTlsEndpoint(endpoint) {
  return !endpoint.rejectsHandshake && endpoint.listeners.some((l) => l.tls);
}
function mayServeTls(endpoint) {
  return isTlsEndpoint(endpoint) || endpoint.listeners.length === 0 && endpoint.application === "http" && !endpoint.rejectsHandshake;
}
function defaultServers(endpoints) {
  const marked = /* @__PURE__ */ new Map();
  const first = /* @__PURE__ */ new Map();
  for (const endpoint of endpoints) {
    for (const listener of endpoint.listeners) {
      const key = socketKey(listener);
      if (listener.defaultServer && !marked.has(key)) marked.set(key, endpoint);
      if (!first.has(key)) first.set(key, endpoint);
    }
  }
  for (const [key, endpoint] of marked) first.set(key, endpoint);
  return first;
}

// src/syntax/diagnostics.ts
var MAX_PARSE_ERRORS = 50;
var summarised = /* @__PURE__ */ new WeakMap();
function capParseErrors(diagnostics) {
  let parseErrors = 0;
  for (const diagnostic of diagnostics) if (diagnostic.ruleId === "parse-error") parseErrors++;
  if (parseErrors <= MAX_PARSE_ERRORS && !diagnostics.some((d) => summarised.has(d))) return diagnostics;
  const sorted = [...diagnostics].sort((a, b) => a.range.start.offset - b.range.start.offset);
  const kept = [];
  let shown = 0;
  let hidden = 0;
  let firstHidden;
  for (const diagnostic of sorted) {
    if (diagnostic.ruleId !== "parse-error") kept.push(diagnostic);
    else if (!summarised.has(diagnostic) && shown < MAX_PARSE_ERRORS) {
      kept.push(diagnostic);
      shown++;
    } else {
      hidden += summarised.get(diagnostic) ?? 1;
      firstHidden ??= diagnostic;
    }
  }
  if (firstHidden) {
    const summary = {
      ruleId: "parse-error",
      message: `${hidden} more parse error${hidden === 1 ? "" : "s"} from here on, not reported one by one`,
      range: firstHidden.range
    };
    summarised.set(summary, hidden);
    kept.push(summary);
  }
  return kept.sort((a, b) => a.range.start.offset - b.range.start.offset);
}
var BoundedDiagnostics = class {
  kept = [];
  dropped = 0;
  push(diagnostic) {
    this.kept.push(diagnostic);
    if (this.kept.length >= MAX_PARSE_ERRORS + 1 + 4096) this.trim();
  }
  /** The diagnostics in offset order: the first MAX_PARSE_ERRORS, then a summary of the rest when there are more. */
  toArray() {
    this.trim();
    if (this.dropped === 0) return this.kept;
    const shown = this.kept.slice(0, MAX_PARSE_ERRORS);
    const hidden = this.kept.length - MAX_PARSE_ERRORS + this.dropped;
    const summary = { ruleId: "parse-error", message: `${hidden} more parse errors from here on, not reported one by one`, range: this.kept[MAX_PARSE_ERRORS].range };
    summarised.set(summary, hidden);
    return [...shown, summary];
  }
  trim() {
    this.kept.sort((a, b) => a.range.start.offset - b.range.start.offset);
    if (this.kept.length > MAX_PARSE_ERRORS + 1) {
      this.dropped += this.kept.length - (MAX_PARSE_ERRORS + 1);
      this.kept.length = MAX_PARSE_ERRORS + 1;
    }
  }
};
function invalidUtf8Diagnostic(path, text, invalid) {
  const hex = invalid.byte.toString(16).toUpperCase().padStart(2, "0");
  const range = new SourceText(path, text).span(invalid.offset, invalid.offset + 1);
  return { ruleId: "parse-error", message: `Expected UTF-8 text, got byte 0x${hex}; it is read as U+FFFD, and --fix leaves this file alone`, range };
}

export {
  capParseErrors,
  BoundedDiagnostics,
  invalidUtf8Diagnostic,
  TLS_PROTOCOLS,
  socketKey,
  realServerNames,
  isRealServerName,
  isTlsEndpoint,
  mayServeTls,
  defaultServers
};
