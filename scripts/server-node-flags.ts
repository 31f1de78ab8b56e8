// The Node flags server.ts runs with, as scripts/start.sh (`npm start`) passes them: the servers the
// reliability suite and the benchmarks start must be the production one.
// --disable-proto=delete: no `obj.__proto__` accessor in the process, so a key named "__proto__" that
// reaches an object can no longer reach Object.prototype (defence in depth, finding 1).
// --max-semi-space-size=32: a young generation of up to 3 x 32 MB instead of 3 x 16 MB. A page render allocates
// a few megabytes of short-lived objects; with the default, V8 spent 12-13% of a loaded server's time in
// garbage collection. Measured 2026-12-08 on the national data (bench:national's 20 managers, views computed):
// one instance 37.6 -> 43.0 req/s, two behind nginx 55.1 -> 64.0 req/s, for about 50 MB more memory at most.
export const SERVER_NODE_FLAGS = ["--disable-proto=delete", "--max-semi-space-size=32"] as const;
