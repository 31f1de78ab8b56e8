// Loaded ONLY into the server the reliability suite starts for its prototype-pollution step
// (`node --import ./reliability/prototype-watch.mjs ... server.ts`, scripts/reliability.ts); never part of
// the app, its build or `npm start`. Every response of that server then says in a header whether a shared
// prototype of the server process has been written to since its first response: "clean", or what changed.
// Object.prototype is watched whole (nothing legitimate adds to it); the other prototypes for the payloads'
// own key only, since code loaded later may add polyfills to them.
import http from "node:http";

const HEADER = "x-reliability-prototypes";
const PAYLOAD_KEY = "polluted";
let baseline = null;

const snapshot = () => new Map(Reflect.ownKeys(Object.prototype).map((key) => [key, Object.getOwnPropertyDescriptor(Object.prototype, key)?.value]));

function changes() {
  const found = [];
  if ({}[PAYLOAD_KEY] !== undefined) found.push(`({}).${PAYLOAD_KEY} defined`);
  for (const key of Reflect.ownKeys(Object.prototype)) {
    if (!baseline.has(key)) found.push(`Object.prototype.${String(key)} added`);
    else if (Object.getOwnPropertyDescriptor(Object.prototype, key)?.value !== baseline.get(key)) found.push(`Object.prototype.${String(key)} replaced`);
  }
  for (const [name, proto] of [["Array", Array.prototype], ["Function", Function.prototype], ["String", String.prototype]]) {
    if (Object.hasOwn(proto, PAYLOAD_KEY)) found.push(`${name}.prototype.${PAYLOAD_KEY} added`);
  }
  return found;
}

const writeHead = http.ServerResponse.prototype.writeHead;
http.ServerResponse.prototype.writeHead = function watchedWriteHead(...args) {
  baseline ??= snapshot();
  if (!this.headersSent) this.setHeader(HEADER, changes().join(", ").slice(0, 2000) || "clean");
  return writeHead.apply(this, args);
};
