/**
 * Reads `npm audit --json` (scripts/audit.ts): high and critical findings fail unless
 * security/audit-exceptions.json gives the package a reason. A report without metadata is the registry
 * refusing the advisory database, which is told apart from "no findings".
 */
type Finding = { name: string; severity: string };
export type AuditReport = { metadata?: { vulnerabilities: Record<string, number> }; vulnerabilities?: Record<string, Finding>; message?: string };
export type AuditException = { package: string; reason: string };
export type AuditVerdict = { outcome: "passed" | "failed" | "unavailable"; lines: string[] };

const SERIOUS = new Set(["high", "critical"]);

export function judgeAudit(report: AuditReport, exceptions: AuditException[]): AuditVerdict {
  if (!report.metadata) {
    return { outcome: "unavailable", lines: [`npm audit: the advisory database could not be read, nothing was checked: ${report.message ?? "no message"}.`] };
  }
  const counts = Object.entries(report.metadata.vulnerabilities).map(([severity, n]) => `${n} ${severity}`);
  const lines = [`npm audit: ${counts.join(", ")}`];
  const serious = Object.values(report.vulnerabilities ?? {}).filter((finding) => SERIOUS.has(finding.severity));
  const unexplained = serious.filter((finding) => !exceptions.some((exception) => exception.package === finding.name));
  for (const finding of unexplained) lines.push(`  ${finding.severity}: ${finding.name}: no reason in security/audit-exceptions.json`);
  for (const finding of serious.filter((f) => !unexplained.includes(f))) {
    lines.push(`  ${finding.severity}: ${finding.name}: accepted: ${exceptions.find((e) => e.package === finding.name)!.reason}`);
  }
  return { outcome: unexplained.length === 0 ? "passed" : "failed", lines };
}
