import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Language, ProductFields, ShowName, TalkingPointInput } from '../../../shared/model/lineup';
import type { Db } from '../store/database';
import { readSetting, writeSetting } from '../store/settings';
import { inTransaction } from '../store/transaction';
import { insertProduct } from './product-repository';
import { insertShow } from './show-repository';
import { insertTalkingPoint } from './talking-point-repository';

export const DEMO_SHOW_FILE = 'demo-show.json';
const DEMO_SEEDED_KEY = 'demo_show_seeded';

export const DemoShow = z.object({
  name: ShowName,
  hostLanguage: Language,
  audienceLanguage: Language,
  talkingPoints: z.array(TalkingPointInput),
  products: z
    .array(ProductFields.extend({ talkingPoints: z.array(TalkingPointInput) }))
    .min(1)
    .refine((products) => new Set(products.map((p) => p.sku)).size === products.length, {
      message: 'SKUs must be unique',
    }),
});
export type DemoShow = z.infer<typeof DemoShow>;

/** Reads and validates the bundled demo show; a broken file is a packaging bug, so it throws. */
export function readDemoShow(resourcesDir: string): DemoShow {
  const file = join(resourcesDir, DEMO_SHOW_FILE);
  const parsed = DemoShow.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`The demo show ${file} is not valid: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

/**
 * Adds the demo show on the first start of a new database: only when it was never seeded and
 * holds no show. The flag is kept, so deleting the demo show does not bring it back.
 * Returns the new show's id, or null when nothing was added.
 */
export function seedDemoShow(db: Db, resourcesDir: string): number | null {
  if (readSetting(db, DEMO_SEEDED_KEY) !== undefined) return null;
  const demo = readDemoShow(resourcesDir);
  return inTransaction(db, () => {
    writeSetting(db, DEMO_SEEDED_KEY, new Date().toISOString());
    const { count } = db.prepare('SELECT COUNT(*) AS count FROM shows').get() as { count: number };
    if (count > 0) return null;
    const showId = insertShow(db, demo);
    demo.talkingPoints.forEach((point, position) =>
      insertTalkingPoint(db, showId, null, point, position),
    );
    demo.products.forEach((product, position) => {
      const productId = insertProduct(db, showId, product, position);
      product.talkingPoints.forEach((point, index) =>
        insertTalkingPoint(db, showId, productId, point, index),
      );
    });
    return showId;
  });
}
