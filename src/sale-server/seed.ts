import fs from 'node:fs';
import { z } from 'zod';
import { LineupProducts, describeIssues, parseWith, type LineupProduct } from '../shared/protocol';

const SeedFile = z.union([LineupProducts, z.object({ products: LineupProducts })]);

/** Reads a lineup file: an array of products, or `{ "products": [...] }` (upsertLineup's shape). */
export function readSeedFile(file: string): LineupProduct[] {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `cannot read lineup ${file}: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
      },
    );
  }
  const parsed = parseWith(SeedFile, raw);
  if (!parsed.ok) throw new Error(`invalid lineup ${file}: ${describeIssues(parsed.issues)}`);
  return Array.isArray(parsed.value) ? parsed.value : parsed.value.products;
}
