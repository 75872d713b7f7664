// Builds the Excel add-in site into dist/site: taskpane.html (also the standalone browser tool),
// commands.html (the ribbon's function file), notice.html (its result dialog), support.html,
// assets/ and manifest.xml with production URLs from ADDIN_BASE_URL (see tools/siteManifest.js).
// Heavy parts are lazy chunks: the engine, the .xlsx adapter with fflate, the Office adapter and
// date-holidays load on first use, so the pane paints before any of them is fetched.
const fs = require('node:fs');
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { addinBaseUrl, renderManifest } = require('./tools/siteManifest');
const { BundleSizesPlugin } = require('./tools/bundleSizes');

const SITE = path.resolve(__dirname, 'dist/site');

/** The Office adapter is written in parallel: until it exists, builds use a stand-in that says so. */

/** The development server's certificate: Office's dev certs when installed (trusted), else webpack's own. */
function devHttps() {
  const dir = path.join(require('node:os').homedir(), '.office-addin-dev-certs');
  const files = { key: path.join(dir, 'localhost.key'), cert: path.join(dir, 'localhost.crt'), ca: path.join(dir, 'ca.crt') };
  return fs.existsSync(files.key) && fs.existsSync(files.cert) ? { type: 'https', options: files } : 'https';
}

const page = (template, filename, chunks) => new HtmlWebpackPlugin({ template, filename, chunks, scriptLoading: 'defer' });

module.exports = (_env, argv = {}) => {
  const mode = argv.mode ?? 'production';
  const base = addinBaseUrl(process.env.ADDIN_BASE_URL);
  return {
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
};
