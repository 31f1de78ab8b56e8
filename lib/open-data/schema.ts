// The publish form: the state the ADMIN asks for (not a toggle, so a repeated or stale submit cannot flip
// the grant back) and the version the page showed, for optimistic concurrency.
import { z } from "zod";
import { versionField } from "@/lib/validation/fields";

export const grantPublicationSchema = z.object({
  isPublic: z.enum(["true", "false"], { error: "invalid" }).transform((v) => v === "true"),
  version: versionField(),
});

export type GrantPublicationInput = z.output<typeof grantPublicationSchema>;
