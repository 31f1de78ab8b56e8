export type AuditAction = "CREATE" | "UPDATE" | "DELETE" | "IMPORT";

/** id is null for the command line (npm run user:create), which acts as "system". */
export type AuditActor = { id: number | null; email: string };

export type AuditInput = {
  actor: AuditActor;
  prefectureId: number | null;
  action: AuditAction;
  entityType: string;
  entityId: number | string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  reason?: string | null;
};
