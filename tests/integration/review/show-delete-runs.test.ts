import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useConsoleHarness } from '../../support/console-harness';
import { databaseFile, invoke, invokeError, startCore } from '../../support/core-api';

const harness = useConsoleHarness();

describe('deleting a show with rehearsal runs', () => {
  it('names every run it would take with it and deletes only once they are named', async () => {
    const dataDir = await harness.tempDir();
    const first = startCore(dataDir);
    const show = await invoke(first, 'show.create', { name: 'Rehearsed' });
    first.close();
    const db = new Database(databaseFile(dataDir));
    const insert = db.prepare(
      "INSERT INTO runs (show_id, kind, name, started_at, ended_at) VALUES (?, 'rehearsal', ?, ?, ?)",
    );
    const ids = ['Monday try', 'Tuesday try'].map((name, index) =>
      Number(insert.run(show.id, name, 1_000 + index, 2_000 + index).lastInsertRowid),
    );
    db.close();

    const core = harness.startConsole(dataDir);
    const refused = await invokeError(core, 'show.delete', { showId: show.id });
    expect(refused.code).toBe('conflict');
    expect(refused.message).toContain('2 rehearsal run(s)');
    expect(refused.message).toContain('"Monday try", "Tuesday try"');
    expect(refused.issues).toEqual(ids.map((id) => ({ path: ['runIds'], message: String(id) })));
    const partly = await invokeError(core, 'show.delete', {
      showId: show.id,
      runIds: [ids[0] ?? 0],
    });
    expect(partly.code).toBe('conflict');
    expect(await invoke(core, 'runs.list', { showId: show.id })).toHaveLength(2);

    expect(await invoke(core, 'show.delete', { showId: show.id, runIds: ids })).toEqual({
      deleted: show.id,
    });
    expect(await invoke(core, 'runs.list', {})).toEqual([]);
  });
});
