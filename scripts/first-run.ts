// Run by `npm start` after migrations and the seed, before the server starts (and by `npm run setup:token`).
// Says in the console what a first start must know: while no active administrator exists, a one-time setup
// token for /setup (also written to a file readable only by this user); demonstration data or accounts
// still present, and how to remove them. Run with the react-server condition so server-only modules load.
import { chmodSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { getDb } from "@/lib/db";
import { issueSetupToken } from "@/lib/setup/mutations";
import { publicBaseUrl } from "@/lib/public-base-url";

const tokenFile = process.env.SETUP_TOKEN_FILE || "data/setup-token";
const rule = "=".repeat(72);

function isLocal(url: string): boolean {
  try {
    return ["localhost", "127.0.0.1", "[::1]"].includes(new URL(url).hostname);
  } catch {
    return true;
  }
}

function writeTokenFile(token: string) {
  mkdirSync(dirname(tokenFile), { recursive: true });
  writeFileSync(tokenFile, `${token}\n`, { mode: 0o600 });
  chmodSync(tokenFile, 0o600); // an existing file keeps its mode otherwise
}

async function main() {
  const db = getDb();
  const base = publicBaseUrl();
  const setup = await issueSetupToken();
  if (setup) {
    writeTokenFile(setup.token);
    console.log([
      rule,
      "FIRST-RUN SETUP: no active administrator account exists.",
      `Open ${base}/ar/setup (or ${base}/fr/setup) and enter this one-time token:`,
      "",
      `    ${setup.token}`,
      "",
      `It works once, until ${setup.expiresAt.toISOString()}; each start prints a new one. Also written to`,
      `${tokenFile} (readable only by this user). Or create the administrator from a shell:`,
      "    npm run user:create -- --email EMAIL --role ADMIN --prefecture CODE [--national]",
      rule,
    ].join("\n"));
  } else {
    rmSync(tokenFile, { force: true }); // an administrator exists: no token is valid any more
  }
  const [demoRecords, demoAccounts] = await Promise.all([
    db.cooperative.count({ where: { isDemo: true } }),
    db.user.count({ where: { isDemo: true, isActive: true } }),
  ]);
  if (demoRecords + demoAccounts > 0) {
    const publicServer = process.env.NODE_ENV === "production" && !isLocal(base);
    console.log([
      rule,
      `DEMONSTRATION DATA: ${demoRecords} demo cooperatives (with their grants) and ${demoAccounts} active demo accounts.`,
      "They are labelled in the app and a banner says so in the workspace. Before real use, remove them:",
      "    npm run db:demo:remove",
      ...(publicServer && demoAccounts > 0 ? [`WARNING: ${base} is a public address and demo accounts can sign in there.`] : []),
      rule,
    ].join("\n"));
  }
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
