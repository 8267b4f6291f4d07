// @ts-check
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { shared } from '../../webpack.config.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');

/** The reference build: same loaders and optimisation as the app, one entry. */
export default {
  mode: 'production',
  entry: path.join(here, 'index.tsx'),
  output: {
    path: path.join(root, 'test-results/bench-reference'),
    filename: '[name].[contenthash].js',
    clean: true,
  },
  ...shared,
  plugins: [
    new HtmlWebpackPlugin({ template: path.join(root, 'src/index.html'), scriptLoading: 'defer' }),
  ],
};
