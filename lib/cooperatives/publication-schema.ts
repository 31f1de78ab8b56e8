// The cooperative's public page switch (the state asked for, not a toggle, as the open-data switch) and
// the event page's "cooperatives presented" list, added by register number.
import { z } from "zod";
import { requiredText, versionField } from "@/lib/validation/fields";

export const cooperativePublicationSchema = z.object({
  isPublic: z.enum(["true", "false"], { error: "invalid" }).transform((v) => v === "true"),
  version: versionField(),
});
export type CooperativePublicationInput = z.output<typeof cooperativePublicationSchema>;

export const eventCooperativeSchema = z.object({ registerNumber: requiredText(60) });
export const eventCooperativeRemovalSchema = z.object({});
