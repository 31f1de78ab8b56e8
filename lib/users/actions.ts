"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { runFormAction } from "@/lib/actions/run-form-action";
import { boundId } from "@/lib/actions/bound-id";
import type { FormState } from "@/lib/actions/form-state";
import { createManagedUser, resetManagedUserPassword, updateManagedUser } from "@/lib/users/mutations";
import { resetPasswordSchema, userCreateSchema, userUpdateSchema } from "@/lib/users/schema";

// A typed password is never sent back into the page; a generated one is shown once in the message.
function withoutPassword(state: FormState, generatedMessage: string | null): FormState {
  const { password: _password, ...values } = state.values;
  return { ...state, values, message: state.status === "success" ? (generatedMessage ?? state.message) : state.message };
}

// Left-to-right isolate marks keep the password's characters in order inside an Arabic sentence.
const isolated = (password: string) => `\u2066${password}\u2069`;

function revalidateUsers() {
  revalidatePath("/[locale]/admin/users", "layout");
  revalidatePath("/[locale]/admin/audit", "page");
}

export async function createUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const t = await getTranslations("Users");
  // An object, not a variable: TypeScript does not follow assignments made inside the callback.
  const shown: { password: string | null } = { password: null };
  const state = await runFormAction({
    formData,
    permission: "users.manage",
    schema: userCreateSchema,
    run: async (input, user) => {
      const result = await createManagedUser(user, input);
      shown.password = result.generatedPassword;
      return result;
    },
    after: revalidateUsers,
    successMessage: t("created"),
  });
  return withoutPassword(state, shown.password ? t("createdWithPassword", { password: isolated(shown.password) }) : null);
}

export async function updateUserAction(id: number, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({
    formData,
    permission: "users.manage",
    schema: userUpdateSchema,
    // The bound id is untrusted: the mutation checks it lies within the admin's prefecture.
    run: (input, user) => updateManagedUser(user, boundId(id), input),
    after: revalidateUsers,
  });
}

export async function resetUserPasswordAction(id: number, _previous: FormState, formData: FormData): Promise<FormState> {
  const t = await getTranslations("Users");
  // An object, not a variable: TypeScript does not follow assignments made inside the callback.
  const shown: { password: string | null } = { password: null };
  const state = await runFormAction({
    formData,
    permission: "users.manage",
    schema: resetPasswordSchema,
    run: async (input, user) => {
      shown.password = (await resetManagedUserPassword(user, boundId(id), input)).generatedPassword;
    },
    after: revalidateUsers,
    successMessage: t("passwordReset"),
  });
  return withoutPassword(state, shown.password ? t("passwordResetTo", { password: isolated(shown.password) }) : null);
}
