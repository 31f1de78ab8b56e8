// Next calls register() once when a server starts (not while building). Only the Node.js runtime has the
// database: the import stays behind the runtime check so no other runtime bundles it.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { scheduleRetention } = await import("@/lib/applications/retention-schedule");
    scheduleRetention();
  }
}
