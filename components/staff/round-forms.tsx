"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { FormMessages, SubmitButton } from "@/components/forms/form-messages";
import { TextField } from "@/components/forms/text-field";
import { closeRoundAction, openRoundAction } from "@/lib/actions/server/rounds";
import { useActionForm } from "@/lib/forms/use-action-form";
import { closeRoundSchema, openRoundSchema, periodStart } from "@/lib/validation/rounds";
import type { AreaOption } from "./user-fields";

/**
 * Opening a round: its period, titles, deadline, instructions and the areas asked. A
 * deadline before the period begins needs a tick (shown only then), as the server asks.
 */
export function OpenRoundForm({
  areas,
  proposal,
}: {
  areas: AreaOption[];
  proposal: { period: string; deadline: string };
}) {
  const t = useTranslations("rounds");
  const router = useRouter();
  const defaults = {
    period: proposal.period,
    titleJa: "",
    titleEn: "",
    deadline: proposal.deadline,
    instructionsJa: "",
    instructionsEn: "",
    scope: "all" as const,
    areas: [],
    confirmEarlyDeadline: false,
  };
  const { form, ready, onSubmit, formError, saved, message } = useActionForm({
    schema: openRoundSchema,
    defaultValues: defaults,
    action: openRoundAction,
    onSuccess: (data) => router.push(`/staff/rounds/${data.id}?opened=${data.reports}`),
  });
  const e = form.formState.errors;
  const [period, deadline, scope] = form.watch(["period", "deadline", "scope"]);
  // The same comparison the schema makes, once both are written as the schema stores them.
  const early =
    /^\d{4}-\d{2}$/.test(period ?? "") &&
    /^\d{4}-\d{2}-\d{2}$/.test(deadline ?? "") &&
    deadline! < periodStart(period!);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-labelledby="open-round">
      <h2 id="open-round" className="text-std-24B-150">
        {t("openTitle")}
      </h2>
      <FormMessages error={formError} success={saved ? t("opened", { count: 0 }) : null} />
      <fieldset disabled={!ready} className="space-y-4">
        <TextField
          id="round-period"
          label={t("period")}
          hint={t("periodHint")}
          required
          width="short"
          registration={form.register("period")}
          error={message(e.period?.message)}
        />
        <TextField
          id="round-titleJa"
          label={t("titleJa")}
          required
          registration={form.register("titleJa")}
          error={message(e.titleJa?.message)}
        />
        <TextField
          id="round-titleEn"
          label={t("titleEn")}
          registration={form.register("titleEn")}
          error={message(e.titleEn?.message)}
        />
        <TextField
          id="round-deadline"
          label={t("deadline")}
          hint={t("deadlineHint")}
          required
          registration={form.register("deadline")}
          error={message(e.deadline?.message)}
        />
        {(early || e.deadline?.message === "rounds.validation.deadlineBeforePeriod") && (
          <CheckboxField
            id="round-confirmEarlyDeadline"
            label={t("confirmEarlyDeadline")}
            registration={form.register("confirmEarlyDeadline")}
          />
        )}
        <TextField
          id="round-instructionsJa"
          label={t("instructionsJa")}
          multiline
          registration={form.register("instructionsJa")}
          error={message(e.instructionsJa?.message)}
        />
        <TextField
          id="round-instructionsEn"
          label={t("instructionsEn")}
          multiline
          registration={form.register("instructionsEn")}
          error={message(e.instructionsEn?.message)}
        />
        <ChoiceGroup
          id="round-scope"
          legend={t("scope")}
          type="radio"
          required
          registration={form.register("scope")}
          options={[
            { value: "all", label: t("scopeAll") },
            { value: "some", label: t("scopeSome") },
          ]}
          error={message(e.scope?.message)}
        />
        {scope === "some" && (
          <ChoiceGroup
            id="round-areas"
            legend={t("areas")}
            type="checkbox"
            registration={form.register("areas")}
            options={areas.map((a) => ({ value: String(a.number), label: `${a.number} ${a.title}` }))}
            error={message(e.areas?.message)}
          />
        )}
        <SubmitButton pending={form.formState.isSubmitting} label={t("open")} pendingLabel={t("opening")} />
      </fieldset>
    </form>
  );
}

/** Closing a round, after confirmation: nothing is submitted or reviewed in it afterwards. */
export function CloseRoundForm({ round }: { round: { id: string; version: number; titleJa: string } }) {
  const t = useTranslations("rounds");
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm({
    schema: closeRoundSchema,
    defaultValues: { id: round.id, version: round.version },
    action: closeRoundAction,
    onSuccess: () => router.refresh(),
  });
  return (
    <form
      onSubmit={(e) => (window.confirm(t("confirmClose", { title: round.titleJa })) ? onSubmit(e) : e.preventDefault())}
      noValidate
      aria-label={t("close")}
    >
      <FormMessages error={formError} />
      <SubmitButton
        pending={form.formState.isSubmitting}
        label={t("close")}
        pendingLabel={t("closing")}
        tone="danger"
      />
    </form>
  );
}
