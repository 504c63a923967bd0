/**
 * Where the browser host serves the console API (a websocket at this path) and the query
 * parameter that carries its token. Apart from the wire's schemas, so that the host can serve the
 * page before it loads zod and the core.
 */
export const WEB_API_PATH = '/api';
export const WEB_TOKEN_PARAM = 'token';
