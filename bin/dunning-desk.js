#!/usr/bin/env node
'use strict';
// Built by `npm ci` (the prepare script: tsc, then webpack bundles the CLI into one file; see
// webpack.config.js).
require('../dist/cli/dunning-desk.js').main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
