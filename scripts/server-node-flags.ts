// The Node flags server.ts runs with, as scripts/start.sh (`npm start`) passes them: the servers the
// reliability suite and the benchmarks start must be the production one.
// --disable-proto=delete: no `obj.__proto__` accessor in the process, so a key named "__proto__" that
// reaches an object can no longer reach Object.prototype (defence in depth, finding 1).
export const SERVER_NODE_FLAGS = ["--disable-proto=delete"] as const;
