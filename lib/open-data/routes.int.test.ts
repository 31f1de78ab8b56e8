// The two public files as a visitor downloads them: no session, only public grants, download headers; and
// while nothing is published, an explanation instead of an invalid (empty) 360Giving package.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { seedAll } from "@/prisma/seed/seed-all";
import { GET as getJson } from "@/app/api/v1/open-data/360giving/grants.json/route";
import { GET as getCsv } from "@/app/api/v1/open-data/360giving/grants.csv/route";
import { loadPackageValidator } from "./test-schemas";

// connection() only marks the handler as request-time; outside Next there is no request to wait for.
vi.mock("next/server", () => ({ connection: async () => {} }));

let publicIds: number[];
const validator = loadPackageValidator();

beforeAll(async () => {
  await seedAll(getDb(), { demo: true });
  publicIds = (await getDb().grant.findMany({ select: { id: true }, orderBy: { id: "asc" }, take: 3 })).map((g) => g.id);
});

const publishOnly = async (ids: number[], isDemo: boolean) => {
  await getDb().grant.updateMany({ data: { isPublic: false } });
  await getDb().grant.updateMany({ where: { id: { in: ids } }, data: { isPublic: true, isDemo } });
};

describe("GET /api/v1/open-data/360giving/grants.json and grants.csv while nothing is published", () => {
  it("answers 404 with a bilingual explanation, never an empty package, when no grant is public", async () => {
    await publishOnly([], false);
    const response = await getJson();
    expect(response.status).toBe(404);
    expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const body = (await response.json()) as Record<string, unknown> & { message: { ar: string; fr: string } };
    expect(body).not.toHaveProperty("grants");
    expect(body.error).toBe("nothingPublished");
    expect(body.message.fr).toMatch(/Aucun projet n'est encore publié/);
    expect(body.message.ar).toMatch(/لم يُنشر أي مشروع بعد/);

    const csv = await getCsv();
    expect(csv.status).toBe(404);
    expect(csv.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    expect(await csv.text()).toMatch(/Aucun projet n'est encore publié/);
  });

  it("counts a demonstration grant flagged public as nothing published", async () => {
    await publishOnly(publicIds, true);
    expect((await getJson()).status).toBe(404);
    expect((await getCsv()).status).toBe(404);
  });
});

describe("GET /api/v1/open-data/360giving/grants.json and grants.csv", () => {
  it("serves the public grants as a 360Giving JSON package, cacheable, as a download", async () => {
    await publishOnly(publicIds, false);
    const response = await getJson();
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=300");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="indh-360giving-grants-\d{4}-\d{2}-\d{2}\.json"$/);
    const body = (await response.json()) as { version: string; grants: { id: string; currency: string }[] };
    expect(body.version).toBe("1.4");
    expect(body.grants.map((g) => g.id)).toEqual(publicIds.map((id) => `360G-INDH-TANGER-ASSILAH-${id}`));
    if (validator) expect(validator(body)).toEqual([]);
  });

  it("leaves a demonstration grant out of a package that has real ones", async () => {
    await publishOnly(publicIds, false);
    await getDb().grant.update({ where: { id: publicIds[0]! }, data: { isDemo: true } });
    const body = (await (await getJson()).json()) as { grants: { id: string }[] };
    expect(body.grants.map((g) => g.id)).toEqual(publicIds.slice(1).map((id) => `360G-INDH-TANGER-ASSILAH-${id}`));
  });

  it("serves the same grants as CSV: a header and one line each", async () => {
    await publishOnly(publicIds, false);
    const response = await getCsv();
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=300");
    expect(response.headers.get("Content-Disposition")).toMatch(/filename="indh-360giving-grants-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = (await response.text()).replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines[0]!.startsWith("Identifier,Title,Description,Currency,Amount Awarded,Award Date")).toBe(true);
    expect(lines).toHaveLength(publicIds.length + 1);
  });
});
