/**
 * The console sync harness lives in tests/support (console-core.ts and console-harness.ts). These
 * names stay here for tests/integration/onair/onair-sync.test.ts until it imports them from there.
 */
export { TEST_SHOW as SERVER_SHOW, TEST_TOKEN as TOKEN } from '../../support/sale-server';
export {
  createShow,
  liveState,
  record,
  runLog,
  startConsole,
  waitFor,
} from '../../support/console-core';
export { startServer } from '../../support/console-harness';
