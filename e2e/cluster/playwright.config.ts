import { randomBytes } from "node:crypto";
import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions as chromium } from "../support/chromium";
import { testPostgresUrl, withDatabase } from "../../lib/testing/postgres";

// The cluster test (`npm run test:cluster`): two app instances on one PostgreSQL database behind Debian's
// nginx, all started by scripts/cluster/up.sh on loopback ports: nginx on CLUSTER_PORT, the instances on
// the next two. Arabic only: what it checks (who answers, what each instance knows) has no language.
const port = Number(process.env.CLUSTER_PORT ?? 3550);
export const CLUSTER_PORTS = { nginx: port, instances: [port + 1, port + 2] } as const;

process.env.CLUSTER_DATABASE_URL ??= withDatabase(testPostgresUrl(), `indh_cluster_${port}`);
process.env.E2E_ACCOUNT_SECRET ??= randomBytes(24).toString("base64url"); // the test accounts (e2e/auth.ts)
process.env.CLUSTER_PORT = String(port); // for the workers

export default defineConfig({
  testDir: ".",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"]],
  timeout: 60_000,
  use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${port}`, launchOptions: chromium, locale: "ar-MA", trace: "off" },
  webServer: {
    command: `bash scripts/cluster/up.sh ${port}`,
    cwd: "../..",
    url: `http://127.0.0.1:${port}/ar`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
