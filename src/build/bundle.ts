// `npm run build`: bundles the CLI and its dependencies into bin/tlslint.js (plus bin/chunks/ for code
// loaded on demand) and writes the licenses of what it bundles. One file starts in a fifth of the time the ~700 modules it replaces take to
// resolve and load (chevrotain alone pulls in lodash-es file by file), and it installs with no
// dependencies: what pre-commit's `npm pack` + `npm install -g` and the GitHub Action need.
// The bundle is committed; `.ci/run` fails when it differs from a fresh build.
import { build, type Metafile, type Plugin } from 'esbuild';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'bin', 'tlslint.js');
const NOTICES = join(ROOT, 'bin', 'THIRD-PARTY-NOTICES.txt');
/** tlslint's own MPL-2.0 file: the Mozilla guideline data, kept under its source's license. */
const MPL_DATA = 'src/tls/mozilla-guidelines.data.ts';
/** Code loaded only when needed (the config-file reader with yaml, ajv and picomatch), one file per chunk. */
const CHUNKS = join(ROOT, 'bin', 'chunks');

/**
 * commander requires node:child_process as it loads, for executable subcommands (`.command(name, description)`),
 * which tlslint has none of; child_process brings node:net and node:dgram along, a few milliseconds of every run's
 * start. The bundle gives commander a stand-in that requires the module when first used.
 */
const lazyChildProcess: Plugin = {
  name: 'lazy-child-process',
  setup(plugins) {
    plugins.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined);
    plugins.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "let real;\nmodule.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });\n",
      loader: 'js',
    }));
  },
};

rmSync(CHUNKS, { recursive: true, force: true });
const result = await build({
  entryPoints: { tlslint: join(ROOT, 'src', 'cli', 'bin.ts') },
  outdir: join(ROOT, 'bin'),
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [lazyChildProcess],
  // CommonJS dependencies (commander) call require() for Node built-ins, which an ES module lacks.
  banner: { js: "import { createRequire as __tlslintCreateRequire } from 'node:module';\nconst require = __tlslintCreateRequire(import.meta.url);" },
});
writeFileSync(NOTICES, `${notices(result.metafile)}${mplNotice(result.metafile)}`);

/**
 * The notice MPL-2.0 asks for when its files ship in an Executable Form (section 3.2): which data, where its
 * Source Code Form is, and the license text. Written only when the bundle holds that data.
 */
function mplNotice(metafile: Metafile): string {
  if (!Object.keys(metafile.inputs).some((input) => input.endsWith(MPL_DATA))) return '';
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const license = readFileSync(join(ROOT, 'src/tls/LICENSE.MPL-2.0.txt'), 'utf8').trim();
  return [
    `\n${'-'.repeat(72)}\n`,
    'Mozilla Server Side TLS guidelines (MPL-2.0)',
    '',
    'bin/tlslint.js holds the per-profile facts of the Mozilla Server Side TLS guidelines 5.1-6.0, from',
    'mozilla/ssl-config-generator (src/static/guidelines/*.json at commit 858f8f74a4fd1293a3a7f5ab0c16eb1eb891393a),',
    'reduced to the keys tlslint uses. That data is licensed under the Mozilla Public License 2.0, as its source is;',
    'the rest of tlslint is MIT-licensed (see LICENSE). Its Source Code Form is',
    `${MPL_DATA} in https://github.com/tlslint/tlslint at tag v${version}, and the original is at`,
    'https://github.com/mozilla/ssl-config-generator.',
    '',
    license,
    '',
  ].join('\n');
}

/** The license text of every package the bundle holds, found from the bundle's inputs. */
function notices(metafile: Metafile): string {
  const packages = new Set<string>();
  for (const input of Object.keys(metafile.inputs)) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) packages.add(join(ROOT, match[1]));
  }
  const sections = [...packages].sort().map((dir) => {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string; license?: string };
    const licenseFile = readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name));
    const text = licenseFile ? readFileSync(join(dir, licenseFile), 'utf8').trim() : `License: ${manifest.license ?? 'unknown'} (no license file in the package)`;
    return `${manifest.name} ${manifest.version} (${manifest.license ?? 'unknown'})\n\n${text}\n`;
  });
  return `bin/tlslint.js bundles the following packages.\n\n${sections.join(`\n${'-'.repeat(72)}\n\n`)}`;
}

process.stdout.write(`bundled ${dirname(OUT)}/tlslint.js (${packages(result.metafile)} packages)\n`);

function packages(metafile: Metafile): number {
  return new Set(Object.keys(metafile.inputs).map((i) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(i)?.[1]).filter(Boolean)).size;
}
