import { describe, expect, it } from "vitest";
import { judgeAudit, type AuditReport } from "./audit-report";

const counts = (high: number, critical: number) => ({ info: 0, low: 1, moderate: 2, high, critical, total: 3 + high + critical });

describe("judgeAudit", () => {
  it("passes a report with only low and moderate findings", () => {
    const report: AuditReport = { metadata: { vulnerabilities: counts(0, 0) }, vulnerabilities: { a: { name: "a", severity: "moderate" } } };
    expect(judgeAudit(report, []).outcome).toBe("passed");
  });

  it("fails on a high or critical finding without a written reason, and names it", () => {
    const report: AuditReport = {
      metadata: { vulnerabilities: counts(1, 1) },
      vulnerabilities: { x: { name: "x", severity: "high" }, y: { name: "y", severity: "critical" } },
    };
    const verdict = judgeAudit(report, [{ package: "x", reason: "dev-only, never bundled" }]);
    expect(verdict.outcome).toBe("failed");
    expect(verdict.lines).toContain("  critical: y: no reason in security/audit-exceptions.json");
    expect(verdict.lines).toContain("  high: x: accepted: dev-only, never bundled");
    expect(judgeAudit(report, [{ package: "x", reason: "r" }, { package: "y", reason: "r" }]).outcome).toBe("passed");
  });

  it("tells a refused advisory database apart from a clean report", () => {
    const verdict = judgeAudit({ message: "405 Method Not Allowed" }, []);
    expect(verdict.outcome).toBe("unavailable");
    expect(verdict.lines[0]).toMatch(/nothing was checked: 405 Method Not Allowed/);
  });
});
