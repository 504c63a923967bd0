/**
 * Reconnect after an outage: a console follows a live show through a TCP relay; the relay
 * refuses every connection for each outage's length (the network is down: each attempt of the
 * link is refused), then lets connections through again. Figures, per outage: from the moment
 * the network is back to the link's next attempt reaching the relay (target: 250 ms, the limit
 * the ratio is taken to) and to the link reporting connected again (resumed from its seq). The
 * sale server runs in a child process of its own; the console core and the relay in this one.
 *
 *   npx tsx bench/reconnect.ts [--outages 5,5,5,60,180]   (seconds each)
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { TcpRelay } from '../src/main/core/net/tcp-relay';
import type { LinkStatus } from '../src/shared/model/live';
import { liveState, waitFor } from '../tests/support/console-core';
import type { BenchFigure } from './support/bench-table';
import { stopChild } from './support/child';
import { followShow, serveSaleServer, spawnSaleServer } from './support/following-console';
import { reportFigures } from './support/report';

const SELF = fileURLToPath(import.meta.url);
const LIMIT_MS = 250;

const { values } = parseArgs({
  options: {
    child: { type: 'string' },
    outages: { type: 'string', default: '5,5,5,60,180' },
  },
});
const outages = values.outages.split(',').map(Number);

/** The time the link next reports `state`, on the core's own event. */
function nextLinkState(
  core: Awaited<ReturnType<typeof followShow>>['core'],
  state: LinkStatus['state'],
): Promise<number> {
  return new Promise((resolve) => {
    const stop = core.events.listen((name, payload) => {
      if (name !== 'link.status' || (payload as LinkStatus).state !== state) return;
      stop();
      resolve(performance.now());
    });
  });
}

async function main(): Promise<void> {
  if (values.child === 'server') return serveSaleServer({});
  const server = await spawnSaleServer(SELF, ['--child', 'server']);
  const relay = await TcpRelay.start(Number(new URL(server.url).port));
  const following = await followShow(relay.url, [{ sku: 'A', stock: 1000 }]);
  const { core } = following;
  const figures: BenchFigure[] = [];
  try {
    await waitFor(async () => (await liveState(core)).link.state === 'connected', 'the link');
    for (const [index, seconds] of outages.entries()) {
      const down = nextLinkState(core, 'reconnecting');
      relay.block();
      await down;
      await sleep(seconds * 1000);
      const attempt = relay.nextRelayed().then(() => performance.now());
      const connected = nextLinkState(core, 'connected');
      const back = performance.now();
      relay.unblock();
      const attemptMs = (await attempt) - back;
      const connectedMs = (await connected) - back;
      console.log(
        `outage ${index + 1} (${seconds} s): attempt ${attemptMs.toFixed(1)} ms, connected ${connectedMs.toFixed(1)} ms after the network came back`,
      );
      figures.push(
        {
          figure: `first attempt after the network is back, outage ${index + 1} of ${seconds} s`,
          value: Math.round(attemptMs),
          unit: 'ms',
          limit: { value: LIMIT_MS, label: 'the recovery target' },
          targets: [{ on: 'ratio', op: '<=', value: 1 }],
        },
        {
          figure: `link connected again, outage ${index + 1} of ${seconds} s`,
          value: Math.round(connectedMs),
          unit: 'ms',
        },
      );
    }
    reportFigures('reconnect', figures);
  } finally {
    await following.close();
    await relay.close();
    await stopChild(server.child);
  }
}

await main();
