// Prisma 6.19 CLI configuration. The JavaScript engine with a driver adapter keeps the CLI fully offline
// (Prisma's Rust engines cannot be downloaded on these machines; see ../shared/STACK.md).
import path from "node:path";
import { defineConfig } from "prisma/config";
import { createCliAdapter } from "./prisma/cli-adapter";
import { DEFAULT_DATABASE_URL } from "./lib/database-url";

process.env.DATABASE_URL ??= DEFAULT_DATABASE_URL;

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    return createCliAdapter(process.env.DATABASE_URL!);
  },
});
