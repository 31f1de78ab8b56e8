// The bad-input part of `npm run test:reliability` (see scripts/reliability.ts): the integration setup (one
// migrated template, a fresh SQLite copy per test file), on reliability/**/*.rel.test.ts only, so that
// `npm run test:integration` never picks these slower, generated tests up.
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // "server-only" throws outside React Server Components; under test it is an empty module.
      "server-only": path.join(root, "lib/testing/empty-module.ts"),
    },
  },
  test: {
    name: "reliability",
    environment: "node",
    include: ["reliability/**/*.rel.test.ts"],
    globalSetup: ["lib/testing/global-setup.ts"],
    setupFiles: ["lib/testing/fresh-database.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
