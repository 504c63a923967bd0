import { z } from 'zod';
import {
  Language,
  ProductInput,
  ShowName,
  TalkingPointInput,
  type Show,
  type ShowSummary,
} from '../model/lineup';
import {
  LiveCommand,
  ServerToken,
  ServerUrl,
  type CommandOutcome,
  type LinkStatus,
  type LiveRun,
  type LiveState,
  type LiveStateEvent,
} from '../model/live';
import { ShowId as ServerShowId } from '../protocol/primitives';
import type { ApiIssue } from './errors';

const Id = z.number().int().positive();

/**
 * The console API: every method the renderer may call, with the schema its input must pass.
 * The core validates each call against this map before any handler runs, on both transports.
 */
export const apiInputs = {
  'app.info': z.object({}),
  'settings.setLanguage': z.object({ language: Language }),

  'show.list': z.object({}),
  'show.get': z.object({ showId: Id }),
  'show.create': z.object({
    name: ShowName,
    hostLanguage: Language.default('en'),
    audienceLanguage: Language.default('zh-CN'),
  }),
  'show.rename': z.object({ showId: Id, name: ShowName }),
  'show.duplicate': z.object({ showId: Id, name: ShowName }),
  'show.delete': z.object({ showId: Id }),

  'product.add': z.object({ showId: Id, product: ProductInput }),
  'product.update': z.object({ productId: Id, product: ProductInput }),
  'product.remove': z.object({ productId: Id }),
  'product.reorder': z.object({ showId: Id, productIds: z.array(Id) }),

  'talkingPoint.add': z.object({ showId: Id, productId: Id.nullable(), point: TalkingPointInput }),
  'talkingPoint.update': z.object({ talkingPointId: Id, point: TalkingPointInput }),
  'talkingPoint.remove': z.object({ talkingPointId: Id }),
  'talkingPoint.reorder': z.object({
    showId: Id,
    productId: Id.nullable(),
    talkingPointIds: z.array(Id),
  }),

  'lineup.previewCsv': z.object({ csv: z.string().max(5_000_000) }),
  'lineup.importCsv': z.object({
    showId: Id,
    csv: z.string().max(5_000_000),
    mode: z.enum(['replace', 'append']),
  }),
  'lineup.exportCsv': z.object({ showId: Id }),

  /**
   * Opens a live run of the show against a sale server (or resumes the show's open run) and
   * connects; the lineup is loaded onto the server while its show is still planned. Resolves
   * at once with the run; follow the connection with `link.status` / `live.state`. Fails with
   * `conflict` while another run (or this show's run on another server) is open.
   */
  'link.connect': z.object({
    showId: Id,
    serverUrl: ServerUrl,
    token: ServerToken,
    serverShowId: ServerShowId,
  }),
  /** Stops the link of the open run (the run stays open; commands wait in the outbox). */
  'link.disconnect': z.object({}),
  /** The open run's whole live state, or null when no run is open. */
  'live.state': z.object({}),
  /**
   * Sends a command to the sale server. Resolves with its id as soon as it is committed to the
   * outbox (not when the server acknowledges it: watch `command.outcome`). `conflict` when no
   * run is open.
   */
  'live.command': z.object({ command: LiveCommand }),
  /** Ends the open run (disconnects; the run and its log stay for review). */
  'run.end': z.object({}),
} satisfies Record<string, z.ZodType>;

export interface AppInfo {
  version: string;
  dataDir: string;
  language: Language;
  /** Which transport carries the API: the Electron bridge or the browser host's websocket. */
  transport: 'electron' | 'web';
}

export interface CsvPreviewRow {
  /** 1-based line in the file, counting the header as row 1. */
  row: number;
  product: z.infer<typeof ProductInput>;
  talkingPoints: z.infer<typeof TalkingPointInput>[];
}

export interface CsvPreview {
  rows: CsvPreviewRow[];
  issues: ApiIssue[];
}

/** What each method resolves to. */
export interface ApiResults {
  'app.info': AppInfo;
  'settings.setLanguage': AppInfo;
  'show.list': ShowSummary[];
  'show.get': Show;
  'show.create': Show;
  'show.rename': Show;
  'show.duplicate': Show;
  'show.delete': { deleted: number };
  'product.add': Show;
  'product.update': Show;
  'product.remove': Show;
  'product.reorder': Show;
  'talkingPoint.add': Show;
  'talkingPoint.update': Show;
  'talkingPoint.remove': Show;
  'talkingPoint.reorder': Show;
  'lineup.previewCsv': CsvPreview;
  'lineup.importCsv': Show;
  'lineup.exportCsv': { fileName: string; csv: string };
  'link.connect': LiveRun;
  /** The link status after stopping, or null when no run is open. */
  'link.disconnect': LinkStatus | null;
  'live.state': LiveState | null;
  'live.command': { commandId: string };
  /** The run as ended. */
  'run.end': LiveRun;
}

export type ApiMethod = keyof typeof apiInputs;
export type ApiInput<M extends ApiMethod> = z.input<(typeof apiInputs)[M]>;
export type ApiParsedInput<M extends ApiMethod> = z.output<(typeof apiInputs)[M]>;
export type ApiResult<M extends ApiMethod> = ApiResults[M];

/** Events the core pushes to every subscribed window. */
export interface ApiEvents {
  'lineup.changed': { showId: number };
  'shows.changed': Record<string, never>;
  /** Coalesced live updates (at most about 20 a second); see LiveStateEvent for how to apply. */
  'live.state': LiveStateEvent;
  /** The link went up or down, and once a second while a run is open. */
  'link.status': LinkStatus;
  /** The server acknowledged a command (applied, duplicate or rejected with a reason). */
  'command.outcome': CommandOutcome;
}
export type ApiEventName = keyof ApiEvents;
export const apiEventNames = [
  'lineup.changed',
  'shows.changed',
  'live.state',
  'link.status',
  'command.outcome',
] as const satisfies readonly ApiEventName[];

/** The handler map the core implements: one function per method, input already validated. */
export type ApiHandlers = {
  [M in ApiMethod]: (input: ApiParsedInput<M>) => ApiResult<M> | Promise<ApiResult<M>>;
};

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.hasOwn(apiInputs, name);
}

export function isApiEventName(name: unknown): name is ApiEventName {
  return typeof name === 'string' && (apiEventNames as readonly string[]).includes(name);
}
