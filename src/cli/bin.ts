#!/usr/bin/env node
// The `tlslint` command. `npm run build` bundles this file and everything it imports into bin/tlslint.js.
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
