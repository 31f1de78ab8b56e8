// Who may do what. One table, so every action and page asks the same question the same way.
export const ROLES = ["ADMIN", "STAFF", "MANAGER", "AUDITOR"] as const;
export type Role = (typeof ROLES)[number];

export type Permission =
  | "records.read" // cooperatives, grants, events, organisations, dashboards
  | "records.write" // create, edit, delete those records; acknowledge eligibility warnings
  | "reference.write" // territory and INDH structure
  | "users.manage"
  | "audit.read"
  | "records.publish"; // mark a grant public for the open-data (360Giving) export: a decision about disclosure

const GRANTS: Record<Role, readonly Permission[]> = {
  ADMIN: ["records.read", "records.write", "reference.write", "users.manage", "audit.read", "records.publish"],
  STAFF: ["records.read", "records.write"],
  MANAGER: ["records.read"],
  AUDITOR: ["records.read", "audit.read"],
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
