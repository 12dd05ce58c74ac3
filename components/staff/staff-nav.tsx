import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can, type Permission } from "@/lib/domain/permissions";
import type { StaffUser } from "@/lib/auth/current-user";
import { SignOutButton } from "./sign-out-button";

/** The staff menu: each page shown to those its permission lets in (the page checks again). */
type NavKey = "home" | "projects" | "import" | "rounds" | "audit" | "editions" | "outbox" | "users";
const LINKS: [href: string, key: NavKey, permission?: Permission][] = [
  ["/staff", "home"],
  ["/staff/projects", "projects"],
  ["/staff/import", "import", "projects.edit"],
  ["/staff/rounds", "rounds", "rounds.view"],
  ["/staff/audit", "audit", "audit.view"],
  ["/staff/editions", "editions", "editions.manage"],
  ["/staff/outbox", "outbox", "rounds.manage"],
  ["/staff/users", "users", "users.manage"],
];

export async function StaffNav({ user }: { user: StaffUser }) {
  const t = await getTranslations("staff");
  const tRoles = await getTranslations("roles");
  return (
    <div className="no-print mb-8 flex flex-wrap items-center justify-between gap-4 border-b border-solid-gray-420 pb-4">
      <nav aria-label={t("nav")}>
        <ul className="flex flex-wrap gap-6">
          {LINKS.filter(([, , permission]) => !permission || can(user, permission)).map(([href, key]) => (
            <li key={key}>
              <Link href={href} className="inline-flex min-h-11 items-center">
                {t(key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="flex items-center gap-4">
        <Link href="/staff/profile" className="inline-flex min-h-11 items-center">
          {t("profile")}
        </Link>
        <p data-testid="signed-in-as">{t("signedInAs", { name: user.name, role: tRoles(user.role) })}</p>
        <SignOutButton />
      </div>
    </div>
  );
}
