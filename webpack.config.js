// Builds the Excel add-in site (task pane and commands page) into dist/site. The engine and
// the .xlsx adapter are shared with the CLI; exceljs-free by design, so the pane stays small.
const path = require('node:path');

module.exports = (_env, argv) => ({
  mode: argv.mode ?? 'production',
  entry: { taskpane: './src/taskpane/index.tsx' },
  output: { path: path.resolve(__dirname, 'dist/site'), filename: '[name].[contenthash].js', clean: true },
  resolve: { extensions: ['.ts', '.tsx', '.js'] },
  module: { rules: [{ test: /\.tsx?$/, loader: 'ts-loader', options: { configFile: 'tsconfig.web.json', transpileOnly: true } }] },
  devtool: 'source-map',
});
