import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { newPasswordSchema } from "@/lib/auth/schema";
import { checkboxField, optionalIdField, requiredText, versionField } from "@/lib/validation/fields";

// Messages are keys of the Validation namespace, translated when the form is answered.
const role = z.enum(ROLES, { error: "required" });

export const userCreateSchema = z.object({
  email: z.string({ error: "required" }).trim().toLowerCase().min(1, { error: "required" }).max(254, { error: "tooLong" }).pipe(z.email({ error: "invalidEmail" })),
  name: requiredText(120),
  role,
  isNational: checkboxField(),
  /** Only a national admin chooses; everyone else creates users in their own prefecture. */
  prefectureId: optionalIdField(),
  /** Empty: the server generates one and shows it once. */
  password: z
    .string()
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(newPasswordSchema.nullable()),
});
export type UserCreateInput = z.output<typeof userCreateSchema>;

export const userUpdateSchema = z.object({
  name: requiredText(120),
  role,
  isActive: checkboxField(),
  version: versionField(),
});
export type UserUpdateInput = z.output<typeof userUpdateSchema>;

export const resetPasswordSchema = z.object({
  password: z
    .string()
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(newPasswordSchema.nullable()),
});
export type ResetPasswordInput = z.output<typeof resetPasswordSchema>;
