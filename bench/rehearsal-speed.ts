/**
 * Rehearsal speed: a 2-hour show of the demo lineup with the 618 crowd at 20x, every lineup slot
 * pinned in turn, timed on the wall clock and printed as a ratio to its target (show length / 20:
 * 6 minutes for 2 hours; below 1 is faster than the target). Also prints the event-loop delay the
 * console's process saw (how responsive the UI's core stayed) and the live.state event rate.
 *
 *   npx tsx bench/rehearsal-speed.ts [--minutes 120] [--speed 20] [--seed 618]
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createCore } from '../src/main/core/create-core';
import type { Core } from '../src/main/core/core';
import type { ApiInput, ApiMethod, ApiResult } from '../src/shared/api/contract';
import type { ApiEnvelope } from '../src/shared/api/errors';
import { watchLoopDelay } from './support/loop-delay';
import { reportFigures } from './support/report';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '120' },
    speed: { type: 'string', default: '20' },
    seed: { type: 'string', default: '618' },
  },
});
const minutes = Number(values.minutes);
const speed = Number(values.speed);
const showSeconds = minutes * 60;

async function call<M extends ApiMethod>(
  core: Core,
  method: M,
  input: ApiInput<M>,
): Promise<ApiResult<M>> {
  const envelope = (await core.dispatch(method, input)) as ApiEnvelope<ApiResult<M>>;
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return envelope.value;
}

async function main(): Promise<void> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'showdesk-bench-rehearsal-'));
  const core = createCore({
    dataDir,
    transport: 'web',
    resourcesDir: path.join(ROOT, 'resources'),
  });
  try {
    const [show] = await call(core, 'show.list', {});
    let liveEvents = 0;
    core.events.listen((event) => {
      if (event === 'live.state') liveEvents += 1;
    });
    await call(core, 'rehearsal.start', {
      showId: show.id,
      preset: '618',
      seed: Number(values.seed),
      speed,
      startPaused: true,
    });
    await call(core, 'rehearsal.pause', { atSeconds: showSeconds });
    const slots = show.productCount;
    const pinAt = Array.from({ length: slots }, (_, slot) => ((slot + 0.25) * showSeconds) / slots);

    const watch = watchLoopDelay();
    const started = performance.now();
    await call(core, 'rehearsal.resume', {});
    let pinned = 0;
    let lastPrint = 0;
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const now = await call(core, 'rehearsal.state', {});
      if (now === null) throw new Error('the rehearsal ended early');
      while (pinned < slots && now.simulatedMs >= pinAt[pinned] * 1000) {
        await call(core, 'rehearsal.nextSlot', {});
        pinned += 1;
      }
      if (now.simulatedMs - lastPrint >= 600_000) {
        lastPrint = now.simulatedMs;
        console.log(
          `  show ${(now.simulatedMs / 60_000).toFixed(0)} min, wall ${((performance.now() - started) / 1000).toFixed(0)} s, ` +
            `speed ${now.effectiveSpeed}x, viewers ${now.viewers}, sold ${now.crowd.unitsSold}`,
        );
      }
      if (now.paused && now.simulatedMs >= showSeconds * 1000) break;
    }
    const wallSeconds = (performance.now() - started) / 1000;
    const delay = watch.stop();
    const final = await call(core, 'rehearsal.state', {});
    await call(core, 'rehearsal.stop', {});
    const targetSeconds = showSeconds / 20;
    console.log(
      JSON.stringify({
        bench: 'rehearsal-speed',
        showMinutes: minutes,
        speed,
        wallSeconds: Math.round(wallSeconds * 10) / 10,
        targetSeconds,
        ratioToTarget: Math.round((wallSeconds / targetSeconds) * 100) / 100,
        unitsSold: final?.crowd.unitsSold,
        ordersSent: final?.crowd.sent,
        eventLoopDelayP99Ms: delay.p99,
        eventLoopDelayMaxMs: delay.max,
        liveStateEventsPerSecond: Math.round((liveEvents / wallSeconds) * 10) / 10,
      }),
    );
    const label = `${minutes}-min 618 show at ${speed}x`;
    reportFigures('rehearsal', [
      {
        figure: `wall time, ${label}`,
        value: Math.round(wallSeconds * 10) / 10,
        unit: 's',
        limit: { value: targetSeconds, label: 'show time / 20' },
        targets: [{ on: 'ratio', op: '<=', value: 1.05 }],
      },
      {
        figure: `core event loop delay p99, ${label}`,
        value: delay.p99,
        unit: 'ms',
        targets: [{ on: 'figure', op: '<', value: 20 }],
      },
      {
        figure: `core event loop longest stall, ${label}`,
        value: delay.max,
        unit: 'ms',
        targets: [{ on: 'figure', op: '<', value: 100 }],
      },
    ]);
    console.log(
      `wall ${wallSeconds.toFixed(1)} s for a ${minutes}-minute show at ${speed}x: ` +
        `${(wallSeconds / targetSeconds).toFixed(2)} x the ${targetSeconds / 60}-minute target`,
    );
  } finally {
    core.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

await main();
