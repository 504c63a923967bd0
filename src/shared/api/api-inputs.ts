import { z } from 'zod';
import { Language, ProductInput, ShowName, TalkingPointInput } from '../model/lineup';
import { LiveCommand, PendingChoice, ServerToken, ServerUrl } from '../model/live';
import {
  RehearsalPreset,
  RehearsalSeed,
  RehearsalSpeed,
  SimulatedSeconds,
} from '../model/rehearsal';
import { IMAGE_MIME_TYPES, MAX_IMAGE_BYTES } from '../model/media';
import { CueInput } from '../model/onair';
import { ShowId as ServerShowId } from '../protocol/primitives';
import { reviewInputs } from '../model/review';
import { audienceInputs } from '../model/audience';
import { storageInputs } from '../model/storage';

const Id = z.number().int().positive();

/**
 * The console API: every method the renderer may call, with the schema its input must pass.
 * The core validates each call against this map before any handler runs, on both transports.
 * The names and types are in contract.ts, which the page loads without zod.
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
  /**
   * Deletes the show with its lineup and its rehearsal runs (a show with live runs is refused).
   * `runIds` must name every run it takes with it (see `runs.list`), else `conflict` naming them.
   */
  'show.delete': z.object({ showId: Id, runIds: z.array(Id).max(100_000).optional() }),

  'product.add': z.object({ showId: Id, product: ProductInput }),
  'product.update': z.object({ productId: Id, product: ProductInput }),
  'product.remove': z.object({ productId: Id }),
  'product.reorder': z.object({ showId: Id, productIds: z.array(Id) }),
  /**
   * Stores a picture for the product (its bytes must be the declared type, at most 5 MB) under
   * the data folder, named by its SHA-256, and sets the product's imagePath to
   * 'images/<sha256>.<ext>'. `invalid_input` for a wrong type or size.
   */
  'product.setImage': z.object({
    productId: Id,
    fileName: z.string().max(255),
    mimeType: z.enum(IMAGE_MIME_TYPES),
    dataBase64: z.base64().max(Math.ceil(MAX_IMAGE_BYTES / 3) * 4 + 4),
  }),
  /** The product shows no picture (the stored file stays: others may share it). */
  'product.clearImage': z.object({ productId: Id }),

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
   * Connects the show's open live run to its sale server again (with this token, which may be
   * new); the lineup is loaded onto the server while its show is still planned. Resolves at once
   * with the run; follow the connection with `link.status` / `live.state`. It never opens a run:
   * a live run opens only through `live.goLive` (its checklist must pass). Fails with `conflict`
   * when no run is open (`go_live_first`) or while another run (or this show's run on another
   * server) is open.
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
   * The open run's recent events from its run log (the last 500, newest first), or null when no
   * run is open; the `live.recent` event brings the ones logged after.
   */
  'live.recent': z.object({}),
  /**
   * The page received the `live.state` event that brings the state to this revision (it draws it
   * in its next animation frame): the core sends the next delta as soon as something changes
   * instead of waiting out its frame.
   */
  'live.received': z.object({ revision: z.number().int().min(0) }),
  /**
   * Sends a command to the sale server. Resolves with its id as soon as it is committed to the
   * outbox (not when the server acknowledges it: watch `command.outcome`). `conflict` when no
   * run is open.
   */
  'live.command': z.object({ command: LiveCommand }),
  /**
   * Ends the open run (disconnects; the run and its log stay for review). With commands still
   * waiting for the server, `pending` must say what becomes of them (else `conflict`, issue path
   * ['pending'] with their count): 'send' waits up to 10 s for the server's answers (`conflict`
   * if some are still unanswered: the run stays open), 'drop' settles them unsent. The choice is
   * logged (run log `pending_at_end`).
   */
  'run.end': z.object({ pending: PendingChoice.optional() }),

  /**
   * Starts a rehearsal of the show: a sale server inside the app on loopback (its own ledger under
   * the data folder), a run of kind 'rehearsal' connected to it through the normal link, outbox
   * and inbox, the lineup loaded and the show started with ordinary commands, and a simulated
   * crowd buying through the server. Resolves once the crowd runs (or waits, `startPaused`), with
   * the rehearsal's state. `seed` (default: random) makes the crowd repeatable; `speed` 1..20
   * (default 1); `scenarioRunId`: replay that past run's demand instead of the preset's model.
   * `startShow` false leaves the show planned (the producer starts it with live.command).
   * Fails with `conflict` while a run (live or rehearsal) is open, `invalid_input` for a lineup
   * that cannot be loaded or a scenario run without orders.
   */
  'rehearsal.start': z.object({
    showId: Id,
    preset: RehearsalPreset,
    seed: RehearsalSeed.optional(),
    speed: RehearsalSpeed.optional(),
    scenarioRunId: Id.optional(),
    startPaused: z.boolean().optional(),
    startShow: z.boolean().optional(),
  }),
  /**
   * Pauses the crowd and show time. Without `atSeconds`: now (resolves once the console has
   * every event so far). With `atSeconds`: plans a pause when show time reaches it (at once if
   * it has passed); resolves at once.
   */
  'rehearsal.pause': z.object({ atSeconds: SimulatedSeconds.optional() }),
  'rehearsal.resume': z.object({}),
  /** Ends the rehearsal: crowd stopped, show ended through the command path, run ended. */
  'rehearsal.stop': z.object({}),
  /** Simulated seconds per wall second (the crowd's clock; see RehearsalState.effectiveSpeed). */
  'rehearsal.setSpeed': z.object({ speed: RehearsalSpeed }),
  /**
   * Cuts the console's link to the rehearsal server for `seconds` of show time (the crowd keeps
   * buying; the link stays cut while paused, since show time stands still).
   */
  'rehearsal.dropLink': z.object({ seconds: SimulatedSeconds }),
  /** Pins the lineup slot after the current one with an ordinary pin command. */
  'rehearsal.nextSlot': z.object({}),
  /** The running rehearsal's state, or null. */
  'rehearsal.state': z.object({}),
  /** The crowd presets and their figures. */
  'rehearsal.presets': z.object({}),
  /** Ended runs with orders whose demand a rehearsal can replay (of one show, or all). */
  'rehearsal.scenarios': z.object({ showId: Id.optional() }),
  /**
   * Checks a live sale server before going live: reachable, token valid, show found, lineup SKUs
   * and stock equal to the server's snapshot. Opens one connection to it and closes it.
   */
  'live.checklist': z.object({
    showId: Id,
    serverUrl: ServerUrl,
    token: ServerToken,
    serverShowId: ServerShowId,
  }),
  /**
   * Goes live: `confirmation` must be the show's name as typed by the producer (else
   * `invalid_input`), no rehearsal may run, and the checklist must pass (else `conflict` with
   * one issue per failed item, path ['checklist', id]); then a run of kind 'live' opens.
   */
  'live.goLive': z.object({
    showId: Id,
    serverUrl: ServerUrl,
    token: ServerToken,
    serverShowId: ServerShowId,
    confirmation: z.string().max(200),
  }),

  /** What is on air in the open run (talking points filled with live values), or null. */
  'onair.state': z.object({}),
  /** The current talking point moves to the next one not done (no change at the end). */
  'onair.next': z.object({}),
  /** The current talking point moves back one, done or not. */
  'onair.previous': z.object({}),
  /** Marks the current point done and moves to the next one not done. */
  'onair.done': z.object({}),
  'onair.goto': z.object({ talkingPointId: Id }),
  /**
   * Reorders the run's queue: the points named take the places they held between them, in the
   * order given (the whole queue, or one product's points).
   */
  'onair.reorder': z.object({ talkingPointIds: z.array(Id).min(1).max(10_000) }),
  /** Adds a point to the show's lineup and to the queue right after the current point. */
  'onair.addPoint': z.object({ productId: Id.nullable(), point: TalkingPointInput }),
  /** When on, pinning a product makes its first point not done the current one. */
  'onair.setFollowPin': z.object({ on: z.boolean() }),
  /** Arms the next step (replacing an armed one); nothing is sent until `cue.fire`. */
  'cue.arm': z.object({ cue: CueInput }),
  /** Sends the armed cue's commands through the outbox (pin, then flash sale) and clears it. */
  'cue.fire': z.object({}),
  'cue.clear': z.object({}),
  /** When on, the pinned product selling out arms a cue for the next lineup slot in stock. */
  'cue.setAutoArm': z.object({ on: z.boolean() }),
  /** Opens the host view: a window of its own in Electron; in a browser the page opens a tab. */
  'window.openHostView': z.object({}),
  /**
   * This page is a console (`present`, not a host view) or no longer one; answers how many
   * consoles are attached to the core (a page stops counting when its link closes too).
   */
  'consoles.present': z.object({ present: z.boolean() }),
  /** What any console can take back now (an unpin, for 8 s), oldest first. */
  'undo.offers': z.object({}),
  /** Takes an offer back (pins the product again); `conflict` once it is taken or expired. */
  'undo.take': z.object({ id: Id }),
  ...reviewInputs,
  ...audienceInputs,
  ...storageInputs,
} satisfies Record<string, z.ZodType>;

export function isApiMethod(name: unknown): name is keyof typeof apiInputs {
  return typeof name === 'string' && Object.hasOwn(apiInputs, name);
}
