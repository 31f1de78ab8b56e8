import fs from "node:fs";

// The browser the end-to-end tests drive: Debian's Chromium, never one Playwright downloads (this closed network
// cannot). Its headless shell (Debian's chromium-headless-shell, the same Blink and V8 without the desktop
// browser around them) is preferred where installed: on a 2-core machine it ran the same specs in about 30%
// less time (dashboard, public pages and workspace pages: 80 s against 107 s), because every test's page,
// hydration and axe scan share those cores with the server under test. CHROMIUM_PATH overrides both.
const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";
const FULL_BROWSER = "/usr/bin/chromium";

export const chromiumPath = process.env.CHROMIUM_PATH ?? (fs.existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : FULL_BROWSER);

/** Launch options for Playwright: the flags keep the browser from calling out of this closed network. */
export const chromiumLaunchOptions = {
  executablePath: chromiumPath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
};
