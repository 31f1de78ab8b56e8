// Reviews as the forms call them: scores on the call's grid, conflicts of interest, the average shown.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { initialFormState } from "@/lib/actions/form-state";
import { actAs } from "@/lib/testing/action-harness";
import { createApplicationFixture, formData, setUpScreening, type ScreeningSetUp } from "@/lib/screening/test-setup";
import { listApplications } from "@/lib/screening/queries";
import { declareConflictAction, saveReviewAction } from "./actions";
import { getApplicationReviews } from "./queries";

vi.mock("next/headers", async () => (await import("@/lib/testing/action-harness")).nextMocks);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next-intl/server", async () => {
  const { keyTranslator } = await import("@/lib/testing/action-harness");
  return { getTranslations: async () => keyTranslator(), getLocale: async () => "fr" };
});

let s: ScreeningSetUp;
beforeAll(async () => {
  s = await setUpScreening();
});

const scoreForm = (scores: (number | string)[], extra: Record<string, string> = {}) => ({
  version: "0", comment: "Projet utile et réaliste.",
  ...Object.fromEntries(s.call.criterionIds.flatMap((id, i) => (i < scores.length ? [[`scores.${i}.criterionId`, String(id)], [`scores.${i}.score`, String(scores[i])]] : []))),
  ...extra,
});
const score = (applicationId: number, scores: (number | string)[], extra: Record<string, string> = {}) => saveReviewAction(applicationId, initialFormState, formData(scoreForm(scores, extra)));
const conflict = (applicationId: number, note: string, version = "0") => declareConflictAction(applicationId, initialFormState, formData({ version, note }));
const eligible = async () => (await createApplicationFixture(s.call, { status: "ELIGIBLE" })).id;
const reviewOf = (applicationId: number, reviewerId: number) =>
  getDb().review.findUnique({ where: { applicationId_reviewerId: { applicationId, reviewerId } }, include: { scores: { orderBy: { criterionId: "asc" } } } });

describe("reviews", () => {
  it("scores every criterion, stores the weighted total out of 100 and audits it", async () => {
    const id = await eligible();
    await actAs(s.users.STAFF.id);
    expect((await score(id, [8, 6, 7])).status).toBe("success");
    const review = await reviewOf(id, s.users.STAFF.id);
    expect(review).toMatchObject({ totalScore: 71, hasConflict: false, comment: "Projet utile et réaliste.", version: 1 });
    expect(review?.scores.map((x) => x.score)).toEqual([8, 6, 7]);
    const entry = await getDb().auditEntry.findFirstOrThrow({ where: { entityType: "Review", entityId: String(review!.id) } });
    expect(entry.action).toBe("CREATE");
    expect(JSON.parse(entry.after!)).toMatchObject({ totalScore: 71, scores: "1: 8/10; 2: 6/10; 3: 7/10" });
  });

  it("lets its author edit it with the current version, one review per reviewer", async () => {
    const id = await eligible();
    await actAs(s.users.ADMIN.id);
    await score(id, [5, 5, 5]);
    const stale = await score(id, [9, 9, 9]);
    expect(stale.status).toBe("conflict");
    expect((await score(id, [9, 9, 9], { version: "1" })).status).toBe("success");
    expect(await getDb().review.count({ where: { applicationId: id } })).toBe(1);
    expect(await reviewOf(id, s.users.ADMIN.id)).toMatchObject({ totalScore: 90, version: 2 });
  });

  it("refuses missing, out-of-range and fractional scores next to the field, and an empty comment", async () => {
    const id = await eligible();
    await actAs(s.users.STAFF.id);
    const state = await score(id, ["", 11, "7.5"], { comment: " " });
    expect(state.fieldErrors).toEqual({ "scores.0.score": "reviews.scoreRequired", "scores.1.score": "reviews.scoreRange", "scores.2.score": "reviews.scoreRange", comment: "reviews.commentRequired" });
    expect(state.values["scores.2.score"]).toBe("7.5");
    // Arabic-Indic digits are whole numbers too.
    expect((await score(id, ["٨", "٦", "٧"])).status).toBe("success");
    expect((await reviewOf(id, s.users.STAFF.id))?.totalScore).toBe(71);
  });

  it("refuses a grid with a criterion missing or foreign", async () => {
    const id = await eligible();
    await actAs(s.users.STAFF.id);
    expect((await score(id, [8, 6])).formError).toBe("reviews.gridChanged");
    const foreign = await saveReviewAction(id, initialFormState, formData({ ...scoreForm([8, 6, 7]), "scores.2.criterionId": "999999" }));
    expect(foreign.formError).toBe("reviews.gridChanged");
    expect(await reviewOf(id, s.users.STAFF.id)).toBeNull();
  });

  it("after a declared conflict of interest, refuses the reviewer's scores with a clear message", async () => {
    const id = await eligible();
    await actAs(s.second.id);
    expect((await conflict(id, " ")).fieldErrors).toEqual({ note: "reviews.conflictNoteRequired" });
    expect((await conflict(id, "Mon frère est membre de la coopérative.")).status).toBe("success");
    const refused = await score(id, [8, 6, 7], { version: "1" });
    expect(refused.formError).toBe("reviews.conflictDeclared");
    expect(await reviewOf(id, s.second.id)).toMatchObject({ hasConflict: true, conflictNote: "Mon frère est membre de la coopérative.", totalScore: null, scores: [] });
    expect((await conflict(id, "encore", "1")).formError).toBe("reviews.conflictDeclared");
  });

  it("withdraws scores given before a conflict is declared", async () => {
    const id = await eligible();
    await actAs(s.second.id);
    await score(id, [8, 6, 7]);
    expect((await conflict(id, "Conflit découvert après coup.", "1")).status).toBe("success");
    expect(await reviewOf(id, s.second.id)).toMatchObject({ hasConflict: true, totalScore: null, scores: [] });
  });

  it("shows the average of submitted reviews, leaving out conflicts, in the detail and the list", async () => {
    const id = await eligible();
    await actAs(s.users.STAFF.id);
    await score(id, [8, 6, 7]); // 71
    await actAs(s.users.ADMIN.id);
    await score(id, [8, 8, 8]); // 80
    await actAs(s.second.id);
    await conflict(id, "Parent d'une adhérente.");
    const reviews = await getApplicationReviews(s.users.AUDITOR, id, "fr");
    expect(reviews?.average).toBe(75.5);
    expect(reviews?.reviews).toHaveLength(3);
    expect(reviews?.own).toBeNull();
    const { rows } = await listApplications(s.users.MANAGER, { q: "", page: 1, sort: "submittedAt", dir: "desc", filters: { status: "ELIGIBLE" } }, "fr");
    expect(rows.find((r) => r.id === id)?.averageScore).toBe(75.5);
  });

  it("refuses applications not eligible or on a committee agenda, MANAGER and AUDITOR, and other prefectures", async () => {
    const received = (await createApplicationFixture(s.call)).id;
    await actAs(s.users.STAFF.id);
    expect((await score(received, [8, 6, 7])).formError).toBe("reviews.notEligible");
    expect((await conflict(received, "x")).formError).toBe("reviews.notEligible");

    const onAgenda = await eligible();
    const session = await getDb().committeeSession.create({ data: { prefectureId: s.prefectureId, heldOn: new Date(), placeAr: "ع", placeFr: "P", chairAr: "ع", chairFr: "C", membersPresent: "" } });
    await getDb().committeeAgendaItem.create({ data: { sessionId: session.id, applicationId: onAgenda, rank: 1 } });
    expect((await score(onAgenda, [8, 6, 7])).formError).toBe("reviews.onAgenda");

    const id = await eligible();
    for (const role of ["MANAGER", "AUDITOR"] as const) {
      await actAs(s.users[role].id);
      expect((await score(id, [8, 6, 7])).formError).toBe("forbidden");
      expect((await conflict(id, "x")).formError).toBe("forbidden");
    }
    await actAs(s.otherStaff.id);
    expect((await score(id, [8, 6, 7])).formError).toBe("notFound");
    expect((await conflict(id, "x")).formError).toBe("notFound");
    expect(await getApplicationReviews(s.otherStaff, id, "fr")).toBeNull();
    expect(await getDb().review.count({ where: { applicationId: { in: [received, onAgenda, id] } } })).toBe(0);
  });
});
