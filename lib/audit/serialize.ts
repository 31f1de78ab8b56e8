// Audit snapshots are JSON. BigInt (money) becomes a string of centimes and dates ISO strings, so the
// before/after of an entry reads back exactly.
export function toAuditJson(record: Record<string, unknown> | null | undefined): string | null {
  if (!record) return null;
  return JSON.stringify(record, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
}

export function fromAuditJson(json: string | null): Record<string, unknown> | null {
  return json ? (JSON.parse(json) as Record<string, unknown>) : null;
}
