import { RecordNotFoundError } from "@/lib/actions/errors";

/**
 * A record id bound into an action (`action.bind(null, id)`) comes back from the client and can be any
 * value: only a positive safe integer can name a record. Anything else (1.5, which Prisma would truncate
 * to 1; 2^63; null; "1 OR 1=1") is answered as "not found" before it reaches a query.
 */
export function boundId(id: unknown): number {
  if (typeof id !== "number" || !Number.isSafeInteger(id) || id <= 0) throw new RecordNotFoundError();
  return id;
}
