// The two public files as a visitor downloads them: no session, only public grants, download headers.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { seedAll } from "@/prisma/seed/seed-all";
import { GET as getJson } from "@/app/api/v1/open-data/360giving/grants.json/route";
import { GET as getCsv } from "@/app/api/v1/open-data/360giving/grants.csv/route";

// connection() only marks the handler as request-time; outside Next there is no request to wait for.
vi.mock("next/server", () => ({ connection: async () => {} }));

let publicIds: number[];
beforeAll(async () => {
  await seedAll(getDb(), { demo: true });
  publicIds = (await getDb().grant.findMany({ select: { id: true }, orderBy: { id: "asc" }, take: 3 })).map((g) => g.id);
  await getDb().grant.updateMany({ where: { id: { in: publicIds } }, data: { isPublic: true } });
});

describe("GET /api/v1/open-data/360giving/grants.json and grants.csv", () => {
  it("serves the public grants as a 360Giving JSON package, cacheable, as a download", async () => {
    const response = await getJson();
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=300");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="indh-360giving-grants-\d{4}-\d{2}-\d{2}\.json"$/);
    const body = (await response.json()) as { version: string; grants: { id: string; currency: string }[] };
    expect(body.version).toBe("1.4");
    expect(body.grants.map((g) => g.id)).toEqual(publicIds.map((id) => `360G-INDH-TANGER-ASSILAH-${id}`));
  });

  it("serves the same grants as CSV: a header and one line each", async () => {
    const response = await getCsv();
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=300");
    expect(response.headers.get("Content-Disposition")).toMatch(/filename="indh-360giving-grants-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = (await response.text()).replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines[0]!.startsWith("Identifier,Title,Description,Currency,Amount Awarded,Award Date")).toBe(true);
    expect(lines).toHaveLength(publicIds.length + 1);
  });
});
