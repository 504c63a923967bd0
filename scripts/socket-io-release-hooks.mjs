// Module hooks of scripts/socket-io-release.mjs: resolves socket.io's client packages without
// the `node` and `development` conditions, that is to their release build.
const RELEASE_BUILDS = new Set(['socket.io-client', 'engine.io-client', 'socket.io-parser']);

export function resolve(specifier, context, nextResolve) {
  if (!RELEASE_BUILDS.has(specifier)) return nextResolve(specifier, context);
  const conditions = context.conditions.filter(
    (condition) => condition !== 'node' && condition !== 'development',
  );
  return nextResolve(specifier, { ...context, conditions });
}
