import { spawn } from 'node:child_process';
import { z } from 'zod';
import { ROOT } from './child';

/** The environment variable that says where the page benches' crowd buys from. */
export const CROWD_KIND_ENV = 'SHOWDESK_BENCH_CROWD';

/**
 * Where the page benches (event-to-glass, live-frames) take their orders from
 * (SHOWDESK_BENCH_CROWD): `local` (the default), a crowd in the sale server's process that hands
 * its buys to the order intake (`SaleServer.crowd`); `sockets`, crowd CLIs in processes of their
 * own, one per 10,000 orders/s with 8 socket.io clients each, as up to the tenth session. In a
 * show the audience and the sale server run on other machines; here they share the console's two
 * cores, and the socket crowd and the server's intake of it took more of them at 46,600 orders/s
 * than the console did (docs/performance.md, "Eleventh session: the load generator"). What
 * reaches the console is the same: the server's `events` batches over socket.io.
 */
export function pageCrowdKind(): 'local' | 'sockets' {
  const value = process.env[CROWD_KIND_ENV] ?? 'local';
  if (value !== 'local' && value !== 'sockets') {
    throw new Error(`${CROWD_KIND_ENV} must be local or sockets`);
  }
  return value;
}

/** The environment variable that sets the niceness of the page benches' crowds. */
export const CROWD_NICE_ENV = 'SHOWDESK_BENCH_CROWD_NICE';

/**
 * The niceness the page benches (event-to-glass, live-frames) run their socket crowds at
 * (SHOWDESK_BENCH_CROWD_NICE, default 0: the console's priority). In a show the audience buys
 * from phones elsewhere at an even pace; here the crowd shares the console's two cores. Niced
 * (10, the eighth session's default), it gets the CPU in bursts once the console and Chromium
 * are busy and sends its orders in bursts, which every stage of event to glass then carries; at
 * the console's priority it sends evenly and, a small process at 5,000 orders/s, starves nothing
 * (docs/performance.md, "Ninth session: event to glass").
 */
export function remoteCrowdNiceness(): number {
  const value = Number(process.env[CROWD_NICE_ENV] ?? 0);
  if (!Number.isInteger(value) || value < 0 || value > 19) {
    throw new Error(`${CROWD_NICE_ENV} must be a whole number from 0 to 19`);
  }
  return value;
}

/** A crowd buying from a reference sale server, as crowd CLIs in processes of their own. */
export interface CrowdPlan {
  url: string;
  token: string;
  show: string;
  skus: readonly string[];
  /** Orders a second in all, shared evenly between the processes. */
  rate: number;
  seconds: number;
  /** Crowd processes (one is the limit near 10,000 orders/s on this machine). */
  processes?: number;
  /** Socket.io clients per process. */
  clients?: number;
  viewers?: number;
  /** Comments a second in all (feature `audience`), written from a fixed seed. */
  comments?: number;
  /** The crowd processes' niceness (nice(1)'s; default: this process's). */
  niceness?: number;
}

const Summary = z.object({ sold: z.number(), durationMs: z.number(), comments: z.number() });

/** What the crowd sold, and how long the slowest process took. */
export interface CrowdResult {
  sold: number;
  durationMs: number;
  /** Orders a second achieved. */
  rate: number;
  /** Comments sent. */
  comments: number;
}

function runOne(plan: CrowdPlan, rate: number): Promise<z.infer<typeof Summary>> {
  // socket.io's client from its release build, and each client's buys of a pacing tick in one
  // message: about 40% less CPU an order than one `buy` each from the debug build (the crowd is
  // the load generator; what reaches the console is the same). docs/performance.md.
  const args = [
    ...['--import', 'tsx', '--import', './scripts/socket-io-release.mjs'],
    ...['src/sale-server/crowd-cli.ts', '--batch'],
    ...['--url', plan.url, '--token', plan.token, '--show', plan.show],
    ...plan.skus.flatMap((sku) => ['--sku', sku]),
    ...['--rate', String(rate), '--seconds', String(plan.seconds)],
    ...['--clients', String(plan.clients ?? 8)],
    ...(plan.viewers === undefined ? [] : ['--viewers', String(plan.viewers)]),
    ...(plan.comments === undefined
      ? []
      : ['--comments', String(plan.comments / (plan.processes ?? 1)), '--comment-seed', '14']),
  ];
  // Through nice(1), so that every thread of the process has the niceness from its start.
  const command =
    plan.niceness === undefined
      ? [process.execPath, ...args]
      : ['nice', '-n', String(plan.niceness), process.execPath, ...args];
  const child = spawn(command[0], command.slice(1), {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    // 'close', not 'exit': at 'exit' the summary line may still be in the pipe.
    child.once('close', (code) => {
      if (code !== 0) reject(new Error(`crowd exited ${code}`));
      else resolve(Summary.parse(JSON.parse(out.trim().split('\n').at(-1) ?? '{}')));
    });
  });
}

/** Runs the crowd until every process is done. */
export async function runCrowd(plan: CrowdPlan): Promise<CrowdResult> {
  const processes = plan.processes ?? 1;
  const summaries = await Promise.all(
    Array.from({ length: processes }, () => runOne(plan, plan.rate / processes)),
  );
  const sold = summaries.reduce((sum, summary) => sum + summary.sold, 0);
  const durationMs = Math.max(...summaries.map((summary) => summary.durationMs));
  const comments = summaries.reduce((sum, summary) => sum + summary.comments, 0);
  return { sold, durationMs, rate: sold / (durationMs / 1000), comments };
}
