// Makes sure better-sqlite3 has a compiled module for the runtime that is about to use it.
//
//   node scripts/ensure-native.mjs node             the Node build in node_modules (tests, npm run web)
//   node scripts/ensure-native.mjs electron         the Electron binary, and a build for its ABI in
//                                                   .native/electron-<version>/better_sqlite3.node
//   node scripts/ensure-native.mjs electron --force rebuild the Electron one even if it exists
//
// The two builds live apart, so npm test and npm start can run in either order.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { rebuild } from '@electron/rebuild';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(join(root, 'package.json'));
const NATIVE_FAILURE =
  /NODE_MODULE_VERSION|Could not locate the bindings file|better_sqlite3\.node|ERR_DLOPEN_FAILED/;

function say(line) {
  process.stdout.write(`[ensure-native] ${line}\n`);
}

/** A failure whose lines tell the operator what went wrong and what to do. */
class NativeSetupError extends Error {
  constructor(lines) {
    super(lines.join('\n'));
    this.lines = lines;
  }
}

function fail(lines) {
  throw new NativeSetupError(lines);
}

function run(command, args, options = {}) {
  return spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    shell: process.platform === 'win32' && command === 'npm',
    ...options,
  });
}

/** Loads better-sqlite3 in a child process, with the given runtime and optional binding file. */
function tryLoad(executable, nativeBinding, extraEnv = {}) {
  const options = nativeBinding === undefined ? '{}' : JSON.stringify({ nativeBinding });
  const code = `const D = require('better-sqlite3'); new D(':memory:', ${options}).close();`;
  const result = run(executable, ['-e', code], { env: { ...process.env, ...extraEnv } });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

function ensureNode() {
  const first = tryLoad(process.execPath);
  if (first.ok) {
    say(`better-sqlite3 loads in Node ${process.versions.node}`);
    return;
  }
  if (!NATIVE_FAILURE.test(first.output)) {
    fail([
      'better-sqlite3 does not load in Node, for a reason a rebuild will not fix:',
      first.output,
    ]);
  }
  say('better-sqlite3 is not built for this Node; running npm rebuild better-sqlite3');
  const rebuild = run('npm', ['rebuild', 'better-sqlite3'], { stdio: 'inherit' });
  const second = tryLoad(process.execPath);
  if (rebuild.status !== 0 || !second.ok) {
    fail(['npm rebuild better-sqlite3 did not give a module Node can load:', second.output]);
  }
  say(`better-sqlite3 rebuilt for Node ${process.versions.node}`);
}

function electronDir() {
  return dirname(require.resolve('electron/package.json'));
}

/** The Electron executable, or undefined when its binary has not been downloaded. */
function electronExecutable() {
  const dir = electronDir();
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const executable = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : undefined;
}

function ensureElectronBinary() {
  const present = electronExecutable();
  if (present !== undefined) return present;
  say('Fetching the Electron binary (node node_modules/electron/install.js)');
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  run(process.execPath, [join(electronDir(), 'install.js')], { stdio: 'inherit', env });
  const fetched = electronExecutable();
  if (fetched === undefined) {
    fail([
      'The Electron binary could not be downloaded (node_modules/electron/dist is missing).',
      'It comes from github.com (or the mirror in ELECTRON_MIRROR); this machine cannot reach it.',
      'Run npm start on a machine with internet access, or use npm run web to open the console',
      'in a browser instead.',
    ]);
  }
  return fetched;
}

/** Drops npm's build settings (its nodedir points at Node's headers, not Electron's). */
function dropNpmBuildSettings() {
  const npmBuildSetting = /^npm_config_(nodedir|target|runtime|disturl|dist_url)$/i;
  for (const key of Object.keys(process.env)) {
    if (npmBuildSetting.test(key)) Reflect.deleteProperty(process.env, key);
  }
}

/**
 * Builds better-sqlite3 for Electron `version` with @electron/rebuild (a prebuilt module if there
 * is one, else compiled against Electron's headers) and copies it to `target`. @electron/rebuild
 * rebuilds a node_modules folder in place, so it works on a copy inside .native/: node_modules
 * keeps the Node build, and the copy still finds prebuild-install in the project's node_modules.
 */
async function buildForElectron(version, target) {
  const sourceDir = dirname(require.resolve('better-sqlite3/package.json'));
  mkdirSync(join(root, '.native'), { recursive: true });
  const workDir = mkdtempSync(join(root, '.native', 'build-'));
  const packageDir = join(workDir, 'node_modules', 'better-sqlite3');
  try {
    cpSync(sourceDir, packageDir, {
      recursive: true,
      filter: (source) => !source.startsWith(join(sourceDir, 'build')),
    });
    writeFileSync(
      join(workDir, 'package.json'),
      JSON.stringify({
        name: 'showdesk-native',
        private: true,
        dependencies: { 'better-sqlite3': '*' },
      }),
    );
    dropNpmBuildSettings();
    say(`Building better-sqlite3 for Electron ${version} (@electron/rebuild)`);
    try {
      await rebuild({
        buildPath: workDir,
        electronVersion: version,
        arch: process.arch,
        onlyModules: ['better-sqlite3'],
        force: true,
      });
    } catch (error) {
      fail([
        `better-sqlite3 could not be built for Electron ${version}: ${error.message}`,
        'A prebuilt module comes from github.com and the headers from electronjs.org;',
        'this machine reached neither (or has no C++ toolchain: apt-get install build-essential python3).',
        'Run npm run rebuild:native on a machine with internet access.',
      ]);
    }
    const built = join(packageDir, 'build', 'Release', 'better_sqlite3.node');
    if (!existsSync(built)) fail([`@electron/rebuild left no module at ${built}`]);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(built, target);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

async function ensureElectron(force) {
  const executable = ensureElectronBinary();
  const { version } = require('electron/package.json');
  const target = join(root, '.native', `electron-${version}`, 'better_sqlite3.node');
  if (force || !existsSync(target)) await buildForElectron(version, target);
  const check = tryLoad(executable, target, { ELECTRON_RUN_AS_NODE: '1' });
  if (!check.ok) {
    rmSync(target, { force: true });
    fail([`The module in ${target} does not load in Electron ${version}:`, check.output]);
  }
  say(`better-sqlite3 loads in Electron ${version} (${target})`);
}

async function main([mode, flag]) {
  switch (mode) {
    case 'node':
      return ensureNode();
    case 'electron':
      return ensureElectron(flag === '--force');
    default:
      return fail(['Usage: node scripts/ensure-native.mjs node|electron [--force]']);
  }
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  const lines = error instanceof NativeSetupError ? error.lines : [String(error)];
  for (const line of lines) process.stderr.write(`[ensure-native] ${line}\n`);
  process.exit(1);
}
