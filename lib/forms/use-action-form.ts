"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { unstable_isUnrecognizedActionError } from "next/navigation";
import { useTranslations } from "next-intl";
import { runtimeKey } from "@/lib/i18n/runtime-key";
import { useEffect, useState } from "react";
import { useHydrated } from "./use-hydrated";
import { useForm, type DefaultValues, type FieldValues, type Path, type PathValue } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult, Conflict } from "@/lib/actions/result";

/** Messages are keys of the message files ("validation.email"); zod's own are already text. */
export function useMessage() {
  const t = useTranslations();
  return (message: string | null | undefined) => {
    if (!message) return "";
    return /^[a-zA-Z]+\.[a-zA-Z.]+$/.test(message) && t.has(runtimeKey(t, message))
      ? t(runtimeKey(t, message))
      : message;
  };
}

/**
 * An action's answer, or, when none came, a refusal that says why: the action is unknown to
 * the server (a new build, whose actions differ, took over while the page was open; with
 * the same NEXT_SERVER_ACTIONS_ENCRYPTION_KEY an unchanged action keeps its id across
 * builds), or the server did not answer. Either way the form keeps what was typed.
 */
export async function callAction<T>(run: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await run();
  } catch (error) {
    const formError = unstable_isUnrecognizedActionError(error) ? "errors.siteUpdated" : "errors.unreachable";
    return { ok: false, formError, fieldErrors: {} };
  }
}

type Options<I extends FieldValues, O extends FieldValues, T> = {
  schema: z.ZodType<O, I>;
  // The schema alone says what the form holds; defaults and action are checked against it.
  defaultValues: DefaultValues<NoInfer<I>>;
  action: (input: NoInfer<I>) => Promise<ActionResult<T>>;
  onSuccess?: (data: T) => void;
};

/**
 * react-hook-form with the action's own zod schema: the browser checks first, the server
 * checks again, and the server's field errors land on the same fields. Leaving the page
 * with unsaved changes asks first.
 */
export function useActionForm<I extends FieldValues, O extends FieldValues, T>({
  schema,
  defaultValues,
  action,
  onSuccess,
}: Options<I, O, T>) {
  const form = useForm<I, unknown, O>({
    resolver: zodResolver(schema),
    defaultValues,
    mode: "onSubmit",
  });
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const message = useMessage();
  const ready = useHydrated();
  const dirty = form.formState.isDirty;

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const onSubmit = form.handleSubmit(
    async (_parsed, event) => {
      setFormError(null);
      setSaved(false);
      setConflict(null);
      // The raw values go to the server, which parses them with the same schema.
      const result = await callAction(() => action(form.getValues()));
      if (result.ok) {
        setSaved(true);
        form.reset(form.getValues());
        onSuccess?.(result.data);
        return;
      }
      setFormError(
        result.formError ?? (Object.keys(result.fieldErrors).length ? "errors.formHasErrors" : "errors.unexpected"),
      );
      if (result.conflict) setConflict(result.conflict);
      for (const [field, messages] of Object.entries(result.fieldErrors)) {
        form.setError(field as Path<I>, { type: "server", message: messages[0] });
      }
      event?.target?.querySelector?.("[aria-invalid=true]")?.focus?.();
    },
    () => setFormError("errors.formHasErrors"),
  );

  /**
   * After a conflict: "theirs" takes the stored values (nothing of the user's is saved);
   * "mine" keeps the user's values and adopts the stored version, so that saving again
   * deliberately replaces theirs.
   */
  const resolveConflict = (choice: "theirs" | "mine") => {
    if (!conflict) return;
    const values = form.getValues() as Record<string, unknown>;
    if (choice === "theirs" && conflict.current)
      // The stored values come back from the server as the form's own fields.
      form.reset({ ...values, ...conflict.current, version: conflict.version } as unknown as I);
    else form.setValue("version" as Path<I>, conflict.version as PathValue<I, Path<I>>, { shouldDirty: true });
    setConflict(null);
    setFormError(null);
  };

  /** Reports a result obtained outside the form's own submit (a delete, a move). */
  const report = (result: ActionResult<unknown>) => {
    setSaved(false);
    setFormError(result.ok ? null : (result.formError ?? "errors.unexpected"));
    setConflict(result.ok ? null : (result.conflict ?? null));
  };

  return {
    form,
    /** False until the form's script runs: its fields are disabled till then (see useHydrated). */
    ready,
    onSubmit,
    formError: formError ? message(formError) : null,
    saved,
    message,
    conflict,
    resolveConflict,
    report,
  };
}
