#!/usr/bin/env node
// The `tlslint` command. `npm run build` bundles this file and everything it imports into bin/tlslint.js.
import { main } from './main.js';

// `tlslint ... | head`: once the reader has gone, the rest of the report has nowhere to go. Stop quietly,
// as ripgrep and grep do, instead of dying with an unhandled EPIPE stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

process.exitCode = await main(process.argv.slice(2));
