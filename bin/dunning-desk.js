#!/usr/bin/env node
'use strict';
// Built by `npm ci` (the prepare script compiles TypeScript into dist/).
require('../dist/src/cli/main.js').main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
