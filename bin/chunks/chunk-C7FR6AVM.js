import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);
import {
  pointAt,
  replaceValue
} from "./chunk-NKCL4C7Z.js";
import {
  KNOWN_SUITES
} from "./chunk-E7OSVBOX.js";

// src/dialects/caddy/json-sources.ts
var jsonPaths = /* @__PURE__ */ new Set();
var endpointSources = /* @__PURE__ */ new WeakMap();
var scopeSources = /* @__PURE__ */ new WeakMap();
function jsonEndpointSource(endpoint) {
  return endpointSources.get(endpoint.range);
}
function jsonScopeSource(scope) {
  return scopeSources.get(scope);
}
var headerSources = /* @__PURE__ */ new WeakMap();
function jsonHeaderSource(header) {
  return headerSources.get(header);
}

// src/dialects/caddy/names.ts
var SETTINGS = {
  protocols: "protocols",
  ciphers: "ciphers",
  // Go's crypto/tls does not let TLS 1.3 suites be chosen.
  ciphersuites: "ciphers",
  // Caddy has no switch for session tickets in the Caddyfile (JSON: session_tickets.disabled).
  sessionTickets: "session_tickets",
  stapling: "ocsp_stapling",
  certificate: "tls",
  certificateKey: "tls",
  certificateChain: "tls",
  dhparam: "tls",
  listen: "site address",
  // Go's crypto/tls has neither TLS compression nor insecure renegotiation to turn on.
  compression: "tls",
  insecureRenegotiation: "tls"
};
var LEVELS = {
  default: "Caddy's defaults",
  global: "the global options",
  endpoint: "the site block",
  path: "the enclosing handle or route"
};
var JSON_SETTINGS = {
  ciphers: "cipher_suites",
  ciphersuites: "cipher_suites",
  certificate: "apps.tls.certificates.load_files",
  certificateKey: "apps.tls.certificates.load_files",
  certificateChain: "apps.tls.certificates.load_files",
  listen: "listen"
};
var caddyNames = {
  server: "Caddy",
  // A finding in a JSON config names the JSON field (`at` is where it is reported).
  setting: (key, at2) => (at2 && jsonPaths.has(at2.file) ? JSON_SETTINGS[key] : void 0) ?? SETTINGS[key],
  headerDirective: "header",
  // Caddy's `header` is applied on every status; there is no keyword to add.
  alwaysKeyword: "",
  level: (level) => LEVELS[level],
  upstreamVerify(upstream) {
    if (jsonPaths.has(upstream.source.file)) return `no "insecure_skip_verify": true in the transport's "tls" (and "root_ca_pem_files" for a private CA)`;
    return 'no "tls_insecure_skip_verify" (and "tls_trusted_ca_certs" for a private CA)';
  },
  clientAuthVerify(clientAuth) {
    const mode = clientAuth.mode === "optional" ? "verify_if_given" : "require_and_verify";
    if (clientAuth.source && jsonPaths.has(clientAuth.source.file)) return `"mode": "${mode}" with "trusted_ca_certs_pem_files"`;
    return `"mode ${mode}" with "trusted_ca_cert_file"`;
  },
  deprecated(deprecated) {
    return { written: deprecated.key, since: "Caddy 2", removedIn: null, instead: "the Caddy 2 syntax" };
  }
};

// src/tls/go-suites.ts
var GO_CIPHER_SUITES = [
  "TLS_RSA_WITH_AES_128_CBC_SHA",
  "TLS_RSA_WITH_AES_256_CBC_SHA",
  "TLS_RSA_WITH_AES_128_GCM_SHA256",
  "TLS_RSA_WITH_AES_256_GCM_SHA384",
  "TLS_AES_128_GCM_SHA256",
  "TLS_AES_256_GCM_SHA384",
  "TLS_CHACHA20_POLY1305_SHA256",
  "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
  "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
  "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
  "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
  "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
  "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
  "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
  "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
  "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
  "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256"
];
var GO_TLS13_SUITES = ["TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256"];
var GO_NAMES = new Set(GO_CIPHER_SUITES);
var FACTS_BY_IANA = new Map([...KNOWN_SUITES.values()].map((suite) => [suite.iana, suite]));
function isGoCipherSuite(name) {
  return GO_NAMES.has(name);
}
function ianaNameOf(opensslName) {
  return KNOWN_SUITES.get(opensslName)?.iana;
}
function expandGoSuites(list, openssl) {
  const suites = [];
  const unknownTerms = [];
  let offset = 0;
  for (const name of list.split(":")) {
    if (name !== "") {
      const facts = FACTS_BY_IANA.get(name);
      if (!GO_NAMES.has(name)) unknownTerms.push({ term: name, offset, reason: "unknown", adds: true });
      else if (facts && !suites.includes(facts)) suites.push(facts);
    }
    offset += name.length + 1;
  }
  return { cipherString: list, openssl, suites, unknownTerms, securityLevel: null, error: null };
}

// src/dialects/caddy/json.ts
var MAX_JSON_DEPTH = 200;
var JsonSyntaxError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
function parseJson(source) {
  const reader = new JsonReader(source);
  try {
    reader.skipSpace();
    const value = reader.value(0);
    reader.skipSpace();
    if (reader.offset < source.text.length) throw new JsonSyntaxError(`Unexpected ${describe(source.text, reader.offset)} after the JSON value`, reader.offset);
    return { value, diagnostics: [] };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const at2 = Math.min(error.offset, source.text.length);
    const range = source.span(at2, Math.min(at2 + 1, source.text.length));
    return { value: void 0, diagnostics: [{ ruleId: "parse-error", message: error.message, range }] };
  }
}
function describe(text2, offset) {
  if (offset >= text2.length) return "end of file";
  const ch = text2[offset];
  return `"${ch === "\n" ? "\\n" : ch}"`;
}
var SIMPLE_ESCAPES = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "	" };
var JsonReader = class {
  constructor(source) {
    this.source = source;
    this.text = source.text;
  }
  source;
  offset = 0;
  text;
  skipSpace() {
    const text2 = this.text;
    while (this.offset < text2.length) {
      const code = text2.charCodeAt(this.offset);
      if (code !== 32 && code !== 9 && code !== 10 && code !== 13) break;
      this.offset++;
    }
  }
  fail(message) {
    throw new JsonSyntaxError(message, this.offset);
  }
  value(depth) {
    if (depth > MAX_JSON_DEPTH) this.fail(`JSON nested deeper than ${MAX_JSON_DEPTH} levels`);
    const ch = this.text[this.offset];
    if (ch === "{") return this.object(depth);
    if (ch === "[") return this.array(depth);
    if (ch === '"') {
      const start = this.offset;
      const value = this.string();
      return { kind: "string", value, range: this.source.span(start, this.offset) };
    }
    if (ch === "-" || ch >= "0" && ch <= "9") return this.number();
    for (const [word, kind] of [["true", "boolean"], ["false", "boolean"], ["null", "null"]]) {
      if (this.text.startsWith(word, this.offset)) {
        const start = this.offset;
        this.offset += word.length;
        const range = this.source.span(start, this.offset);
        return kind === "null" ? { kind, range } : { kind, value: word === "true", range };
      }
    }
    return this.fail(`Unexpected ${describe(this.text, this.offset)}: expected a JSON value`);
  }
  object(depth) {
    const start = this.offset++;
    const members2 = [];
    this.skipSpace();
    if (this.text[this.offset] === "}") {
      this.offset++;
      return { kind: "object", members: members2, range: this.source.span(start, this.offset) };
    }
    for (; ; ) {
      this.skipSpace();
      if (this.text[this.offset] !== '"') this.fail(`Unexpected ${describe(this.text, this.offset)}: expected a quoted key`);
      const keyStart = this.offset;
      const key = this.string();
      const keyRange = this.source.span(keyStart, this.offset);
      this.skipSpace();
      if (this.text[this.offset] !== ":") this.fail(`Unexpected ${describe(this.text, this.offset)}: expected ":" after key "${key.slice(0, 40)}"`);
      this.offset++;
      this.skipSpace();
      members2.push({ key, keyRange, value: this.value(depth + 1) });
      this.skipSpace();
      const next = this.text[this.offset];
      this.offset++;
      if (next === "}") return { kind: "object", members: members2, range: this.source.span(start, this.offset) };
      if (next !== ",") {
        this.offset--;
        this.fail(`Unexpected ${describe(this.text, this.offset)}: expected "," or "}"`);
      }
    }
  }
  array(depth) {
    const start = this.offset++;
    const items2 = [];
    this.skipSpace();
    if (this.text[this.offset] === "]") {
      this.offset++;
      return { kind: "array", items: items2, range: this.source.span(start, this.offset) };
    }
    for (; ; ) {
      this.skipSpace();
      items2.push(this.value(depth + 1));
      this.skipSpace();
      const next = this.text[this.offset];
      this.offset++;
      if (next === "]") return { kind: "array", items: items2, range: this.source.span(start, this.offset) };
      if (next !== ",") {
        this.offset--;
        this.fail(`Unexpected ${describe(this.text, this.offset)}: expected "," or "]"`);
      }
    }
  }
  // RFC 8259 section 7: escapes \" \\ \/ \b \f \n \r \t \uXXXX; control characters must be escaped.
  string() {
    const text2 = this.text;
    let index = ++this.offset;
    let out = "";
    let chunk = index;
    while (index < text2.length) {
      const code = text2.charCodeAt(index);
      if (code === 34) {
        out += text2.slice(chunk, index);
        this.offset = index + 1;
        return out;
      }
      if (code < 32) {
        this.offset = index;
        this.fail("Unescaped control character in a JSON string");
      }
      if (code === 92) {
        out += text2.slice(chunk, index);
        const escape = text2[index + 1];
        if (escape !== void 0 && escape in SIMPLE_ESCAPES) {
          out += SIMPLE_ESCAPES[escape];
          index += 2;
        } else if (escape === "u" && /^[0-9a-fA-F]{4}$/.test(text2.slice(index + 2, index + 6))) {
          out += String.fromCharCode(parseInt(text2.slice(index + 2, index + 6), 16));
          index += 6;
        } else {
          this.offset = index;
          this.fail(`Invalid escape "\\${escape ?? ""}" in a JSON string`);
        }
        chunk = index;
        continue;
      }
      index++;
    }
    this.offset = text2.length;
    return this.fail("Unterminated JSON string");
  }
  number() {
    const match = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    match.lastIndex = this.offset;
    const found = match.exec(this.text);
    if (!found) this.fail(`Unexpected ${describe(this.text, this.offset)}: expected a number`);
    const start = this.offset;
    this.offset += found[0].length;
    return { kind: "number", value: Number(found[0]), range: this.source.span(start, this.offset) };
  }
};
function member(value, key) {
  if (value?.kind !== "object") return void 0;
  for (let index = value.members.length - 1; index >= 0; index--) if (value.members[index].key === key) return value.members[index].value;
  return void 0;
}
function at(value, ...keys) {
  let current = value;
  for (const key of keys) current = member(current, key);
  return current;
}
function items(value) {
  return value?.kind === "array" ? value.items : [];
}
function members(value) {
  return value?.kind === "object" ? value.members : [];
}
function text(value) {
  return value?.kind === "string" ? value.value : void 0;
}
function strings(value) {
  return items(value).flatMap((item) => item.kind === "string" ? [item.value] : []);
}

// src/dialects/caddy/json-edit.ts
function sourceOf(value) {
  return value.range.source;
}
function startOf(value) {
  return value.range.startOffset;
}
function endOf(value) {
  return value.range.endOffset;
}
function lineIndent(text2, offset) {
  const lineStart = text2.lastIndexOf("\n", offset - 1) + 1;
  return /^[ \t]*/.exec(text2.slice(lineStart, offset))[0];
}
function startsLine(text2, offset) {
  const lineStart = text2.lastIndexOf("\n", offset - 1) + 1;
  return /^[ \t]*$/.test(text2.slice(lineStart, offset));
}
function documentUnit(text2) {
  const match = /\n([ \t]+)\S/.exec(text2);
  if (!match) return "	";
  const blanks = match[1];
  return blanks.startsWith("	") ? "	" : blanks.length >= 4 && blanks.length % 4 === 0 ? "    " : "  ";
}
function layoutOf(container) {
  const source = sourceOf(container);
  const text2 = source.text;
  const ownIndent = lineIndent(text2, startOf(container));
  const unit = documentUnit(text2);
  const colon = /"\s*:\s/.test(text2) ? ": " : ":";
  const children = container.kind === "object" ? container.members.map((m) => m.keyRange) : container.kind === "array" ? container.items.map((i) => i.range) : [];
  const between = children.length > 1 ? text2.slice(children[0].endOffset, children[1].startOffset) : /,\s*/.exec(text2)?.[0] ?? ", ";
  const comma = between.includes(", ") || between.includes("\n") ? ", " : ",";
  if (children.length > 0) {
    const first = children[0].startOffset;
    if (!startsLine(text2, first)) return { childIndent: null, ownIndent, unit, colon, comma };
    return { childIndent: lineIndent(text2, first), ownIndent, unit, colon, comma };
  }
  const oneLine = !text2.trim().includes("\n");
  return { childIndent: oneLine ? null : ownIndent + unit, ownIndent, unit, colon, comma };
}
function write(value, layout, indent) {
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    if (indent === null) return `[${value.map((v) => write(v, layout, null)).join(layout.comma)}]`;
    const inner = indent + layout.unit;
    return `[
${value.map((v) => inner + write(v, layout, inner)).join(",\n")}
${indent}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    if (indent === null) return `{${entries.map(([k, v]) => `${JSON.stringify(k)}${layout.colon}${write(v, layout, null)}`).join(layout.comma)}}`;
    const inner = indent + layout.unit;
    return `{
${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}${layout.colon}${write(v, layout, inner)}`).join(",\n")}
${indent}}`;
  }
  return JSON.stringify(value);
}
function edit(source, start, end, text2) {
  return { range: source.span(start, end), text: text2 };
}
function insertFirstItem(array, value) {
  const source = sourceOf(array);
  const layout = layoutOf(array);
  const first = array.items[0];
  if (!first) {
    if (layout.childIndent === null) return edit(source, startOf(array), endOf(array), `[${write(value, layout, null)}]`);
    return edit(source, startOf(array), endOf(array), `[
${layout.childIndent}${write(value, layout, layout.childIndent)}
${layout.ownIndent}]`);
  }
  if (layout.childIndent === null) return edit(source, startOf(first), startOf(first), `${write(value, layout, null)}${layout.comma}`);
  return edit(source, startOf(first), startOf(first), `${write(value, layout, layout.childIndent)},
${layout.childIndent}`);
}
function insertItemBefore(array, before, value) {
  const source = sourceOf(array);
  const layout = layoutOf(array);
  const at2 = startOf(before);
  if (layout.childIndent === null || !startsLine(source.text, at2)) return edit(source, at2, at2, `${write(value, layout, null)}${layout.comma}`);
  const indent = lineIndent(source.text, at2);
  return edit(source, at2, at2, `${write(value, layout, indent)},
${indent}`);
}
function insertFirstMember(object, key, value) {
  const source = sourceOf(object);
  const layout = layoutOf(object);
  const first = object.members[0];
  const member2 = (indent) => `${JSON.stringify(key)}${layout.colon}${write(value, layout, indent)}`;
  if (!first) {
    if (layout.childIndent === null) return edit(source, startOf(object), endOf(object), `{${member2(null)}}`);
    return edit(source, startOf(object), endOf(object), `{
${layout.childIndent}${member2(layout.childIndent)}
${layout.ownIndent}}`);
  }
  const at2 = first.keyRange.startOffset;
  if (layout.childIndent === null) return edit(source, at2, at2, `${member2(null)}${layout.comma}`);
  return edit(source, at2, at2, `${member2(layout.childIndent)},
${layout.childIndent}`);
}
function replaceWith(target, value) {
  const source = sourceOf(target);
  if (target.kind === "array" || target.kind === "object") {
    const layout = layoutOf(target);
    return edit(source, startOf(target), endOf(target), write(value, layout, layout.childIndent === null ? null : layout.ownIndent));
  }
  return edit(source, startOf(target), endOf(target), JSON.stringify(value));
}
function removeMember(object, index) {
  const source = sourceOf(object);
  const members2 = object.members;
  const target = members2[index];
  if (members2.length === 1) return edit(source, startOf(object), endOf(object), "{}");
  const next = members2[index + 1];
  if (next) return edit(source, target.keyRange.startOffset, next.keyRange.startOffset, "");
  return edit(source, endOf(members2[index - 1].value), endOf(target.value), "");
}
function jsonStringContent(text2) {
  return JSON.stringify(text2).slice(1, -1);
}

// src/dialects/caddy/render.ts
var INDENT = "	";
var PROTOCOL_NAMES = { "TLSv1.2": "tls1.2", "TLSv1.3": "tls1.3" };
function renderCaddy(change) {
  if (jsonPaths.has(changedFile(change))) return renderCaddyJson(change);
  switch (change.kind) {
    case "set": {
      if (change.key !== "protocols") return void 0;
      const names = change.value.map((p) => PROTOCOL_NAMES[p]);
      if (names.length === 0 || names.some((n) => n === void 0)) return void 0;
      const text2 = names.length === 1 ? `${names[0]} ${names[0]}` : `${names[0]} ${names[names.length - 1]}`;
      return replaceValue(change.endpoint.protocols, text2, `Allow only ${change.value.join(" ")}`);
    }
    case "setCiphers": {
      const names = change.profile.ianaCiphers.filter(isGoCipherSuite);
      if (names.length === 0) return void 0;
      return replaceValue(change.endpoint.ciphers, names.join(" "), `Use the Mozilla ${change.profile.name} suites Go offers`);
    }
    case "addHeader": {
      const opening = change.scope.range;
      const line = headerLine(change.name, change.value);
      const indent = indentOf(opening) + INDENT;
      return { description: `Add a ${change.name} header`, edits: [{ range: pointAt(opening, "end"), text: `
${indent}${line}` }] };
    }
    case "copyHeader": {
      const { name, header, before } = change;
      const indent = indentOf(before.source);
      return { description: `Repeat the ${name} header here`, edits: [{ range: pointAt(before.source, "start"), text: `${headerLine(name, header.value)}
${indent}` }] };
    }
    case "replaceText":
      return { description: change.description, edits: [{ range: change.range, text: change.text }] };
    default:
      return void 0;
  }
}
function changedFile(change) {
  switch (change.kind) {
    case "set":
    case "setCiphers":
    case "addProtocol":
      return change.endpoint.range.file;
    case "addHeader":
      return change.scope.range.file;
    case "copyHeader":
      return change.before.source.file;
    case "headerAlways":
      return change.header.source.file;
    case "removeDeprecated":
      return change.deprecated.setting.source?.file ?? "";
    case "replaceText":
      return change.range.file;
  }
}
function headerLine(name, value) {
  return `header ${name} "${value.replace(/"/g, '\\"')}"`;
}
function indentOf(range) {
  return " ".repeat(Math.max(0, range.start.column - 1));
}
function headersHandler(name, value) {
  return { handler: "headers", response: { set: { [name]: [value] } } };
}
function renderCaddyJson(change) {
  switch (change.kind) {
    case "set": {
      if (change.key !== "protocols") return void 0;
      const names = change.value.map((p) => PROTOCOL_NAMES[p]);
      if (names.length === 0 || names.some((n) => n === void 0)) return void 0;
      return setProtocols(change.endpoint, names[0], names[names.length - 1], `Allow only ${change.value.join(" ")}`);
    }
    case "addProtocol": {
      const name = PROTOCOL_NAMES[change.protocol];
      const policy = jsonEndpointSource(change.endpoint)?.policy;
      if (!name || policy?.kind !== "object") return void 0;
      const min = text(member(policy, "protocol_min")) ?? "tls1.2";
      const max = text(member(policy, "protocol_max")) ?? "tls1.3";
      const order = ["tls1.2", "tls1.3"];
      const at2 = order.indexOf(name);
      if (order.indexOf(min) < 0 || order.indexOf(max) < 0 || at2 < 0) return void 0;
      return setProtocols(change.endpoint, order[Math.min(at2, order.indexOf(min))], order[Math.max(at2, order.indexOf(max))], `Allow ${change.protocol} too`);
    }
    case "setCiphers": {
      const names = change.profile.ianaCiphers.filter(isGoCipherSuite);
      const suites = member(jsonEndpointSource(change.endpoint)?.policy, "cipher_suites");
      if (names.length === 0 || suites?.kind !== "array") return void 0;
      return { description: `Use the Mozilla ${change.profile.name} suites Go offers`, edits: [replaceWith(suites, names)] };
    }
    case "addHeader":
      return addJsonHeader(change.scope, change.name, change.value);
    case "headerAlways":
      return undeferHeader(change.header);
    case "replaceText":
      return { description: change.description, edits: [{ range: change.range, text: jsonStringContent(change.text) }] };
    default:
      return void 0;
  }
}
function undeferHeader(header) {
  const source = jsonHeaderSource(header);
  if (!source || source.isDefault || header.statusFilter || source.handle.kind !== "array") return void 0;
  const ops = member(source.response, source.op);
  if (ops?.kind !== "object") return void 0;
  const index = ops.members.findIndex((m) => m.value === source.values);
  if (index < 0) return void 0;
  const values = items(source.values).flatMap((item) => item.kind === "string" ? [item.value] : []);
  const handler = { handler: "headers", response: { [source.op]: { [source.key]: values } } };
  return {
    description: `Set ${source.key} before the next handler runs`,
    edits: [insertItemBefore(source.handle, source.handler, handler), removeMember(ops, index)]
  };
}
function setProtocols(endpoint, min, max, description) {
  const policy = jsonEndpointSource(endpoint)?.policy;
  if (policy?.kind !== "object") return void 0;
  const edits = [];
  for (const [key, value, fallback] of [["protocol_max", max, "tls1.3"], ["protocol_min", min, "tls1.2"]]) {
    const written = member(policy, key);
    if (written) {
      if (text(written) !== value) edits.push(replaceWith(written, value));
    } else if (value !== fallback) {
      edits.push(insertFirstMember(policy, key, value));
    }
  }
  return edits.length ? { description, edits } : void 0;
}
function addJsonHeader(scope, name, value) {
  const source = jsonScopeSource(scope);
  if (!source || source.deletesHsts) return void 0;
  const handler = headersHandler(name, value);
  const description = `Add a ${name} header`;
  if (source.route) {
    const handle = member(source.route, "handle");
    if (handle?.kind === "array") return { description, edits: [insertFirstItem(handle, handler)] };
    if (handle === void 0 && source.route.kind === "object") return { description, edits: [insertFirstMember(source.route, "handle", [handler])] };
    return void 0;
  }
  if (!source.site) return void 0;
  const route = source.site.hosts.length ? { match: [{ host: source.site.hosts }], handle: [handler] } : { handle: [handler] };
  const routes = member(source.server, "routes");
  if (routes?.kind === "array" && source.site.first) return { description, edits: [insertItemBefore(routes, source.site.first, route)] };
  if (routes === void 0 && source.server.kind === "object") return { description, edits: [insertFirstMember(source.server, "routes", [route])] };
  return void 0;
}

// src/model/hsts.ts
var PRELOAD_MIN_MAX_AGE = 31536e3;
var KNOWN_DIRECTIVES = { "max-age": "max-age", includesubdomains: "includeSubDomains", preload: "preload" };
var TOKEN_CHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;
var HSTS_HEADER = "Strict-Transport-Security";
var HSTS_NAME = "strict-transport-security";
function isHstsHeader(header) {
  return isHstsName(header.name);
}
function isHstsName(name) {
  return name.length === HSTS_NAME.length && (name === HSTS_HEADER || name.toLowerCase() === HSTS_NAME);
}
function hstsHeadersOf(headers) {
  const first = firstSentHsts(headers, 0);
  if (first < 0) return NO_HEADERS;
  if (firstSentHsts(headers, first + 1) < 0) return onlyHeaderList(headers[first]);
  let found = hstsByList.get(headers);
  if (!found) hstsByList.set(headers, found = headers.filter(isSentHsts));
  return found;
}
function hasHstsHeaders(headers) {
  if (headers.length === 0) return false;
  if (headers !== lastAsked) {
    lastAsked = headers;
    lastAnswer = firstSentHsts(headers, 0) >= 0;
  }
  return lastAnswer;
}
var lastAsked;
var lastAnswer = false;
function firstSentHsts(headers, from) {
  for (let i = from; i < headers.length; i++) if (isSentHsts(headers[i])) return i;
  return -1;
}
function isSentHsts(header) {
  return isHstsHeader(header) && header.value !== "";
}
function onlyHeaderList(header) {
  if (header !== lastHeader) {
    let list = onlyHeader.get(header);
    if (!list) onlyHeader.set(header, list = [header]);
    lastHeader = header;
    lastList = list;
  }
  return lastList;
}
var onlyHeader = /* @__PURE__ */ new WeakMap();
var lastHeader;
var lastList = [];
function distinctHstsLists(endpoints) {
  return hstsFactsOf(endpoints).lists;
}
function hstsInEveryScope(endpoints) {
  return hstsFactsOf(endpoints).everyScope;
}
function newHstsHeaders(endpoints) {
  return hstsFactsOf(endpoints).fresh;
}
function newHstsPolicies(endpoints) {
  const facts = hstsFactsOf(endpoints);
  return facts.policies ??= facts.fresh.map((headers) => headers.map((header) => parseHsts(header.value)));
}
function hstsFactsOf(endpoints) {
  let facts = hstsFactsByEndpoints.get(endpoints);
  if (!facts) {
    facts = { lists: [], fresh: [], everyScope: new Uint8Array(endpoints.length) };
    const met = /* @__PURE__ */ new Map();
    const seenLists = /* @__PURE__ */ new Set();
    const sent = new SentHstsMasks();
    let previous;
    let sends = false;
    let lastOnly;
    let lastList2;
    for (let i = 0; i < endpoints.length; i++) {
      let every = 1;
      for (const scope of endpoints[i].scopes) {
        if (scope.headers !== previous) {
          previous = scope.headers;
          const mask = sent.maskOf(scope.headers);
          let only;
          let several;
          if (mask === LONG_LIST) {
            const list = hstsHeadersOf(scope.headers);
            if (list.length === 1) only = list[0];
            else if (list.length > 1) several = list;
          } else if (mask !== 0) {
            if ((mask & mask - 1) === 0) only = scope.headers[31 - Math.clz32(mask)];
            else several = hstsHeadersOf(scope.headers);
          }
          sends = only !== void 0 || several !== void 0;
          if (only !== void 0) {
            const header = only;
            if (header !== lastOnly) {
              lastOnly = header;
              lastList2 = void 0;
              const state = met.get(header) ?? 0;
              if ((state & OWN_LIST) === 0) {
                met.set(header, state | OWN_LIST | IN_LIST);
                const list = onlyHeaderList(header);
                facts.lists.push(list);
                facts.fresh.push(state & IN_LIST ? NO_HEADERS : list);
              }
            }
          } else if (several !== void 0) {
            const list = several;
            if (list !== lastList2) {
              lastList2 = list;
              lastOnly = void 0;
              if (!seenLists.has(list)) {
                seenLists.add(list);
                facts.lists.push(list);
                facts.fresh.push(headersNotIn(met, list));
              }
            }
          }
        }
        if (!sends) every = 0;
      }
      facts.everyScope[i] = every;
    }
    hstsFactsByEndpoints.set(endpoints, facts);
  }
  return facts;
}
var hstsFactsByEndpoints = /* @__PURE__ */ new WeakMap();
var IN_LIST = 1;
var OWN_LIST = 2;
var LONG_LIST = -1;
var SentHstsMasks = class {
  list = NO_HEADERS;
  mask = 0;
  /** The bits of `headers`, or LONG_LIST for a list of more than 31 (the caller reads it whole). */
  maskOf(headers) {
    if (headers.length > 31) {
      this.list = NO_HEADERS;
      return LONG_LIST;
    }
    let mask = 0;
    for (let i = 0; i < headers.length; i++) {
      const known = i < this.list.length && headers[i] === this.list[i];
      if (known ? this.mask >>> i & 1 : isSentHsts(headers[i])) mask |= 1 << i;
    }
    this.list = headers;
    this.mask = mask;
    return mask;
  }
};
function headersNotIn(met, list) {
  let fresh;
  for (let i = 0; i < list.length; i++) {
    const header = list[i];
    const state = met.get(header) ?? 0;
    if ((state & IN_LIST) === 0) {
      met.set(header, state | IN_LIST);
      fresh?.push(header);
    } else fresh ??= list.slice(0, i);
  }
  return fresh ?? list;
}
var NO_HEADERS = [];
var hstsByList = /* @__PURE__ */ new WeakMap();
function rangeInValue(header, span) {
  const { valueRange, value } = header;
  const { start, end } = valueRange;
  if (start.line !== end.line) return null;
  const written = end.offset - start.offset;
  if (written !== value.length && written !== value.length + 2) return null;
  const shift = (written === value.length ? 0 : 1) + span.offset;
  const at2 = (delta) => ({ line: start.line, column: start.column + delta, offset: start.offset + delta });
  return { file: valueRange.file, start: at2(shift), end: at2(shift + span.length) };
}
var parsedValues = /* @__PURE__ */ new Map();
var MAX_PARSED_VALUES = 4096;
function parseHsts(value) {
  let policy = parsedValues.get(value);
  if (!policy) {
    policy = parseHstsValue(value);
    if (parsedValues.size < MAX_PARSED_VALUES) parsedValues.set(value, policy);
  }
  return policy;
}
function parseHstsValue(value) {
  const policy = { maxAge: null, maxAgeSpan: null, includeSubDomains: false, preload: false, problems: [] };
  const seen = /* @__PURE__ */ new Set();
  const directives = splitDirectives(value, policy.problems).flatMap((segment) => readDirectives(segment, policy.problems));
  for (const directive of directives) {
    const key = directive.name.toLowerCase();
    if (seen.has(key)) {
      policy.problems.push({ reason: `Expected each directive once, got "${directive.name}" again: browsers ignore the whole header`, ignoresHeader: true, span: directive.nameSpan });
      continue;
    }
    seen.add(key);
    applyDirective(directive, policy);
  }
  if (!seen.has("max-age")) policy.problems.push(missingMaxAge(directives));
  return policy;
}
function splitDirectives(value, problems) {
  const segments = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    if (quoted) {
      if (char === "\\") i++;
      else if (char === '"') quoted = false;
    } else if (char === '"') {
      quoted = true;
    } else if (char === ";" || char === ",") {
      if (char === ",") problems.push({ reason: 'Expected ";" between directives, got ","', ignoresHeader: true, span: { offset: i, length: 1 }, replacement: ";" });
      segments.push({ text: value.slice(start, i), offset: start });
      start = i + 1;
    }
  }
  if (quoted) problems.push({ reason: `Expected a closing '"' in the Strict-Transport-Security value`, ignoresHeader: true });
  segments.push({ text: value.slice(start), offset: start });
  return segments;
}
function readDirectives(segment, problems) {
  const { text: text2, offset } = segment;
  const directives = [];
  let pos = skipSpaces(text2, 0);
  while (pos < text2.length) {
    const nameEnd = skipToken(text2, pos);
    if (nameEnd === pos) {
      problems.push({ reason: `Expected a directive name, got "${text2.slice(pos).trim()}"`, ignoresHeader: true, span: { offset: offset + pos, length: text2.trimEnd().length - pos } });
      break;
    }
    const directive = { name: text2.slice(pos, nameEnd), nameSpan: { offset: offset + pos, length: nameEnd - pos } };
    directives.push(directive);
    let end = nameEnd;
    pos = skipSpaces(text2, end);
    if (text2[pos] === "=") {
      end = readValue(text2, skipSpaces(text2, pos + 1), offset, directive);
      pos = skipSpaces(text2, end);
    }
    if (pos === text2.length) break;
    if (pos === end || !TOKEN_CHAR.test(text2[pos])) {
      const rest = text2.slice(pos).trimEnd();
      problems.push({ reason: `Expected ";" or the end of the value, got "${rest}"`, ignoresHeader: true, span: { offset: offset + pos, length: rest.length } });
      break;
    }
    const written = text2.slice(directive.nameSpan.offset - offset, end);
    const next = text2.slice(pos, skipToken(text2, pos));
    problems.push({ reason: `Expected ";" between "${written}" and "${next}"`, ignoresHeader: true, span: { offset: offset + end, length: 0 }, replacement: ";" });
  }
  return directives;
}
function readValue(text2, pos, offset, directive) {
  if (text2[pos] === '"') {
    const close = closingQuote(text2, pos + 1);
    const inner = text2.slice(pos + 1, close);
    directive.value = inner.replace(/\\(.)/g, "$1");
    directive.valueSpan = { offset: offset + pos + 1, length: inner.length };
    return Math.min(close + 1, text2.length);
  }
  const end = skipToken(text2, pos);
  directive.value = text2.slice(pos, end);
  directive.valueSpan = { offset: offset + pos, length: end - pos };
  return end;
}
function applyDirective(directive, policy) {
  const key = directive.name.toLowerCase();
  if (key === "max-age") applyMaxAge(directive, policy);
  else if (key === "includesubdomains" || key === "preload") applyFlag(directive, key, policy);
  else {
    const meant = likelyMeant(directive.name);
    if (meant && meant !== "max-age") policy.problems.push({ reason: `Unknown directive "${directive.name}", expected "${meant}": browsers ignore it`, ignoresHeader: false, span: directive.nameSpan });
  }
}
function missingMaxAge(directives) {
  const consequence = "browsers ignore a Strict-Transport-Security header without it";
  const typo = directives.find((d) => likelyMeant(d.name) === "max-age");
  if (!typo) return { reason: `Expected a "max-age" directive, got none: ${consequence}`, ignoresHeader: true };
  return { reason: `Expected "max-age", got "${typo.name}": ${consequence}`, ignoresHeader: true, span: typo.nameSpan, replacement: "max-age" };
}
function applyMaxAge(directive, policy) {
  const { value, valueSpan } = directive;
  if (value === void 0 || value === "") {
    policy.problems.push({ reason: `Expected "max-age=<seconds>", got "${directive.name}${value === void 0 ? "" : "="}"`, ignoresHeader: true, span: directive.nameSpan });
  } else if (!/^[0-9]+$/.test(value)) {
    policy.problems.push({ reason: `Expected max-age to be a number of seconds, got "${value}"`, ignoresHeader: true, span: valueSpan });
  } else {
    policy.maxAge = Number(value);
    policy.maxAgeSpan = valueSpan ?? null;
  }
}
function applyFlag(directive, key, policy) {
  if (directive.value !== void 0) {
    const written = KNOWN_DIRECTIVES[key];
    policy.problems.push({ reason: `Expected "${written}" without a value, got "${directive.name}=${directive.value}"`, ignoresHeader: key === "includesubdomains", span: directive.nameSpan });
    return;
  }
  if (key === "includesubdomains") policy.includeSubDomains = true;
  else policy.preload = true;
}
function likelyMeant(name) {
  const squashed = squash(name);
  for (const known of Object.values(KNOWN_DIRECTIVES)) {
    const target = squash(known);
    if (editDistance(squashed, target) <= (target.length > 7 ? 2 : 1)) return known;
  }
  return void 0;
}
function squash(name) {
  return name.toLowerCase().replace(/[-_]/g, "");
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
function skipSpaces(text2, pos) {
  while (pos < text2.length && (text2[pos] === " " || text2[pos] === "	")) pos++;
  return pos;
}
function skipToken(text2, pos) {
  while (pos < text2.length && TOKEN_CHAR.test(text2[pos])) pos++;
  return pos;
}
function closingQuote(text2, pos) {
  for (let i = pos; i < text2.length; i++) {
    if (text2[i] === "\\") i++;
    else if (text2[i] === '"') return i;
  }
  return text2.length;
}

export {
  GO_TLS13_SUITES,
  ianaNameOf,
  expandGoSuites,
  PRELOAD_MIN_MAX_AGE,
  HSTS_HEADER,
  isHstsName,
  hstsHeadersOf,
  hasHstsHeaders,
  distinctHstsLists,
  hstsInEveryScope,
  newHstsHeaders,
  newHstsPolicies,
  rangeInValue,
  parseJson,
  member,
  at,
  items,
  members,
  text,
  strings,
  jsonPaths,
  endpointSources,
  scopeSources,
  headerSources,
  caddyNames,
  renderCaddy
};
