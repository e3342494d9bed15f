import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);
import {
  onOff,
  pointAt,
  replaceValue
} from "./chunk-NKCL4C7Z.js";
import {
  profileCipherString
} from "./chunk-XYCRMC2L.js";

// src/dialects/nginx/names.ts
var SETTINGS = {
  protocols: "ssl_protocols",
  ciphers: "ssl_ciphers",
  ciphersuites: "ssl_conf_command Ciphersuites",
  sessionTickets: "ssl_session_tickets",
  stapling: "ssl_stapling",
  certificate: "ssl_certificate",
  certificateKey: "ssl_certificate_key",
  certificateChain: "ssl_certificate",
  dhparam: "ssl_dhparam",
  listen: "listen",
  // nginx has no directive of its own for these; only OpenSSL's SSL_CONF options through ssl_conf_command.
  compression: "ssl_conf_command Options Compression",
  insecureRenegotiation: "ssl_conf_command Options UnsafeLegacyRenegotiation"
};
var LEVELS = {
  default: "the enclosing block",
  global: "http {}",
  endpoint: "server {}",
  path: "the enclosing location"
};
function modulePrefix(upstream) {
  return upstream.via.endsWith("_pass") ? upstream.via.slice(0, -"_pass".length) : "proxy";
}
var nginxNames = {
  server: "nginx",
  setting: (key) => SETTINGS[key],
  headerDirective: "add_header",
  alwaysKeyword: "always",
  level: (level) => LEVELS[level],
  upstreamVerify(upstream) {
    const prefix = modulePrefix(upstream);
    return `"${prefix}_ssl_verify on;" with "${prefix}_ssl_trusted_certificate"`;
  },
  // nginx: `on` and `optional` verify against ssl_client_certificate (ngx_http_ssl_module).
  clientAuthVerify: () => '"ssl_verify_client on;" (or "optional;") with "ssl_client_certificate"',
  deprecated(deprecated) {
    return { written: `ssl ${deprecated.setting.value ? "on" : "off"}`, since: "nginx 1.15.0", removedIn: "1.25.1", instead: "listen ... ssl" };
  }
};

// src/dialects/nginx/render.ts
var INDENT = "    ";
function renderNginx(change) {
  switch (change.kind) {
    case "set": {
      const setting = change.endpoint[change.key];
      if (change.key === "protocols") return replaceValue(setting, change.value.join(" "), `Allow only ${change.value.join(" ")}`);
      if (change.key === "sessionTickets") return replaceValue(setting, onOff(change.value), `Turn session tickets ${onOff(change.value)}`);
      return replaceValue(setting, onOff(change.value), `Turn OCSP stapling ${onOff(change.value)}`);
    }
    case "setCiphers": {
      const list = profileCipherString(change.profile);
      if (list === "") return void 0;
      return replaceValue(change.endpoint.ciphers, list, `Use the Mozilla ${change.profile.name} cipher list`);
    }
    case "addProtocol": {
      const { valueRange } = change.endpoint.protocols;
      if (!valueRange) return void 0;
      return { description: `Add ${change.protocol}`, edits: [{ range: pointAt(valueRange, "end"), text: ` ${change.protocol}` }] };
    }
    case "addHeader": {
      const opening = change.scope.range;
      const indent = " ".repeat(opening.start.column - 1) + INDENT;
      const text = `
${indent}${addHeader(change.name, change.value, change.always)}`;
      return { description: `Add a ${change.name} header`, edits: [{ range: pointAt(opening, "end"), text }] };
    }
    case "copyHeader": {
      const { name, header, before } = change;
      const indent = " ".repeat(before.source.start.column - 1);
      const text = `${addHeader(name, header.value, header.always)}
${indent}`;
      return { description: `Repeat the ${name} header in this block`, edits: [{ range: pointAt(before.source, "start"), text }] };
    }
    case "headerAlways":
      return { description: "Send the header on every status", edits: [{ range: pointAt(change.header.valueRange, "end"), text: " always" }] };
    case "removeDeprecated": {
      const { source, value } = change.deprecated.setting;
      if (!source) return void 0;
      return { description: `Delete "ssl ${value ? "on" : "off"};"`, edits: [{ range: source, text: "" }] };
    }
    case "replaceText":
      return { description: change.description, edits: [{ range: change.range, text: change.text }] };
  }
}
function addHeader(name, value, always) {
  const quoted = `"${value.replace(/["\\]/g, "\\$&")}"`;
  return `add_header ${name} ${quoted}${always ? " always" : ""};`;
}

export {
  nginxNames,
  renderNginx
};
