// Run by e2e/form-ux.spec.ts (through tsx, on the e2e database): one organisation of Fahs-Anjra (reference
// data), a record a Tanger-Assilah user must not learn exists. Idempotent; prints its id.
import { getDb } from "@/lib/db";

async function main() {
  const db = getDb();
  const prefecture = await db.prefecture.findUniqueOrThrow({ where: { code: "FAHS-ANJRA" } });
  const organisation = await db.organisation.upsert({
    where: { prefectureId_code: { prefectureId: prefecture.id, code: "E2E-FORMUX" } },
    create: { prefectureId: prefecture.id, code: "E2E-FORMUX", kind: "ASSOCIATION", nameAr: "جمعية الفحص أنجرة", nameFr: "Association de Fahs-Anjra" },
    update: {},
  });
  process.stdout.write(String(organisation.id));
  await db.$disconnect();
}

void main();
