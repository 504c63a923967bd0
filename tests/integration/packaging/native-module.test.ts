import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  PACKAGED_NATIVE_MODULE,
  packagedNativeBinding,
} from '../../../src/main/shell/native-binding';
import { invoke } from '../../support/core-api';
import { useConsoleHarness } from '../../support/console-harness';

const root = join(import.meta.dirname, '../../..');
const harness = useConsoleHarness();

interface BuilderConfig {
  files: string[];
  asarUnpack: string[];
  linux: { target: string[] };
  win: { target: string[] };
  mac: { target: string[] };
}
const config = JSON.parse(
  readFileSync(join(root, 'electron-builder.json'), 'utf8'),
) as BuilderConfig;

/** better-sqlite3's compiled module as npm installed it (built for this Node). */
function installedModule(): string {
  const require = createRequire(join(root, 'package.json'));
  const packageDir = dirname(require.resolve('better-sqlite3/package.json'));
  return join(packageDir, 'build', 'Release', 'better_sqlite3.node');
}

describe('the packaged app', () => {
  it('builds installers for Linux, Windows and macOS', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'resources/**']));
  });

  it('unpacks the SQLite module from app.asar, where the shell looks for it', () => {
    const inApp = PACKAGED_NATIVE_MODULE.slice(1).join('/');
    const unpacked = config.asarUnpack.filter((glob) => glob.endsWith('/**'));
    expect(unpacked.some((glob) => inApp.startsWith(glob.slice(0, -2)))).toBe(true);
  });

  it('finds and loads the module in the packaged layout', async () => {
    // A packaged app's resources folder, with the module where electron-builder unpacks it (this
    // Node's build stands in for Electron's, which only Electron could load).
    const resources = join(await harness.tempDir(), 'resources');
    const file = packagedNativeBinding(resources);
    mkdirSync(dirname(file), { recursive: true });
    copyFileSync(installedModule(), file);

    const db = new Database(':memory:', { nativeBinding: file });
    expect(db.prepare('SELECT 1 AS one').get()).toEqual({ one: 1 });
    db.close();

    const core = harness.startConsole(await harness.tempDir(), { nativeBinding: file });
    expect((await invoke(core, 'app.info', {})).version).toBeTruthy();
  });
});
