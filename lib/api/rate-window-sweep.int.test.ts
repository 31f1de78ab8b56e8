// The API's windows (60 s) and the application form's ("apply#" keys, an hour) share ApiRateWindow: a new
// API client sweeps the API's ended windows only, never the form's running ones.
import { expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { countApiRequest } from "@/lib/api/mutations";

it("a new API address sweeps only the API's ended windows", async () => {
  const db = getDb();
  const now = new Date();
  const tenMinutesAgo = new Date(now.getTime() - 10 * 60_000);
  await db.apiRateWindow.createMany({ data: [{ key: "203.0.113.1", windowStart: tenMinutesAgo, count: 5 }, { key: "apply#203.0.113.1", windowStart: tenMinutesAgo, count: 5 }] });
  await countApiRequest("203.0.113.2", now, 60_000);
  expect((await db.apiRateWindow.findMany({ orderBy: { key: "asc" } })).map((w) => w.key)).toEqual(["203.0.113.2", "apply#203.0.113.1"]);
  // The form's own sweep leaves the API's rows alone, and drops its windows older than its hour.
  await db.apiRateWindow.create({ data: { key: "apply#203.0.113.3", windowStart: new Date(now.getTime() - 2 * 3600_000), count: 1 } });
  await countApiRequest("apply#203.0.113.4", now, 3600_000);
  expect((await db.apiRateWindow.findMany({ orderBy: { key: "asc" } })).map((w) => w.key)).toEqual(["203.0.113.2", "apply#203.0.113.1", "apply#203.0.113.4"]);
});
