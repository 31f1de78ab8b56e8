// The public results' figures are kept a minute per process (public-results.ts): visitors share one
// computation, and an edit that revalidates the public pages forgets them at once.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { seedAll } from "@/prisma/seed/seed-all";
import { getPublicResults } from "@/lib/dashboards/public-results";
import { forgetCachedPages } from "@/lib/page-cache/forget";

beforeAll(async () => {
  await seedAll(getDb(), { demo: true });
});

describe("public results kept between edits", () => {
  it("shares one computation per filter set until the public pages are forgotten", async () => {
    const first = getPublicResults("ar", {});
    expect(getPublicResults("ar", {})).toBe(first);
    expect(getPublicResults("fr", {})).not.toBe(first);
    expect(getPublicResults("ar", { zone: "RURAL" })).not.toBe(first);
    const before = await first;
    forgetCachedPages(); // what every public revalidation does (lib/page-cache/revalidate.ts), on every instance
    const again = getPublicResults("ar", {});
    expect(again).not.toBe(first);
    expect((await again).headline.grants).toBe(before.headline.grants);
  });
});
