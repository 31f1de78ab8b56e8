import { z } from "zod";

/*
 * What one app instance tells the others (lib/cluster/bus.ts carries it over PostgreSQL NOTIFY). Every
 * message is checked on arrival as any input is: a malformed one is dropped, never applied.
 */

// Next's revalidateTag durations ({ expire } in seconds); absent means "expired now".
const durationsSchema = z.object({ expire: z.number().finite().nonnegative().optional() }).strict();

export const clusterMessageSchema = z.discriminatedUnion("kind", [
  // Next's cache tags an instance revalidated (revalidatePath and revalidateTag come down to tags):
  // the others expire the same tags and empty their page cache.
  z.object({ kind: z.literal("revalidated"), tags: z.array(z.string().min(1).max(1024)).min(1).max(200), durations: durationsSchema.optional() }),
  // Everything: sent when the tag list would not fit in one notification.
  z.object({ kind: z.literal("revalidated-all") }),
  // How far an import's confirmation has got (lib/imports/progress.ts), for a progress bar polled on any instance.
  z.object({
    kind: z.literal("import-progress"),
    batchId: z.number().int().positive(),
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
    viewer: z.string().max(128).nullable(),
  }),
  z.object({ kind: z.literal("import-progress-forgotten"), batchId: z.number().int().positive() }),
  // Records changed (lib/data-changes): figures the others keep in memory from the records are stale; those
  // of one prefecture only when the write was made for it.
  z.object({ kind: z.literal("data-changed"), prefectureId: z.number().int().positive().optional() }),
]);

export type ClusterMessage = z.infer<typeof clusterMessageSchema>;

/** The message for a committed write, made for one prefecture or (undefined) for any. */
export function dataChangedMessage(prefectureId: number | undefined): ClusterMessage {
  return prefectureId === undefined ? { kind: "data-changed" } : { kind: "data-changed", prefectureId };
}

/** The envelope on the wire: who sent it, so that an instance ignores its own notifications. */
export const clusterEnvelopeSchema = z.object({ from: z.string().min(1).max(64), message: clusterMessageSchema });
export type ClusterEnvelope = z.infer<typeof clusterEnvelopeSchema>;
