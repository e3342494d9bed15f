// Runs Microsoft's SARIF multitool with the arguments given, as they are: its npm wrapper (bin.js) joins
// them into one shell command, which breaks "Gh;Sarif". Exit status is the tool's.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const tool = require('@microsoft/sarif-multitool');
const result = spawnSync(tool, process.argv.slice(2), { stdio: 'inherit' });
if (result.error) throw result.error;
process.exitCode = result.status ?? 1;
