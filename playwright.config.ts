import { defineConfig, devices } from "@playwright/test";
import type { AppOptions } from "./e2e/fixtures";

const port = Number(process.env.E2E_PORT ?? 3100);

// Debian's Chromium (never a downloaded browser); the flags keep it from calling out of this closed network.
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
};

export default defineConfig<AppOptions>({
  testDir: "e2e",
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
    // A fresh database file, migrated and seeded, served by the production build.
    command: `bash scripts/e2e-server.sh ${port}`,
    url: `http://127.0.0.1:${port}/ar`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
