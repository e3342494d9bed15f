#!/usr/bin/env node
// Entry point: hands argv to the compiled CLI and exits with its code.
import { main } from '../dist/src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
