import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/core';
import type { Show } from '../../../src/shared/model/lineup';
import { SUPPORTED_PLACEHOLDERS } from '../../../src/shared/model/placeholders';
import { dumpDatabase } from '../store/helpers';
import { useTempDirs } from '../../support/temp-dir';
import { databaseFile, invoke, invokeError, product, startCore } from '../../support/core-api';

const tempDir = useTempDirs();
let core: Core;
let dataDir: string;

afterEach(() => core.close());

async function showWithProducts(...skus: string[]): Promise<Show> {
  dataDir = tempDir();
  core = startCore(dataDir);
  let show = await invoke(core, 'show.create', { name: 'Thai fruit 618' });
  for (const sku of skus)
    show = await invoke(core, 'product.add', { showId: show.id, product: product(sku) });
  return show;
}

const skusOf = (show: Show) => show.products.map((p) => p.sku);
const positionsOf = (show: Show) => show.products.map((p) => p.position);

describe('shows', () => {
  it('creates, lists, renames and deletes a show', async () => {
    const show = await showWithProducts();
    expect(show).toMatchObject({
      name: 'Thai fruit 618',
      hostLanguage: 'en',
      audienceLanguage: 'zh-CN',
      products: [],
      talkingPoints: [],
    });
    await invoke(core, 'product.add', { showId: show.id, product: product('A') });
    expect(await invoke(core, 'show.list', {})).toMatchObject([{ id: show.id, productCount: 1 }]);

    const renamed = await invoke(core, 'show.rename', { showId: show.id, name: '  泰国水果 618 ' });
    expect(renamed.name).toBe('泰国水果 618');

    expect(await invoke(core, 'show.delete', { showId: show.id })).toEqual({ deleted: show.id });
    expect(await invoke(core, 'show.list', {})).toEqual([]);
    expect(dumpDatabase(databaseFile(dataDir))).not.toContain('Product A');
  });

  it('reports unknown ids as not_found', async () => {
    await showWithProducts();
    for (const [method, input] of [
      ['show.get', { showId: 404 }],
      ['show.rename', { showId: 404, name: 'x' }],
      ['show.delete', { showId: 404 }],
      ['product.add', { showId: 404, product: product('A') }],
      ['product.update', { productId: 404, product: product('A') }],
      ['product.remove', { productId: 404 }],
      ['talkingPoint.remove', { talkingPointId: 404 }],
      ['lineup.exportCsv', { showId: 404 }],
    ] as const) {
      expect((await invokeError(core, method, input)).code, method).toBe('not_found');
    }
  });

  it('duplicates a show deeply: new ids, same products, talking points and order', async () => {
    let show = await showWithProducts('A', 'B');
    const [a, b] = show.products;
    await invoke(core, 'talkingPoint.add', {
      showId: show.id,
      productId: b.id,
      point: { textHost: 'B one', textAudience: '乙一', plannedSeconds: 20 },
    });
    await invoke(core, 'talkingPoint.add', {
      showId: show.id,
      productId: b.id,
      point: { textHost: 'B two', textAudience: '乙二', plannedSeconds: 10 },
    });
    show = await invoke(core, 'talkingPoint.add', {
      showId: show.id,
      productId: null,
      point: { textHost: 'Welcome', textAudience: '欢迎', plannedSeconds: 30 },
    });
    show = await invoke(core, 'product.reorder', { showId: show.id, productIds: [b.id, a.id] });

    const copy = await invoke(core, 'show.duplicate', { showId: show.id, name: 'Copy' });
    expect(copy.id).not.toBe(show.id);
    expect(copy.name).toBe('Copy');
    const strip = (s: Show) => ({
      products: s.products.map(({ id: _id, showId: _showId, talkingPoints, ...rest }) => ({
        ...rest,
        talkingPoints: talkingPoints.map(({ id: _pid, productId: _p, ...point }) => point),
      })),
      talkingPoints: s.talkingPoints.map(({ id: _id, ...point }) => point),
    });
    expect(strip(copy)).toEqual(strip(show));
    expect(skusOf(copy)).toEqual(['B', 'A']);
    const originalIds = new Set(show.products.map((p) => p.id));
    expect(copy.products.every((p) => !originalIds.has(p.id) && p.showId === copy.id)).toBe(true);
    expect(copy.products[0].talkingPoints.every((t) => t.productId === copy.products[0].id)).toBe(
      true,
    );

    // The copy is independent: deleting the original leaves it whole.
    await invoke(core, 'show.delete', { showId: show.id });
    const kept = await invoke(core, 'show.get', { showId: copy.id });
    expect(kept.products[0].talkingPoints.map((t) => t.textHost)).toEqual(['B one', 'B two']);
    expect(kept.talkingPoints.map((t) => t.textHost)).toEqual(['Welcome']);
  });
});

describe('products', () => {
  it('keeps positions dense through add, reorder and remove', async () => {
    let show = await showWithProducts('A', 'B', 'C', 'D');
    expect(positionsOf(show)).toEqual([0, 1, 2, 3]);
    const ids = Object.fromEntries(show.products.map((p) => [p.sku, p.id]));

    show = await invoke(core, 'product.reorder', {
      showId: show.id,
      productIds: [ids.D, ids.B, ids.A, ids.C],
    });
    expect(skusOf(show)).toEqual(['D', 'B', 'A', 'C']);
    expect(positionsOf(show)).toEqual([0, 1, 2, 3]);

    show = await invoke(core, 'product.remove', { productId: ids.B });
    expect(skusOf(show)).toEqual(['D', 'A', 'C']);
    expect(positionsOf(show)).toEqual([0, 1, 2]);

    show = await invoke(core, 'product.add', { showId: show.id, product: product('E') });
    expect(skusOf(show)).toEqual(['D', 'A', 'C', 'E']);
    expect(positionsOf(show)).toEqual([0, 1, 2, 3]);
  });

  it('refuses a reorder that is not exactly the current products, writing nothing', async () => {
    const show = await showWithProducts('A', 'B', 'C');
    const [a, b] = show.products.map((p) => p.id);
    const before = dumpDatabase(databaseFile(dataDir));
    for (const productIds of [
      [a, b],
      [a, b, b],
      [a, b, 999, 1000],
    ]) {
      const error = await invokeError(core, 'product.reorder', { showId: show.id, productIds });
      expect(error.code).toBe('invalid_input');
      expect(error.message).toMatch(/exactly once/);
    }
    expect(dumpDatabase(databaseFile(dataDir))).toBe(before);
  });

  it('refuses a product of another show in a reorder', async () => {
    const show = await showWithProducts('A');
    const other = await invoke(core, 'show.create', { name: 'Other' });
    const withB = await invoke(core, 'product.add', { showId: other.id, product: product('B') });
    const error = await invokeError(core, 'product.reorder', {
      showId: show.id,
      productIds: [show.products[0].id, withB.products[0].id],
    });
    expect(error.code).toBe('invalid_input');
  });

  it('reports a SKU already in the show as conflict, on add and on update', async () => {
    const show = await showWithProducts('A', 'B');
    expect(
      (await invokeError(core, 'product.add', { showId: show.id, product: product('A') })).code,
    ).toBe('conflict');
    const b = show.products[1];
    expect(
      (await invokeError(core, 'product.update', { productId: b.id, product: product('A') })).code,
    ).toBe('conflict');
    // The same SKU in another show is fine, and a product may keep its own SKU.
    const other = await invoke(core, 'show.create', { name: 'Other' });
    await invoke(core, 'product.add', { showId: other.id, product: product('A') });
    const updated = await invoke(core, 'product.update', {
      productId: b.id,
      product: product('B', { priceMinor: 100 }),
    });
    expect(updated.products[1].priceMinor).toBe(100);
  });

  it('removes a product together with its talking points', async () => {
    const show = await showWithProducts('A');
    await invoke(core, 'talkingPoint.add', {
      showId: show.id,
      productId: show.products[0].id,
      point: { textHost: 'Gone soon', textAudience: '', plannedSeconds: 5 },
    });
    await invoke(core, 'product.remove', { productId: show.products[0].id });
    expect(dumpDatabase(databaseFile(dataDir))).not.toContain('Gone soon');
  });
});

describe('talking points', () => {
  it('keeps show-level and per-product groups separately dense', async () => {
    const show = await showWithProducts('A');
    const productId = show.products[0].id;
    const add = (owner: number | null, text: string) =>
      invoke(core, 'talkingPoint.add', {
        showId: show.id,
        productId: owner,
        point: { textHost: text, textAudience: '', plannedSeconds: 10 },
      });
    await add(null, 'hello');
    await add(productId, 'p1');
    await add(productId, 'p2');
    let current = await add(productId, 'p3');
    const points = current.products[0].talkingPoints;
    expect(points.map((p) => p.position)).toEqual([0, 1, 2]);
    expect(current.talkingPoints.map((p) => p.position)).toEqual([0]);

    current = await invoke(core, 'talkingPoint.reorder', {
      showId: show.id,
      productId,
      talkingPointIds: [points[2].id, points[0].id, points[1].id],
    });
    expect(current.products[0].talkingPoints.map((p) => p.textHost)).toEqual(['p3', 'p1', 'p2']);

    current = await invoke(core, 'talkingPoint.remove', { talkingPointId: points[0].id });
    expect(current.products[0].talkingPoints.map((p) => [p.textHost, p.position])).toEqual([
      ['p3', 0],
      ['p2', 1],
    ]);

    current = await invoke(core, 'talkingPoint.update', {
      talkingPointId: points[1].id,
      point: { textHost: 'p2 new', textAudience: '新', plannedSeconds: 42 },
    });
    expect(current.products[0].talkingPoints[1]).toMatchObject({
      textHost: 'p2 new',
      textAudience: '新',
      plannedSeconds: 42,
    });

    // A show-level point is not part of the product's group.
    const error = await invokeError(core, 'talkingPoint.reorder', {
      showId: show.id,
      productId,
      talkingPointIds: [points[2].id, points[1].id, current.talkingPoints[0].id],
    });
    expect(error.code).toBe('invalid_input');
  });

  it('refuses a product of another show as owner', async () => {
    const show = await showWithProducts('A');
    const other = await invoke(core, 'show.create', { name: 'Other' });
    const error = await invokeError(core, 'talkingPoint.add', {
      showId: other.id,
      productId: show.products[0].id,
      point: { textHost: 'x', textAudience: '', plannedSeconds: 1 },
    });
    expect(error.code).toBe('not_found');
  });
});

describe('talking point placeholders', () => {
  it('refuses an unknown placeholder in either text, naming it with its reason, and writes nothing', async () => {
    const show = await showWithProducts('A');
    const before = dumpDatabase(databaseFile(dataDir));
    const error = await invokeError(core, 'talkingPoint.add', {
      showId: show.id,
      productId: show.products[0].id,
      point: {
        textHost: 'Only {stock} left at {price}',
        textAudience: '{stock}',
        plannedSeconds: 5,
      },
    });
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual(
      ['textHost', 'textAudience'].map((field) => ({
        path: ['point', field],
        message: '{stock} is not a live value: use {price}, {left}, {sold}, {rate}, {forecast}',
        text: {
          code: 'unknown_placeholder',
          params: { placeholder: '{stock}', supported: SUPPORTED_PLACEHOLDERS },
        },
      })),
    );
    expect(dumpDatabase(databaseFile(dataDir))).toBe(before);
  });

  it('refuses an unknown placeholder in an edit and keeps every supported one', async () => {
    const show = await showWithProducts('A');
    const added = await invoke(core, 'talkingPoint.add', {
      showId: show.id,
      productId: null,
      point: {
        textHost: '{price} {left} {sold} {rate} {forecast}',
        textAudience: '',
        plannedSeconds: 5,
      },
    });
    const error = await invokeError(core, 'talkingPoint.update', {
      talkingPointId: added.talkingPoints[0].id,
      point: { textHost: 'Hurry, {viewers} watching', textAudience: '', plannedSeconds: 5 },
    });
    expect(error.issues.map((issue) => issue.text)).toEqual([
      {
        code: 'unknown_placeholder',
        params: { placeholder: '{viewers}', supported: SUPPORTED_PLACEHOLDERS },
      },
    ]);
  });
});

describe('input validation through dispatch', () => {
  it('answers bad input with invalid_input and field issues, and writes nothing', async () => {
    const show = await showWithProducts('A');
    const before = dumpDatabase(databaseFile(dataDir));
    const cases: [string, unknown, (string | number)[]][] = [
      ['show.create', { name: '   ' }, ['name']],
      ['show.create', { name: 'x', hostLanguage: 'fr' }, ['hostLanguage']],
      [
        'product.add',
        { showId: show.id, product: product('A', { priceMinor: 59.9 }) },
        ['product', 'priceMinor'],
      ],
      ['product.add', { showId: show.id, product: product('bad sku') }, ['product', 'sku']],
      [
        'product.add',
        { showId: show.id, product: { ...product('Z'), currency: 'RMB' } },
        ['product', 'currency'],
      ],
      ['product.add', { showId: -1, product: product('Z') }, ['showId']],
      ['product.reorder', { showId: show.id, productIds: 'all' }, ['productIds']],
      [
        'talkingPoint.add',
        {
          showId: show.id,
          productId: null,
          point: { textHost: '', textAudience: '', plannedSeconds: 1 },
        },
        ['point', 'textHost'],
      ],
      ['lineup.importCsv', { showId: show.id, csv: 'x', mode: 'merge' }, ['mode']],
    ];
    for (const [method, input, path] of cases) {
      const error = await invokeError(core, method, input);
      expect(error.code, method).toBe('invalid_input');
      expect(
        error.issues.map((issue) => issue.path),
        method,
      ).toContainEqual(path);
    }
    expect(dumpDatabase(databaseFile(dataDir))).toBe(before);
  });

  it('answers an unknown method with unknown_method', async () => {
    await showWithProducts();
    expect((await invokeError(core, 'show.explode', {})).code).toBe('unknown_method');
  });
});

describe('events', () => {
  it('announces changes after the write is committed', async () => {
    const show = await showWithProducts();
    const seen: { event: string; payload: unknown; productsInDb: number }[] = [];
    core.events.listen((event, payload) => {
      // Read through a second connection: only committed data is visible there.
      const dump = JSON.parse(dumpDatabase(databaseFile(dataDir))) as {
        tables: { name: string; rows: unknown[] }[];
      };
      const products = dump.tables.find((table) => table.name === 'products');
      seen.push({ event, payload, productsInDb: products?.rows.length ?? -1 });
    });
    await invoke(core, 'product.add', { showId: show.id, product: product('A') });
    expect(seen).toEqual([
      { event: 'lineup.changed', payload: { showId: show.id }, productsInDb: 1 },
      { event: 'shows.changed', payload: {}, productsInDb: 1 },
    ]);

    seen.length = 0;
    await invokeError(core, 'product.add', { showId: show.id, product: product('A') });
    await invoke(core, 'show.list', {});
    expect(seen).toEqual([]);

    await invoke(core, 'show.create', { name: 'Second' });
    expect(seen.map((entry) => entry.event)).toEqual(['shows.changed']);
  });
});
