import { appendFile, appendFileSync } from 'node:fs';

/**
 * The stages of a server event in the core on its way to the page: its batch received and
 * validated (keyed by the batch's last seq), journaled and committed (the last seq committed),
 * and the `live.state` message that carries it published (its revision).
 */
export type CoreStage = 'receive' | 'commit' | 'publish';

/** Where the core notes when each stage happened (bench/event-to-glass reads them). */
export interface StageStamps {
  stamp(stage: CoreStage, key: number): void;
  /** Writes what is still held. */
  close(): void;
}

/** No stamps (the default). */
export const NO_STAGE_STAMPS: StageStamps = {
  stamp: () => undefined,
  close: () => undefined,
};

/** The environment variable naming the file the browser host writes its stage stamps to. */
export const STAGE_STAMPS_ENV = 'SHOWDESK_STAGE_STAMPS';

/** How often held stamps are appended to the file. */
const WRITE_EVERY_MS = 100;

/**
 * Stamps appended to `file` as lines of `stage key at` (at: Date.now()), held in memory and
 * written every WRITE_EVERY_MS without blocking the event loop, so that stamping costs a string
 * concatenation.
 */
export function stageStampsToFile(file: string): StageStamps {
  let held = '';
  const write = (): void => {
    if (held === '') return;
    const text = held;
    held = '';
    appendFile(file, text, () => undefined);
  };
  const timer = setInterval(write, WRITE_EVERY_MS);
  timer.unref();
  return {
    stamp: (stage, key) => {
      held += `${stage} ${key} ${Date.now()}\n`;
    },
    close: () => {
      clearInterval(timer);
      if (held !== '') appendFileSync(file, held);
      held = '';
    },
  };
}
