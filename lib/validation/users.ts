import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/passwords-policy";
import { AREA_ROLES, isCode, ROLES } from "@/lib/domain/code-lists";
import { areasSchema, idSchema, versionSchema } from "./fields";

// Shared by the forms (react-hook-form + zodResolver) and the server actions. Messages are
// keys of messages/*.json ("validation.*") so each side shows them in the user's language.

export const emailSchema = z
  .string({ error: "validation.required" })
  .trim()
  .toLowerCase()
  .min(1, { error: "validation.required" })
  .max(254, { error: "validation.tooLong" })
  .pipe(z.email({ error: "validation.email" }));

export const passwordSchema = z
  .string({ error: "validation.required" })
  .min(MIN_PASSWORD_LENGTH, { error: "validation.passwordTooShort" })
  .max(MAX_PASSWORD_LENGTH, { error: "validation.tooLong" });

const nameSchema = z
  .string({ error: "validation.required" })
  .trim()
  .min(1, { error: "validation.required" })
  .max(100, { error: "validation.tooLong" });

const roleSchema = z.enum(ROLES, { error: "validation.role" });

/** An editor or a reviewer needs at least one area; admins and viewers have none. */
function checkAreasForRole(value: { role: string; areas: number[] }, ctx: z.RefinementCtx) {
  const withAreas = isCode(AREA_ROLES, value.role);
  if (withAreas && value.areas.length === 0) {
    ctx.addIssue({ code: "custom", path: ["areas"], message: "validation.editorNeedsArea" });
  }
  if (!withAreas && value.areas.length > 0) {
    ctx.addIssue({ code: "custom", path: ["areas"], message: "validation.areasOnlyForEditors" });
  }
}

export const createUserSchema = z
  .object({ email: emailSchema, name: nameSchema, role: roleSchema, areas: areasSchema, password: passwordSchema })
  .superRefine(checkAreasForRole);

export const updateUserAccessSchema = z
  .object({ id: idSchema, version: versionSchema, role: roleSchema, areas: areasSchema })
  .superRefine(checkAreasForRole);

export const setUserDisabledSchema = z.object({
  id: idSchema,
  version: versionSchema,
  disabled: z.boolean({ error: "validation.required" }),
});

export const resetPasswordSchema = z.object({ id: idSchema, version: versionSchema, password: passwordSchema });

export const signInSchema = z.object({
  email: emailSchema,
  password: z
    .string({ error: "validation.required" })
    .min(1, { error: "validation.required" })
    .max(MAX_PASSWORD_LENGTH, { error: "validation.tooLong" }),
});

export type CreateUserInput = z.input<typeof createUserSchema>;
export type UpdateUserAccessInput = z.input<typeof updateUserAccessSchema>;
export type SetUserDisabledInput = z.input<typeof setUserDisabledSchema>;
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

/** One's own settings: who it is comes from the session, never from the form. */
export const updateProfileSchema = z.object({
  version: versionSchema,
  locale: z.enum(["ja", "en"], { error: "validation.locale" }),
  digestsEnabled: z.boolean({ error: "validation.flag" }),
});
