import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);
import {
  Span,
  onOff,
  pointAt,
  replaceValue
} from "./chunk-NKCL4C7Z.js";
import {
  profileCipherString
} from "./chunk-XYCRMC2L.js";

// src/dialects/apache/names.ts
var SETTINGS = {
  protocols: "SSLProtocol",
  ciphers: "SSLCipherSuite",
  ciphersuites: "SSLCipherSuite TLSv1.3",
  sessionTickets: "SSLSessionTickets",
  stapling: "SSLUseStapling",
  certificate: "SSLCertificateFile",
  certificateKey: "SSLCertificateKeyFile",
  // mod_ssl 2.4.8 and later read the chain from the SSLCertificateFile (CHANGES 2.4.8).
  certificateChain: "SSLCertificateFile",
  dhparam: "SSLOpenSSLConfCmd DHParameters",
  listen: "Listen",
  compression: "SSLCompression",
  insecureRenegotiation: "SSLInsecureRenegotiation"
};
var LEVELS = {
  default: "the enclosing section",
  global: "the main server config",
  endpoint: "<VirtualHost>",
  // A request merges every section it matches (<Directory>, <Files>, <Location>, <If>), not only enclosing ones.
  path: "a section this request also matches"
};
var apacheNames = {
  server: "Apache",
  setting: (key) => SETTINGS[key],
  headerDirective: "Header",
  alwaysKeyword: "always",
  level: (level) => LEVELS[level],
  // mod_ssl: SSLProxyVerify defaults to none; `require` checks the backend's chain against SSLProxyCACertificateFile.
  upstreamVerify: () => '"SSLProxyVerify require" with "SSLProxyCACertificateFile"',
  // mod_ssl: `require` and `optional` verify against SSLCACertificateFile / SSLCACertificatePath.
  clientAuthVerify: () => '"SSLVerifyClient require" (or "optional") with "SSLCACertificateFile"',
  deprecated(deprecated) {
    return { written: `SSLCertificateChainFile ${String(deprecated.setting.value)}`, since: "Apache 2.4.8", removedIn: null, instead: "SSLCertificateFile with the chain appended" };
  }
};

// src/dialects/apache/render.ts
var INDENT = "    ";
function renderApache(change) {
  switch (change.kind) {
    case "set": {
      const setting = change.endpoint[change.key];
      if (change.key === "protocols") return replaceValue(setting, protocolLine(change.value), `Allow only ${change.value.join(" ")}`);
      if (change.key === "sessionTickets") return replaceValue(setting, onOff(change.value), `Turn session tickets ${onOff(change.value)}`);
      return replaceValue(setting, onOff(change.value), `Turn OCSP stapling ${onOff(change.value)}`);
    }
    case "setCiphers": {
      const list = profileCipherString(change.profile);
      if (list === "") return void 0;
      const { ciphers } = change.endpoint;
      return replaceValue(ciphers, list, `Use the Mozilla ${change.profile.name} cipher list`);
    }
    case "addProtocol": {
      const { valueRange } = change.endpoint.protocols;
      if (!valueRange) return void 0;
      return { description: `Add ${change.protocol}`, edits: [{ range: pointAt(valueRange, "end"), text: ` +${change.protocol}` }] };
    }
    case "addHeader": {
      const opening = change.scope.range;
      const indent = " ".repeat(opening.start.column - 1) + INDENT;
      const text = `
${indent}${headerLine(change.name, change.value, change.always)}`;
      return { description: `Add a ${change.name} header`, edits: [{ range: pointAt(opening, "end"), text }] };
    }
    case "copyHeader": {
      const { name, header, before } = change;
      const indent = " ".repeat(before.source.start.column - 1);
      const text = `${headerLine(name, header.value, header.always)}
${indent}`;
      return { description: `Repeat the ${name} header in this section`, edits: [{ range: pointAt(before.source, "start"), text }] };
    }
    case "headerAlways": {
      const onsuccess = onsuccessRange(change.header.source);
      if (onsuccess) return { description: "Send the header on every status", edits: [{ range: onsuccess, text: "always" }] };
      return { description: "Send the header on every status", edits: [{ range: afterName(change.header.source), text: " always" }] };
    }
    case "removeDeprecated": {
      const { source } = change.deprecated.setting;
      if (!source) return void 0;
      return { description: "Delete SSLCertificateChainFile", edits: [{ range: source, text: "" }] };
    }
    case "replaceText":
      return { description: change.description, edits: [{ range: change.range, text: change.text }] };
  }
}
function protocolLine(protocols) {
  return ["-all", ...protocols.map((p) => `+${p}`)].join(" ");
}
function headerLine(name, value, always) {
  const quoted = `"${value.replace(/"/g, '\\"')}"`;
  return `Header ${always ? "always " : ""}set ${name} ${quoted}`;
}
function afterName(source) {
  const at = { line: source.start.line, column: source.start.column + "Header".length, offset: source.start.offset + "Header".length };
  return { file: source.file, start: at, end: at };
}
function onsuccessRange(source) {
  if (!(source instanceof Span)) return void 0;
  const text = source.source.text.slice(source.startOffset, source.endOffset);
  const match = /^\S+[ \t]+(onsuccess)\b/i.exec(text);
  if (!match) return void 0;
  const start = source.startOffset + match[0].length - match[1].length;
  return source.source.span(start, start + match[1].length);
}

export {
  apacheNames,
  renderApache
};
