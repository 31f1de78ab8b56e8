// Prototype pollution over HTTP (finding 1), part of `npm run test:reliability -- bad-input`: the production
// server (server.ts, with node --disable-proto=delete as `npm start` runs it) receives the polluting field
// names of reliability/prototype-check.ts
// - at every server action of the build, as the browser's React client sends an action (Next-Action header,
//   the arguments as multipart: "0" the argument list, "1_<name>" the form), signed in as an ADMIN made for the run
//   (every permission), each action called both unbound and bound to an id;
// - at every route handler, as query keys, and as form fields to the upload POST.
// After each payload the API must answer 200 and the server must say its prototypes are clean: the server
// of this step is started with reliability/prototype-watch.mjs (a test-only preload), which puts that in a
// header of every response. After each action's or route's last payload, two pages must answer 200 as well
// (a polluted prototype or a dead server stays so: the action that broke them is still the one named, and
// the exact payload is named by the header check; rendering the home page after every one of some 1,300
// payloads was most of this step's two minutes).
import type { ResultRow } from "./report";
import { PROTOTYPE_POLLUTING_NAMES } from "./prototype-check";
import type { ActionIds } from "./http-forms";

const WATCH_HEADER = "x-reliability-prototypes";
const CHECKED_PAGES = ["/ar", "/fr/events", "/api/v1/events"];
const CHECKED_AFTER_EACH_PAYLOAD = ["/api/v1/events"];

// Route handlers that read query keys (GET), with real-looking parameters; the polluting keys are added.
const ROUTE_HANDLERS = [
  "/fr/admin/cooperatives/export?format=csv",
  "/fr/admin/dashboard/export?format=csv",
  "/fr/admin/events/export?format=csv",
  "/fr/admin/grants/export?format=csv",
  "/fr/admin/imports/1/progress",
  "/fr/admin/imports/template?kind=cooperatives",
  "/ar/events/no-such-event/calendar.ics",
  "/api/v1/no-such-path",
  "/api/v1/events/no-such-event",
  "/api/v1/events?page=1",
  "/api/v1/figures?fromYear=2019",
  "/api/v1/open-data/360giving/grants.csv",
  "/api/v1/open-data/360giving/grants.json",
];

export type PollutionOptions = { baseUrl: string; cookie: string; actionIds: ActionIds };

const pollutingQuery = (name: string) => `${encodeURIComponent(name)}=polluted`;

/** The server's own word on its prototypes, and the status of the API (and after the last payload of a target, of the pages too). */
async function afterPayload(options: PollutionOptions, { last }: { last: boolean }): Promise<string[]> {
  const problems: string[] = [];
  for (const path of last ? CHECKED_PAGES : CHECKED_AFTER_EACH_PAYLOAD) {
    try {
      const response = await fetch(`${options.baseUrl}${path}`, { signal: AbortSignal.timeout(15_000) });
      await response.arrayBuffer();
      if (response.status !== 200) problems.push(`${path} answered ${response.status}`);
      const watch = response.headers.get(WATCH_HEADER);
      if (watch !== "clean") problems.push(`server prototypes: ${watch ?? "no watch header (is reliability/prototype-watch.mjs loaded?)"}`);
    } catch (error) {
      problems.push(`${path} did not answer: ${(error as Error).message}`);
    }
  }
  return [...new Set(problems)];
}

async function callAction(options: PollutionOptions, id: string, bound: boolean, name: string): Promise<number> {
  const body = new FormData();
  body.append("0", JSON.stringify([...(bound ? [1] : []), { status: "idle" }, "$K1"]));
  body.append("1_reason", "x");
  body.append(`1_${name}`, "polluted");
  const response = await fetch(`${options.baseUrl}/fr/admin`, {
    method: "POST",
    body,
    headers: { cookie: options.cookie, origin: options.baseUrl, "next-action": id, accept: "text/x-component" },
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
  });
  await response.arrayBuffer();
  return response.status;
}

export async function runPollutionOverHttp(options: PollutionOptions): Promise<{ rows: ResultRow[]; failures: string[] }> {
  const failures: string[] = [];
  const actions = Object.entries(options.actionIds);
  let actionPayloads = 0;
  let actionFailures = 0;
  const lastName = PROTOTYPE_POLLUTING_NAMES.at(-1);
  for (const [exportedName, id] of actions) {
    for (const name of PROTOTYPE_POLLUTING_NAMES) {
      for (const bound of [false, true]) {
        actionPayloads++;
        const status = await callAction(options, id, bound, name).catch((error: unknown) => `no answer: ${(error as Error).message}`);
        const last = bound && name === lastName;
        const problems = [...(typeof status === "string" || status >= 500 ? [`the action answered ${status}`] : []), ...(await afterPayload(options, { last }))];
        if (problems.length > 0) {
          actionFailures++;
          failures.push(`action ${exportedName} ${bound ? "bound" : "unbound"} [${name}]: ${problems.join("; ")}`);
        }
      }
    }
  }
  let routePayloads = 0;
  let routeFailures = 0;
  for (const route of ROUTE_HANDLERS) {
    for (const name of PROTOTYPE_POLLUTING_NAMES) {
      routePayloads++;
      const url = `${options.baseUrl}${route}${route.includes("?") ? "&" : "?"}${pollutingQuery(name)}`;
      const status = await fetch(url, { headers: { cookie: options.cookie }, redirect: "manual", signal: AbortSignal.timeout(30_000) })
        .then(async (r) => (await r.arrayBuffer(), r.status))
        .catch((error: unknown) => `no answer: ${(error as Error).message}`);
      const problems = [...(typeof status === "string" || status >= 500 ? [`answered ${status}`] : []), ...(await afterPayload(options, { last: name === lastName }))];
      if (problems.length > 0) {
        routeFailures++;
        failures.push(`GET ${route} [${name}]: ${problems.join("; ")}`);
      }
    }
  }
  for (const name of PROTOTYPE_POLLUTING_NAMES) {
    routePayloads++;
    const form = new FormData();
    form.append("kind", "cooperatives");
    form.append(name, "polluted");
    form.append("file", new File(["a;b\n1;2\n"], "x.csv"));
    const status = await fetch(`${options.baseUrl}/fr/admin/imports/upload`, { method: "POST", body: form, headers: { cookie: options.cookie, origin: options.baseUrl }, redirect: "manual" })
      .then(async (r) => (await r.arrayBuffer(), r.status))
      .catch((error: unknown) => `no answer: ${(error as Error).message}`);
    const problems = [...(typeof status === "string" || status >= 500 ? [`answered ${status}`] : []), ...(await afterPayload(options, { last: name === lastName }))];
    if (problems.length > 0) {
      routeFailures++;
      failures.push(`POST upload [${name}]: ${problems.join("; ")}`);
    }
  }
  const rows: ResultRow[] = [
    { part: "bad input", target: `prototype names over HTTP: ${actions.length} actions`, counts: { payloads: actionPayloads, "pages or prototypes broken": actionFailures }, ok: actionFailures === 0 },
    { part: "bad input", target: `prototype names over HTTP: ${ROUTE_HANDLERS.length + 1} route handlers`, counts: { payloads: routePayloads, "pages or prototypes broken": routeFailures }, ok: routeFailures === 0 },
  ];
  return { rows, failures };
}
