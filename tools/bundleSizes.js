// Prints and records what each page downloads first and what it fetches later, raw and gzipped,
// so the "initial task pane under 250 KB gzip" goal is a number in every build log, not a guess.
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function sizeOf(dir, file) {
  const bytes = fs.readFileSync(path.join(dir, file));
  return { file, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
}

const total = (files) => files.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip }), { raw: 0, gzip: 0 });

/** Sizes from a finished compilation's stats: per entry its initial JS, then every lazy chunk. */
function bundleSizes(stats, dir) {
  const json = stats.toJson({ all: false, entrypoints: true, chunks: true, chunkOrigins: true, assets: false });
  const js = (files) => files.filter((f) => f.endsWith('.js'));
  const entries = {};
  for (const [name, entry] of Object.entries(json.entrypoints)) {
    const files = js(entry.assets.map((a) => a.name)).map((f) => sizeOf(dir, f));
    entries[name] = { files, ...total(files) };
  }
  const requests = (c) => (c.origins ?? []).map((o) => o.request);
  // A vendor split has no name of its own: it is named after the lazy chunk loaded with it.
  const partner = (c) => json.chunks.find((o) => o !== c && o.names.length > 0 && requests(o).some((r) => requests(c).includes(r)));
  const label = (c) => c.names.join(',') || `${partner(c)?.names.join(',') ?? c.files[0]} (packages)`;
  const lazy = json.chunks
    .filter((c) => !c.initial)
    .map((c) => ({ name: label(c), ...total(js(c.files).map((f) => sizeOf(dir, f))), files: js(c.files) }));
  return { entries, lazy };
}

class BundleSizesPlugin {
  constructor(outFile) {
    this.outFile = outFile;
  }

  apply(compiler) {
    compiler.hooks.done.tap('BundleSizesPlugin', (stats) => {
      if (stats.hasErrors() || compiler.options.mode !== 'production') return;
      const sizes = bundleSizes(stats, compiler.options.output.path);
      const lines = ['Bundle sizes (JS, raw / gzip):'];
      for (const [name, e] of Object.entries(sizes.entries)) lines.push(`  entry ${name.padEnd(20)} ${kb(e.raw).padStart(10)} / ${kb(e.gzip).padStart(9)}  (${e.files.length} file${e.files.length === 1 ? '' : 's'})`);
      for (const c of sizes.lazy) lines.push(`  lazy  ${c.name.padEnd(20)} ${kb(c.raw).padStart(10)} / ${kb(c.gzip).padStart(9)}`);
      console.log(lines.join('\n'));
      fs.mkdirSync(path.dirname(this.outFile), { recursive: true });
      fs.writeFileSync(this.outFile, `${JSON.stringify(sizes, null, 2)}\n`);
    });
  }
}

module.exports = { BundleSizesPlugin, bundleSizes };
