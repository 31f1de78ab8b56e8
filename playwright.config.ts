import { randomBytes } from "node:crypto";
import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions as chromium } from "./e2e/support/chromium";
import type { AppOptions } from "./e2e/fixtures";
import { testPostgresUrl, withDatabase } from "./lib/testing/postgres";

const port = Number(process.env.E2E_PORT ?? 3100);

// The database of the server under test, fresh for each run (scripts/e2e-server.sh): a SQLite file, or with
// E2E_DATABASE=postgres a database, both named after the port (on the server of TEST_POSTGRES_URL), so that two
// runs on two ports (E2E_PORT) never share rows. The specs that
// prepare data through Prisma read the same variable (workers inherit it).
process.env.E2E_DATABASE_URL ??=
  process.env.E2E_DATABASE === "postgres" ? withDatabase(testPostgresUrl(), `indh_e2e_${port}`) : `file:./.tmp/e2e-${port}.db`;

// The test accounts' passwords derive from this (e2e/auth.ts): random for each run, drawn once in the main
// process and inherited by the workers and the server script, which load this file again.
process.env.E2E_ACCOUNT_SECRET ??= randomBytes(24).toString("base64url");

export default defineConfig<AppOptions>({
  testDir: "e2e",
  // The cluster test has its own servers and configuration (e2e/cluster/playwright.config.ts).
  testIgnore: "cluster/**",
  // Playwright empties its output folder when it starts: one per port, so a run beside it keeps its files.
  outputDir: `test-results/${port}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromium,
    trace: "off",
  },
  projects: [
    { name: "ar", use: { ...devices["Desktop Chrome"], launchOptions: chromium, locale: "ar-MA", appLocale: "ar" } },
    { name: "fr", use: { ...devices["Desktop Chrome"], launchOptions: chromium, locale: "fr-MA", appLocale: "fr" } },
  ],
  webServer: {
    // A fresh database, migrated and seeded, served by the production build.
    command: `bash scripts/e2e-server.sh ${port}`,
    url: `http://127.0.0.1:${port}/ar`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
