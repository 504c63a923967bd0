import { describe, expect, it } from 'vitest';
import { buyBurstCountingTurns } from '../../support/intake-turns';
import { useSaleServers, startedShow } from '../../support/sale-server';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs('sale-server-intake-default-');
const startServer = useSaleServers();

describe('sale server order intake, default batch', () => {
  // Observed: at 20,000 orders/s the intake sold up to 2,000 queued orders in one transaction, all
  // stamped with its start and sent only at its commit, so the first of them waited for the whole
  // transaction (event to glass, the server's part of its first stage).
  it('sells at most 500 orders, one events batch, per transaction and turn', async () => {
    const { server } = await startedShow(startServer(tempDir()));
    const { acks, mostInOneTurn } = await buyBurstCountingTurns(server, 1500, 'COCO');
    expect(acks.filter((ack) => ack.status === 'sold')).toHaveLength(1500);
    expect(mostInOneTurn).toBeGreaterThan(0);
    expect(mostInOneTurn).toBeLessThanOrEqual(500);
  });
});
