import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";

// Messages are message keys of the Validation namespace, translated when the form is answered.
export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, { error: "required" }).max(254, { error: "tooLong" }).pipe(z.email({ error: "invalidEmail" })),
  password: z.string().min(1, { error: "required" }).max(1000, { error: "tooLong" }),
  next: z.string().optional(),
});

export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { error: "passwordTooShort" })
  .max(200, { error: "tooLong" });

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, { error: "required" }),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], error: "passwordsDiffer" });

/** Only a path inside this site: "/ar/admin/grants" yes, "//evil.example" or "https://..." no. */
export function safeNextPath(next: string | undefined, fallback: string): string {
  return next && /^\/(?!\/)[\w\-/?=&.%]*$/.test(next) ? next : fallback;
}
