import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/domain/permissions";
import type { StaffUser } from "@/lib/auth/current-user";
import { SignOutButton } from "./sign-out-button";

export async function StaffNav({ user }: { user: StaffUser }) {
  const t = await getTranslations();
  return (
    <div className="no-print mb-8 flex flex-wrap items-center justify-between gap-4 border-b border-solid-gray-420 pb-4">
      <nav aria-label={t("staff.nav")}>
        <ul className="flex flex-wrap gap-6">
          <li>
            <Link href="/staff" className="inline-flex min-h-11 items-center">
              {t("staff.home")}
            </Link>
          </li>
          <li>
            <Link href="/staff/projects" className="inline-flex min-h-11 items-center">
              {t("staff.projects")}
            </Link>
          </li>
          {can(user, "projects.edit") && (
            <li>
              <Link href="/staff/import" className="inline-flex min-h-11 items-center">
                {t("staff.import")}
              </Link>
            </li>
          )}
          {can(user, "rounds.view") && (
            <li>
              <Link href="/staff/rounds" className="inline-flex min-h-11 items-center">
                {t("staff.rounds")}
              </Link>
            </li>
          )}
          {can(user, "audit.view") && (
            <li>
              <Link href="/staff/audit" className="inline-flex min-h-11 items-center">
                {t("staff.audit")}
              </Link>
            </li>
          )}
          {can(user, "editions.manage") && (
            <li>
              <Link href="/staff/editions" className="inline-flex min-h-11 items-center">
                {t("staff.editions")}
              </Link>
            </li>
          )}
          {can(user, "users.manage") && (
            <li>
              <Link href="/staff/users" className="inline-flex min-h-11 items-center">
                {t("staff.users")}
              </Link>
            </li>
          )}
        </ul>
      </nav>
      <div className="flex items-center gap-4">
        <p data-testid="signed-in-as">{t("staff.signedInAs", { name: user.name, role: t(`roles.${user.role}`) })}</p>
        <SignOutButton />
      </div>
    </div>
  );
}
