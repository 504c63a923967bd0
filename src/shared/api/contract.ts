import type { z } from 'zod';
import type { Language, ProductInput, Show, ShowSummary, TalkingPointInput } from '../model/lineup';
import type { CommandOutcome, LinkStatus, LiveRun, LiveState, LiveStateEvent } from '../model/live';
import type {
  GoLiveChecklist,
  NextSlot,
  RehearsalPresetInfo,
  RehearsalState,
  RehearsalStateEvent,
  ScenarioSummary,
} from '../model/rehearsal';
import type { ConsolesOpen } from '../model/presence';
import type { RecentEvents } from '../model/recent';
import type { UndoOffer } from '../model/undo';
import type { CueFired, HostViewOpening, OnAirState } from '../model/onair';
import type { ReviewApiEvents, ReviewApiResults } from '../model/review';
import type { AudienceApiEvents, AudienceApiResults } from '../model/audience';
import type { StorageApiEvents, StorageApiResults } from '../model/storage';
import type { apiInputs } from './api-inputs';
import type { ApiIssue } from './errors';

/*
 * The console API's contract: its methods (their input schemas are in api-inputs.ts, which only
 * the core loads), what each resolves to, and the events the core pushes. Types only, and the
 * event names: the page loads this module without zod.
 */

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
  product: ProductInput;
  talkingPoints: TalkingPointInput[];
}

export interface CsvPreview {
  rows: CsvPreviewRow[];
  issues: ApiIssue[];
}

/** What each method resolves to. */
export interface ApiResults extends ReviewApiResults, AudienceApiResults, StorageApiResults {
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
  'product.setImage': Show;
  'product.clearImage': Show;
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
  'live.recent': RecentEvents | null;
  'live.received': Record<string, never>;
  'live.command': { commandId: string };
  /** The run as ended. */
  'run.end': LiveRun;
  'rehearsal.start': RehearsalState;
  'rehearsal.pause': RehearsalState;
  'rehearsal.resume': RehearsalState;
  /** The rehearsal's run, ended. */
  'rehearsal.stop': LiveRun;
  'rehearsal.setSpeed': RehearsalState;
  'rehearsal.dropLink': RehearsalState;
  'rehearsal.nextSlot': NextSlot;
  'rehearsal.state': RehearsalState | null;
  'rehearsal.presets': RehearsalPresetInfo[];
  'rehearsal.scenarios': ScenarioSummary[];
  'live.checklist': GoLiveChecklist;
  /** The live run, opened and connecting. */
  'live.goLive': LiveRun;
  'onair.state': OnAirState | null;
  'onair.next': OnAirState;
  'onair.previous': OnAirState;
  'onair.done': OnAirState;
  'onair.goto': OnAirState;
  'onair.reorder': OnAirState;
  'onair.addPoint': OnAirState;
  'onair.setFollowPin': OnAirState;
  'cue.arm': OnAirState;
  'cue.fire': CueFired;
  'cue.clear': OnAirState;
  'cue.setAutoArm': OnAirState;
  'window.openHostView': HostViewOpening;
  'consoles.present': ConsolesOpen;
  'undo.offers': UndoOffer[];
  'undo.take': { commandId: string };
}

export type ApiMethod = keyof typeof apiInputs;
export type ApiInput<M extends ApiMethod> = z.input<(typeof apiInputs)[M]>;
export type ApiParsedInput<M extends ApiMethod> = z.output<(typeof apiInputs)[M]>;
export type ApiResult<M extends ApiMethod> = ApiResults[M];

/** Events the core pushes to every subscribed window. */
export interface ApiEvents extends ReviewApiEvents, AudienceApiEvents, StorageApiEvents {
  'lineup.changed': { showId: number };
  'shows.changed': Record<string, never>;
  /** Coalesced live updates (at most about 20 a second); see LiveStateEvent for how to apply. */
  'live.state': LiveStateEvent;
  /** Recent events logged since the last of these (a few a second at most), newest first. */
  'live.recent': RecentEvents;
  /** The link went up or down, and once a second while a run is open. */
  'link.status': LinkStatus;
  /** The server acknowledged a command (applied, duplicate or rejected with a reason). */
  'command.outcome': CommandOutcome;
  /** The rehearsal's state: a few times a second while it runs, and after each control. */
  'rehearsal.state': RehearsalStateEvent;
  /**
   * What is on air (null: no run open), whole, after each producer call and as the live values
   * change (at most about 10 a second).
   */
  'onair.state': OnAirState | null;
  /** A console opened or closed. */
  'consoles.open': ConsolesOpen;
  /** The Undo offers changed (one made, taken or expired): all of them. */
  'undo.offers': UndoOffer[];
}
export type ApiEventName = keyof ApiEvents;
export const apiEventNames = [
  'lineup.changed',
  'shows.changed',
  'live.state',
  'live.recent',
  'link.status',
  'command.outcome',
  'rehearsal.state',
  'onair.state',
  'consoles.open',
  'undo.offers',
  'runs.changed',
  'review.exportProgress',
  'audience.feed',
  'audience.state',
  'storage.state',
  'storage.restored',
] as const satisfies readonly ApiEventName[];

/**
 * The handler map the core implements: one function per method, input already validated; `page`
 * is the calling page's id (null for a call not from a page on a wire).
 */
export type ApiHandlers = {
  [M in ApiMethod]: (
    input: ApiParsedInput<M>,
    page: number | null,
  ) => ApiResult<M> | Promise<ApiResult<M>>;
};

export function isApiEventName(name: unknown): name is ApiEventName {
  return typeof name === 'string' && (apiEventNames as readonly string[]).includes(name);
}
