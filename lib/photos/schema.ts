// A photo's texts and visibility. Public needs the caption and the alternative text in both languages: a
// photo a screen reader cannot describe, or that says nothing to a French reader, stays private.
import { z } from "zod";
import { checkboxField, optionalText, versionField } from "@/lib/validation/fields";

const TEXTS = ["captionAr", "captionFr", "altAr", "altFr"] as const;

export const photoDetailsSchema = z
  .object({
    captionAr: optionalText(300),
    captionFr: optionalText(300),
    altAr: optionalText(300),
    altFr: optionalText(300),
    isPublic: checkboxField(),
    version: versionField(),
  })
  .superRefine((v, ctx) => {
    if (!v.isPublic) return;
    for (const field of TEXTS) if (!v[field]) ctx.addIssue({ code: "custom", path: [field], message: "photos.neededForPublic" });
  });
export type PhotoDetailsInput = z.output<typeof photoDetailsSchema>;

export const photoDeleteSchema = z.object({ version: versionField() });
