import path from "node:path";

/**
 * Absolute, because Next imports the handler by path at run time; from the working directory, which is the
 * project's folder for the build, `npm start` (scripts/start.sh) and every script and test that starts a server.
 */
export const CACHE_HANDLER_PATH = path.resolve("lib/cluster/cache-handler.cjs");
