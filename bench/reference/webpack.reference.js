// @ts-check
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import HtmlWebpackPlugin from 'html-webpack-plugin';

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
  resolve: { extensions: ['.tsx', '.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: { loader: 'ts-loader', options: { transpileOnly: true } },
      },
    ],
  },
  plugins: [
    new HtmlWebpackPlugin({ template: path.join(root, 'src/index.html'), scriptLoading: 'defer' }),
  ],
  optimization: { splitChunks: { chunks: 'all' } },
  performance: { hints: false },
};
