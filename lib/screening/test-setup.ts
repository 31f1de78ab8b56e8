// Set-up shared by the screening and review integration tests: the reference data, a user of each role in
// the call's prefecture, a staff member of another prefecture, and a call with one application.
import { getDb } from "@/lib/db";
import type { Role } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/types";
import { seedReference } from "@/prisma/seed/reference";
import { createApplicationFixture, createCallFixture, type CallFixture } from "@/lib/funding/test-fixtures";

export type ScreeningSetUp = { prefectureId: number; users: Record<Role, SessionUser>; second: SessionUser; national: SessionUser; otherStaff: SessionUser; call: CallFixture };

async function user(email: string, role: Role, prefectureId: number, isNational = false): Promise<SessionUser> {
  const row = await getDb().user.create({ data: { email, name: email.split("@")[0]!, role, prefectureId, isNational, passwordHash: "x" } });
  return { id: row.id, email, name: row.name, role, isNational, prefectureId };
}

export async function setUpScreening(): Promise<ScreeningSetUp> {
  const db = getDb();
  const { prefectureId } = await seedReference(db);
  const elsewhere = await db.prefecture.create({ data: { code: "ELSEWHERE", nameAr: "أخرى", nameFr: "Ailleurs", regionId: (await db.region.findFirstOrThrow()).id } });
  await db.commune.create({ data: { prefectureId: elsewhere.id, code: "ELSEWHERE-C", nameAr: "س", nameFr: "X", legalStatus: "RURAL_COMMUNE", setting: "RURAL" } });
  return {
    prefectureId,
    users: {
      ADMIN: await user("admin@screening.test", "ADMIN", prefectureId),
      STAFF: await user("staff@screening.test", "STAFF", prefectureId),
      MANAGER: await user("manager@screening.test", "MANAGER", prefectureId),
      AUDITOR: await user("auditor@screening.test", "AUDITOR", prefectureId),
    },
    second: await user("second@screening.test", "STAFF", prefectureId),
    national: await user("national@screening.test", "STAFF", elsewhere.id, true),
    otherStaff: await user("staff@elsewhere.test", "STAFF", elsewhere.id),
    call: await createCallFixture(prefectureId),
  };
}

export { createApplicationFixture, createCallFixture };

/** FormData as the browser sends it. */
export function formData(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

/** The screening form with every document ticked valid. */
export function screeningForm(call: CallFixture, values: Record<string, string>): Record<string, string> {
  return {
    version: "1",
    ...Object.fromEntries(call.documentIds.flatMap((id, i) => [[`checks.${i}.documentId`, String(id)], [`checks.${i}.valid`, "on"], [`checks.${i}.note`, ""]])),
    ...values,
  };
}
