/**
 * Runs every benchmark scenario, one process each (so that one scenario's heap and sockets never
 * colour the next one's figures), prints one table (scenario, figure, the limit measured in the
 * same run, ratio, target, met) and writes the same as JSON under bench-results/.
 *
 *   npm run bench [-- --quick] [-- name ...]
 *
 * --quick runs the short form of every scenario; names run only the scenarios whose name
 * contains one of them. The app is built first, so that the scenarios that start the built host
 * or its page measure the code checked out, never an older build left in out/.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { failureRow, formatTable, tally, toRow, type BenchRow } from './support/bench-table';
import { parseResults } from './support/report';
import { SCENARIOS, type Scenario } from './support/scenarios';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = dirname(benchDir);
const { values, positionals } = parseArgs({
  options: { quick: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const quick = values.quick;
const chosen = SCENARIOS.filter(
  (scenario) =>
    positionals.length === 0 || positionals.some((name) => scenario.name.includes(name)),
);

/** Runs one scenario's script, echoing its output, and resolves with its stdout and exit code. */
function runScenario(scenario: Scenario): Promise<{ output: string; code: number | null }> {
  const args = ['--import', 'tsx', join(benchDir, scenario.script)];
  const child = spawn(process.execPath, [...args, ...(quick ? scenario.quick : scenario.full)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
    process.stdout.write(chunk);
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ output, code }));
  });
}

function machine() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
  };
}

/** Builds the app with electron-vite (its output to stderr, as ensureBuilt does). */
function buildApp(): void {
  const bin = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [bin, 'build'], {
    cwd: root,
    stdio: ['ignore', 2, 2],
  });
  if (result.status !== 0) throw new Error('Building the app failed; run npm run build to see why');
}

const loadAverage = () => os.loadavg().map((value) => Math.round(value * 100) / 100);

buildApp();
const startedAt = new Date();
const loadBefore = loadAverage();
const rows: BenchRow[] = [];
const started = performance.now();
for (const scenario of chosen) {
  console.log(`\n== ${scenario.name} (${scenario.script}${quick ? ', quick' : ''})`);
  const scenarioStart = performance.now();
  const { output, code } = await runScenario(scenario);
  const results = parseResults(output);
  for (const result of results) {
    for (const figure of result.figures) rows.push(toRow(result.scenario, figure));
  }
  if (code !== 0 || results.length === 0) {
    rows.push(failureRow(scenario.name, `exit ${code ?? 'by signal'}`));
  }
  console.log(`== ${scenario.name}: ${((performance.now() - scenarioStart) / 1000).toFixed(1)} s`);
}
const seconds = (performance.now() - started) / 1000;
const loadAfter = loadAverage();

const { met, missed } = tally(rows);
console.log(`\n${formatTable(rows)}\n`);
console.log(
  `${met} targets met, ${missed} missed; ${seconds.toFixed(0)} s; load average ` +
    `${loadBefore.join(' ')} before, ${loadAfter.join(' ')} after`,
);

const resultsDir = join(root, 'bench-results');
mkdirSync(resultsDir, { recursive: true });
const file = join(resultsDir, `bench-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(
  file,
  `${JSON.stringify(
    {
      date: startedAt.toISOString(),
      command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
      quick,
      seconds: Math.round(seconds),
      machine: machine(),
      loadAverage: { before: loadBefore, after: loadAfter },
      rows,
    },
    null,
    2,
  )}\n`,
);
console.log(`wrote ${file}`);
