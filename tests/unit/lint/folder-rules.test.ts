import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: root });
const RULE = 'folders/folder-imports';

/** The folder-rule messages ESLint gives for `code` as if it were the file at `path`. */
async function folderErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return (result?.messages ?? []).filter((m) => m.ruleId === RULE).map((m) => m.message);
}

const forbidden: [kind: string, path: string, code: string][] = [
  ['sale server imports the core', 'src/sale-server/x.ts', "import '../main/core/core';"],
  ['core imports the shell', 'src/main/core/x.ts', "import '../shell/start';"],
  ['core imports the web host', 'src/main/core/live/x.ts', "export * from '../../web/web-host';"],
  ['core imports electron/main', 'src/main/core/x.ts', "import { app } from 'electron/main';"],
  ['core require()s electron', 'src/main/core/x.ts', "const e = require('electron');"],
  ['core import()s electron', 'src/main/core/x.ts', "void import('electron');"],
  ['core import = require', 'src/main/core/x.ts', "import e = require('electron');"],
  ['core names a module by a variable', 'src/main/core/x.ts', 'void import(process.argv[2]);'],
  ['web host uses an Electron type', 'src/main/web/x.ts', "let a: import('electron').App;"],
  ['renderer imports stream', 'src/renderer/src/x.ts', "import 'stream';"],
  ['renderer imports node:stream', 'src/renderer/src/x.tsx', "import 'node:stream';"],
  ['renderer require()s fs/promises', 'src/renderer/src/x.ts', "require('fs/promises');"],
  ['renderer imports the core', 'src/renderer/src/x.ts', "import '../../main/core/core';"],
  ['shared imports the sale server', 'src/shared/x.ts', "import '../sale-server/server';"],
  ['shared imports node:path', 'src/shared/x.ts', "import { join } from 'node:path';"],
  ['shared imports electron', 'src/shared/x.ts', "import 'electron';"],
  ['preload imports os', 'src/preload/x.ts', "import 'os';"],
  ['preload imports the core', 'src/preload/x.ts', "import '../main/core/core';"],
  ['shell imports react', 'src/main/shell/x.ts', "import 'react';"],
  ['shell imports the core', 'src/main/shell/x.ts', "import '../core/media/image-store';"],
  ['main/common imports electron', 'src/main/common/x.ts', "import 'electron';"],
  ['main/common imports the core', 'src/main/common/x.ts', "import '../core/core';"],
  ['sale server imports electron', 'src/sale-server/x.ts', "import('electron/renderer');"],
  ['sale server imports the renderer', 'src/sale-server/x.ts', "import '../renderer/src/x';"],
];

const allowed: [kind: string, path: string, code: string][] = [
  ['core imports shared', 'src/main/core/x.ts', "import '../../shared/logger';"],
  ['core runs the sale server entry', 'src/main/core/x.ts', "import '../../sale-server/server';"],
  ['core imports node:fs', 'src/main/core/x.ts', "import 'node:fs';"],
  ['shell imports electron', 'src/main/shell/x.ts', "import { app } from 'electron';"],
  ['shell starts the core process', 'src/main/shell/x.ts', "import '../core-process/supervisor';"],
  ['preload imports electron', 'src/preload/x.ts', "import 'electron';"],
  ['renderer imports react', 'src/renderer/src/x.tsx', "import 'react';"],
];

describe('folder rules', () => {
  // Loading the project's config (typescript-eslint, React hooks) is the slow part.
  beforeAll(() => eslint.calculateConfigForFile(join(root, 'src/shared/x.ts')), 120_000);

  it.each(forbidden)(
    'refuse: %s',
    async (_kind, path, code) => {
      expect(await folderErrors(path, code)).toHaveLength(1);
    },
    30_000,
  );

  it.each(allowed)(
    'allow: %s',
    async (_kind, path, code) => {
      expect(await folderErrors(path, code)).toEqual([]);
    },
    30_000,
  );

  it('cover every source file under src/', async () => {
    const files = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(ts|tsx)$/.test(file))
      .map((file) => join('src', file));
    expect(files.length).toBeGreaterThan(100);
    const uncovered: string[] = [];
    for (const file of files) {
      const config = (await eslint.calculateConfigForFile(join(root, file))) as {
        rules?: Record<string, unknown>;
      };
      if (config.rules?.[RULE] === undefined) uncovered.push(file);
    }
    expect(uncovered).toEqual([]);
  }, 60_000);
});
