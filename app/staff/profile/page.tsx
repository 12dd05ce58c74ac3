import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages, FORM_MESSAGE_GROUPS } from "@/components/layout/client-messages";
import { ProfileForm } from "@/components/staff/profile-form";
import { StaffNav } from "@/components/staff/staff-nav";
import { getDb } from "@/db/client";
import { findUserById } from "@/db/queries/users";
import { requireStaff } from "@/lib/auth/current-user";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profile");
  return { title: t("title"), robots: { index: false } };
}

/** Everyone's own page: the language of their mail and the daily digest. */
export default async function ProfilePage() {
  const user = await requireStaff("/staff/profile");
  const [me, t] = await Promise.all([findUserById(await getDb(), user.id), getTranslations("profile")]);
  const locale = me?.locale === "en" ? "en" : "ja";
  return (
    <div className="space-y-6">
      <StaffNav user={user} />
      <h1 className="text-std-32B-150">{t("title")}</h1>
      <p>{t("intro")}</p>
      <ClientMessages groups={[...FORM_MESSAGE_GROUPS, "profile"]}>
        <ProfileForm profile={{ version: me?.version ?? 1, locale, digestsEnabled: me?.digestsEnabled ?? true }} />
      </ClientMessages>
    </div>
  );
}
