// npm run dist [-- --linux | --win | --mac]: builds the app, then its installers into dist/ with
// electron-builder (electron-builder.json: AppImage and deb, NSIS, dmg). Without arguments it
// builds for this platform.
//
// electron-builder packs the Electron binary of each target platform, downloaded from github.com
// (or ELECTRON_MIRROR) unless cached; where it cannot be, this says so in one line, before any
// work. electron-builder also rebuilds better-sqlite3 for Electron in node_modules: the Node
// build is put back afterwards so that npm test keeps working.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(join(root, 'package.json'));
const electronVersion = require('electron/package.json').version;
const nodeBuild = join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');

const PLATFORM_FLAGS = { '--linux': 'linux', '--win': 'win32', '--mac': 'darwin' };

function targetPlatforms(args) {
  const named = args.filter((arg) => arg in PLATFORM_FLAGS).map((arg) => PLATFORM_FLAGS[arg]);
  return named.length > 0 ? named : [process.platform];
}

function electronCacheDir() {
  if (process.env.ELECTRON_CACHE) return process.env.ELECTRON_CACHE;
  if (process.platform === 'darwin') return join(homedir(), 'Library/Caches/electron');
  if (process.platform === 'win32') {
    return join(process.env.LOCALAPPDATA ?? homedir(), 'electron/Cache');
  }
  return join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'electron');
}

function isCached(zipName) {
  const dir = electronCacheDir();
  if (!existsSync(dir)) return false;
  return readdirSync(dir, { recursive: true }).some((file) => String(file).endsWith(zipName));
}

/** Undefined when the Electron zip for `platform` is cached or reachable; else why not. */
async function electronUnavailable(platform) {
  const zipName = `electron-v${electronVersion}-${platform}-${process.arch}.zip`;
  if (isCached(zipName)) return undefined;
  const mirror =
    process.env.ELECTRON_MIRROR ?? 'https://github.com/electron/electron/releases/download/';
  const url = `${mirror}v${electronVersion}/${zipName}`;
  try {
    const response = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(15_000) });
    return response.ok ? undefined : `${url} answered ${response.status}`;
  } catch (error) {
    return `${new URL(url).host} cannot be reached (${error.cause?.code ?? error.message})`;
  }
}

function run(command, args) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  return result.status ?? 1;
}

const args = process.argv.slice(2);
for (const platform of targetPlatforms(args)) {
  const reason = await electronUnavailable(platform);
  if (reason !== undefined) {
    process.stderr.write(
      `npm run dist: the Electron ${electronVersion} binary for ${platform} cannot be downloaded: ${reason}; set ELECTRON_MIRROR or run it where github.com is reachable.\n`,
    );
    process.exit(1);
  }
}
if (run('npm', ['run', 'build']) !== 0) process.exit(1);
const saved = `${nodeBuild}.node-build`;
copyFileSync(nodeBuild, saved);
let status;
try {
  status = run(join(root, 'node_modules/.bin/electron-builder'), args);
} finally {
  copyFileSync(saved, nodeBuild);
  rmSync(saved);
}
process.exit(status);
