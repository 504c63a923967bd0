import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import folderRules from './eslint/folder-imports.js';

/** The parts of src/ and their folders (a file named here belongs to the part that names it). */
const parts = {
  shared: ['src/shared'],
  core: ['src/main/core'],
  'core-process': ['src/main/core-process'],
  web: ['src/main/web'],
  common: ['src/main/common'],
  shell: ['src/main/shell', 'src/main/index.ts'],
  preload: ['src/preload'],
  renderer: ['src/renderer'],
  'sale-server': ['src/sale-server'],
};

const ui = ['react', 'react-dom', 'react-i18next', '@mantine', '@tabler', '@dnd-kit', '@tanstack'];
const nodeOnly = ['better-sqlite3', 'socket.io', 'socket.io-client', 'ws'];

/**
 * What each part may import: other parts (`may`, plus single `entries`), Node's built-ins
 * (`node`), and never the `packages` named. Electron is allowed only in the shell and preload.
 */
const rules = {
  shared: { may: [], node: false, packages: ['electron', ...ui, ...nodeOnly] },
  // The rehearsal runs the reference sale server in the core's process: its one entry only.
  core: {
    may: ['shared'],
    entries: ['src/sale-server/server.ts'],
    node: true,
    packages: ['electron', ...ui],
  },
  'core-process': {
    may: ['shared', 'core', 'common'],
    node: true,
    packages: ['electron', ...ui],
  },
  web: { may: ['shared', 'core', 'common'], node: true, packages: ['electron', ...ui] },
  common: { may: ['shared'], node: true, packages: ['electron', ...ui] },
  // The core runs in its own process: the shell starts it (core-process) and never loads its code.
  shell: { may: ['shared', 'core-process', 'common'], node: true, packages: ui },
  preload: { may: ['shared'], node: false, packages: [...ui, ...nodeOnly] },
  renderer: { may: ['shared'], node: false, packages: ['electron', ...nodeOnly] },
  // Its ledger checkpoints its WAL from a thread as the core's store does: that one entry only.
  'sale-server': {
    may: ['shared'],
    entries: ['src/main/core/store/wal-checkpointer.ts'],
    node: true,
    packages: ['electron', ...ui],
  },
};

function filesOf(folders) {
  return folders.flatMap((folder) =>
    folder.endsWith('.ts') ? [folder] : [`${folder}/**/*.{ts,tsx,js,mjs,cjs}`],
  );
}

/** One block per part: its folder rule, and nothing else. */
const folderBlocks = Object.entries(rules).map(([part, rule]) => ({
  files: filesOf(parts[part]),
  plugins: { folders: folderRules },
  rules: { 'folders/folder-imports': ['error', { parts, ...rule }] },
}));

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', '.native', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...folderBlocks,
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);

export { parts };
