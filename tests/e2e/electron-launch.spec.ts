import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { _electron as electron } from '@playwright/test';
import { projectPaths } from '../../src/main/web/project-paths';
import { expect, test } from './fixtures';

const { root } = projectPaths();
const electronDir = dirname(
  createRequire(join(root, 'package.json')).resolve('electron/package.json'),
);
const binaryMissing = !existsSync(join(electronDir, 'dist'));

test('the Electron app opens the console with the demo show', async () => {
  test.skip(
    binaryMissing,
    'Electron binary not installed: node_modules/electron/dist missing; run npm start on a machine with internet to fetch it',
  );
  const native = spawnSync(process.execPath, ['scripts/ensure-native.mjs', 'electron'], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(native.status, native.stderr).toBe(0);

  const dataDir = mkdtempSync(join(tmpdir(), 'showdesk-electron-'));
  const app = await electron.launch({
    args: [join(root, 'out', 'main', 'index.js')],
    cwd: root,
    env: { ...process.env, SHOWDESK_DATA_DIR: dataDir },
  });
  try {
    const page = await app.firstWindow();
    await expect(page).toHaveTitle(/Showdesk/);
    const nodeInPage = await page.evaluate(
      () => 'require' in globalThis || 'process' in globalThis,
    );
    expect(nodeInPage).toBe(false);
    await page.getByRole('link', { name: '618 Thai fruit live (Tmall)' }).click();
    await expect(page.getByText('Durian').first()).toBeVisible();
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
