import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);

// src/engine/config.ts
import { dirname, join as join2, resolve } from "node:path";

// src/engine/discover.ts
import { statSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join, basename } from "node:path";
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set(["node_modules", ".git", ".hg", ".svn", "dist", "coverage"]);
async function discoverFiles(paths, dialect) {
  const files = [];
  const problems = [];
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) await scanDirectory(path, dialect, files, problems);
      else files.push({ path, explicit: true });
    } catch (error) {
      problems.push({ path, message: describeFsError(error, path) });
    }
  }
  return { files: dedupe(files), problems };
}
async function scanDirectory(directory, dialect, files, problems) {
  let entries;
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    problems.push({ path: directory, message: describeFsError(error, directory) });
    return;
  }
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) await scanDirectory(path, dialect, files, problems);
    } else if ((entry.isFile() || entry.isSymbolicLink()) && dialect.detect(path)) {
      files.push({ path, explicit: false });
    }
  }
}
function dedupe(files) {
  const seen = /* @__PURE__ */ new Set();
  return files.filter((f) => seen.has(f.path) ? false : (seen.add(f.path), true));
}
function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
function describeFsError(error, path) {
  const code = error?.code;
  switch (code) {
    case "ENOENT":
      return `No such file or directory: ${path}`;
    case "EACCES":
    case "EPERM":
      return `Permission denied: ${path}`;
    case "EISDIR":
      return `Is a directory: ${path}`;
    case "ELOOP":
      return `Too many levels of symbolic links: ${path}`;
    default:
      return `Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
}
function entryOrder(files) {
  const rank = (f) => basename(f.path) === "nginx.conf" ? 0 : 1;
  return [...files].sort((a, b) => rank(a) - rank(b) || a.path.split("/").length - b.path.split("/").length);
}

// src/engine/config.ts
var CONFIG_FILE_NAMES = [".tlslintrc.json", ".tlslintrc.yaml", ".tlslintrc.yml", "tlslint.config.json"];
var ConfigError = class extends Error {
};
var ConfigResolver = class {
  /** `explicit`: a config file to use for every file (`--config`); `false`: use none (`--no-config`). */
  constructor(rules, explicit) {
    this.rules = rules;
    this.explicit = explicit;
  }
  rules;
  explicit;
  byDirectory = /* @__PURE__ */ new Map();
  byPath = /* @__PURE__ */ new Map();
  /** The config that applies to `file` (absolute): the nearest one in its directory or above. */
  configFor(file) {
    if (this.explicit === false) return Promise.resolve(void 0);
    if (this.explicit !== void 0) return this.read(resolve(this.explicit));
    return this.nearest(dirname(file));
  }
  nearest(directory) {
    let config = this.byDirectory.get(directory);
    if (!config) {
      const found = CONFIG_FILE_NAMES.map((name) => join2(directory, name)).find(isFile);
      const parent = dirname(directory);
      config = found ? this.read(found) : parent === directory ? Promise.resolve(void 0) : this.nearest(parent);
      this.byDirectory.set(directory, config);
    }
    return config;
  }
  read(path) {
    let config = this.byPath.get(path);
    if (!config) this.byPath.set(path, config = readConfig(path, this.rules));
    return config;
  }
};
async function readConfig(path, rules) {
  const { readConfigFile } = await import("./config-file-ZCGNJ3N3.js");
  return readConfigFile(path, rules);
}
function settingsFor(config, file) {
  const { pathMaps: _maps, ignore: _ignore, overrides: _overrides, $schema: _schema, ...base } = config.data;
  return config.overridesFor(file).reduce(mergeSettings, base);
}
function mergeSettings(under, over) {
  const merged = { ...under, ...over };
  if (under.serverVersions || over.serverVersions) merged.serverVersions = { ...under.serverVersions, ...over.serverVersions };
  if (under.rules || over.rules) {
    const rules = { ...under.rules };
    for (const [id, entry] of Object.entries(over.rules ?? {})) rules[id] = mergeRuleEntry(rules[id], entry);
    merged.rules = rules;
  }
  return merged;
}
function mergeRuleEntry(under, over) {
  const a = normalizeRuleEntry(under);
  const b = normalizeRuleEntry(over);
  return { severity: b.severity ?? a.severity, options: { ...a.options, ...b.options } };
}
function normalizeRuleEntry(entry) {
  if (entry === void 0) return {};
  return typeof entry === "string" ? { severity: entry } : entry;
}

// src/dialects/registry.ts
var DIALECT_IDS = ["nginx"];
var loaders = {
  nginx: async () => (await import("./nginx-MJTMAJE2.js")).nginx
};
function loadDialect(id) {
  return loaders[id]();
}
function isDialectId(value) {
  return DIALECT_IDS.includes(value);
}
var APACHE_DIRS = /(^|\/)(apache2?|httpd)\//;
var PLANNED_DIALECTS = [
  { name: "Apache httpd", detect: (path) => /(^|\/)(httpd|apache2)\.conf$|(^|\/)\.htaccess$/.test(path) || APACHE_DIRS.test(path) && !/(^|\/)nginx\//.test(path) },
  { name: "Caddy", detect: (path) => /(^|\/)Caddyfile(\.[^/]*)?$|\.caddyfile$/i.test(path) }
];
function plannedDialectOf(path) {
  return PLANNED_DIALECTS.find((dialect) => dialect.detect(path));
}

// src/tls/mozilla-guidelines.data.ts
var MOZILLA_GUIDELINES = {
  "5.1": {
    "modern": {
      "tls_versions": [
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [],
        "iana": []
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": null,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 63",
        "Android 10.0",
        "Chrome 70",
        "Edge 75",
        "Java 11",
        "OpenSSL 1.1.1",
        "Opera 57",
        "Safari 12.1"
      ]
    },
    "intermediate": {
      "tls_versions": [
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "secp256r1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa",
        "rsa"
      ],
      "certificate_curves": null,
      "certificate_signatures": [
        "sha256WithRSAEncryption",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 730,
      "oldest_clients": [
        "Firefox 27",
        "Android 4.4.2",
        "Chrome 31",
        "Edge",
        "IE 11 on Windows 7",
        "Java 8u31",
        "OpenSSL 1.0.1",
        "Opera 20",
        "Safari 9"
      ]
    },
    "old": {
      "tls_versions": [
        "TLSv1",
        "TLSv1.1",
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384",
          "DHE-RSA-CHACHA20-POLY1305",
          "ECDHE-ECDSA-AES128-SHA256",
          "ECDHE-RSA-AES128-SHA256",
          "ECDHE-ECDSA-AES128-SHA",
          "ECDHE-RSA-AES128-SHA",
          "ECDHE-ECDSA-AES256-SHA384",
          "ECDHE-RSA-AES256-SHA384",
          "ECDHE-ECDSA-AES256-SHA",
          "ECDHE-RSA-AES256-SHA",
          "DHE-RSA-AES128-SHA256",
          "DHE-RSA-AES256-SHA256",
          "AES128-GCM-SHA256",
          "AES256-GCM-SHA384",
          "AES128-SHA256",
          "AES256-SHA256",
          "AES128-SHA",
          "AES256-SHA",
          "DES-CBC3-SHA"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
          "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_CBC_SHA",
          "TLS_RSA_WITH_AES_256_CBC_SHA",
          "TLS_RSA_WITH_3DES_EDE_CBC_SHA"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "secp256r1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 1024,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": true,
      "certificate_types": [
        "rsa"
      ],
      "certificate_curves": null,
      "certificate_signatures": [
        "sha256WithRSAEncryption"
      ],
      "maximum_certificate_lifespan": 730,
      "oldest_clients": [
        "Firefox 1",
        "Android 2.3",
        "Chrome 1",
        "Edge 12",
        "IE8 on Windows XP",
        "Java 6",
        "OpenSSL 0.9.8",
        "Opera 5",
        "Safari 1"
      ]
    }
  },
  "5.2": {
    "modern": {
      "tls_versions": [
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [],
        "iana": []
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": null,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 63",
        "Android 10.0",
        "Chrome 70",
        "Edge 75",
        "Java 11",
        "OpenSSL 1.1.1",
        "Opera 57",
        "Safari 12.1"
      ]
    },
    "intermediate": {
      "tls_versions": [
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "secp256r1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa",
        "rsa"
      ],
      "certificate_curves": null,
      "certificate_signatures": [
        "sha256WithRSAEncryption",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 730,
      "oldest_clients": [
        "Firefox 27",
        "Android 4.4.2",
        "Chrome 31",
        "Edge",
        "IE 11 on Windows 7",
        "Java 8u31",
        "OpenSSL 1.0.1",
        "Opera 20",
        "Safari 9"
      ]
    },
    "old": {
      "tls_versions": [
        "TLSv1",
        "TLSv1.1",
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384",
          "DHE-RSA-CHACHA20-POLY1305",
          "ECDHE-ECDSA-AES128-SHA256",
          "ECDHE-RSA-AES128-SHA256",
          "ECDHE-ECDSA-AES128-SHA",
          "ECDHE-RSA-AES128-SHA",
          "ECDHE-ECDSA-AES256-SHA384",
          "ECDHE-RSA-AES256-SHA384",
          "ECDHE-ECDSA-AES256-SHA",
          "ECDHE-RSA-AES256-SHA",
          "DHE-RSA-AES128-SHA256",
          "DHE-RSA-AES256-SHA256",
          "AES128-GCM-SHA256",
          "AES256-GCM-SHA384",
          "AES128-SHA256",
          "AES256-SHA256",
          "AES128-SHA",
          "AES256-SHA",
          "DES-CBC3-SHA"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
          "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_CBC_SHA",
          "TLS_RSA_WITH_AES_256_CBC_SHA",
          "TLS_RSA_WITH_3DES_EDE_CBC_SHA"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "secp256r1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 1024,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": true,
      "certificate_types": [
        "rsa"
      ],
      "certificate_curves": null,
      "certificate_signatures": [
        "sha256WithRSAEncryption"
      ],
      "maximum_certificate_lifespan": 730,
      "oldest_clients": [
        "Firefox 1",
        "Android 2.3",
        "Chrome 1",
        "Edge 12",
        "IE8 on Windows XP",
        "Java 6",
        "OpenSSL 0.9.8",
        "Opera 5",
        "Safari 1"
      ]
    }
  },
  "5.3": {
    "modern": {
      "tls_versions": [
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [],
        "iana": []
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": null,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 63",
        "Android 10.0",
        "Chrome 70",
        "Edge 75",
        "Java 11",
        "OpenSSL 1.1.1",
        "Opera 57",
        "Safari 12.1"
      ]
    },
    "intermediate": {
      "tls_versions": [
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa",
        "rsa"
      ],
      "certificate_curves": null,
      "certificate_signatures": [
        "sha256WithRSAEncryption",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 730,
      "oldest_clients": [
        "Firefox 27",
        "Android 4.4.2",
        "Chrome 31",
        "Edge",
        "IE 11 on Windows 7",
        "Java 8u31",
        "OpenSSL 1.0.1",
        "Opera 20",
        "Safari 9"
      ]
    },
    "old": {
      "tls_versions": [
        "TLSv1",
        "TLSv1.1",
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384",
          "DHE-RSA-CHACHA20-POLY1305",
          "ECDHE-ECDSA-AES128-SHA256",
          "ECDHE-RSA-AES128-SHA256",
          "ECDHE-ECDSA-AES128-SHA",
          "ECDHE-RSA-AES128-SHA",
          "ECDHE-ECDSA-AES256-SHA384",
          "ECDHE-RSA-AES256-SHA384",
          "ECDHE-ECDSA-AES256-SHA",
          "ECDHE-RSA-AES256-SHA",
          "DHE-RSA-AES128-SHA256",
          "DHE-RSA-AES256-SHA256",
          "AES128-GCM-SHA256",
          "AES256-GCM-SHA384",
          "AES128-SHA256",
          "AES256-SHA256",
          "AES128-SHA",
          "AES256-SHA",
          "DES-CBC3-SHA"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
          "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_CBC_SHA",
          "TLS_RSA_WITH_AES_256_CBC_SHA",
          "TLS_RSA_WITH_3DES_EDE_CBC_SHA"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 1024,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": true,
      "certificate_types": [
        "rsa"
      ],
      "certificate_curves": null,
      "certificate_signatures": [
        "sha256WithRSAEncryption"
      ],
      "maximum_certificate_lifespan": 730,
      "oldest_clients": [
        "Firefox 1",
        "Android 2.3",
        "Chrome 1",
        "Edge 12",
        "IE8 on Windows XP",
        "Java 6",
        "OpenSSL 0.9.8",
        "Opera 5",
        "Safari 1"
      ]
    }
  },
  "5.4": {
    "modern": {
      "tls_versions": [
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [],
        "iana": []
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": null,
      "ecdh_param_size": 256,
      "rsa_key_size": null,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 63",
        "Android 10.0",
        "Chrome 70",
        "Edge 75",
        "Java 11",
        "OpenSSL 1.1.1",
        "Opera 57",
        "Safari 12.1"
      ]
    },
    "intermediate": {
      "tls_versions": [
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa",
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 730,
      "oldest_clients": [
        "Firefox 27",
        "Android 4.4.2",
        "Chrome 31",
        "Edge",
        "IE 11 on Windows 7",
        "Java 8u31",
        "OpenSSL 1.0.1",
        "Opera 20",
        "Safari 9"
      ]
    },
    "old": {
      "tls_versions": [
        "TLSv1",
        "TLSv1.1",
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384",
          "DHE-RSA-CHACHA20-POLY1305",
          "ECDHE-ECDSA-AES128-SHA256",
          "ECDHE-RSA-AES128-SHA256",
          "ECDHE-ECDSA-AES128-SHA",
          "ECDHE-RSA-AES128-SHA",
          "ECDHE-ECDSA-AES256-SHA384",
          "ECDHE-RSA-AES256-SHA384",
          "ECDHE-ECDSA-AES256-SHA",
          "ECDHE-RSA-AES256-SHA",
          "DHE-RSA-AES128-SHA256",
          "DHE-RSA-AES256-SHA256",
          "AES128-GCM-SHA256",
          "AES256-GCM-SHA384",
          "AES128-SHA256",
          "AES256-SHA256",
          "AES128-SHA",
          "AES256-SHA",
          "DES-CBC3-SHA"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
          "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_CBC_SHA",
          "TLS_RSA_WITH_AES_256_CBC_SHA",
          "TLS_RSA_WITH_3DES_EDE_CBC_SHA"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 1024,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": true,
      "certificate_types": [
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption"
      ],
      "maximum_certificate_lifespan": 730,
      "oldest_clients": [
        "Firefox 1",
        "Android 2.3",
        "Chrome 1",
        "Edge 12",
        "IE8 on Windows XP",
        "Java 6",
        "OpenSSL 0.9.8",
        "Opera 5",
        "Safari 1"
      ]
    }
  },
  "5.5": {
    "modern": {
      "tls_versions": [
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [],
        "iana": []
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": null,
      "ecdh_param_size": 256,
      "rsa_key_size": null,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 90,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 63",
        "Android 10.0",
        "Chrome 70",
        "Edge 75",
        "Java 11",
        "OpenSSL 1.1.1",
        "Opera 57",
        "Safari 12.1"
      ]
    },
    "intermediate": {
      "tls_versions": [
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa",
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 366,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 27",
        "Android 4.4.2",
        "Chrome 31",
        "Edge",
        "IE 11 on Windows 7",
        "Java 8u31",
        "OpenSSL 1.0.1",
        "Opera 20",
        "Safari 9"
      ]
    },
    "old": {
      "tls_versions": [
        "TLSv1",
        "TLSv1.1",
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384",
          "DHE-RSA-CHACHA20-POLY1305",
          "ECDHE-ECDSA-AES128-SHA256",
          "ECDHE-RSA-AES128-SHA256",
          "ECDHE-ECDSA-AES128-SHA",
          "ECDHE-RSA-AES128-SHA",
          "ECDHE-ECDSA-AES256-SHA384",
          "ECDHE-RSA-AES256-SHA384",
          "ECDHE-ECDSA-AES256-SHA",
          "ECDHE-RSA-AES256-SHA",
          "DHE-RSA-AES128-SHA256",
          "DHE-RSA-AES256-SHA256",
          "AES128-GCM-SHA256",
          "AES256-GCM-SHA384",
          "AES128-SHA256",
          "AES256-SHA256",
          "AES128-SHA",
          "AES256-SHA",
          "DES-CBC3-SHA"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
          "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_CBC_SHA",
          "TLS_RSA_WITH_AES_256_CBC_SHA",
          "TLS_RSA_WITH_3DES_EDE_CBC_SHA"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 1024,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": true,
      "certificate_types": [
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption"
      ],
      "maximum_certificate_lifespan": 366,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 1",
        "Android 2.3",
        "Chrome 1",
        "Edge 12",
        "IE8 on Windows XP",
        "Java 6",
        "OpenSSL 0.9.8",
        "Opera 5",
        "Safari 1"
      ]
    }
  },
  "5.6": {
    "modern": {
      "tls_versions": [
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [],
        "iana": []
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": null,
      "ecdh_param_size": 256,
      "rsa_key_size": null,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 90,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 63",
        "Android 10.0",
        "Chrome 70",
        "Edge 75",
        "Java 11",
        "OpenSSL 1.1.1",
        "Opera 57",
        "Safari 12.1"
      ]
    },
    "intermediate": {
      "tls_versions": [
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa",
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 366,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 27",
        "Android 4.4.2",
        "Chrome 31",
        "Edge",
        "IE 11 on Windows 7",
        "Java 8u31",
        "OpenSSL 1.0.1",
        "Opera 20",
        "Safari 9"
      ]
    },
    "old": {
      "tls_versions": [
        "TLSv1",
        "TLSv1.1",
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384",
          "DHE-RSA-CHACHA20-POLY1305",
          "ECDHE-ECDSA-AES128-SHA256",
          "ECDHE-RSA-AES128-SHA256",
          "ECDHE-ECDSA-AES128-SHA",
          "ECDHE-RSA-AES128-SHA",
          "ECDHE-ECDSA-AES256-SHA384",
          "ECDHE-RSA-AES256-SHA384",
          "ECDHE-ECDSA-AES256-SHA",
          "ECDHE-RSA-AES256-SHA",
          "DHE-RSA-AES128-SHA256",
          "DHE-RSA-AES256-SHA256",
          "AES128-GCM-SHA256",
          "AES256-GCM-SHA384",
          "AES128-SHA256",
          "AES256-SHA256",
          "AES128-SHA",
          "AES256-SHA",
          "DES-CBC3-SHA"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
          "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_CBC_SHA",
          "TLS_RSA_WITH_AES_256_CBC_SHA",
          "TLS_RSA_WITH_3DES_EDE_CBC_SHA"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 1024,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": true,
      "certificate_types": [
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption"
      ],
      "maximum_certificate_lifespan": 366,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 1",
        "Android 2.3",
        "Chrome 1",
        "Edge 12",
        "IE8 on Windows XP",
        "Java 6",
        "OpenSSL 0.9.8",
        "Opera 5",
        "Safari 1"
      ]
    }
  },
  "5.7": {
    "modern": {
      "tls_versions": [
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [],
        "iana": []
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": null,
      "ecdh_param_size": 256,
      "rsa_key_size": null,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 90,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 63",
        "Android 10.0",
        "Chrome 70",
        "Edge 75",
        "Java 11",
        "OpenSSL 1.1.1",
        "Opera 57",
        "Safari 12.1"
      ]
    },
    "intermediate": {
      "tls_versions": [
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384",
          "DHE-RSA-CHACHA20-POLY1305"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa",
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 366,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 27",
        "Android 4.4.2",
        "Chrome 31",
        "Edge",
        "IE 11 on Windows 7",
        "Java 8u31",
        "OpenSSL 1.0.1",
        "Opera 20",
        "Safari 9"
      ]
    },
    "old": {
      "tls_versions": [
        "TLSv1",
        "TLSv1.1",
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "DHE-RSA-AES128-GCM-SHA256",
          "DHE-RSA-AES256-GCM-SHA384",
          "DHE-RSA-CHACHA20-POLY1305",
          "ECDHE-ECDSA-AES128-SHA256",
          "ECDHE-RSA-AES128-SHA256",
          "ECDHE-ECDSA-AES128-SHA",
          "ECDHE-RSA-AES128-SHA",
          "ECDHE-ECDSA-AES256-SHA384",
          "ECDHE-RSA-AES256-SHA384",
          "ECDHE-ECDSA-AES256-SHA",
          "ECDHE-RSA-AES256-SHA",
          "DHE-RSA-AES128-SHA256",
          "DHE-RSA-AES256-SHA256",
          "AES128-GCM-SHA256",
          "AES256-GCM-SHA384",
          "AES128-SHA256",
          "AES256-SHA256",
          "AES128-SHA",
          "AES256-SHA",
          "DES-CBC3-SHA"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
          "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_CBC_SHA",
          "TLS_RSA_WITH_AES_256_CBC_SHA",
          "TLS_RSA_WITH_3DES_EDE_CBC_SHA"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 1024,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": true,
      "certificate_types": [
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption"
      ],
      "maximum_certificate_lifespan": 366,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 1",
        "Android 2.3",
        "Chrome 1",
        "Edge 12",
        "IE8 on Windows XP",
        "Java 6",
        "OpenSSL 0.9.8",
        "Opera 5",
        "Safari 1"
      ]
    }
  },
  "5.8": {
    "modern": {
      "tls_versions": [
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [],
        "iana": []
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519MLKEM768",
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": null,
      "ecdh_param_size": 256,
      "rsa_key_size": null,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 90,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 63",
        "Android 10.0",
        "Chrome 70",
        "Edge 75",
        "Java 11",
        "OpenSSL 1.1.1",
        "Opera 57",
        "Safari 12.1"
      ]
    },
    "intermediate": {
      "tls_versions": [
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519MLKEM768",
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa",
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 366,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 31.3.0",
        "Android 4.4.2",
        "Chrome 49",
        "Edge 15 on Windows 10",
        "IE 11 on Windows 10",
        "Java 8u161",
        "OpenSSL 1.0.1l",
        "Opera 20",
        "Safari 9"
      ]
    },
    "old": {
      "tls_versions": [
        "TLSv1",
        "TLSv1.1",
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305",
          "ECDHE-ECDSA-AES128-SHA256",
          "ECDHE-RSA-AES128-SHA256",
          "ECDHE-ECDSA-AES128-SHA",
          "ECDHE-RSA-AES128-SHA",
          "ECDHE-ECDSA-AES256-SHA384",
          "ECDHE-RSA-AES256-SHA384",
          "ECDHE-ECDSA-AES256-SHA",
          "ECDHE-RSA-AES256-SHA",
          "AES128-GCM-SHA256",
          "AES256-GCM-SHA384",
          "AES128-SHA256",
          "AES256-SHA256",
          "AES128-SHA",
          "AES256-SHA",
          "DES-CBC3-SHA"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
          "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
          "TLS_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_RSA_WITH_AES_128_CBC_SHA256",
          "TLS_RSA_WITH_AES_256_CBC_SHA256",
          "TLS_RSA_WITH_AES_128_CBC_SHA",
          "TLS_RSA_WITH_AES_256_CBC_SHA",
          "TLS_RSA_WITH_3DES_EDE_CBC_SHA"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519MLKEM768",
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": true,
      "certificate_types": [
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption"
      ],
      "maximum_certificate_lifespan": 366,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 1",
        "Android 2.3",
        "Chrome 1",
        "Edge 12",
        "IE8 on Windows XP",
        "Java 6",
        "OpenSSL 0.9.8",
        "Opera 5",
        "Safari 1"
      ]
    }
  },
  "6.0": {
    "modern": {
      "tls_versions": [
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [],
        "iana": []
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519MLKEM768",
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": null,
      "ecdh_param_size": 256,
      "rsa_key_size": null,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 90,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 63",
        "Android 10.0",
        "Chrome 70",
        "Edge 75",
        "Java 11",
        "OpenSSL 1.1.1",
        "Opera 57",
        "Safari 12.1"
      ]
    },
    "intermediate": {
      "tls_versions": [
        "TLSv1.2",
        "TLSv1.3"
      ],
      "ciphers": {
        "openssl": [
          "ECDHE-ECDSA-AES128-GCM-SHA256",
          "ECDHE-RSA-AES128-GCM-SHA256",
          "ECDHE-ECDSA-AES256-GCM-SHA384",
          "ECDHE-RSA-AES256-GCM-SHA384",
          "ECDHE-ECDSA-CHACHA20-POLY1305",
          "ECDHE-RSA-CHACHA20-POLY1305"
        ],
        "iana": [
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"
        ]
      },
      "ciphersuites": [
        "TLS_AES_128_GCM_SHA256",
        "TLS_AES_256_GCM_SHA384",
        "TLS_CHACHA20_POLY1305_SHA256"
      ],
      "tls_curves": [
        "X25519MLKEM768",
        "X25519",
        "prime256v1",
        "secp384r1"
      ],
      "hsts_min_age": 63072e3,
      "dh_param_size": 2048,
      "ecdh_param_size": 256,
      "rsa_key_size": 2048,
      "ocsp_staple": true,
      "server_preferred_order": false,
      "certificate_types": [
        "ecdsa",
        "rsa"
      ],
      "certificate_curves": [
        "prime256v1",
        "secp384r1"
      ],
      "certificate_signatures": [
        "sha256WithRSAEncryption",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA512"
      ],
      "maximum_certificate_lifespan": 366,
      "recommended_certificate_lifespan": 90,
      "oldest_clients": [
        "Firefox 31.3.0",
        "Android 4.4.2",
        "Chrome 49",
        "Edge 15 on Windows 10",
        "IE 11 on Windows 10",
        "Java 8u161",
        "OpenSSL 1.0.1l",
        "Opera 20",
        "Safari 9"
      ]
    }
  }
};

// src/tls/mozilla-profiles.ts
var PROFILE_NAMES = ["modern", "intermediate", "old"];
var LATEST_GUIDELINES = "6.0";
var GUIDELINE_VERSIONS = Object.keys(MOZILLA_GUIDELINES);
function getProfile(name, version = LATEST_GUIDELINES) {
  const guidelines = version in MOZILLA_GUIDELINES ? version : void 0;
  if (!guidelines) throw new RangeError(`Unknown Mozilla guidelines version "${version}"; known: ${GUIDELINE_VERSIONS.join(", ")}`);
  const configs = MOZILLA_GUIDELINES[guidelines];
  const raw = configs[name];
  if (!raw) {
    if (name === "old" && version === LATEST_GUIDELINES) return getProfile("old", "5.8");
    throw new RangeError(`Mozilla guidelines ${version} have no "${name}" profile`);
  }
  return {
    name,
    guidelines,
    tlsVersions: [...raw.tls_versions],
    opensslCiphers: [...raw.ciphers.openssl],
    ianaCiphers: [...raw.ciphers.iana],
    ciphersuites: [...raw.ciphersuites],
    tlsCurves: [...raw.tls_curves],
    hstsMinAge: raw.hsts_min_age,
    dhParamSize: raw.dh_param_size,
    ecdhParamSize: raw.ecdh_param_size,
    rsaKeySize: raw.rsa_key_size,
    ocspStaple: raw.ocsp_staple,
    serverPreferredOrder: raw.server_preferred_order,
    certificateTypes: [...raw.certificate_types],
    maximumCertificateLifespan: raw.maximum_certificate_lifespan
  };
}
function profileCipherString(profile) {
  return profile.opensslCiphers.join(":");
}

export {
  DIALECT_IDS,
  loadDialect,
  isDialectId,
  plannedDialectOf,
  discoverFiles,
  isFile,
  describeFsError,
  entryOrder,
  PROFILE_NAMES,
  LATEST_GUIDELINES,
  GUIDELINE_VERSIONS,
  getProfile,
  profileCipherString,
  ConfigError,
  ConfigResolver,
  settingsFor,
  normalizeRuleEntry
};
