import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const shared = {
  resolve: {
    alias: {
      "@": root,
      // "server-only" throws outside React Server Components; under test it is an empty module.
      "server-only": path.join(root, "lib/testing/empty-module.ts"),
    },
  },
};

export default defineConfig({
  test: {
    projects: [
      {
        ...shared,
        test: { name: "unit", environment: "node", include: ["{lib,components,prisma,scripts}/**/*.test.ts"], exclude: ["**/*.int.test.ts", "node_modules/**"] },
      },
      {
        ...shared,
        test: {
          name: "integration",
          environment: "node",
          include: ["{lib,prisma,scripts}/**/*.int.test.ts"],
          globalSetup: ["lib/testing/global-setup.ts"],
          setupFiles: ["lib/testing/fresh-database.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
