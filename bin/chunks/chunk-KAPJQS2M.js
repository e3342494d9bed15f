import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);
import {
  nginxFinder
} from "./chunk-4VD4F4AN.js";
import {
  apacheFinder
} from "./chunk-XYCRMC2L.js";
import {
  caddyFinder
} from "./chunk-H4ND2TUI.js";

// src/engine/config.ts
import { existsSync } from "node:fs";
import { dirname, join as join2, resolve } from "node:path";

// src/engine/discover.ts
import { statSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join, basename } from "node:path";
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set(["node_modules", ".git", ".hg", ".svn", "dist", "coverage"]);
async function discoverFiles(paths, dialects) {
  const files = [];
  const problems = [];
  const unmatched = [];
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) {
        const before = files.length;
        await scanDirectory(path, dialects, files, problems);
        for (const file of files.slice(before)) file.scannedFrom = path;
        if (files.length === before) unmatched.push(path);
      } else files.push({ path, dialect: dialectOf(path, dialects)?.id ?? dialects[0].id, explicit: true });
    } catch (error) {
      problems.push({ path, message: describeFsError(error, path) });
      if (error.code === "ENOENT") unmatched.push(path);
    }
  }
  return { files: dedupe(files), problems, unmatched };
}
function dialectOf(path, dialects) {
  if (dialects.length === 1) return dialects[0];
  return dialects.find((dialect) => dialect.detect(path));
}
async function scanDirectory(directory, dialects, files, problems) {
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
      if (!SKIPPED_DIRECTORIES.has(entry.name)) await scanDirectory(path, dialects, files, problems);
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      const dialect = dialects.find((d) => d.detect(path));
      if (dialect) files.push({ path, dialect: dialect.id, explicit: false });
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
function entryOrder(files, dialect) {
  const rank = (f) => dialect.mainFileNames.includes(basename(f.path)) ? 0 : 1;
  return [...files].sort((a, b) => rank(a) - rank(b) || a.path.split("/").length - b.path.split("/").length);
}

// src/engine/config.ts
var CONFIG_FILE_NAMES = [".tlslintrc.json", ".tlslintrc.yaml", ".tlslintrc.yml", "tlslint.config.json"];
var ConfigError = class extends Error {
};
var ConfigResolver = class {
  /**
   * `explicit`: a config file to use for every file (`--config`); `false`: use none (`--no-config`).
   * `root`: `--root` when given; the search stops there, as it stops at a repository's top (`.git`).
   */
  constructor(rules, explicit, root) {
    this.rules = rules;
    this.explicit = explicit;
    this.root = root;
  }
  rules;
  explicit;
  root;
  byDirectory = /* @__PURE__ */ new Map();
  byPath = /* @__PURE__ */ new Map();
  /** The config that applies to `file` (absolute): the nearest one in its directory or above. */
  configFor(file) {
    if (this.explicit === false) return Promise.resolve(void 0);
    if (this.explicit !== void 0) return this.read(resolve(this.explicit));
    return this.nearest(dirname(file));
  }
  /** The config for the run as a whole (`failOn`, `baseline`, ...): the one in `directory` or above it. */
  configAt(directory) {
    if (this.explicit === false) return Promise.resolve(void 0);
    if (this.explicit !== void 0) return this.read(resolve(this.explicit));
    return this.nearest(resolve(directory));
  }
  nearest(directory) {
    let config = this.byDirectory.get(directory);
    if (!config) {
      const found = CONFIG_FILE_NAMES.map((name) => join2(directory, name)).find(isFile);
      const parent = dirname(directory);
      const top = parent === directory || directory === this.root || existsSync(join2(directory, ".git"));
      config = found ? this.read(found) : top ? Promise.resolve(void 0) : this.nearest(parent);
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
  const { readConfigFile } = await import("./config-file-OLLXNPXJ.js");
  return readConfigFile(path, rules);
}
function settingsFor(config, file) {
  const { pathMaps: _maps, ignore: _ignore, overrides: _overrides, $schema: _schema, failOn: _failOn, baseline: _baseline, reportUnusedDisable: _unused, ...base } = config.data;
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

// src/engine/package-root.ts
import { existsSync as existsSync2, readFileSync } from "node:fs";
import { dirname as dirname2, join as join3 } from "node:path";
import { fileURLToPath } from "node:url";
var cachedRoot;
function packageRoot() {
  if (cachedRoot) return cachedRoot;
  let dir = dirname2(fileURLToPath(import.meta.url));
  for (; ; ) {
    const manifest = join3(dir, "package.json");
    if (existsSync2(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "tlslint") return cachedRoot = dir;
    const parent = dirname2(dir);
    if (parent === dir) throw new Error("Cannot find the tlslint package root");
    dir = parent;
  }
}
function packageVersion() {
  return JSON.parse(readFileSync(join3(packageRoot(), "package.json"), "utf8")).version;
}
function readRuleDoc(id) {
  try {
    return readFileSync(join3(packageRoot(), "rules", `${id}.md`), "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
}

// src/dialects/registry.ts
var DIALECT_IDS = ["nginx", "apache", "caddy"];
var loaders = {
  nginx: async () => (await import("./nginx-BICT345Y.js")).nginx,
  apache: async () => (await import("./apache-XRTXNBKY.js")).apache,
  caddy: async () => (await import("./caddy-YCJ5IEQE.js")).caddy
};
function loadDialect(id) {
  return loaders[id]();
}
var DIALECT_FINDERS = { nginx: nginxFinder, apache: apacheFinder, caddy: caddyFinder };
function dialectFor(path, forced) {
  const id = forced ?? DIALECT_IDS.find((candidate) => DIALECT_FINDERS[candidate].detect(path)) ?? DIALECT_IDS[0];
  return loadDialect(id);
}
function isDialectId(value) {
  return DIALECT_IDS.includes(value);
}
var PLANNED_DIALECTS = [];
function plannedDialectOf(path) {
  return PLANNED_DIALECTS.find((dialect) => dialect.detect(path));
}

export {
  packageVersion,
  readRuleDoc,
  DIALECT_IDS,
  loadDialect,
  DIALECT_FINDERS,
  dialectFor,
  isDialectId,
  plannedDialectOf,
  discoverFiles,
  dialectOf,
  isFile,
  describeFsError,
  entryOrder,
  ConfigError,
  ConfigResolver,
  settingsFor,
  normalizeRuleEntry
};
