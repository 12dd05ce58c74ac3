import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StaffNav } from "@/components/staff/staff-nav";
import { UserCreateForm } from "@/components/staff/user-create-form";
import { requireStaff } from "@/lib/auth/current-user";
import { getAreaOptions } from "../area-options";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users");
  return { title: t("createTitle"), robots: { index: false } };
}

export default async function NewUserPage() {
  const me = await requireStaff("/staff/users/new", "users.manage");
  const [t, areas] = await Promise.all([getTranslations("users"), getAreaOptions()]);
  return (
    <div>
      <StaffNav user={me} />
      <p className="mb-4">
        <Link href="/staff/users">{t("back")}</Link>
      </p>
      <h1 className="mb-6 text-std-32B-150">{t("createTitle")}</h1>
      <UserCreateForm areas={areas} />
    </div>
  );
}
