import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusIcon } from "@/components/report/status-icon";
import { ReportTable } from "@/components/report/report-table";
import { StaffNav } from "@/components/staff/staff-nav";
import { getDb } from "@/db/client";
import { listUsers } from "@/db/queries/users";
import { requireStaff } from "@/lib/auth/current-user";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users");
  return { title: t("title"), robots: { index: false } };
}

export default async function UsersPage() {
  const me = await requireStaff("/staff/users", "users.manage");
  const [t, users] = await Promise.all([getTranslations(), listUsers(await getDb())]);
  return (
    <div>
      <StaffNav user={me} />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-std-32B-150">{t("users.title")}</h1>
        <Link
          href="/staff/users/new"
          className="inline-flex min-h-11 items-center rounded-8 bg-blue-900 px-6 text-white no-underline hover:bg-blue-1000 hover:text-white"
        >
          {t("users.create")}
        </Link>
      </div>
      <ReportTable
        caption={t("users.listCaption")}
        columns={[
          t("users.name"),
          t("users.email"),
          t("users.role"),
          t("users.areas"),
          t("users.status"),
          t("users.actions"),
        ]}
        testId="users"
      >
        {users.map((u) => (
          <tr key={u.id} className="border-b border-solid-gray-420 align-top" data-testid={`user-${u.email}`}>
            <th scope="row" className="py-2 pr-4 font-normal">
              {u.name}
              {u.id === me.id && ` ${t("users.you")}`}
            </th>
            <td className="py-2 pr-4">{u.email}</td>
            <td className="py-2 pr-4">{t(`roles.${u.role}`)}</td>
            <td className="py-2 pr-4">{u.areaScope.length ? u.areaScope.join("、") : "—"}</td>
            <td className="py-2 pr-4">
              <span className="inline-flex items-center gap-1">
                <StatusIcon shape={u.disabled ? "cross" : "check"} />
                {u.disabled ? t("users.disabled") : t("users.active")}
              </span>
            </td>
            <td className="py-2">
              <Link href={`/staff/users/${u.id}`} aria-label={`${t("users.edit")}: ${u.name}`}>
                {t("users.edit")}
              </Link>
            </td>
          </tr>
        ))}
      </ReportTable>
    </div>
  );
}
