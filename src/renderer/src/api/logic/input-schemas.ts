/**
 * The schemas of the console API's inputs that the page's forms check before they call the core
 * (the core checks every call again). Loaded with zod on a form's first check, never with the
 * first screen (../input-schemas.ts).
 */
export { ProductInput } from '../../../../shared/model/lineup';
export { ServerToken, ServerUrl } from '../../../../shared/model/live';
export { RehearsalSeed, SimulatedSeconds } from '../../../../shared/model/rehearsal';
export { ShowId } from '../../../../shared/protocol/primitives';
