"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { ROLES } from "@/lib/domain/code-lists";

export type AreaOption = { number: number; title: string };

/** The role and area choices, shared by the create and the edit form. */
export function RoleAndAreaFields({
  role,
  areas,
  roleError,
  areasError,
  options,
}: {
  role: UseFormRegisterReturn;
  areas: UseFormRegisterReturn;
  roleError?: string;
  areasError?: string;
  options: AreaOption[];
}) {
  const t = useTranslations();
  return (
    <>
      <ChoiceGroup
        id="role"
        legend={t("users.role")}
        type="radio"
        required
        registration={role}
        options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        error={roleError}
      />
      <ChoiceGroup
        id="areas"
        legend={t("users.areas")}
        type="checkbox"
        registration={areas}
        hint={t("users.areasHint")}
        options={options.map((a) => ({ value: String(a.number), label: `${a.number} ${a.title}` }))}
        error={areasError}
      />
    </>
  );
}
