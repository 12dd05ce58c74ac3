import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditFilterForm, readAuditQuery } from "@/components/staff/audit-filters";
import { AuditTable } from "@/components/staff/audit-table";
import { pageHref } from "@/components/staff/pager";
import { StaffNav } from "@/components/staff/staff-nav";
import { getDb } from "@/db/client";
import { listAuditActors, listAuditEvents } from "@/db/queries/audit";
import { requireStaff } from "@/lib/auth/current-user";
import { AUDIT_EXPORT_LIMIT } from "@/lib/export/audit-csv";
import { getAppLocale } from "@/lib/format/locale";
import { getAreaOptions } from "../users/area-options";

const PATH = "/staff/audit";
const PAGE_SIZE = 50;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff");
  return { title: t("audit"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditLogPage({ searchParams }: Props) {
  const me = await requireStaff(PATH, "audit.view");
  const { filters, values, page } = readAuditQuery(await searchParams);
  const db = await getDb();
  const [t, locale, areas, actors, { rows, total }] = await Promise.all([
    getTranslations("audit"),
    getAppLocale(),
    getAreaOptions(),
    listAuditActors(db),
    listAuditEvents(db, filters, { page, pageSize: PAGE_SIZE }),
  ]);
  return (
    <div>
      <StaffNav user={me} />
      <h1 className="mb-2 text-std-32B-150">{t("title")}</h1>
      <p className="mb-6">{t("intro")}</p>
      <AuditFilterForm values={values} actors={actors} areas={areas} locale={locale} action={PATH} />
      <p className="mb-4">
        {/* A plain link: the browser saves the download itself. */}
        <a href={pageHref(`${PATH}/export`, values, 1)} className="inline-flex min-h-11 items-center" download>
          {t("exportCsv", { limit: AUDIT_EXPORT_LIMIT })}
        </a>
      </p>
      <AuditTable events={rows} total={total} page={page} pageSize={PAGE_SIZE} baseHref={PATH} query={values} />
    </div>
  );
}
