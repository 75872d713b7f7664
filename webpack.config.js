// Builds two things (`--config-name` picks one):
// - site: the Excel add-in into dist/site: taskpane.html (also the standalone browser tool),
//   commands.html (the ribbon's function file), notice.html (its result dialog), support.html,
//   assets/ and manifest.xml with production URLs from ADDIN_BASE_URL (see tools/siteManifest.js).
//   Heavy parts are lazy chunks: the engine, the .xlsx adapter with fflate, the Office adapter and
//   date-holidays load on first use, so the pane paints before any of them is fetched.
// - cli: the command line into dist/cli/dunning-desk.js (bin/dunning-desk.js loads it). One file
//   of hoisted modules loads in about half the time of the ~150 files tsc writes, which a nightly
//   run or a clerk waits for on every refresh (README, "Performance").
const fs = require('node:fs');
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { addinBaseUrl, renderManifest } = require('./tools/siteManifest');
const { BundleSizesPlugin } = require('./tools/bundleSizes');

const SITE = path.resolve(__dirname, 'dist/site');
const CLI = path.resolve(__dirname, 'dist/cli');

/** The development server's certificate: Office's dev certs when installed (trusted), else webpack's own. */
function devHttps() {
  const dir = path.join(require('node:os').homedir(), '.office-addin-dev-certs');
  const files = { key: path.join(dir, 'localhost.key'), cert: path.join(dir, 'localhost.crt'), ca: path.join(dir, 'ca.crt') };
  return fs.existsSync(files.key) && fs.existsSync(files.cert) ? { type: 'https', options: files } : 'https';
}

const page = (template, filename, chunks) => new HtmlWebpackPlugin({ template, filename, chunks, scriptLoading: 'defer' });

function site(mode) {
  const base = addinBaseUrl(process.env.ADDIN_BASE_URL);
  return {
    name: 'site',
    mode,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      notice: './src/commands/notice.ts',
    },
    output: { path: SITE, filename: '[name].[contenthash:8].js', chunkFilename: '[name].[contenthash:8].js', clean: true },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          loader: 'ts-loader',
          // ES modules out of ts-loader, so webpack can split at import() and shake Fluent UI.
          options: { configFile: 'tsconfig.web.json', transpileOnly: true, compilerOptions: { module: 'es2022', sourceMap: true } },
        },
      ],
    },
    plugins: [
      page('./src/taskpane/taskpane.html', 'taskpane.html', ['taskpane']),
      page('./src/commands/commands.html', 'commands.html', ['commands']),
      page('./src/commands/notice.html', 'notice.html', ['notice']),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'src/site/support.html', to: 'support.html' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => renderManifest(content.toString(), base) },
        ],
      }),
      // date-holidays needs moment-timezone's zones, not moment's 130 display locales.
      new webpack.IgnorePlugin({ resourceRegExp: /^\.\/locale$/, contextRegExp: /moment$/ }),
      new BundleSizesPlugin(path.resolve(__dirname, 'dist/bundle-sizes.json')),
    ],
    devtool: mode === 'production' ? 'source-map' : 'eval-cheap-module-source-map',
    performance: { hints: false },
    devServer: {
      port: 3000,
      server: devHttps(),
      static: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
    },
  };
}

function cli(mode) {
  return {
    name: 'cli',
    mode,
    target: 'node20',
    entry: './src/cli/main.ts',
    // Always written, even unchanged: its time tells the tests it was built after the sources.
    output: { path: CLI, filename: 'dunning-desk.js', chunkFilename: 'dunning-desk.[name].js', library: { type: 'commonjs2' }, clean: true, compareBeforeEmit: false },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: 'ts-loader',
          // Types are checked by tsc -b; ES modules let webpack hoist them into one scope and
          // keep the CSV reader and the holiday calendars in chunks loaded when needed.
          options: { configFile: 'tsconfig.node.json', transpileOnly: true, compilerOptions: { module: 'es2022', sourceMap: false } },
        },
      ],
    },
    // The calendars (1.4 MB) stay in node_modules, required when a country is set.
    externals: { 'date-holidays': 'commonjs date-holidays' },
    // __dirname is the bundle's folder, as Node gives it.
    node: { __dirname: false },
    // Readable stack traces in a bug report; unminified, it still loads in half the time.
    optimization: { minimize: false },
    devtool: false,
    performance: { hints: false },
  };
}

module.exports = (_env, argv = {}) => {
  const mode = argv.mode ?? 'production';
  return [site(mode), cli(mode)];
};
