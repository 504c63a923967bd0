// Loads socket.io's client packages from their release build in a Node process run from source
// (`node --import ./scripts/socket-io-release.mjs`, as the crowd runs): under Node's `node`
// import condition they export their debug build, which traces every packet through `debug`.
// The built core bundles the release build (electron.vite.config.ts).
import { register } from 'node:module';

register('./socket-io-release-hooks.mjs', import.meta.url);
