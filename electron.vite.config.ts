import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

const here = import.meta.dirname;

/**
 * socket.io's client packages export their debug build (every packet traced through `debug`) to
 * Node's `node` import condition, and their release build to the others. The core bundles the
 * release build, loaded on first connect as before (src/main/core/net/socket-client.ts).
 */
const SOCKET_IO_CLIENT_RELEASE = ['socket.io-client', 'engine.io-client', 'socket.io-parser'].map(
  (name) => ({
    find: new RegExp(`^${name.replaceAll('.', '\\.')}$`),
    replacement: resolve(here, 'node_modules', name, 'build/esm/index.js'),
  }),
);

/**
 * On the dev server only, lets the page's CSP run the inline React refresh preamble that
 * @vitejs/plugin-react injects. Built pages keep the policy exactly as index.html declares it.
 */
function allowDevPreamble(): Plugin {
  return {
    name: 'showdesk-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
  };
}

export default defineConfig({
  main: {
    resolve: { alias: SOCKET_IO_CLIENT_RELEASE },
    build: {
      // Pure-JS packages the core loads at start are bundled: Node resolves and loads one file
      // instead of zod's 80 modules and ws's and papaparse's CommonJS (parsed for their exports
      // first), about 110 ms less CPU before the core is open. better-sqlite3 (native) stays
      // external; socket.io's client (its release build, above) is a chunk of its own, imported
      // on first use.
      externalizeDeps: {
        exclude: [
          'zod',
          'papaparse',
          'ws',
          'socket.io-client',
          'engine.io-client',
          'socket.io-parser',
        ],
      },
      // The shell (index.js), the core's own process (core-process.js), the browser host
      // (web-host.js, `npm run web:built`: no TypeScript compiled at start) and the CSV export's
      // worker threads (csv-part-worker.js).
      lib: {
        entry: {
          index: resolve(here, 'src/main/index.ts'),
          'core-process': resolve(here, 'src/main/core-process/index.ts'),
          'web-host': resolve(here, 'src/main/web/cli.ts'),
          // The CSV export's worker threads (review/export-csv-parts.ts).
          'csv-part-worker': resolve(here, 'src/main/core/review/csv-part-worker.ts'),
        },
      },
      rolldownOptions: { external: ['better-sqlite3'] },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      lib: { entry: resolve(here, 'src/preload/index.ts') },
      // A sandboxed preload is a classic script: CommonJS, with only electron to require.
      rolldownOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve(here, 'src/renderer'),
    plugins: [react(), allowDevPreamble()],
    build: {
      rolldownOptions: { input: resolve(here, 'src/renderer/index.html') },
      // electron-vite leaves the renderer unminified; minified, the first screen's script is
      // 0.9 MB instead of 1.9 MB to parse and compile (and its CSS smaller) at every start.
      minify: true,
      // The bundled CJK font's files stay files: the page's CSP loads fonts from 'self' only.
      assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
    },
  },
});
