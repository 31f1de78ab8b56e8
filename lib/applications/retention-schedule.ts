import "server-only";
import { getDb } from "@/lib/db";
import { eraseExpiredApplicantData } from "@/lib/applications/retention";

const DAY_MS = 24 * 3600 * 1000;
/** The first run waits a minute: a server starting answers its first visitors before it erases anything. */
const FIRST_RUN_DELAY_MS = 60_000;

/**
 * Erases what the retention periods say must go, a minute after the server starts and then once a day
 * (instrumentation.ts). Several instances may all do it: each application is erased once, in one
 * transaction that checks again that it is due. RETENTION_SCHEDULE=off leaves it to `npm run data:retention`.
 */
export function scheduleRetention(): void {
  if (process.env.RETENTION_SCHEDULE === "off") return;
  const run = () =>
    eraseExpiredApplicantData(getDb())
      .then(({ applications, files }) => {
        if (applications > 0) console.log(`Retention (law 09-08): ${applications} applications not retained erased, with ${files} documents.`);
      })
      .catch((error: unknown) => console.error("Retention (law 09-08) failed; it runs again in a day:", error));
  setTimeout(run, FIRST_RUN_DELAY_MS).unref();
  setInterval(run, DAY_MS).unref();
}
