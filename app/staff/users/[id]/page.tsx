import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FormMessages } from "@/components/forms/form-messages";
import { StaffNav } from "@/components/staff/staff-nav";
import { UserAccessForm, UserDisableForm, UserPasswordForm } from "@/components/staff/user-edit-forms";
import { getDb } from "@/db/client";
import { findUserById } from "@/db/queries/users";
import { requireStaff } from "@/lib/auth/current-user";
import { getAreaOptions } from "../area-options";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users");
  return { title: t("title"), robots: { index: false } };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export default async function EditUserPage({ params, searchParams }: Props) {
  const { id } = await params;
  const me = await requireStaff(`/staff/users/${id}`, "users.manage");
  const row = await findUserById(await getDb(), id);
  if (!row) notFound();
  const [t, areas, { created }] = await Promise.all([getTranslations("users"), getAreaOptions(), searchParams]);
  // Only what the forms need goes to the browser: never the password hash.
  const user = {
    id: row.id,
    name: row.name,
    version: row.version,
    role: row.role,
    areaScope: row.areaScope,
    disabled: row.disabled,
  };
  return (
    <div className="space-y-10">
      <StaffNav user={me} />
      <p>
        <Link href="/staff/users">{t("back")}</Link>
      </p>
      <header className="space-y-2">
        <h1 className="text-std-32B-150">{t("editTitle", { name: row.name })}</h1>
        <p>{row.email}</p>
        {created && <FormMessages error={null} success={t("created")} />}
      </header>
      <UserAccessForm user={user} areas={areas} />
      <UserDisableForm user={user} isSelf={row.id === me.id} />
      <UserPasswordForm user={user} />
    </div>
  );
}
