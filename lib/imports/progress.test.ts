import { describe, expect, it } from "vitest";
import { forgetImportProgress, importProgress, importProgressForViewer, reportImportProgress } from "./progress";

describe("import progress in memory", () => {
  it("is told to the session that confirmed the import, and to no other", () => {
    reportImportProgress(901, 0, 1500, "hash-of-alice");
    reportImportProgress(901, 500, 1500); // later reports keep the confirming session
    expect(importProgressForViewer(901, "hash-of-alice")).toEqual({ done: 500, total: 1500 });
    expect(importProgressForViewer(901, "hash-of-bob")).toBeNull();
    expect(importProgressForViewer(902, "hash-of-alice")).toBeNull();
    expect(importProgress(901)).toEqual({ done: 500, total: 1500 }); // the checked path (database) still reads it
    forgetImportProgress(901);
    expect(importProgressForViewer(901, "hash-of-alice")).toBeNull();
  });

  it("tells no session when the import was confirmed without one (scripts, tests)", () => {
    reportImportProgress(903, 0, 10);
    expect(importProgressForViewer(903, "")).toBeNull();
    forgetImportProgress(903);
  });
});
