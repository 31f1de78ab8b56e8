// `npm run data:retention`: erases now what law 09-08's retention periods say must go (see
// lib/applications/retention.ts), on the database of DATABASE_URL. The production server also does it once
// a day; this is for an operator who wants it done and counted at once. Prints what was erased.
import { getDb } from "@/lib/db";
import { eraseExpiredApplicantData, RETENTION_YEARS } from "@/lib/applications/retention";

async function main() {
  const { applications, files } = await eraseExpiredApplicantData(getDb());
  console.log(`Applications not retained for more than ${RETENTION_YEARS} years: ${applications} erased (contact details and ${files} documents).`);
  await getDb().$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
