// @ts-check
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import HtmlWebpackPlugin from 'html-webpack-plugin';

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * One config for the tab. Development serves on localhost:3000; production writes dist/ with
 * hashed names and splits what the first screen does not need into chunks of its own.
 * @param {Record<string, string | boolean>} _env
 * @param {{ mode?: 'development' | 'production' }} argv
 * @returns {import('webpack').Configuration & { devServer?: Record<string, unknown> }}
 */
export default (_env, argv) => {
  const production = argv.mode === 'production';
  return {
    mode: production ? 'production' : 'development',
    entry: { app: path.join(root, 'src/index.tsx') },
    output: {
      path: path.join(root, 'dist'),
      filename: production ? '[name].[contenthash].js' : '[name].js',
      clean: true,
    },
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
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
      new HtmlWebpackPlugin({
        template: path.join(root, 'src/index.html'),
        scriptLoading: 'defer',
      }),
    ],
    optimization: { splitChunks: { chunks: 'all' } },
    performance: { hints: false },
    devServer: {
      port: Number(process.env.PORT ?? 3000),
      host: 'localhost',
      historyApiFallback: true,
      client: { overlay: { warnings: false } },
    },
  };
};
