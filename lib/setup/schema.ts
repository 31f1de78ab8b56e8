import { z } from "zod";
import { signInSchema, newPasswordSchema } from "@/lib/auth/schema";
import { checkboxField, idField, requiredText } from "@/lib/validation/fields";

// Messages are keys of the Validation namespace, translated when the form is answered.
export const firstAdminSchema = z
  .object({
    token: requiredText(200),
    name: requiredText(120),
    email: signInSchema.shape.email,
    prefectureId: idField(),
    isNational: checkboxField(),
    password: newPasswordSchema,
    confirmPassword: z.string({ error: "required" }),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], error: "passwordsDiffer" });

export type FirstAdminInput = z.output<typeof firstAdminSchema>;
