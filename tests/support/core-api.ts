import { join } from 'node:path';
import type { ApiInput, ApiMethod, ApiResult } from '../../src/shared/api/contract';
import { ApiError, type ApiEnvelope } from '../../src/shared/api/errors';
import type { ProductInput } from '../../src/shared/model/lineup';
import type { LiveRun } from '../../src/shared/model/live';
import { createCore, DATABASE_FILE } from '../../src/main/core/create-core';
import type { Core, CoreOptions } from '../../src/main/core/core';
import { goLiveThrough } from './go-live';

export const RESOURCES_DIR = join(import.meta.dirname, '../../resources');

export function startCore(dataDir: string, options: Partial<CoreOptions> = {}): Core {
  return createCore({
    dataDir,
    transport: 'web',
    resourcesDir: RESOURCES_DIR,
    seedDemo: false,
    ...options,
  });
}

export function databaseFile(dataDir: string): string {
  return join(dataDir, DATABASE_FILE);
}

/** Calls the API through dispatch; returns the value or throws the ApiError it reported. */
export async function invoke<M extends ApiMethod>(
  core: Core,
  method: M,
  input: ApiInput<M>,
): Promise<ApiResult<M>> {
  const envelope = (await core.dispatch(method, input)) as ApiEnvelope<ApiResult<M>>;
  if (envelope.ok) return envelope.value;
  throw ApiError.fromBody(envelope.error);
}

/** The error a call reports; fails the test if the call succeeds. */
export async function invokeError(core: Core, method: string, input: unknown): Promise<ApiError> {
  const envelope = await core.dispatch(method, input);
  if (envelope.ok) throw new Error(`${method} succeeded but an error was expected`);
  return ApiError.fromBody(envelope.error);
}

/** A valid product; its low-stock alert stays within its opening stock, as the lineup requires. */
export function product(sku: string, overrides: Partial<ProductInput> = {}): ProductInput {
  const openingStock = overrides.openingStock ?? 100;
  return {
    sku,
    nameHost: `Product ${sku}`,
    nameAudience: `商品 ${sku}`,
    priceMinor: 5990,
    currency: 'CNY',
    openingStock,
    lowStockThreshold: Math.min(10, openingStock),
    imagePath: null,
    ...overrides,
  };
}

/** Opens a live run on `core` as the producer does, through the go-live checklist. */
export function goLive(core: Core, target: ApiInput<'link.connect'>): Promise<LiveRun> {
  return goLiveThrough((method, input) => invoke(core, method, input), target);
}
