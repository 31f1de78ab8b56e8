// `npm run audit`: `npm audit` over every installed package; fails on a high or critical finding that
// security/audit-exceptions.json does not explain (lib/security/audit-report.ts). Where the registry refuses
// the advisory database (these machines' registry answers 405 to it) it says so and checks nothing, rather
// than failing every CI run for a reason that is not the code's.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { judgeAudit, type AuditException, type AuditReport } from "../lib/security/audit-report";

const exceptions = (JSON.parse(fs.readFileSync("security/audit-exceptions.json", "utf8")) as { exceptions: AuditException[] }).exceptions;
const run = spawnSync("npm", ["audit", "--json"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
let report: AuditReport;
try {
  report = JSON.parse(run.stdout) as AuditReport;
} catch {
  console.error(`npm audit printed no report (exit ${run.status}):\n${run.stderr}`);
  process.exit(1);
}
const verdict = judgeAudit(report, exceptions);
for (const line of verdict.lines) console.log(line);
process.exit(verdict.outcome === "failed" ? 1 : 0);
