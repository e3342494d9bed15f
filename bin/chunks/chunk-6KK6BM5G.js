import { createRequire as __tlslintCreateRequire } from 'node:module';
const require = __tlslintCreateRequire(import.meta.url);

// src/dialects/on-demand.ts
var misses = 0;
var missed = /* @__PURE__ */ new Set();
var OnDemand = class {
  constructor(importer) {
    this.importer = importer;
  }
  importer;
  module = void 0;
  loading = void 0;
  /** The module when loaded; otherwise undefined, and the miss is counted (see onDemandMisses). */
  get() {
    if (this.module === void 0) {
      misses++;
      missed.add(this);
    }
    return this.module;
  }
  /** Imports the module (once). */
  load() {
    return this.loading ??= this.importer().then((module) => {
      this.module = module;
    });
  }
};
function onDemandMisses() {
  return misses;
}
async function loadMissedModules() {
  for (const module of [...missed]) {
    await module.load();
    missed.delete(module);
  }
}
function standInFile(text, path, dialect) {
  const start = { line: 1, column: 1, offset: 0 };
  const diagnostic = { ruleId: "parse-error", message: "Unread config: its reader was not loaded yet", range: { file: path, start, end: start } };
  return { path, dialect, text, directives: [], comments: [], diagnostics: [diagnostic] };
}

export {
  OnDemand,
  onDemandMisses,
  loadMissedModules,
  standInFile
};
