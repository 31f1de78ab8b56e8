// The upload route handler (app/[locale]/admin/imports/upload/route.ts) on the real database, finding 6:
// a POST from `Origin: null` (a sandboxed frame or data: page an attacker controls) is refused, and the
// redirects it answers never take their host from a request header.
import { beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("next/headers", async () => (await import("@/lib/testing/action-harness")).nextMocks);
import { NextRequest } from "next/server";
import { getDb } from "@/lib/db";
import { seedAll } from "@/prisma/seed/seed-all";
import { createTestUser } from "@/lib/testing/test-user";
import { actAs } from "@/lib/testing/action-harness";
import { COOPERATIVE_COLUMNS } from "@/lib/imports/columns";
import { csvFile } from "@/lib/imports/test-files";
import { POST } from "@/app/[locale]/admin/imports/upload/route";

let staffId: number;

beforeAll(async () => {
  const { prefectureId } = await seedAll(getDb(), { demo: true });
  staffId = (await createTestUser(getDb(), { role: "STAFF", prefectureId })).user.id;
});

function upload(headers: Record<string, string>, file = true) {
  const form = new FormData();
  form.set("kind", "cooperatives");
  const header = COOPERATIVE_COLUMNS.map((c) => c.fr);
  const row = ["UPLOAD-1", "تعاونية", "Coop", "Apiculture", "Al Manzla", "", "15/03/2020", "12", "7", "3", "", "", ""];
  if (file) form.set("file", new File([csvFile([header, row]) as BlobPart], "coops.csv"));
  const request = new NextRequest("http://localhost:3000/fr/admin/imports/upload", { method: "POST", body: form, headers: { host: "localhost:3000", ...headers } });
  return POST(request, { params: Promise.resolve({ locale: "fr" }) });
}
const batches = () => getDb().importBatch.count();

describe("the import upload route", () => {
  it("refuses Origin: null with 403 and records nothing", async () => {
    await actAs(staffId);
    const before = await batches();
    const response = await upload({ origin: "null" });
    expect(response.status).toBe(403);
    expect(await batches()).toBe(before);
  });

  it("refuses another site's origin, accepts its own", async () => {
    await actAs(staffId);
    expect((await upload({ origin: "https://evil.example" })).status).toBe(403);
    const response = await upload({ origin: "http://localhost:3000" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toMatch(/^\/fr\/admin\/imports\/\d+$/);
  });

  it("redirects to a relative address whatever X-Forwarded-Host and Host say", async () => {
    await actAs(staffId);
    const forged = { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };
    const previewed = await upload(forged);
    expect(previewed.status).toBe(303);
    expect(previewed.headers.get("location")).toMatch(/^\/fr\/admin\/imports\/\d+$/);
    const refused = await upload(forged, false);
    expect(refused.headers.get("location")).toMatch(/^\/fr\/admin\/imports\?problem=fileRequired(&|$)/);
    await actAs(null);
    expect((await upload({ ...forged, host: "evil.example" })).headers.get("location")).toBe("/fr/sign-in");
  });
});
