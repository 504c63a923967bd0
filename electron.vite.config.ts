import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const here = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      externalizeDeps: true,
      lib: { entry: resolve(here, 'src/main/index.ts') },
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
    plugins: [react()],
    build: {
      rolldownOptions: { input: resolve(here, 'src/renderer/index.html') },
    },
  },
});
