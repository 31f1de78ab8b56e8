// Bad input, public API: the route handlers of app/api/v1 called directly with generated hostile query
// strings, slugs and headers. Every request carries at least one invalid parameter (or names an event that
// must not be served: unknown, a draft), so each must be answered 400 or 404 with a JSON error message;
// never 5xx, never 200. The API only reads: no record may change (the rate limiter counts requests). Half
// the requests also carry a prototype-polluting parameter name, and after each the prototypes of this
// process, where the handlers run, must be untouched (finding 1).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { resetApiRateLimiter } from "@/lib/api/rate-limit";
import { GET as listEvents } from "@/app/api/v1/events/route";
import { GET as getEvent } from "@/app/api/v1/events/[slug]/route";
import { GET as getFigures } from "@/app/api/v1/figures/route";
import { createRng, seedOf, type Rng } from "./prng";
import { buildWorld } from "./bad-input-world";
import { FILLERS, HUGE } from "./hostile-values";
import { diffFingerprints, fingerprintOf, totalChanged } from "./db-fingerprint";
import { PROTOTYPE_POLLUTING_NAMES, pollutedPrototypes, restorePrototypes } from "./prototype-check";
import { formatTable, recordProblems, recordResults, type ResultRow } from "./report";

// Broken UTF-8 travels as raw percent escapes (%C3%28, %FF): encodeURIComponent refuses lone surrogates.
const BROKEN_ESCAPES = ["%C3%28", "%FF%FE", "%E2%82", "%ED%A0%80"];
const escape = (text: string) => (BROKEN_ESCAPES.includes(text) ? text : encodeURIComponent(text.toWellFormed()));
const PER_ENDPOINT = Number(process.env.RELIABILITY_API_REQUESTS ?? 80);
const NUMBER_POISONS = [...BROKEN_ESCAPES, "0", "-1", "1e3", "0x10", "1.5", "9223372036854775808", "1e309", "NaN", "<script>", "1 OR 1=1", "١", "12,34", "9999999999"];
const LANG_POISONS = [...BROKEN_ESCAPES, "en", "AR", "<script>alert(1)</script>", "ar'; --", "fr\u0000", HUGE.slice(0, 2000)];
// The rate limiter's counters: with its database store (the default on PostgreSQL) every request is counted
// there by design, refused or not; they are not records a payload could change.
const NOT_RECORDS = ["ApiRateWindow"];
let draftSlug = "";
const rows: ResultRow[] = [];
const problems: string[] = [];

beforeAll(async () => {
  const world = await buildWorld(getDb());
  draftSlug = world.spare.event.slug;
  // The limiter would answer 429 long before the payloads run out; it has its own test (api-http.int.test.ts).
  process.env.API_RATE_LIMIT = "1000000";
  resetApiRateLimiter();
}, 120_000);

afterAll(() => {
  delete process.env.API_RATE_LIMIT;
  resetApiRateLimiter();
  recordResults("bad-input-api.json", rows);
  recordProblems("bad-input-api.problems.txt", problems.slice(0, 5).map((p) => `bad input, API: ${p}`));
  console.log(`\nBad input, public API:\n${formatTable(rows)}`);
});

const encode = (params: [string, string][]) => params.map(([k, v]) => `${escape(k)}=${escape(v)}`).join("&");

/** Valid values for some parameters, then one or two poisoned ones (placed first, as the API reads the first value). */
function query(rng: Rng, valid: Record<string, string>, poisons: Record<string, string[]>): string {
  const params: [string, string][] = [];
  for (const name of rng.sample(Object.keys(poisons), rng.chance(0.3) ? 2 : 1)) params.push([name, rng.pick(poisons[name]!)]);
  for (const [name, value] of Object.entries(valid)) if (rng.chance(0.5)) params.push([name, value]);
  if (rng.chance(0.3)) params.push([rng.pick(FILLERS), rng.pick(FILLERS)]); // unknown parameters are ignored
  if (rng.chance(0.5)) params.splice(rng.int(0, params.length), 0, [rng.pick(PROTOTYPE_POLLUTING_NAMES), "polluted"]);
  return encode(params);
}

function hostileHeaders(rng: Rng): Record<string, string> {
  const headers: Record<string, string> = { "x-forwarded-for": `198.51.100.${rng.int(1, 254)}` };
  if (rng.chance(0.2)) headers["if-none-match"] = rng.pick(['"*"', "W/", '"x", *', "<script>"]);
  if (rng.chance(0.1)) headers["x-forwarded-for"] = rng.pick(["", "<script>", "1.1.1.1, ".repeat(500)]);
  return headers;
}

type Target = { name: string; request: (rng: Rng) => Promise<Response> };

const TARGETS: Target[] = [
  {
    name: "GET /api/v1/events",
    request: (rng) =>
      listEvents(new Request(`http://localhost/api/v1/events?${query(rng, { page: "1", pageSize: "20", lang: "fr" }, { page: NUMBER_POISONS, pageSize: [...NUMBER_POISONS, "101"], lang: LANG_POISONS })}`, { headers: hostileHeaders(rng) }), undefined),
  },
  {
    name: "GET /api/v1/figures",
    request: (rng) => {
      const years = [...NUMBER_POISONS, "1899", "2201", "20250"];
      const poisons = { fromYear: years, toYear: years, zone: ["urban", "RURAL'; --", "<script>", "NONE", "URBAN\u0000"], phaseId: NUMBER_POISONS, lang: LANG_POISONS };
      // fromYear after toYear is a poison of its own.
      const q = rng.chance(0.15) ? encode([["fromYear", "2025"], ["toYear", "2019"]]) : query(rng, { fromYear: "2019", toYear: "2025", zone: "URBAN", phaseId: "3", lang: "ar" }, poisons);
      return getFigures(new Request(`http://localhost/api/v1/figures?${q}`, { headers: hostileHeaders(rng) }), undefined);
    },
  },
  {
    name: "GET /api/v1/events/<slug>",
    request: (rng) => {
      const slug = rng.pick([draftSlug, "../../etc/passwd", "<script>alert(1)</script>", `x' OR '1'='1`, "%00", "\u202Eevent", HUGE.slice(0, 5000), "", "événement", "a/b", "UNION SELECT"]);
      const q = rng.chance(0.3) ? `?lang=${escape(rng.pick(LANG_POISONS))}` : "";
      return getEvent(new Request(`http://localhost/api/v1/events/${escape(slug)}${q}`, { headers: hostileHeaders(rng) }), { params: Promise.resolve({ slug }) });
    },
  },
];

describe("the public API answers hostile requests with a 4xx message", () => {
  for (const target of TARGETS) {
    it(target.name, async () => {
      const before = await fingerprintOf(undefined, NOT_RECORDS);
      const rng = createRng(seedOf(target.name));
      const failures: string[] = [];
      let refused = 0;
      for (let i = 0; i < PER_ENDPOINT; i++) {
        let response: Response;
        try {
          response = await target.request(rng);
        } catch (error) {
          failures.push(`#${i} threw ${(error as Error).message.slice(0, 200)}`);
          continue;
        }
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        if ((response.status === 400 || response.status === 404) && body?.error?.message) refused++;
        else failures.push(`#${i} status ${response.status} ${JSON.stringify(body).slice(0, 120)}`);
        const polluted = pollutedPrototypes();
        if (polluted.length > 0) {
          failures.push(`#${i} polluted ${polluted.join(", ")}`);
          restorePrototypes();
        }
      }
      const changes = diffFingerprints(before, await fingerprintOf(undefined, NOT_RECORDS));
      problems.push(...failures.map((f) => `${target.name} ${f}`));
      rows.push({ part: "bad input", target: target.name, counts: { payloads: PER_ENDPOINT, refused, errors: failures.length, "rows changed": totalChanged(changes) }, ok: failures.length === 0 && totalChanged(changes) === 0 });
      expect({ failures: failures.slice(0, 10), changes }).toEqual({ failures: [], changes: {} });
    }, 120_000);
  }
});
