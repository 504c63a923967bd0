import { describe, expect, it } from 'vitest';
import { readConsoleDb, waitFor } from '../../support/console-core';
import { useConsoleHarness } from '../../support/console-harness';
import { goLive, invoke } from '../../support/core-api';

const harness = useConsoleHarness();
const products = [
  { sku: 'A', stock: 100 },
  { sku: 'B', stock: 50 },
];

describe('console: the audience addition', () => {
  it('takes comments, sends a question to the host, and hides and mutes once at the server', async () => {
    const session = await harness.openSession({ products, until: 'live' });
    const { core, dataDir, runId } = session;
    await waitFor(
      async () => (await invoke(core, 'audience.state', {}))?.available === true,
      'audience',
      60_000,
    );
    // A second of comments whatever the load (a count of orders could end before many were
    // written), then every one of them at the console before any is picked.
    const crowd = await session.crowd({
      skus: ['A'],
      rate: 20,
      seconds: 1,
      comments: { perSecond: 200, seed: 3, products: [{ sku: 'A', name: 'durian' }] },
    });
    expect(crowd.comments).toBeGreaterThanOrEqual(20);
    await waitFor(
      async () => (await invoke(core, 'audience.state', {}))?.counts.received === crowd.comments,
      'every comment at the console',
      60_000,
    );

    const recent = await invoke(core, 'audience.recent', {});
    const question = recent.find((c) => c.question && !c.blocked);
    const other = recent.find((c) => c.viewerId !== question?.viewerId && !c.question);
    if (!question || !other) throw new Error('the crowd wrote no question or no chatter');
    const state = await invoke(core, 'audience.sendToHost', { commentId: question.id });
    expect(state.hostQuestion?.comment).toMatchObject({ id: question.id, text: question.text });

    await invoke(core, 'audience.moderate', {
      moderation: { action: 'hide', commentId: other.id },
    });
    await invoke(core, 'audience.moderate', {
      moderation: { action: 'mute', viewerId: other.viewerId },
    });
    await waitFor(
      async () => {
        const audience = await invoke(core, 'audience.state', {});
        return (
          (audience?.muted.includes(other.viewerId) && audience.hidden.includes(other.id)) ?? false
        );
      },
      'the moderation from the server',
      60_000,
    );
    const server = session.inspect().audience;
    expect(server.hidden).toEqual([other.id]);
    expect(server.muted).toEqual([other.viewerId]);

    const stored = readConsoleDb(dataDir, (db) => ({
      acted: db
        .prepare("SELECT comment_id FROM audience_comments WHERE run_id = ? AND kept = 'acted'")
        .all(runId),
      outbox: db
        .prepare(
          "SELECT status FROM outbox WHERE run_id = ? AND kind IN ('hideComment', 'muteViewer')",
        )
        .all(runId),
      minutes: db
        .prepare('SELECT SUM(comments) AS n FROM audience_minutes WHERE run_id = ?')
        .get(runId),
    }));
    expect(stored.acted).toEqual(
      expect.arrayContaining([{ comment_id: question.id }, { comment_id: other.id }]),
    );
    expect(stored.outbox).toHaveLength(2);
    expect((stored.minutes as { n: number }).n).toBeGreaterThanOrEqual(20);
  }, 120_000);

  it('stores the server’s refused-attempt totals', async () => {
    const session = await harness.openSession({
      products: [{ sku: 'A', stock: 10 }],
      until: 'live',
    });
    const summary = await session.crowd({ skus: ['A'], rate: Infinity, orders: 40, clients: 1 });
    expect(summary.refused.sold_out).toBe(30);
    await waitFor(
      () =>
        readConsoleDb(
          session.dataDir,
          (db) =>
            db
              .prepare(
                "SELECT MAX(attempts) AS n FROM audience_demand WHERE run_id = ? AND reason = 'sold_out'",
              )
              .get(session.runId) as { n: number | null },
        ).n === 30,
      'the demand totals',
      60_000,
    );
  }, 120_000);

  it('counts a run’s unmet demand from its own start, not the server’s total for the show', async () => {
    const session = await harness.openSession({
      products: [{ sku: 'A', stock: 10 }],
      until: 'live',
    });
    const { core } = session;
    const unmetOf = async (runId: number) =>
      (await invoke(core, 'review.results', { runId })).products.find((p) => p.sku === 'A')?.unmet;
    const totalStored = (runId: number) =>
      readConsoleDb(
        session.dataDir,
        (db) =>
          db
            .prepare(
              "SELECT MAX(attempts) AS n FROM audience_demand WHERE run_id = ? AND reason = 'sold_out'",
            )
            .get(runId) as { n: number | null },
      ).n;
    const before = await session.crowd({ skus: ['A'], rate: Infinity, orders: 40, clients: 1 });
    expect(before.refused.sold_out).toBe(30);
    await waitFor(() => totalStored(session.runId) === 30, 'the first run’s totals', 60_000);
    await invoke(core, 'run.end', {});

    const second = await goLive(core, session.target);
    expect(second.id).not.toBe(session.runId);
    // The server's first totals on the new connection still hold the first run's refusals.
    await waitFor(() => totalStored(second.id) === 30, 'the second run’s first totals', 60_000);
    const during = await session.crowd({ skus: ['A'], rate: Infinity, orders: 5, clients: 1 });
    expect(during.refused.sold_out).toBe(5);
    await waitFor(() => totalStored(second.id) === 35, 'the server’s new totals', 60_000);

    expect(await unmetOf(second.id)).toEqual({ attempts: 5, units: 5 });
    expect(await unmetOf(session.runId)).toEqual({ attempts: 30, units: 30 });
    const timeline = await invoke(core, 'review.timeline', { runId: second.id });
    expect(timeline.unmet.buckets.reduce((sum, b) => sum + (b.bySku['A'] ?? 0), 0)).toBe(5);
  }, 120_000);

  it('reviews unmet demand, comments per minute, top questions and what went to the host', async () => {
    const session = await harness.openSession({
      products: [{ sku: 'A', stock: 10 }],
      until: 'live',
    });
    const { core, runId } = session;
    const summary = await session.crowd({
      skus: ['A'],
      rate: 20,
      seconds: 2,
      clients: 1,
      comments: { perSecond: 300, seed: 5, products: [{ sku: 'A', name: 'durian' }] },
    });
    await waitFor(
      async () => (await invoke(core, 'audience.state', {}))?.counts.received === summary.comments,
      'every comment at the console',
      60_000,
    );
    const question = (await invoke(core, 'audience.recent', {})).find(
      (c) => c.question && !c.blocked,
    );
    if (!question) throw new Error('the crowd asked no question');
    await invoke(core, 'audience.sendToHost', { commentId: question.id });
    await invoke(core, 'audience.hostDone', {});
    const server = () => session.inspect().demand.find((p) => p.sku === 'A');
    const refused = summary.refused.sold_out;
    expect(server()?.sold_out.attempts).toBe(refused);
    await waitFor(
      async () => {
        const results = await invoke(core, 'review.results', { runId });
        return results.products.find((p) => p.sku === 'A')?.unmet.attempts === refused;
      },
      'the unmet demand in the results',
      60_000,
    );

    const results = await invoke(core, 'review.results', { runId });
    const unmet = results.products.find((p) => p.sku === 'A')?.unmet;
    expect(unmet).toEqual({
      attempts: server()?.sold_out.attempts,
      units: server()?.sold_out.units,
    });
    const timeline = await invoke(core, 'review.timeline', { runId });
    const perBucket = timeline.unmet.buckets.reduce((sum, b) => sum + (b.bySku['A'] ?? 0), 0);
    expect(perBucket).toBe(unmet?.units);
    expect(timeline.comments.reduce((sum, m) => sum + m.comments, 0)).toBe(summary.comments);

    const audience = await invoke(core, 'review.audience', { runId });
    expect(audience.totals.comments).toBe(summary.comments);
    expect(audience.hostSends).toEqual([
      expect.objectContaining({ text: question.text, name: question.name }),
    ]);
    expect(audience.hostSends[0].until).toBeGreaterThanOrEqual(audience.hostSends[0].at);
    const aboutA = audience.topQuestions.find((group) => group.sku === 'A');
    expect(aboutA?.questions.length).toBeGreaterThan(0);
    const counts = aboutA?.questions.map((q) => q.count) ?? [];
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  }, 120_000);

  it('works against a server without the addition (features: [])', async () => {
    const session = await harness.openSession({ products, until: 'live', serverFeatures: [] });
    const state = await invoke(session.core, 'audience.state', {});
    expect(state).toMatchObject({ available: false, counts: { received: 0 } });
    await session.command({ type: 'pin', sku: 'A' });
    await session.caughtUp();
  }, 120_000);
});
